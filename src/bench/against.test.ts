import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asOurStageNames, compareRuns, comparisonTable, median, roundOrder, WHOLE } from './against.js';
import type { OneBuildRun } from './one-build.js';
import { STAGES } from '../pipeline/presets.js';

test('a build from before the stages were named after their layers is compared stage for stage', () => {
  const before = [
    { name: 'segment', provides: ['tokens', 'sentences', 'paragraphs'] },
    { name: 'entities', provides: ['mentions'] },
    { name: 'dating', provides: ['anchor'] },
    { name: 'actors', provides: ['entities'] },
    { name: 'stances', provides: ['stances', 'topics'] },
  ];
  const names = asOurStageNames(before, Object.values(STAGES));
  assert.deepEqual([...names], [['segment', 'segment'], ['entities', 'mentions'], ['dating', 'anchor'], ['actors', 'entities'], ['stances', 'stances']]);
});

test('a stage this build does not have keeps its own name', () => {
  assert.deepEqual([...asOurStageNames([{ name: 'sentiment', provides: ['sentiment'] }], Object.values(STAGES))], [['sentiment', 'sentiment']]);
});

test('the builds take turns at running first, round by round', () => {
  assert.deepEqual(roundOrder(4), [[0, 1], [1, 0], [0, 1], [1, 0]]);
});

const run = (cpuMs: Record<string, number>, stages = Object.keys(cpuMs).filter((s) => s !== 'record')): OneBuildRun => ({
  stages: stages.map((name) => ({ name, provides: name === 'entities' ? ['mentions'] : [name] })),
  cpuMs, totalCpuMs: Object.values(cpuMs).reduce((a, b) => a + b, 0), tokens: 1000,
});

test('stages are compared by their best CPU time, under this build\'s names, with each round\'s ratio', () => {
  const ours = [run({ mentions: 100, parse: 200, record: 10 }), run({ mentions: 90, parse: 260, record: 10 })];
  const theirs = [run({ entities: 100, parse: 180, record: 10 }), run({ entities: 120, parse: 190, record: 10 })];
  const rows = compareRuns(ours, theirs, 0.05);
  assert.deepEqual(rows.map((r) => r.stage), ['mentions', 'parse', 'record', WHOLE]);
  const [mentions, parse] = rows;
  assert.equal(mentions.ratio, 90 / 100);
  assert.deepEqual(mentions.roundRatios, [90 / 120, 100 / 100]);
  assert.equal(mentions.slower, false);
  assert.equal(parse.ratio, 200 / 180);
  assert.equal(parse.slower, true); // 11 % slower at best, and 24 % in the rounds' median
  assert.equal(rows[3].ours, 310); // the whole analysis' best round
});

test('a stage slower at best but not in the rounds\' median is within the noise', () => {
  const rows = compareRuns([run({ time: 120 }), run({ time: 110 })], [run({ time: 100 }), run({ time: 130 })], 0.05);
  assert.equal(rows[0].ratio, 1.1);
  assert.equal(median(rows[0].roundRatios), (110 / 130 + 120 / 100) / 2);
  assert.equal(rows[0].slower, false);
});

test('the median of an odd count is the middle one', () => {
  assert.equal(median([0.9, 1.0, 1.3]), 1.0);
});

test('a stage too short to time is never slower', () => {
  const rows = compareRuns([run({ record: 24 }), run({ record: 23 })], [run({ record: 20 }), run({ record: 20 })], 0.05);
  assert.equal(rows[0].ratio, 23 / 20);
  assert.equal(rows[0].slower, false);
});

test('a stage the other build lacks is new, with no ratio', () => {
  const rows = compareRuns([run({ segment: 5, sentiment: 7 })], [run({ segment: 5 })]);
  assert.equal(rows[1].ratio, null);
  assert.match(comparisonTable(rows)[1], /sentiment .* new stage/);
  assert.match(comparisonTable(rows)[0], /segment .* 1\.000× {2}rounds 1\.000–1\.000–1\.000$/);
});
