import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2008-08-06', (e) => e.mode !== 'negated');

/**
 * A capital speaks for its government ("Minsk said" BLRGOV), but named as a noun's modifier it is the
 * place: its country as a target ("attend the Beijing Olympics" CHN), and no doer of the act the noun
 * names ("a Kabul car bombing" is where it happened). Sentences written for this test, and one from
 * Wikinews (CC BY 2.5, wn-0cdc653de4ea).
 */
const CAPITALS: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['The US president will attend the Beijing Olympics on Friday.', ['042 USAGOV→CHN']],
  ['Minsk accused Lithuania of interference on Monday.', ['112 BLRGOV→LTU']],
  // the bombing's place is no doer, and "five" and "110" name no party: nothing to code (it was "180 AFG→AFGREB",
  // Afghanistan attacking the Taliban, from a parse that made "week" the root and the attack a phrase of "wounded")
  ['Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the Taliban.', []],
];

test('a capital as a noun modifier is the place, as a subject its government', () => {
  for (const [sentence, expected] of CAPITALS) assert.deepEqual(coded(sentence), expected, sentence);
});
