import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiteralSearch } from './literal-search.js';

/** Whether each string is in the text, as `includes` says. */
const includes = (strings: readonly string[], text: string) => new Map(strings.map((s) => [s, text.includes(s)]));

test('one pass finds what a search for each string finds', () => {
  const strings = ['quarter', 'the', 'the following', 'he', 'hers', 'she', 'ago', 'a.m', '9/11', 'fy', 'nineteen', 'year-end', '-', '.'];
  const search = new LiteralSearch(strings);
  const texts = [
    'in the third quarter of the fiscal year, profits fell',
    'she said the following day that hers was the best offer',
    'the attack on 9/11 came at 8:46 a.m., nineteen hijackers',
    'erdoğan’s year-end speech — “we will clarify” two years ago.',
    '',
    'shers',
  ];
  for (const text of texts) assert.deepEqual(search.heldIn(text), includes(strings, text), text);
});

test('a string inside another, or ending where another does, is found', () => {
  const search = new LiteralSearch(['ab', 'bc', 'abcd', 'c', 'xbcx']);
  assert.deepEqual(search.heldIn('zabcz'), new Map([['ab', true], ['bc', true], ['abcd', false], ['c', true], ['xbcx', false]]));
});

test('strings with characters past ASCII are not searched for, and such characters break no match apart', () => {
  const search = new LiteralSearch(['erdo', 'erdoğan', 'an']);
  assert.deepEqual(search.heldIn('erdoğan'), new Map([['erdo', true], ['an', true]]));
});
