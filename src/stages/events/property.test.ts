import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * Destroying property is 1712 (CAMEO 171, seize or damage property), not force against people
 * (180, 190): a verb that wrecks things whose object is a building, structure or vehicle.
 * Sentences written for this test in the shape of wire reports. Attacks on places, and wrecking
 * verbs done to no thing, keep their code.
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Afghan guerrillas blew up three electric power lines leading into Kabul last month.', ['1712 AFGREB→---']],
  ['Armed settlers set fire to the offices of the Palestinian Authority in Hebron.', ['1712 ---CVL→PSEGOV']],
  ['Pakistani militants torched three buses on Sunday.', ['1712 PAKUAF→---']],
  ['Russian troops attacked Ukraine on Monday.', ['190 RUSMIL→UKR']],
  ['Militants blew up a Syrian army checkpoint on Sunday.', ['190 SYRUAF→SYRMIL']],
];

test('wrecking a building, structure or vehicle is destroying property', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});
