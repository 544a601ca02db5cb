import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * Force by protesters is a violent protest (145), whether they are the subject or, in a passive,
 * the agent. Sentences written for this test (the second in the shape of PETRARCH's GSR record
 * PASSIVE_3).
 */
const PROTESTERS_FORCE: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Protesters stormed the embassy.', ['145 ---OPP→---GOV']],
  ['The embassy was stormed by Iraqi protesters on Tuesday.', ['145 IRQOPP→---GOV']],
];

test('force by protesters is a riot, in the active and the passive', () => {
  for (const [sentence, expected] of PROTESTERS_FORCE) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});

/**
 * A demand needs no addressee named: "Protesters' demands include …" (Wikinews, CC BY 2.5,
 * wn-fa8cc9104eff) is the protesters' demand (100), as "farmers demanded higher prices" is.
 */
const DEMANDS: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ["Protesters' demands include investigation of alleged police violence against protesters on June 12.", ['100 ---OPP→---']],
  ['Thousands of farmers demanded higher prices.', ['100 ---AGR→---']],
];

test('a demand, verb or noun, is coded with no addressee named', () => {
  for (const [sentence, expected] of DEMANDS) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});
