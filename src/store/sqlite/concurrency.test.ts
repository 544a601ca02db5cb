import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteStore } from './index.js';
import { paragraphCorpus, parleyChild, storeContent, writeJsonl } from './stress.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-concurrency-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const docs = paragraphCorpus(12);
const ids = docs.map((d) => d.id);
/** Each writer gets the whole corpus, rotated, so they race for the same texts from different ends. */
const rotated = (k: number) => [...docs.slice(k * 3), ...docs.slice(0, k * 3)];

let baselinePath: string | null = null;
async function baseline() {
  if (!baselinePath) {
    baselinePath = join(dir, 'baseline.db');
    const r = await parleyChild(['ingest', writeJsonl(join(dir, 'all.jsonl'), docs), '--db', baselinePath], dir).exited;
    assert.equal(r.code, 0, r.stderr);
  }
  return storeContent(baselinePath, ids);
}

/**
 * Writers start together on one new file, so they also race to create the schema and switch
 * it to WAL. A reader opens, searches and counts in a loop meanwhile: it must never fail, never
 * see a document count go down, and never wait out a writer's lock.
 */
async function writersOnOneFile(writers: number) {
  const path = join(dir, `writers-${writers}.db`);
  const runs = Array.from({ length: writers }, (_, k) =>
    parleyChild(['ingest', writeJsonl(join(dir, `w${writers}-${k}.jsonl`), rotated(k)), '--db', path], dir).exited);
  let done = false;
  const all = Promise.all(runs).finally(() => { done = true; });
  const seen: number[] = [];
  let slowestRead = 0;
  while (!done) {
    await sleep(20);
    try {
      const t0 = performance.now();
      const store = openSqliteStore(path, { readOnly: true });
      await store.search('president');
      seen.push((await store.stats()).documents);
      await store.close();
      slowestRead = Math.max(slowestRead, performance.now() - t0);
    } catch (err) {
      // Before the first writer has created the schema there is no store to read yet.
      assert.match((err as Error).message, /cannot open the store|empty database, not a Parley store/);
    }
  }
  for (const r of await all) assert.equal(r.code, 0, r.stderr);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], `the count went from ${seen[i - 1]} down to ${seen[i]}`);
  assert.ok(slowestRead < 5000, `a read took ${Math.round(slowestRead)} ms`);
  const actual = await storeContent(path, ids);
  const expected = await baseline();
  assert.equal(actual.integrity, 'ok');
  assert.equal(actual.ftsIntegrity, 'ok');
  assert.deepEqual(actual.stats, expected.stats);
  for (const id of ids) assert.deepEqual(actual.records[id], expected.records[id], id);
  return seen.length;
}

test('two writers on one SQLite file store each text once, with a reader reading throughout', { timeout: 300_000 }, async () => {
  assert.ok(await writersOnOneFile(2) > 0);
});

test('four writers on one SQLite file store each text once, with a reader reading throughout', { timeout: 300_000 }, async () => {
  assert.ok(await writersOnOneFile(4) > 0);
});
