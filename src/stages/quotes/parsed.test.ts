// Sentences from Wikinews (CC BY 2.5), cited by article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { treeDoc, type TreeRow } from '../../syntax/trees.test-helpers.js';
import { findQuotes } from './index.js';

/** A one-sentence document with a hand-made parse and the other layers the quotes stage reads, empty. */
function parsed(text: string, rows: readonly TreeRow[]) {
  const doc = treeDoc(text, rows);
  doc.set('paragraphs', [{ start: 0, end: text.length }], 'test');
  doc.set('entities', [], 'test');
  doc.set('anchor', { value: null, source: 'unknown', earliest: null, latest: null, evidence: [] }, 'test');
  doc.set('timexes', [], 'test');
  return findQuotes(doc).map((q) => ({ content: text.slice(q.start, q.end), speaker: q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end), by: q.by }));
}

// "Not everyone agreed there should be another referendum." (wn-11d06cd2011a)
const REFERENDUM: TreeRow[] = [
  ['Not', 2, 'advmod', 'PART'], ['everyone', 3, 'nsubj', 'PRON'], ['agreed', 0, 'root', 'VERB'], ['there', 6, 'expl', 'PRON'],
  ['should', 6, 'aux', 'AUX'], ['be', 3, 'ccomp', 'VERB'], ['another', 8, 'det', 'DET'], ['referendum', 6, 'nsubj', 'NOUN'], ['.', 3, 'punct', 'PUNCT'],
];

test('a bare clause after a verb of belief or agreement is reported content when the parse says so', () => {
  const text = 'Not everyone agreed there should be another referendum.';
  assert.deepEqual(parsed(text, REFERENDUM), [{ content: 'there should be another referendum', speaker: 'Not everyone', by: 'quotes/reported/parsed-clause' }]);
});

test('a parse with no clausal complement reports nothing', () => {
  const text = 'Not everyone agreed there should be another referendum.';
  const flat = REFERENDUM.map((r) => (r[2] === 'ccomp' ? ([r[0], r[1], 'advcl', r[3]] as TreeRow) : r));
  assert.deepEqual(parsed(text, flat), []);
});

test('a question and an embedded question report nothing', () => {
  // "WN: Do you think Minetest can benefit from programmes such as Google Summer of Code?" (wn-0f38c240aef8)
  const question = 'Do you think Minetest can benefit?';
  assert.deepEqual(parsed(question, [
    ['Do', 3, 'aux', 'AUX'], ['you', 3, 'nsubj', 'PRON'], ['think', 0, 'root', 'VERB'], ['Minetest', 6, 'nsubj', 'PROPN'],
    ['can', 6, 'aux', 'AUX'], ['benefit', 3, 'ccomp', 'VERB'], ['?', 3, 'punct', 'PUNCT'],
  ]), []);
  // "I don't know if the community is going to accept us or not." (wn-05e21d027825)
  const embedded = 'I know if the community is going to accept us.';
  assert.deepEqual(parsed(embedded, [
    ['I', 2, 'nsubj', 'PRON'], ['know', 0, 'root', 'VERB'], ['if', 7, 'mark', 'SCONJ'], ['the', 5, 'det', 'DET'],
    ['community', 7, 'nsubj', 'NOUN'], ['is', 7, 'aux', 'AUX'], ['going', 2, 'ccomp', 'VERB'], ['to', 9, 'mark', 'PART'],
    ['accept', 7, 'xcomp', 'VERB'], ['us', 9, 'obj', 'PRON'], ['.', 2, 'punct', 'PUNCT'],
  ]), []);
});

test('a speech verb the tree coordinates with an earlier verb shares its subject, not a relative clause\'s "who"', () => {
  // shaped as "She spoke about her husband Siarhei, who was arrested in May, and promised to conduct new elections" (wn-558c314476a5), words changed
  const text = 'She spoke about her brother, who was jailed, and promised to hold new elections.';
  const rows: TreeRow[] = [
    ['She', 2, 'nsubj', 'PRON'], ['spoke', 0, 'root', 'VERB'], ['about', 5, 'case', 'ADP'], ['her', 5, 'nmod:poss', 'PRON'], ['brother', 2, 'obl', 'NOUN'],
    [',', 9, 'punct', 'PUNCT'], ['who', 9, 'nsubj:pass', 'PRON'], ['was', 9, 'aux:pass', 'AUX'], ['jailed', 5, 'acl:relcl', 'VERB'], [',', 12, 'punct', 'PUNCT'],
    ['and', 12, 'cc', 'CCONJ'], ['promised', 2, 'conj', 'VERB'], ['to', 14, 'mark', 'PART'], ['hold', 12, 'xcomp', 'VERB'], ['new', 16, 'amod', 'ADJ'],
    ['elections', 14, 'obj', 'NOUN'], ['.', 2, 'punct', 'PUNCT'],
  ];
  const quotes = parsed(text, rows);
  assert.ok(quotes.some((q) => q.content.startsWith('to hold new elections') && q.speaker === 'She'), JSON.stringify(quotes));
  assert.ok(!quotes.some((q) => q.speaker?.includes('who')), JSON.stringify(quotes));
});
