import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmaFrom, lemmaOf, lemmaTables, trainLemmatizer } from './lemmatizer.js';
import { loadParseModel } from './store.js';

/**
 * Treebanks give proper adjectives capitalised lemmas ("Iranian" ADJ → "Iranian"); learnt against the lower-case word,
 * that was a rule rewriting the whole word, so every "-nian" adjective became "Iranian" ("Ukrainian" → "ukIranian"),
 * "Danish" "danisSpanish" and "asteroids" "Polaroid". Rules are learnt on lower case; the words themselves stay listed.
 */
const PROPER_ADJECTIVES = ['Iranian', 'Iranian', 'Iranian', 'Spanish', 'Spanish', 'Spanish'].map((w) => [w, 'ADJ', w] as const);

test('a rule learnt from capitalised lemmas keeps the rest of another word', () => {
  const lemmatizer = trainLemmatizer([...PROPER_ADJECTIVES, ['plans', 'NOUN', 'plan'], ['plans', 'NOUN', 'plan'], ['plans', 'NOUN', 'plan']]);
  assert.equal(lemmaOf(lemmatizer, 'Ukrainian', 'ADJ'), 'ukrainian');
  assert.equal(lemmaOf(lemmatizer, 'Danish', 'ADJ'), 'danish');
  assert.equal(lemmaOf(lemmatizer, 'Iranian', 'ADJ'), 'Iranian');
  assert.equal(lemmaOf(lemmatizer, 'talks', 'NOUN'), 'talk');
});

test("the shipped model's lemmas of adjectives and nouns it was not trained on (Wikinews, CC BY 2.5)", () => {
  const tables = lemmaTables(loadParseModel().lemmatizer);
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['Ukrainian', 'ADJ', 'ukrainian'], ['Danish', 'ADJ', 'danish'], ['Polish', 'ADJ', 'polish'], ['asteroids', 'NOUN', 'asteroid'],
    ['Turkish', 'ADJ', 'Turkish'], ['airstrikes', 'NOUN', 'airstrike'], ['attacked', 'VERB', 'attack'],
  ];
  for (const [form, upos, lemma] of cases) assert.equal(lemmaFrom(tables, form, upos), lemma, form);
});
