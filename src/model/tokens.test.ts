import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './document.js';
import { lowerTokenTexts, makeTokenLayer } from './tokens.js';

test('lowerTokenTexts: each token in lower case, made once per document', () => {
  const doc = new Doc('Police in Hong Kong arrested ERDOĞAN supporters.');
  const starts = [0, 7, 10, 15, 20, 29, 37, 47];
  const ends = [6, 9, 14, 19, 28, 36, 47, 48];
  doc.set('tokens', makeTokenLayer(starts, ends, starts.map(() => 0)), 'segment');
  const lower = lowerTokenTexts(doc);
  assert.deepEqual(lower, ['police', 'in', 'hong', 'kong', 'arrested', 'erdoğan', 'supporters', '.']);
  assert.equal(lowerTokenTexts(doc), lower);
});
