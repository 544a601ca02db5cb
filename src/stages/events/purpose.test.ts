import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * An infinitive after the object of a verb that sends, dispatches or summons people is the purpose
 * of the move, done by the verb's subject on the party moved to or summoned — not an act asked of
 * the object, as after "urged X to". Sentences written for this test in the shape of wire reports.
 */
const PURPOSE: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['The IAEA dispatched inspectors to Syria on Monday to investigate the site of the explosion.', ['090 IGOUNOIAE→SYR']],
  ['Japan sent troops to Iraq to help with reconstruction.', ['070 JPN→IRQ']],
  ['Nigeria summoned the ambassador of Niger to complain about the attacks on its border posts.', ['114 NGA→NERGOV']],
  // an appeal keeps its own reading: the object is asked to act
  ['Peru urged Chile to release the prisoners.', ['0253 PER→CHL']],
];

test('the purpose of sending or summoning people is the act coded, by the sender, on the party moved to', () => {
  for (const [sentence, expected] of PURPOSE) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});

/**
 * A rejection, demand or appeal of its subject's own act that names no party is aimed at the party
 * of that act. Written for this test in the shape of wire reports.
 */
const AIMED_THROUGH_ACT: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['The rebels refused to allow United Nations planes to land in the province.', ['120 ---REB→IGOUNO']],
  ['Iran refused to meet the American delegation.', ['120 IRN→USAGOV']],
];

test('a refusal of its subject\'s own act is aimed at the party of that act', () => {
  for (const [sentence, expected] of AIMED_THROUGH_ACT) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});

/** The act of a clause a demand or appeal governs is asked for, not done: the demand alone is coded, aimed at the one asked. */
const ASKED_FOR: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Russia demanded that Ukraine withdraw its troops.', ['100 RUS→UKR']],
];

test('an act demanded in a that-clause is not coded as done', () => {
  for (const [sentence, expected] of ASKED_FOR) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});
