import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymAsides, keptWords } from './asides.js';

// Tokens of English Wikinews sentences (CC BY 2.5): "Benin, Nigeria join African Union continental free trade
// bloc" (2019-07-10), "Turkey's President Erdogan proposes converting Hagia Sophia Museum to mosque" (2019-03-31).
const AFCFTA = 'Patrice Talon of Benin signed the African Continental Free Trade Area ( AfCFTA ) agreement .'.split(' ');
const UNESCO = 'despite criticism by the Greek foreign minister and United Nations Educational , Scientific and Cultural Organization ( UNESCO ) who questioned his authority'.split(' ');

const TABLE: Array<[string, string[], number[]]> = [
  ['a name inside a longer phrase', AFCFTA, [11]],
  ['a name before a relative clause', UNESCO, [16]],
  ['two asides', 'the European Union ( EU ) and the United Nations ( UN ) met'.split(' '), [3, 10]],
  ['not a word in brackets', 'the ban ( which was lifted ) ended'.split(' '), []],
  ['not one capital', 'the tally ( Reuters ) rose'.split(' '), []],
  ['not at the start', '( UN ) talks'.split(' '), []],
  ['not after punctuation', 'talks , ( UN ) said'.split(' '), []],
];

for (const [what, forms, expected] of TABLE) {
  test(`bracketed acronyms: ${what}`, () => assert.deepEqual(acronymAsides(forms), expected));
}

test('the words kept are those outside the asides, in order', () => {
  const kept = keptWords(AFCFTA.length, acronymAsides(AFCFTA)).map((i) => AFCFTA[i]);
  assert.deepEqual(kept, 'Patrice Talon of Benin signed the African Continental Free Trade Area agreement .'.split(' '));
});
