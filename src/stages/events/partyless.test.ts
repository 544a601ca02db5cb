import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const coded = (text: string) => codedEvents(text, '2021-03-01', (e) => e.mode === 'asserted');

/**
 * Criticism, rejection and threats whose party goes unnamed (`partyless.ts`): the act of a verb
 * that is one by its meaning, in the clause the sentence reports, is coded with no target; in a
 * subordinate clause, or by a verb that is an act only towards a party, it is not. Sentences
 * written for this test in the shape of wire reports.
 */
/** Expected: the CAMEO root of each 11–13 act with its source and target. */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Albania on Friday denounced as an ugly crime the suppression of unrest in the province.', ['11 ALB→---']],
  ['Russia has threatened to stop the negotiations on nuclear weapons.', ['13 RUS→---']],
  ['The German government strongly condemned the attack on Sunday.', ['11 DEUGOV→---']],
  ['Turkey rejected the proposal on Monday.', ['12 TUR→---']],
  ['The Turkish government refused to commit any direct assistance, citing domestic opposition.', ['12 TURGOV→---']],
  ['Israeli troops remained on alert in the city to forestall more violence.', []],
  ['Brazil claimed the site was the largest in the world.', []],
];

test('criticism, rejection and threats in the clause a sentence reports are coded without a party', () => {
  for (const [sentence, expected] of CASES) {
    const roots = coded(sentence).filter((c) => /^1[123]/.test(c)).map((c) => c.slice(0, 2) + c.slice(c.indexOf(' ')));
    assert.deepEqual(roots, expected, sentence);
  }
});
