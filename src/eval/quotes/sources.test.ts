import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySource } from './sources.js';

/** Source phrases as news writes them (names from English Wikinews articles), and the name each is about. */
const CASES: ReadonlyArray<readonly [string, string | 'pronoun' | 'nominal']> = [
  ['Dunn\'s mother, Charlotte Charles,', 'Charlotte Charles'],
  ['the prosecutor general of Tehran, Ali Alghasi Mehr,', 'Ali Alghasi Mehr'],
  ['Foreign Secretary Dominic Raab', 'Foreign Secretary Dominic Raab'],
  ['Sen. Lindsey Graham (R-S.C.)', 'Sen. Lindsey Graham'],
  ['Agnès Callamard, a United Nations special rapporteur,', 'Agnès Callamard'],
  ['Secretary of State Mike Pompeo', 'Secretary of State Mike Pompeo'],
  ['the California congressman', 'nominal'],
  ['the semi-official news agency', 'nominal'],
  ['The State Department', 'State Department'],
  ['he', 'pronoun'],
  ['who', 'pronoun'],
];

test('a gold source is a name (and which), a pronoun or a common noun phrase', () => {
  for (const [phrase, expected] of CASES) {
    const text = `Earlier, ${phrase} said so.`;
    const got = classifySource(text, [{ start: 9, end: 9 + phrase.length }]);
    const shown = got?.kind === 'name' ? text.slice(got.head.start, got.head.end) : got?.kind;
    assert.equal(shown, expected, phrase);
  }
});

test('a capitalised word opening a sentence is a name only when tagged one and never written in lower case', () => {
  const text = 'Protesters marched. The protesters said so.';
  assert.equal(classifySource(text, [{ start: 0, end: 10 }], () => true)?.kind, 'nominal');
  const named = 'Raab spoke. Raab said so.';
  assert.equal(classifySource(named, [{ start: 12, end: 16 }], () => true)?.kind, 'name');
});
