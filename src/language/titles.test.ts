import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definiteTitles, titleAfter, titleBefore, titleEndingIn, titleRunningOn } from './titles.js';

// Phrases as news writes them (Wikinews, CC BY 2.5, and the seed article's "outgoing U.S. President").
test('a title before a name: qualifier, country word and title', () => {
  const read = titleBefore('In related developments, outgoing U.S. President ', 0);
  assert.deepEqual([read?.title, read?.qualifier, read?.countryWord], ['President', 'outgoing', 'U.S.']);
  assert.equal(titleBefore('Democratic presidential candidate ', 0)?.title, 'Presidential Candidate');
});

test('a title after a name, with "the", "a" or "an"', () => {
  assert.equal(titleAfter(', the French president, said', 0)?.title, 'President');
  assert.equal(titleAfter(', an opposition candidate for the Belarusian presidential election, held a rally', 0)?.title, 'Opposition Candidate');
  assert.equal(titleAfter(', an Interpol spokesperson, said', 0)?.title, 'Spokesperson');
});

test('a determiner is never a country word: "spokesperson for The Greens" names no country "The"', () => {
  assert.equal(titleBefore('the then chair and spokesperson for The ', 0)?.countryWord ?? null, null);
  assert.deepEqual(definiteTitles('The spokesperson added more.', 0).map((r) => r.title), ['Spokesperson']);
});

test('a title split by a name tag: where it begins in the span it runs past, how much of a span it ends in', () => {
  // Wikinews (CC BY 2.5) sentences: "the Defence Secretary", "then-National Security Advisor-designee General Michael Flynn"
  assert.equal(titleRunningOn('Defence', ' Secretary; he described'), 0);
  assert.equal(titleRunningOn('UK Defence', ' Secretary Ben Wallace'), 3);
  assert.equal(titleRunningOn('then-National Security', ' Advisor-designee General'), 0);
  assert.equal(titleRunningOn('Thames Valley Police', ' Chief Constable John Campbell'), -1);
  assert.equal(titleRunningOn('Labour', ' leader Keir Starmer'), -1);
  assert.equal(titleEndingIn('of then-National Security ', 'Advisor-designee'), 7);
  assert.equal(titleEndingIn('the President of ', 'France'), 0);
});

test('a title starts a word: "asking Cengiz" holds no "King" (Wikinews, CC BY 2.5, wn-f3c9f47d0e91)', () => {
  // a king's role, and with it a man's gender, went to Hatice Cengiz, and "he", "himself" and "His" after it to her
  assert.equal(titleBefore('"True justice takes time," she said, asking ', 0), null);
  assert.equal(titleBefore('He met Saudi King ', 0)?.title, 'King');
  assert.equal(titleBefore('the meeting with ex-President ', 0)?.title, 'President');
});

test('"from" a place names a legislator\'s seat, in the title\'s country (Wikinews, CC BY 2.5, wn-b9555c809cca)', () => {
  const read = titleBefore('On Monday, United States Senator from Vermont ', 0);
  assert.deepEqual([read?.title, read?.countryWord, read?.start], ['Senator', 'United States', 11]);
  assert.deepEqual([titleBefore('Senator from Vermont ', 0)?.title, titleBefore('Senator from Vermont ', 0)?.countryWord], ['Senator', 'Vermont']);
});
