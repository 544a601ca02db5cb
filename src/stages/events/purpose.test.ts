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
  ['Nigeria summoned the ambassador of Niger to complain about the attacks on its border posts.', ['110 NGA→NERGOV']],
  // an appeal keeps its own reading: the object is asked to act
  ['Peru urged Chile to release the prisoners.', ['0253 PER→CHL']],
];

test('the purpose of sending or summoning people is the act coded, by the sender, on the party moved to', () => {
  for (const [sentence, expected] of PURPOSE) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});
