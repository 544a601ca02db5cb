import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const criticism = (text: string) => codedEvents(text, '2019-08-29', (e) => e.code === '111' && e.mode === 'asserted');

/**
 * Criticism in a speaker's quoted words: a copular judgement that condemns, said of an actor or of
 * "this" standing for the act of the clause beside it. Sentences from Wikinews (CC BY 2.5:
 * wn-66df845d63a0, wn-b46612ade28e, wn-ffc40c6fb838) and two written in the shape of wire reports.
 */
const CASES: ReadonlyArray<readonly [cls: string, text: string, expected: readonly string[]]> = [
  [
    '"this" judges the act of the clause beside it, whose subject is criticised',
    'Member of Parliament (MP) Yvette Cooper of the Labour Party added, "Boris Johnson is trying to use the Queen to concentrate power in his own hands — this is a deeply dangerous and irresponsible way to govern."',
    ['111 GBRGOV→GBRGOV'],
  ],
  ['the owner of the subject is judged', 'British Foreign Secretary Dominic Raab said, "Iran\'s seizure of the tanker is illegal."', ['111 GBRGOV→IRN']],
  ['a place after the subject is not judged', 'British Foreign Secretary Dominic Raab said, "The situation in Iran is dangerous."', []],
  [
    '"not only" praises',
    'Greek Foreign Minister George Katrougalos emphasized the requirement of approval by UNESCO, saying "It [Haghia Sophia] is not only a great temple of Christendom — the largest for many centuries — it also belongs to humanity.',
    [],
  ],
  [
    'a reason beside the judgement is not what it says; an agent of no country is no party',
    'United States Attorney Jessie K. Liu said, "Children around the world are safer because of the actions taken by U.S. and foreign law enforcement to prosecute this case and recover funds for victims."',
    [],
  ],
];

test('a condemning judgement in quoted words criticises the actor it is said of', () => {
  for (const [cls, text, expected] of CASES) assert.deepEqual(criticism(text), expected, cls);
});

test('"add" with a clause is a statement, not giving', () => {
  const sentence = 'Member of Parliament (MP) Yvette Cooper of the Labour Party added, "Boris Johnson is trying to use the Queen to concentrate power in his own hands."';
  assert.deepEqual(codedEvents(sentence, '2019-08-29', (e) => e.code.startsWith('06')), []);
});

/**
 * A condemning "it" or "this" that no clause of its sentence explains answers the latest act an earlier
 * sentence reported against the speaker's country. Texts written for this test in the shape of wire reports.
 */
const POINTED_BACK_CASES: ReadonlyArray<readonly [cls: string, text: string, expected: readonly string[]]> = [
  [
    'the act against the speaker\'s country two sentences before',
    'China imposed sanctions on the United States on Monday. The measures take effect next month. US Secretary of State Mike Pompeo said, "This is outrageous."',
    ['111 USAGOV→CHN'],
  ],
  [
    'no act against the speaker\'s country: no criticism',
    'Germany and France signed a trade agreement on Monday. The agreement takes effect next month. US Secretary of State Mike Pompeo said, "This is outrageous."',
    [],
  ],
];

test('a condemning "this" with no clause beside it criticises the doer of the latest act against the speaker\'s country', () => {
  for (const [cls, text, expected] of POINTED_BACK_CASES) assert.deepEqual(criticism(text), expected, cls);
});
