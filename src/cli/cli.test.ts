import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function parley(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const ARTICLE = 'Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on Thursday.\n\nThey discussed air defence for Ukraine.';

test('analyze prints a parley.analysis/1 record with --json and one line per article with --jsonl', () => {
  const a = file('a.txt', ARTICLE);
  const r = parley(['analyze', a, '--published', '2025-01-16', '--json', '--title', 'Tusk meets Macron']);
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout);
  assert.equal(record.schema, 'parley.analysis/1');
  assert.equal(record.document.text, ARTICLE);
  assert.equal(record.document.published, '2025-01-16');
  assert.equal(record.document.title, 'Tusk meets Macron');
  assert.equal(record.sentences.length, 2);
  for (const layer of ['entities', 'timexes', 'quotes', 'events', 'topics', 'stances']) assert.ok(Array.isArray(record[layer]), layer);
  const lines = parley(['analyze', a, a, '--jsonl']).stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.equal(JSON.parse(lines[1]).schema, 'parley.analysis/1');
});

test('analyze reads standard input from -', () => {
  const r = parley(['analyze', '-', '--json'], ARTICLE);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).document.text, ARTICLE);
});

const BAD_INPUTS: Array<[string, () => string[], RegExp]> = [
  ['an empty file', () => ['analyze', file('empty.txt', '')], /is empty/],
  ['a blank file', () => ['analyze', file('blank.txt', ' \n\n\t')], /is empty/],
  ['a binary file', () => ['analyze', file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))], /binary/],
  ['invalid UTF-8', () => ['analyze', file('latin1.txt', Buffer.from('Caf\xe9 au lait in Kyiv', 'latin1'))], /not valid UTF-8/],
  ['a UTF-16 file', () => ['analyze', file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv said no.', 'utf16le')]))], /is UTF-16/],
  ['a 50 MB file', () => ['analyze', file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))], /larger than/],
  ['a missing path', () => ['analyze', join(dir, 'nope.txt')], /no such file/],
  ['an impossible date', () => ['analyze', file('ok.txt', ARTICLE), '--published', '2025-13-45'], /not a real calendar date|not a date/],
  ['a date that is not one', () => ['analyze', file('ok2.txt', ARTICLE), '--published', 'yesterday'], /not a date/],
  ['an unknown flag', () => ['analyze', file('ok3.txt', ARTICLE), '--frobnicate'], /Unknown option '--frobnicate'/],
  ['an unknown command', () => ['analyse', 'x'], /unknown command 'analyse'/],
];

for (const [what, args, message] of BAD_INPUTS) {
  test(`analyze: ${what} gets one clear line on stderr and exit code 2`, () => {
    const r = parley(args());
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  });
}

test('an unreadable file gets exit code 2', { skip: process.getuid?.() === 0 && 'root can read anything' }, () => {
  const path = file('secret.txt', ARTICLE);
  chmodSync(path, 0o000);
  assert.equal(parley(['analyze', path]).code, 2);
});

test('ingest stores documents, is a no-op the second time, and show/search read them back', () => {
  const corpus = file('corpus.jsonl', [
    JSON.stringify({ id: 'tusk-macron', title: 'Tusk meets Macron', published: '2025-01-16', url: 'https://example.org/1', text: ARTICLE }),
    JSON.stringify({ id: 'kyiv', title: 'Air raid in Kyiv', published: '2025-01-17', text: 'Air raid sirens sounded across Kyiv overnight, officials said.' }),
  ].join('\n'));
  const db = join(dir, 'ingest.db');
  const first = parley(['ingest', corpus, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /ingested 2 documents .* 2 new, 0 already stored/);
  assert.match(parley(['ingest', corpus, '--db', db]).stdout, /0 new, 2 already stored/);
  const shown = JSON.parse(parley(['show', 'tusk-macron', '--db', db, '--json']).stdout);
  assert.equal(shown.document.text, ARTICLE);
  assert.equal(shown.document.url, 'https://example.org/1');
  const hits = parley(['search', 'sirens', '--db', db]);
  assert.match(hits.stdout, /^kyiv /m);
  assert.equal(parley(['show', 'missing', '--db', db]).code, 2);
});

test('a batch with one bad document stores nothing and creates no store', () => {
  const good = file('good.txt', ARTICLE);
  const bad = file('bad.jsonl', `${JSON.stringify({ id: 'x', text: 'Fine text.' })}\n{"id": "y", "text": `);
  const db = join(dir, 'never.db');
  const r = parley(['ingest', good, bad, '--db', db]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad\.jsonl:2: is not valid JSON/);
  assert.equal(existsSync(db), false);
  const badDate = file('baddate.jsonl', JSON.stringify({ text: 'Fine text.', published: '2025-02-30' }));
  assert.match(parley(['ingest', badDate, '--db', db]).stderr, /published.*not a real calendar date/);
  assert.equal(existsSync(db), false);
});

test('show and search refuse to invent a store that does not exist', () => {
  const r = parley(['search', 'Kyiv', '--db', join(dir, 'absent.db')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no store here/);
});

test('eval time with both --timeml and --meantime, or neither, is a usage error on one line', () => {
  for (const args of [['eval', 'time'], ['eval', 'time', '--timeml', dir, '--meantime', dir]]) {
    const r = parley(args);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /exactly one of --timeml DIR and --meantime DIR/);
  }
});

test('analyze reads .json and .jsonl as articles, as ingest does, and says so (issue 15)', () => {
  const corpus = file('two.jsonl', [
    JSON.stringify({ id: 'tusk', title: 'Tusk meets Macron', published: '2025-01-16', text: ARTICLE }),
    JSON.stringify({ id: 'kyiv', text: 'Air raid sirens sounded across Kyiv overnight, officials said.' }),
  ].join('\n'));
  const r = parley(['analyze', corpus, '--jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((x) => [x.document.id, x.document.text.slice(0, 14)]), [['tusk', 'Polish Prime M'], ['kyiv', 'Air raid siren']]);
  assert.match(r.stderr, /two\.jsonl: read as JSON Lines, 2 articles/);
  const summary = parley(['analyze', file('one.json', JSON.stringify({ text: 'On 5 November 2024 the talks in Geneva ended without agreement, diplomats said.' }))]);
  assert.equal(summary.code, 0, summary.stderr);
  assert.match(summary.stdout, /published (between|on or after) 2024-11-05.*, estimated 2024-11-05/);
  assert.match(summary.stderr, /one\.json: read as JSON, 1 article/);
});

test('a checkout that was never built (or lacks a dependency) gets one line asking for npm install, exit 2', () => {
  const checkout = join(dir, 'unbuilt');
  mkdirSync(join(checkout, 'bin'), { recursive: true });
  copyFileSync(BIN, join(checkout, 'bin', 'parley.js'));
  const r = spawnSync(process.execPath, [join(checkout, 'bin', 'parley.js'), 'analyze', 'seed.txt'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^parley: E_NOT_INSTALLED: .*run `npm install`/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});
