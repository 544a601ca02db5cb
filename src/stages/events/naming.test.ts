import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** The codes of the events "call" triggers (the actors of these sentences are read without their articles' context). */
const coded = (text: string) => codedEvents(text, '2020-10-01', (e) => e.mode === 'asserted' && e.trigger.text.startsWith('call')).map((e) => e.split(' ')[0]);

/**
 * "Call" as naming (no act), as judging its object (a statement, 010; criticism, 111, where the
 * judgement condemns) and as telephoning (041,
 * the dictionary's default). Sentences from Wikinews (CC BY 2.5: wn-b4a473024150, wn-9275b9c0a846,
 * wn-68baed789231, wn-ec0c9e990c97 with the names in full), and others written for this test in the shape of wire reports.
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['During the course of the debate, Biden called Trump a clown, a racist, and the worst president.', ['010']],
  ['The Iraqi government called the US strike a violation of Iraq\'s sovereignty.', ['111']],
  ['Greek Prime Minister Kyriakos Mitsotakis called the Turkish-Libyan deal a disgrace.', ['111', '111']],
  ['Greek Prime Minister Kyriakos Mitsotakis called Turkey a friend.', ['010']],
  // a condemned thing that someone named suffered, not made, is no criticism of them
  ['US President Donald Trump called Roger Stone\'s 40 month sentence "unjust."', ['010']],
  ['Recent reports have revealed that a defector from the elite group within Scientology called the Sea Org was first persuaded to travel back to a management building for the organization in California, where he was interrogated by an attorney for Scientology and then arrested.', []],
  ['A mother called the police in Kamloops, British Columbia, Canada on Sunday morning.', ['041']],
  ['French President Emmanuel Macron called Russian President Vladimir Putin on Tuesday.', ['041']],
];

test('"call" names, judges or telephones', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});
