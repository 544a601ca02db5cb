import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * Military retreats and surrenders (0874): an armed group that is no state's army is the doer the
 * dictionary's `- &MILITARY * [0874]` patterns name ("rebels surrendered"); a withdrawal its doer
 * completes is its own, with no party, though a possessive names the doer again in the object
 * ("completed their withdrawal"). Sentences written for this test in the shape of wire reports.
 * A surrender by no armed group stays a concession (080).
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['About 200 Colombian guerrillas surrendered to the army on Tuesday.', ['0874 COLREB→COLMIL']],
  ['Russian forces completed their withdrawal on Friday.', ['0874 RUSMIL→---']],
  ['The Syrian army completed the withdrawal on Friday.', ['0874 SYRMIL→---']],
  ['The Hungarian government surrendered to the demands of the unions.', ['080 HUNGOV→---']],
];

test('armed groups retreat and surrender; a withdrawal of their own names no party', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});
