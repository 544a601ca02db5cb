import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './document.js';

test('a view is made once per document and forgotten when a layer it reads is written again', () => {
  const doc = new Doc('Kyiv asked for air defence. Talks resumed.');
  let made = 0;
  const sentences = () => doc.view('sentence-count', ['sentences'], () => { made++; return doc.get('sentences').length; });
  doc.set('sentences', [{ start: 0, end: 28, tokenStart: 0, tokenEnd: 6, paragraph: 0 }], 'segment');
  assert.equal(sentences(), 1);
  doc.set('paragraphs', [{ start: 0, end: 43 }], 'segment');
  assert.equal(sentences(), 1);
  assert.equal(made, 1);
  doc.set('sentences', [{ start: 0, end: 28, tokenStart: 0, tokenEnd: 6, paragraph: 0 }, { start: 29, end: 43, tokenStart: 6, tokenEnd: 9, paragraph: 0 }], 'segment');
  assert.equal(sentences(), 2);
  assert.equal(made, 2);
  assert.equal(new Doc(doc.text).view('sentence-count', ['sentences'], () => 0), 0);
});
