import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * Conditional threats (CAMEO 13): a coercive act its actor will or may do "if" or "unless" is the
 * threat of it, asserted; a threat naming no target is aimed at the actor of its condition. An
 * act of cooperation on a condition is no threat, and a coercive act with no condition stays what
 * it is. Sentences written for this test in the shape of wire reports.
 */
const THREATS: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['China will impose sanctions on Japan if it sends warships to the islands.', ['1312 CHN→JPN']],
  ['The European Union may impose sanctions on Russia if the fighting continues.', ['1312 IGOEUREEC→RUS']],
  ['Palestinian workers threatened to hold a general strike unless Israel lifted the closure.', ['133 PSELAB→ISR']],
  ['Russia threatened to stop the negotiations if the United States deployed new missiles in Europe.', ['130 RUS→USA']],
  ['Iran has threatened to leave the nuclear talks if Britain goes ahead with the seizure of its tanker, the Guardian reported on Friday.', ['130 IRN→GBR']],
  ['Japan will send aid to Haiti if the government asks for it.', []], // intended 070, not asserted,
  ['China imposed sanctions on Japan on Monday.', ['163 CHN→JPN']],
];

test('a coercive act promised on a condition is a threat against the actor of the condition', () => {
  for (const [sentence, expected] of THREATS) assert.deepEqual(coded(sentence), expected, sentence);
});
