import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * Acts of force whose subject is the weapon (`weapon-subject.ts`): coded against their target with
 * the one who launched the weapon or the place it was fired from as the doer, else an unknown one; an explosion may be an
 * accident and is left alone. Sentences written for this test in the shape of wire reports.
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['A car bomb killed ten civilians in Baghdad on Monday.', ['1832 ---→IRQCVL']],
  ['A roadside bomb wounded three American soldiers.', ['1833 ---→USAMIL']],
  ['A mortar bomb fired from Syria killed two Turkish soldiers.', ['183 SYR→TURMIL']],
  // one act: with "killed" read as the past tense it is (verbless.ts; the tagger said VBN) the strike is the verb's subject, no act of its own
  ['An Israeli air strike killed five Palestinians in Gaza.', ['195 ISR→PSE']],
  ['Iran launched missiles targeting US troops in Iraqi military bases.', ['194 IRN→---', '190 IRN→USAMIL']],
  ['The explosion killed two workers at the plant.', []],
];

test('an act of force whose subject is a weapon is done to its target by the place it came from, or by someone unknown', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});
