import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { VerbClause } from './clause.js';
import type { PatternElement, VerbPattern } from './dictionary/types.js';
import { ClauseWords, blockNeeds } from './pattern-needs.js';
import type { SentenceWords } from './sentence.js';

/** "Ecuador broke off diplomatic relations with Venezuela's ruling parties": the subject is word 0, the verb word 1, its objects words 2–9. */
const WORDS = ['ECUADOR', 'BROKE', 'OFF', 'DIPLOMATIC', 'RELATIONS', 'WITH', 'VENEZUELA', "'S", 'RULING', 'PARTIES'];
const sentence = { words: WORDS } as unknown as SentenceWords;
const clause = { at: 1, end: 2, groupStart: 1, subject: { start: 0, end: 1 }, after: { start: 2, end: WORDS.length } } as unknown as VerbClause;

const word = (...words: string[]): PatternElement => ({ kind: 'word', words });
const prep = (preps: string[], ...words: string[]): PatternElement => ({ kind: 'prep', preps, words, role: 'target' });
const pattern = (post: PatternElement[], pre: PatternElement[] = []): VerbPattern => ({ pre, post, code: '161', reverse: null, line: 1 });
const needs = (p: VerbPattern) => blockNeeds({ label: 'BREAK', code: '160', patterns: [p] })[0]!;

test('a pattern whose words and prepositions the clause holds, in any form the matcher allows, may match', () => {
  const present = new ClauseWords(sentence, clause);
  for (const p of [
    pattern([word('OFF'), word('RELATION')]),
    pattern([prep(['TO', 'WITH'], 'VENEZUELA')]),
    pattern([word('PARTY')]),
    pattern([word('&CURRENCY')]),
    pattern([{ kind: 'role', role: 'target' }]),
    pattern([], [word('ECUADOR')]),
  ]) assert.equal(present.mayMatch(needs(p)), true, JSON.stringify(p));
});

test('a pattern that needs a word or preposition missing from its side of the verb cannot match', () => {
  const present = new ClauseWords(sentence, clause);
  for (const p of [
    pattern([word('TIES')]),
    pattern([prep(['AGAINST'])]),
    pattern([word('RELATIONS'), word('CEASEFIRE')]),
    pattern([word('ECUADOR')]),
    pattern([], [word('RELATIONS')]),
  ]) assert.equal(present.mayMatch(needs(p)), false, JSON.stringify(p));
});
