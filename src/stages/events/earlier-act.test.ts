import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * A criticism or rejection of "the move", "the decision" (or of "the operation", "the attack": an act of force) that
 * names no party is aimed at the doer of the latest act (of that kind) reported before it by another country's actor. Texts written for this test in the shape of
 * wire reports; the last keeps a judgement with nothing done before it uncoded as a party.
 */
const MOVES: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['Russia expelled two US diplomats on Friday. The United States condemned the move.', ['111 USA→RUS']],
  ['Russia annexed Crimea from Ukraine in March. The European Union rejected the move.', ['120 IGOEUREEC→RUS']],
  ['The European Union said on Monday that talks would resume. Russia rejected the decision.', []],
  // English Wikinews (CC BY 2.5), wn-4a036a6152d8, shortened: a passive's subject is what is judged, and "the operation" an act of force
  ['On Wednesday, Turkey began a military offensive with airstrikes followed by a ground invasion. Erdoğan named it Operation Peace Spring. The operation was condemned by members of the European Union.', ['111 IGOEUREEC→TUR']],
  // an act of force named back is no meeting: nothing of its kind was reported before it
  ['Greek Prime Minister Kyriakos Mitsotakis met President Trump on Tuesday. The French government condemned the attack.', []],
];

test('a judgement of "the move" names the doer of the act reported before it', () => {
  for (const [text, expected] of MOVES) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => /^1[12]/.test(e.code) && e.targetActor !== null), expected, text);
});
