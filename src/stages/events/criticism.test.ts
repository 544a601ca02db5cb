import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const asserted = (text: string) => codedEvents(text, '2020-01-10', (e) => e.mode === 'asserted');

/**
 * Criticism of a thing its parties are named in: a judgement by "call" that condemns its object is
 * criticism (111) of the parties the object names — both countries of a hyphenated pair, and through
 * the pronoun object of a participle adjunct, its governor's object. Sentences from Wikinews
 * (CC BY 2.5, wn-d4c395914b7f), the first sentence added for the pronoun "He".
 */
const CASES: ReadonlyArray<readonly [cls: string, text: string, expected: readonly string[]]> = [
  [
    'an adjunct\'s pronoun object is the governor\'s object; a hyphenated pair is both countries',
    'Greek Prime Minister Kyriakos Mitsotakis spoke in Washington. He also commented on the Turkish-Libyan maritime border agreement, calling it "null and void" and "geographically ridiculous".',
    // "spoke in Washington": the place is where he spoke, no party he spoke to (code.ts settingOnly)
    ['111 GRCGOV→TUR', '111 GRCGOV→LBY'],
  ],
  [
    'a judgement that praises is no criticism',
    'Greek Prime Minister Kyriakos Mitsotakis welcomed the Turkish-Libyan agreement, calling it historic.',
    ['051 GRCGOV→TUR', '051 GRCGOV→LBY'],
  ],
];

test('a condemning judgement criticises the parties its object names', () => {
  for (const [cls, text, expected] of CASES) assert.deepEqual(asserted(text), expected, cls);
});
