import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** The events a trigger word starts (the sentences are read without their articles' context). */
const coded = (text: string, trigger: string) => codedEvents(text, '2020-10-01', (e) => e.trigger.text.toLowerCase() === trigger);

/**
 * A word of a name does not act (index.ts partOfName): "the ASSOCIATED Press" is no association
 * (050), "the ASK Wellness Society" no appeal (020), "MET Éireann" no meeting (040); the verb after
 * the name still does ("the Associated Press (AP) CALLED the election for Biden"). Sentences from
 * Wikinews (CC BY 2.5: wn-553396af8db9, wn-68baed789231, wn-40d629f9d7b3).
 */
const CASES: ReadonlyArray<readonly [sentence: string, trigger: string, count: number]> = [
  ["At around 11:25am US east coast time (1625 UTC), the Associated Press (AP) called the election for Biden, as did NBC News, when Biden was declared to have won Pennsylvania's 20 electoral college votes.", 'associated', 0],
  ["At around 11:25am US east coast time (1625 UTC), the Associated Press (AP) called the election for Biden, as did NBC News, when Biden was declared to have won Pennsylvania's 20 electoral college votes.", 'called', 1],
  ['The Executive director of the Ask Wellness Society, Bob Hughes, told Kamloops This Week that CERB (Canada Emergency Response Benefit) payments, a program related to the COVID-19 pandemic, presented an additional factor in a spike in overdose deaths this year.', 'ask', 0],
  ['Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for Ireland, issued weather alerts as the storm approached from the west.', 'met', 0],
];

test('a word of a name is no act; the verb after the name is', () => {
  for (const [sentence, trigger, count] of CASES) assert.equal(coded(sentence, trigger).length, count, `${trigger}: ${sentence}`);
});
