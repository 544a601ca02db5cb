import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * What is yielded (08) goes to the party its "to" phrase names: that party is the act's target. Sentences
 * written for this test in the shape of news reports.
 */
const YIELDED: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['Portugal relinquished control of Macau to China in 1999.', ['080 PRT→CHN']],
  ['The Dutch ceded control of New Guinea to Indonesia in 1963.', ['080 NLD→IDN']],
];

test('a thing yielded to a party is yielded to that party', () => {
  for (const [text, expected] of YIELDED) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => e.root === '08'), expected, text);
});

/**
 * An appeal made by an "-ing" adjunct with no object is addressed to the party its governor's "to" phrase
 * names, not to an actor inside the act asked for. Written for this test in the shape of a wire report.
 */
test('an appeal in an adjunct of writing to someone is addressed to them', () => {
  assert.deepEqual(
    codedEvents('The Iraqi foreign minister wrote to the UN Security Council, urging to condemn the Turkish incursion.', '2021-03-01', (e) => e.root === '02'),
    ['020 IRQGOV→IGOUNO'],
  );
});

/**
 * What one wins or receives with a possessive ("won THEIR prize") is one's own: the pronoun is no giver of a reversed
 * coding (code.ts assignRoles). Wikinews, "Swedish academy announces 2019 Nobel Prize winners in physics" (CC BY 2.5,
 * wn-aea10c6840d1): the two laureates were praised by "their" (Switzerland).
 */
test('the possessor of what one wins gives nothing', () => {
  assert.deepEqual(codedEvents('Queloz and Mayor, both from Switzerland, won their prize for discovering the first known exoplanet in 1995.', '2019-10-10'), []);
  assert.deepEqual(codedEvents('Kenya won the backing of the African Union.', '2019-10-10'), ['051 IGOAFRAFU→KEN']);
});
