import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Articles from English Wikinews (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/), read from ../shared/data/wikinews.
const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parley-corpus-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const DB = join(dir, 'corpus.db');

function parley(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--db', DB], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, PARLEY_STORE: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = readFileSync(WIKINEWS, 'utf8').split('\n');
const pick = (id: string) => JSON.parse(lines.find((l) => l.includes(`"id": "${id}"`))!);
const rouhani = pick('wn-22b5bfe42db1');
const iraq = pick('wn-aafee3e24c0c');
const copy = { ...iraq, id: 'copy-iraq', url: 'https://example.org/iraq', title: 'Iraq votes to expel US troops', text: iraq.text.split('\n\n').slice(0, 3).join('\n\n') };

test('ingest on two workers, then actors, quotes, stories and export answer from the store', () => {
  writeFileSync(join(dir, 'in.jsonl'), [rouhani, iraq, copy].map((a) => JSON.stringify(a)).join('\n'));
  const ingest = parley(['ingest', join(dir, 'in.jsonl'), '--workers', '2']);
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.match(ingest.stdout, /ingested 3 documents .*: 3 new/);

  const stories = parley(['stories', '--min', '2', '--json']);
  assert.equal(stories.code, 0, stories.stderr);
  assert.deepEqual(JSON.parse(stories.stdout).items.map((s: { documents: string[] }) => s.documents), [['wn-aafee3e24c0c', 'copy-iraq']]);

  const actors = parley(['actors', 'Rouhani']);
  assert.equal(actors.code, 0, actors.stderr);
  assert.match(actors.stdout, /Rouhani .*PERSON IRN/);
  assert.match(actors.stdout, /President \(IRN\)\s+2019-09-23 – 2019-09-23/);
  assert.match(parley(['actors', 'Nobody-at-all']).stdout, /no stored actor matches 'Nobody-at-all'/);

  const quotes = parley(['quotes', '--by', 'Rouhani', '--json']);
  assert.equal(quotes.code, 0, quotes.stderr);
  const items = JSON.parse(quotes.stdout).items as Array<{ speaker: string; text: string; document: string }>;
  assert.ok(items.length >= 2 && items.every((q) => /Rouhani/.test(q.speaker) && q.document === 'wn-22b5bfe42db1'), quotes.stdout);
  assert.ok(items.some((q) => q.text.includes('Your presence has always been a calamity')));

  const jsonl = parley(['export']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(jsonl.map((r) => r.document.id), ['wn-22b5bfe42db1', 'wn-aafee3e24c0c', 'copy-iraq']);
  assert.equal(jsonl[1].story, jsonl[2].story);
  const csv = parley(['export', '--format', 'csv', '--quotes']).stdout.split('\r\n');
  assert.equal(csv[0], 'document,date,speaker,actor,kind,cue,start,end,text');
  assert.ok(csv.some((row) => row.startsWith('wn-22b5bfe42db1,') && row.includes('Rouhani')));
  assert.equal(parley(['export', '--format', 'xml']).code, 2);

  // The cut copy reports the acts of the original's first paragraphs: each is one merged event with both articles.
  const merged = parley(['events', '--merged', '--json', '--limit', '200']);
  assert.equal(merged.code, 0, merged.stderr);
  const both = (JSON.parse(merged.stdout).items as Array<{ documents: number; mentions: Array<{ document: string }> }>).filter((m) => m.documents === 2);
  assert.ok(both.length >= 1, merged.stdout);
  for (const m of both) assert.deepEqual(m.mentions.map((x) => x.document).sort(), ['copy-iraq', 'wn-aafee3e24c0c']);
});

test('the query commands refuse a missing store and bad options with one line and exit 2', () => {
  const missing = spawnSync(process.execPath, [BIN, 'actors', '--db', join(dir, 'none.db')], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no store here/);
  assert.equal(parley(['quotes', '--from', 'last week']).code, 2);
  assert.match(parley(['stories', '--cursor', 'garbage']).stderr, /not a cursor/);
});

test('ingest --watch DIR stores what is added to the folder until it is stopped', async () => {
  const { spawn } = await import('node:child_process');
  const { mkdirSync } = await import('node:fs');
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const db = join(dir, 'watched.db');
  const child = spawn(process.execPath, [BIN, 'ingest', '--watch', inbox, '--db', db, '--workers', '1'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let exited = false;
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exit = new Promise((r) => child.once('exit', () => { exited = true; r(null); }));
  const until = async (cond: () => boolean, what: string) => {
    for (let waited = 0; !cond(); waited += 50) {
      if (exited || waited > 120_000) throw new Error(`${exited ? 'the watcher stopped' : 'timed out'} waiting for ${what}; stdout: ${stdout}; stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await until(() => stdout.includes('watching'), 'the watcher');
    writeFileSync(join(inbox, 'rouhani.json'), JSON.stringify(rouhani));
    await until(() => /ingested 1 document .*1 new/.test(stdout), 'the new file to be ingested');
  } finally {
    child.kill('SIGTERM');
    await exit;
  }
  const stored = spawnSync(process.execPath, [BIN, 'show', 'wn-22b5bfe42db1', '--db', db], { encoding: 'utf8' });
  assert.equal(stored.status, 0, stored.stderr);
});
