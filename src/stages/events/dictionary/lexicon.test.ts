import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorLexicon } from './lexicon.js';

const code = (c: string) => [{ code: c, from: null, to: null }];
const lexicon = new ActorLexicon(
  [
    { words: ['ARGENTIN'], exact: false, codes: code('ARG') },
    { words: ['BUENOS', 'AIRES'], exact: false, codes: code('ARG') },
    { words: ['IRAN'], exact: true, codes: code('IRN') },
  ],
  [{ words: ['DIPLOMAT'], exact: true, code: 'GOV' }, { words: ['LAWMAKERS'], exact: true, code: 'LEG' }],
);
const found = (sentence: string) => lexicon.scan(sentence.split(' '), null).map((h) => `${h.start}-${h.end}:${h.code}`);

test('a stem finds words up to three letters longer; an exact name or agent only itself', () => {
  // Wikinews, 2008: "Argentina's President Cristina Fernández …"; the words upper-cased as the event coder reads them
  assert.deepEqual(found("ARGENTINA 'S PRESIDENT MET IRAN 'S LAWMAKERS IN BUENOS AIRES"), ['0-1:ARG', '4-5:IRN', '6-7:LEG', '8-10:ARG']);
  assert.deepEqual(found('ARGENTINIANS IRANIAN DIPLOMATIC ARGENTINE'), ['3-4:ARG']);
  assert.deepEqual(found('ARGENTIN ARG'), ['0-1:ARG']);
});

test('a name written with underscores for its spaces is the name ("Buenos_Aires", tokenised BUENOS _ AIRES)', () => {
  // PETRARCH's unit tests: "warned of the Prince of Dol_Amroth"; the words as the tokeniser splits them
  assert.deepEqual(found('DIPLOMAT IN BUENOS _ AIRES'), ['0-1:GOV', '2-5:ARG']);
  assert.deepEqual(found('BUENOS _ _ AIRES'), []);
});
