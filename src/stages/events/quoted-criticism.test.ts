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
