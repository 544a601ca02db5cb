import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/layers.js';
import { treeDoc } from '../../syntax/trees.test-helpers.js';
import { entityKey, headToken } from './mention-facts.js';

// After Wikinews, "US sanctions Iranian airline" (CC BY 2.5), as in src/syntax/accessors.test.ts.
const text = 'The United States had not, as of yesterday, announced any plans to remove the troops.';
const DOC = treeDoc(text, [
  ['The', 3, 'det', 'DET'], ['United', 3, 'compound', 'PROPN'], ['States', 10, 'nsubj', 'PROPN'], ['had', 10, 'aux', 'AUX', 'have'],
  ['not', 10, 'advmod', 'PART'], [',', 9, 'punct', 'PUNCT'], ['as', 9, 'case', 'ADP'], ['of', 7, 'fixed', 'ADP'],
  ['yesterday', 10, 'obl', 'NOUN'], ['announced', 0, 'root', 'VERB', 'announce', 'VBN'], ['any', 12, 'det', 'DET'],
  ['plans', 10, 'obj', 'NOUN', 'plan'], ['to', 14, 'mark', 'PART'], ['remove', 12, 'acl', 'VERB'], ['the', 16, 'det', 'DET'],
  ['troops', 14, 'obj', 'NOUN', 'troop'], ['.', 10, 'punct', 'PUNCT'],
]);
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

test('the head of a gold mention is its word whose head lies outside it', () => {
  assert.equal(headToken(DOC, span('announced')), 9);
  assert.equal(headToken(DOC, span('had not, as of yesterday, announced')), 9);
  assert.equal(headToken(DOC, span('plans to remove')), 11);
  assert.equal(headToken(DOC, span('remove the troops')), 13);
});

test('an entity is known across documents by its actor id, else by type and name', () => {
  const entity = (actor: Entity['actor'], name: string) => ({ actor, name, type: 'GPE' }) as Entity;
  assert.equal(entityKey(entity({ id: 'country:USA', cameo: 'USA' }, 'United States')), 'country:USA');
  assert.equal(entityKey(entity(null, 'Gulf of Aden')), 'GPE:gulf of aden');
});
