import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generator } from '../../fuzz/generate.js';
import { documentCounter, paragraphCorpus, parleyChild, storeContent, writeJsonl } from './stress.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const KILLS = 20;

/**
 * SIGKILL an ingest at random points — while models load, between documents, inside a
 * transaction — twenty times, resuming each time; then let it finish. The store must equal an
 * uninterrupted run's: SQLite's integrity check, the search index, counts and every layer of
 * every record. Each resumed run skips what is stored before analysing it, so kills after the
 * first stored document always leave progress behind.
 */
test('an ingest killed twenty times and resumed stores exactly what an uninterrupted ingest stores', { timeout: 600_000 }, async () => {
  const docs = paragraphCorpus(40);
  const corpus = writeJsonl(join(dir, 'corpus.jsonl'), docs);
  const ids = docs.map((d) => d.id);
  const baseline = join(dir, 'baseline.db');
  assert.equal((await parleyChild(['ingest', corpus, '--db', baseline], dir).exited).code, 0);

  const crashed = join(dir, 'crashed.db');
  const counter = documentCounter(crashed);
  const random = generator(16);
  let killedMidway = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    const { child, exited } = parleyChild(['ingest', corpus, '--db', crashed], dir);
    const before = counter.count();
    // Half the kills wait for a new document to be stored (a point inside the ingest loop), half strike blind.
    const target = before + 1 + Math.floor(random() * 2);
    const deadline = performance.now() + (random() < 0.5 ? 30_000 : 200 + random() * 3000);
    let finished = false;
    exited.then(() => { finished = true; });
    while (!finished && performance.now() < deadline && counter.count() < target) await sleep(5);
    if (!finished) await sleep(random() * 60);
    if (!finished) {
      child.kill('SIGKILL');
      killedMidway++;
    }
    const { code } = await exited;
    assert.ok(code === null || code === 0, `run ${kill} ended with ${code}`);
  }
  counter.close();
  // Ingest writes in growing batches, so a run can finish before its kill lands; some kills must land, not half.
  assert.ok(killedMidway >= 1, `${killedMidway} of ${KILLS} runs were killed before they finished`);
  const resumed = await parleyChild(['ingest', corpus, '--db', crashed], dir).exited;
  assert.equal(resumed.code, 0, resumed.stderr);

  const expected = await storeContent(baseline, ids);
  const actual = await storeContent(crashed, ids);
  assert.equal(actual.integrity, 'ok');
  assert.equal(actual.ftsIntegrity, 'ok');
  assert.equal(actual.foreignKeyProblems, 0);
  assert.deepEqual(actual.stats, expected.stats);
  assert.equal(expected.stats.documents, docs.length);
  for (const id of ids) assert.deepEqual(actual.records[id], expected.records[id], id);
});
