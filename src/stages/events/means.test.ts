import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * Bombings are unconventional violence (CAMEO 183: suicide 1831, car 1832, roadside 1833), not
 * conventional military force (190): a verb of force coded by its default takes the code of the
 * bombing it was done by, and a noun of attack the code its modifiers give it. Sentences written
 * for this test in the shape of wire reports, and one from Wikinews (CC BY 2.5, wn-8a4f3602c870).
 * A bare bombing, shelling or attack keeps its code.
 */
const BOMBINGS: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Three Iraqi civilians have been killed in a suicide car bombing in Baghdad.', ['1831 ---→IRQCVL']],
  ['A Lebanese journalist has been killed in a car bomb explosion in Beirut.', ['1832 ---→LBNMED']],
  ['Two Afghan soldiers were killed by a roadside bomb on Sunday.', ['1833 ---→AFGMIL']],
  ['Irish guerrillas wounded two British soldiers in a bomb attack on Thursday.', ['183 IRLREB→GBRMIL']],
  ['In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.', ['1831 IMGMUSALQ→---']],
  ['Israeli tanks shelled Gaza on Monday.', ['190 ISR→PSEGZA']],
  ['Russian troops attacked Ukraine on Monday.', ['190 RUSMIL→UKR']],
];

test('a bombing is coded as the bombing it is, an attack or shelling as force', () => {
  for (const [sentence, expected] of BOMBINGS) assert.deepEqual(coded(sentence), expected, sentence);
});
