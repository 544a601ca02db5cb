import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareStages, comparisonLines, readBaseline, writeBaseline, type StageBaseline } from './stage-baseline.js';

const BASELINE: StageBaseline = {
  recorded: '2026-12-04', commit: 'abc1234', note: 'made up', winkTokensPerSecond: 300_000,
  stages: { segment: 1.5, time: 2.0, quotes: 4.0 },
};

test('a stage is slower only below its baseline by more than the margin', () => {
  const rows = compareStages({ segment: 1.5, time: 1.85, quotes: 3.5, parse: 0.2 }, BASELINE, 0.1);
  assert.deepEqual(rows.map((r) => [r.stage, r.slower]), [['segment', false], ['time', false], ['quotes', true], ['parse', false]]);
  assert.equal(rows[2].change, 3.5 / 4 - 1);
  assert.equal(rows[3].before, null); // a stage the baseline does not know is new, never slower
  const lines = comparisonLines(rows, BASELINE, 0.1);
  assert.match(lines.at(-1)!, /slower than the baseline: quotes$/);
  assert.match(lines.find((l) => l.includes('parse'))!, /new stage/);
});

test('the baseline is read back as written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const file = join(dir, 'bench', 'stage-speed.json');
    assert.equal(readBaseline(file), null);
    writeBaseline(BASELINE, file);
    assert.deepEqual(readBaseline(file), BASELINE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
