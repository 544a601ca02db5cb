import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { main } from './main.js';

/**
 * The bad-input catalogue: every command, fed what users and other programs really send.
 * Each row must end with exit code 2, one line on stderr holding the fragment, nothing on
 * stdout, and every database in the folder byte-for-byte as it was (or still absent).
 */
const dir = mkdtempSync(join(tmpdir(), 'parley-catalogue-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const file = (name: string, content: string | Buffer) => (writeFileSync(at(name), content), at(name));
const jsonl = (...items: unknown[]) => items.map((i) => JSON.stringify(i)).join('\n');

// From English Wikinews (CC BY 2.5), "Polish and French leaders meet in Warsaw".
const ARTICLE = 'Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on Thursday.';
const GOOD = () => file('good.txt', ARTICLE);
const STORE = at('store.db');
const FOREIGN = at('foreign.db');
const NOT_SQLITE = () => file('notes.db', 'Minutes of the Geneva meeting.\n'.repeat(200));

interface Row { readonly name: string; readonly args: () => string[]; readonly message: RegExp; readonly code?: number }

const ROWS: Row[] = [
  // analyze
  { name: 'analyze with no FILE', args: () => ['analyze'], message: /analyze: no FILE given/ },
  { name: 'analyze an empty file', args: () => ['analyze', file('empty.txt', '')], message: /is empty/ },
  { name: 'analyze a binary file', args: () => ['analyze', file('png.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))], message: /looks like binary data/ },
  { name: 'analyze invalid UTF-8', args: () => ['analyze', file('latin1.txt', Buffer.from('Caf\xe9 in Kyiv', 'latin1'))], message: /not valid UTF-8/ },
  { name: 'analyze UTF-8 that encodes a lone surrogate', args: () => ['analyze', file('cesu.txt', Buffer.from([0x4b, 0x79, 0x69, 0x76, 0x20, 0xed, 0xa0, 0x80]))], message: /not valid UTF-8/ },
  { name: 'analyze a UTF-16 file', args: () => ['analyze', file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv', 'utf16le')]))], message: /is UTF-16/ },
  { name: 'analyze an 11 MB article', args: () => ['analyze', file('big.txt', Buffer.alloc(11 * 1048576, 'a'))], message: /larger than the 10 MB limit for one article/ },
  { name: 'analyze a missing file', args: () => ['analyze', at('nope.txt')], message: /no such file/ },
  { name: 'analyze --published 0000-01-01', args: () => ['analyze', GOOD(), '--published', '0000-01-01'], message: /outside the years 1800–2199/ },
  { name: 'analyze --published with +99:99', args: () => ['analyze', GOOD(), '--published', '2025-01-14T10:00+99:99'], message: /impossible UTC offset/ },
  { name: 'analyze --published 2025-02-30', args: () => ['analyze', GOOD(), '--published', '2025-02-30'], message: /not a real calendar date/ },
  { name: 'analyze with --json and --jsonl', args: () => ['analyze', GOOD(), '--json', '--jsonl'], message: /choose one of --json and --jsonl/ },
  { name: 'analyze --id over two articles', args: () => ['analyze', GOOD(), GOOD(), '--id', 'x'], message: /--id names one document/ },
  { name: 'analyze an unknown flag', args: () => ['analyze', GOOD(), '--frobnicate'], message: /Unknown option '--frobnicate'/ },
  { name: 'analyze JSON text with a lone surrogate', args: () => ['analyze', file('lone.json', '{"text": "Biden \\ud800 said Putin lied."}')], message: /lone\.json: holds a lone UTF-16 surrogate \(\\ud800\) at character 6/ },
  { name: 'analyze JSON Lines whose title has a lone low surrogate', args: () => ['analyze', file('lone.jsonl', '{"text": "Kyiv said no.", "title": "x\\udc00"}')], message: /lone\.jsonl:1: title: holds a lone UTF-16 surrogate/ },
  { name: 'analyze an empty JSON array', args: () => ['analyze', file('none.json', '[]')], message: /holds no documents/ },
  { name: 'analyze JSON whose text is a number', args: () => ['analyze', file('num.json', '{"text": 42}')], message: /has no 'text' string/ },
  { name: 'analyze an article over its time budget', args: () => ['analyze', GOOD(), '--time-budget', '0.001'], message: /good\.txt: analysis took [\d.]+ s, over the 0\.001 s budget for a text of 93 characters \(stage '\w+' [\d.]+ s\); split the text, or raise the budget with --time-budget \[E_TOO_SLOW\]/ },
  { name: 'analyze --time-budget that is no number', args: () => ['analyze', GOOD(), '--time-budget', '1e9'], message: /--time-budget must be a number of seconds/ },
  // ingest
  { name: 'ingest with no PATH', args: () => ['ingest', '--db', STORE], message: /ingest: no PATH given/ },
  { name: 'ingest a missing folder', args: () => ['ingest', at('no-such-folder'), '--db', STORE], message: /no such file or folder/ },
  { name: 'ingest a folder with no articles', args: () => (mkdirSync(at('pics'), { recursive: true }), writeFileSync(at('pics/a.png'), 'x'), ['ingest', at('pics'), '--db', STORE]), message: /no articles found/ },
  { name: 'ingest an unsupported file named explicitly', args: () => ['ingest', file('a.pdf', '%PDF-1.4'), '--db', STORE], message: /unsupported file type/ },
  { name: 'ingest JSON Lines with a broken line', args: () => ['ingest', file('broken.jsonl', `${jsonl({ text: ARTICLE })}\n{"text": `), '--db', STORE], message: /broken\.jsonl:2: is not valid JSON/ },
  { name: 'ingest JSON Lines with a line that is not an object', args: () => ['ingest', file('arr.jsonl', '[1, 2]'), '--db', STORE], message: /arr\.jsonl:1: expected an object/ },
  { name: 'ingest JSON text with a lone surrogate', args: () => ['ingest', file('lone2.jsonl', `${jsonl({ text: ARTICLE })}\n{"text": "Biden \\ud800 said"}`), '--db', STORE], message: /lone2\.jsonl:2: holds a lone UTF-16 surrogate/ },
  { name: 'ingest a JSON date in year 0', args: () => ['ingest', file('y0.jsonl', jsonl({ text: ARTICLE, published: '0000-01-01' })), '--db', STORE], message: /published: '0000-01-01' is outside the years/ },
  { name: 'ingest --published with +99:99', args: () => ['ingest', GOOD(), '--published', '2025-01-14T10:00+99:99', '--db', STORE], message: /impossible UTC offset/ },
  { name: 'ingest into a SQLite file with its own documents table', args: () => ['ingest', GOOD(), '--db', FOREIGN], message: /is not a Parley store \(it has a 'documents' table Parley did not make\)/ },
  { name: 'ingest into a file that is not a database', args: () => ['ingest', GOOD(), '--db', NOT_SQLITE()], message: /cannot open the store \(file is not a database\)/ },
  { name: 'ingest a document over its time budget', args: () => ['ingest', file('slow.txt', `${ARTICLE} Kyiv.`), '--time-budget', '0.001', '--db', STORE], message: /slow\.txt: analysis took .* \[E_TOO_SLOW\]/ },
  // search
  { name: 'search with no QUERY', args: () => ['search', '--db', STORE], message: /search: no QUERY given/ },
  { name: 'search --limit 1e308', args: () => ['search', 'Tusk', '--limit', '1e308', '--db', STORE], message: /--limit must be a whole number from 1 to 10000, not '1e308'/ },
  { name: 'search --limit 0', args: () => ['search', 'Tusk', '--limit', '0', '--db', STORE], message: /--limit must be a whole number/ },
  { name: 'search --limit -5', args: () => ['search', 'Tusk', '--limit=-5', '--db', STORE], message: /--limit must be a whole number/ },
  { name: 'search a store that does not exist', args: () => ['search', 'Tusk', '--db', at('absent.db')], message: /no store here/ },
  { name: 'search a SQLite file with its own documents table', args: () => ['search', 'invoice', '--db', FOREIGN], message: /is not a Parley store/ },
  { name: 'search a file that is not a database', args: () => ['search', 'Geneva', '--db', NOT_SQLITE()], message: /file is not a database/ },
  // show
  { name: 'show with no ID', args: () => ['show', '--db', STORE], message: /give exactly one document ID/ },
  { name: 'show an id that is not stored', args: () => ['show', 'no-such-id', '--db', STORE], message: /no document with id 'no-such-id'/ },
  { name: 'show from a SQLite file with its own documents table', args: () => ['show', 'x', '--db', FOREIGN], message: /is not a Parley store/ },
  { name: 'show an id holding an escape sequence', args: () => ['show', '\u001b]0;owned\u0007', '--db', STORE], message: /no document with id '\\x1b\]0;owned\\x07'/ },
  // demo, eval, the command itself
  { name: 'demo into a SQLite file with its own documents table', args: () => ['demo', '--db', FOREIGN], message: /is not a Parley store/ },
  { name: 'demo with an unknown flag', args: () => ['demo', '--fast'], message: /Unknown option '--fast'/ },
  { name: 'eval an unknown task', args: () => ['eval', 'sentiment'], message: /eval: unknown task 'sentiment'/ },
  { name: 'eval time with neither corpus', args: () => ['eval', 'time'], message: /exactly one of --timeml DIR and --meantime DIR/ },
  { name: 'eval cdec on the held-out test topics', args: () => ['eval', 'cdec', '--split', 'test'], message: /--split must be one of train, dev/ },
  { name: 'eval cdec on a folder that is not there', args: () => ['eval', 'cdec', '--ecb', 'no-such-ecb'], message: /eval cdec: no folder no-such-ecb/ },
  { name: 'eval stances without --expect', args: () => ['eval', 'stances'], message: /eval stances: give --expect DIR/ },
  { name: 'eval stances with a folder that does not exist', args: () => ['eval', 'stances', '--expect', at('no-such-folder')], message: /eval stances: .*no-such-folder does not exist/ },
  { name: 'an unknown command', args: () => ['analyse', 'x'], message: /unknown command 'analyse'/ },
];

/**
 * Every database file in the folder with a hash of its bytes, and of its write-ahead log when that
 * holds anything. (A reader of a WAL store may leave an empty log and the shared-memory index
 * beside it, as SQLite's readers do; neither holds data.)
 */
function databases(): Record<string, string> {
  const out: Record<string, string> = {};
  const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  for (const name of readdirSync(dir).sort()) {
    if (/\.db(-journal)?$/.test(name)) out[name] = hash(at(name));
    if (/\.db-wal$/.test(name) && statSync(at(name)).size > 0) out[name] = hash(at(name));
  }
  return out;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void) { this.text += chunk.toString(); done(); }
}

before(async () => {
  const foreign = new Database(FOREIGN);
  foreign.exec("CREATE TABLE documents (name TEXT, body BLOB); INSERT INTO documents VALUES ('invoice', x'00')");
  foreign.close();
  const out = new Capture();
  assert.equal(await main(['ingest', GOOD(), '--db', STORE], out, new Capture()), 0);
});

for (const row of ROWS) {
  test(`bad input: ${row.name} → exit ${row.code ?? 2}, one line, stores unchanged`, async () => {
    const args = row.args();
    const before = databases();
    const out = new Capture();
    const err = new Capture();
    const code = await main(args, out, err);
    assert.equal(code, row.code ?? 2, err.text);
    assert.equal(out.text, '');
    assert.match(err.text, row.message);
    assert.equal(err.text.trim().split('\n').length, 1, err.text);
    assert.doesNotMatch(err.text, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'no control character reaches the terminal');
    assert.deepEqual(databases(), before);
  });
}

test('a symbolic-link loop and a link to a parent folder do not stop a folder ingest (issue 16, defect 6)', async () => {
  mkdirSync(at('news/inner'), { recursive: true });
  writeFileSync(at('news/inner/a.txt'), ARTICLE);
  symlinkSync('loop-b', at('news/loop-a'));
  symlinkSync('loop-a', at('news/loop-b'));
  symlinkSync('..', at('news/inner/up'));
  symlinkSync('../..', at('news/inner/way-up'));
  const out = new Capture();
  const err = new Capture();
  const code = await main(['ingest', at('news'), '--db', at('links.db')], out, err);
  assert.equal(code, 0, err.text);
  assert.match(out.text, /ingested 1 document into/);
});
