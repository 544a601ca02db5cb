import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAVALNY_CUT, NAVALNY_TEXT, ROUHANI_TEXT } from '../store/store.test-helpers.js';
import { estimatedContainment, estimatedJaccard, fingerprint, sameStory, shingleHashes } from './minhash.js';

// Texts from English Wikinews (CC BY 2.5); see src/store/store.test-helpers.ts for the pages.

test('shingles ignore case, punctuation and layout', () => {
  assert.deepEqual(shingleHashes('The German government said.'), shingleHashes('the  GERMAN\n\ngovernment — said'));
  assert.equal(shingleHashes('Kyiv').length, 1);
  assert.equal(shingleHashes('').length, 0);
});

test('a copy cut after its second paragraph is one story with the full report; another report is not', () => {
  const full = fingerprint(NAVALNY_TEXT);
  const cut = fingerprint(NAVALNY_CUT);
  assert.ok(estimatedJaccard(full.signature, cut.signature) < 0.8, 'their Jaccard similarity is only the share kept');
  assert.ok(estimatedContainment(full, cut) > 0.85);
  assert.equal(sameStory(full, cut), true);
  assert.equal(sameStory(full, fingerprint(ROUHANI_TEXT)), false);
});

test('the fingerprint is the same in every process (a fixed hash family)', () => {
  const a = fingerprint(ROUHANI_TEXT);
  assert.deepEqual(fingerprint(ROUHANI_TEXT).signature, a.signature);
  assert.equal(a.signature.length, 128);
  assert.equal(a.signature[0], fingerprint(ROUHANI_TEXT).signature[0]);
});
