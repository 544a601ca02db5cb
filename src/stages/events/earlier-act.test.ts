import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * A criticism or rejection of "the move", "the decision" that names no party is aimed at the doer of the
 * latest act reported before it by another country's actor. Texts written for this test in the shape of
 * wire reports; the last keeps a judgement with nothing done before it uncoded as a party.
 */
const MOVES: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['Russia expelled two US diplomats on Friday. The United States condemned the move.', ['111 USA→RUS']],
  ['Russia annexed Crimea from Ukraine in March. The European Union rejected the move.', ['120 IGOEUREEC→RUS']],
  ['The European Union said on Monday that talks would resume. Russia rejected the decision.', []],
];

test('a judgement of "the move" names the doer of the act reported before it', () => {
  for (const [text, expected] of MOVES) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => /^1[12]/.test(e.code) && e.targetActor !== null), expected, text);
});
