import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** The codes of the events "release" triggers (the actors of these sentences are read without their articles' context). */
const coded = (text: string) => codedEvents(text, '2020-10-01', (e) => e.trigger.text.startsWith('releas')).map((e) => e.split(' ')[0]);

/**
 * "Release" publishes (a statement, 010, kept where it names another party) or frees (084, and the
 * dictionary's patterns: 0841 for prisoners). Sentences from Wikinews (CC BY 2.5: wn-c92117110cee,
 * wn-8682d613d3ee, wn-43116baefc80; the police's, with its "they" named, from wn-69ae245848d5) and
 * one written for this test in the shape of a wire report.
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['John Paul Stevens, a former associate justice of the US Supreme Court, died yesterday at the age of 99, according to a statement released by the Supreme Court.', []],
  ['Last week the White House released a summary of a phone call made by President Trump late last July to Ukrainian President Volodymyr Zelensky.', []],
  ["On June 23, Trump's former National Security Adviser John Bolton released a book, The Room Where It Happened, critical of Trump.", ['010']],
  ['Police arrested a 66-year-old man on suspicion of burglary on Saturday, and released him on bail till October.', ['084']],
  ['Israel released 150 Palestinian prisoners on Tuesday.', ['0841']],
];

test('"release" publishes things said or written and frees people', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});

/**
 * "Argue" and "contend" with a clause make a case (a statement, 010, which gives way to an act the sentence reports),
 * not the quarrel of their block (110), which "argued with" and "against" keep (English Wikinews, CC BY 2.5: wn-df9c26638c71,
 * wn-28b66795ffc5).
 */
test('arguing that something is so is a statement; arguing against it a disapproval', () => {
  const codes = (text: string) => codedEvents(text, '2020-10-01', (e) => /^(argu|contend)/.test(e.trigger.text)).map((e) => e.split(' ')[0]);
  assert.deepEqual(codes('Hawkins, Blankenship, and Carroll all argued they should not be mandatory.').filter((c) => c !== '010'), []);
  assert.deepEqual(codes('Rittenhouse, in remarks to The Washington Post, contended he would have been killed.').filter((c) => c !== '010'), []);
  assert.deepEqual(codes('Germany argued with France over the budget.'), ['110']);
});

/** Revealing says something (010), as DISCLOSE does, not the cooperation of its block's default (English Wikinews, CC BY 2.5, wn-8e142781707c). */
test('revealing is a statement', () => {
  const codes = codedEvents('On Monday, Hungarian daily newspaper Magyar Nemzet revealed a deal with the Hungarian government.', '2019-11-04', (e) => e.trigger.text === 'revealed').map((e) => e.split(' ')[0]);
  assert.ok(codes.length > 0 && codes.every((c) => c === '010'), codes.join(', '));
});
