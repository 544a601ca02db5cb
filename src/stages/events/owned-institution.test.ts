import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * An institution named after a country's possessive is that country's, not the body of another
 * country its name was linked to ("Senate" alone is the US Senate). Sentences written for this test.
 */
const OWNED: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ["Kenya's Senate condemned Somalia on Monday.", ['111 KENLEG→SOM']],
  ["Ghana's Parliament condemned the coup in Mali.", ['111 GHALEG→MLI']],
];

test("an institution after a country's possessive is that country's", () => {
  for (const [sentence, expected] of OWNED) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});
