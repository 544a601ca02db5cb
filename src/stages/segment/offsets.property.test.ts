import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { conllRunningTexts, gumRunningTexts, meantimeRunningTexts, type RunningText } from '../../eval/corpora/running-text.js';
import { loadWink, segmentText } from './index.js';

const DATA = new URL('../../../../shared/data/', import.meta.url).pathname;
const wink = loadWink();

const corpora: Array<[string, () => RunningText[]]> = [
  ['CoNLL-2003 dev', () => conllRunningTexts(`${DATA}conll2003/valid.txt`)],
  ['GUM', () => gumRunningTexts(`${DATA}gum/dep`)],
  ['MEANTIME', () => meantimeRunningTexts(`${DATA}meantime/intra_cross-doc_annotation`)],
];

/** Replaces every ~60th-column space with a line break: the same offsets, but wrapped like a wire story. */
function wrapLines(text: string): string {
  const chars = [...text];
  let column = 0;
  for (let i = 0; i < chars.length; i++) {
    column = chars[i] === '\n' ? 0 : column + 1;
    if (column > 60 && chars[i] === ' ') { chars[i] = '\n'; column = 0; }
  }
  return chars.join('');
}

for (const [name, read] of corpora) {
  test(`segmentation invariants hold on ${name}`, { skip: !existsSync(DATA) && 'needs ../shared/data' }, () => {
    let wrapsChecked = 0;
    for (const doc of read()) {
      const { tokens, sentences, paragraphs } = segmentText(doc.text, wink);
      let prevEnd = 0;
      for (let i = 0; i < tokens.length; i++) {
        const [s, e] = [tokens.start[i], tokens.end[i]];
        assert.ok(s >= prevEnd && e > s && e <= doc.text.length, `${doc.name}: token ${i} [${s},${e}) is out of order`);
        assert.equal(doc.text.slice(s, e).trim(), doc.text.slice(s, e), `${doc.name}: token ${i} has whitespace at an edge`);
        prevEnd = e;
      }
      let sentEnd = 0;
      let tokenCursor = 0;
      for (const sent of sentences) {
        assert.ok(sent.start >= sentEnd && sent.end > sent.start, `${doc.name}: sentences overlap at ${sent.start}`);
        assert.equal(sent.tokenStart, tokenCursor, `${doc.name}: sentence tokens are not contiguous`);
        assert.equal(sent.start, tokens.start[sent.tokenStart]);
        assert.equal(sent.end, tokens.end[sent.tokenEnd - 1]);
        const para = paragraphs[sent.paragraph];
        assert.ok(para.start <= sent.start && sent.end <= para.end, `${doc.name}: sentence crosses a paragraph`);
        tokenCursor = sent.tokenEnd;
        sentEnd = sent.end;
      }
      assert.equal(tokenCursor, tokens.length, `${doc.name}: tokens outside sentences`);
      const starts = new Set(sentences.map((s) => s.start));
      for (const m of doc.text.matchAll(/U\.S\./g)) {
        for (let k = m.index! + 1; k < m.index! + 4; k++) assert.ok(!starts.has(k), `${doc.name}: a sentence starts inside U.S. at ${k}`);
        assert.ok(!sentences.some((s) => s.end > m.index! && s.end < m.index! + 4), `${doc.name}: a sentence ends inside U.S.`);
      }
      // Wrapping lines changes no offsets, so it must change no sentence boundary inside a paragraph.
      const wrapped = segmentText(wrapLines(doc.text), wink).sentences.map((s) => [s.start, s.end]);
      assert.deepEqual(wrapped, sentences.map((s) => [s.start, s.end]), `${doc.name}: a line wrap changed the sentences`);
      wrapsChecked++;
    }
    assert.ok(wrapsChecked > 10);
  });
}
