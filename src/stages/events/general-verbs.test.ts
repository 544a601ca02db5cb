import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * "Take" codes only through its patterns: the block's default (171, seize property) is not what news
 * means by it. The first two sentences are from Wikinews (CC BY 2.5, wn-1e5c81a86c20 and
 * wn-b4a473024150), the others written for this test in the shape of wire reports: the seizures
 * its patterns and phrasal verbs name stay.
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['The first presidential debate between Trump and Biden took place on the penultimate day of September in Ohio.', []],
  ['Nkurunziza was taken ill on Saturday evening, after attending a volleyball game, and taken to hospital.', []],
  ['Rebels took control of the town on Sunday.', ['192 ---REB→---']],
  ['Gunmen took dozens of people hostage.', ['181 ---UAF→---']],
  ['Taliban fighters took over the city of Kunduz on Monday.', ['171 AFGREB→AFG']],
];

test('"take" is coded only as its patterns and phrasal verbs say', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});
