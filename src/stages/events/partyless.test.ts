import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

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

/**
 * An event needs a party a reader can place on one side at least: generic people acting on no one are no event
 * (English Wikinews, CC BY 2.5: wn-5b7de9034526, wn-5eacf2e8f5fc), while force done to a kind of person stays (written
 * for this test).
 */
test('an event with no party on either side that a reader can place is dropped, force against a kind of person kept', () => {
  assert.deepEqual(codedEvents('People find the solutions.', '2020-10-18'), []);
  assert.deepEqual(codedEvents('So people like me, we never give up.', '2020-10-18'), []);
  assert.deepEqual(codedEvents('A journalist has been killed in a car bomb explosion.', '2005-06-02'), ['1832 ---→---MED']);
});

test('events dropped for naming no party leave no id for the next event to take again', () => {
  // English Wikinews (CC BY 2.5), wn-76f2a8c84746, from the corpus beside the repository: of the two sources of
  // Professor Eastman's first "says", one names no party, and the next event took its id
  const article = readFileSync('../shared/data/wikinews/articles.jsonl', 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; text: string; published: string }).find((a) => a.id === 'wn-76f2a8c84746');
  assert.ok(article);
  const ids = analyze(pipeline, { text: article.text, published: article.published }).events.map((e) => e.id);
  assert.ok(ids.length >= 3, ids.join(', '));
  assert.equal(new Set(ids).size, ids.length, ids.join(', '));
});
