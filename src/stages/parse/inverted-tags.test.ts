import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retagInvertedTagTitles } from './inverted-tags.js';

const TAGS = ['NOUN NN', 'PROPN NNP', 'VERB VB', 'VERB VBD', 'VERB VBN', 'PUNCT ,', "PUNCT ''", 'PUNCT ``', 'DET DT', 'NOUN NNS', 'PRON PRP'];
const tagger = { noun: TAGS.indexOf('NOUN NN'), upos: (t: number) => TAGS[t].split(' ')[0], xpos: (t: number) => TAGS[t].split(' ')[1] };

function retagged(words: ReadonlyArray<readonly [string, string]>): string[] {
  const tags = Uint8Array.from(words, ([, tag]) => TAGS.indexOf(tag));
  retagInvertedTagTitles(words.map(([form]) => form), tags, words.length, tagger);
  return Array.from(tags, (t) => TAGS[t]);
}

test('a title word read as a base-form verb after an inverted tag is a noun: "…points," said study co-author Karen Alley', () => {
  // English Wikinews (CC BY 2.5), 2019-10-12
  const tags = retagged([['points', 'NOUN NNS'], [',', 'PUNCT ,'], ['"', "PUNCT ''"], ['said', 'VERB VBD'], ['study', 'VERB VB'], ['co-author', 'NOUN NN'], ['Karen', 'PROPN NNP'], ['Alley', 'PROPN NNP']]);
  assert.equal(tags[4], 'NOUN NN');
  // the comma outside the mark (British style): "…”, said trade minister …"
  assert.equal(retagged([['”', "PUNCT ''"], [',', 'PUNCT ,'], ['said', 'VERB VBD'], ['trade', 'VERB VB'], ['minister', 'NOUN NN']])[3], 'NOUN NN');
});

test('a bare verb after a finite one elsewhere is a serial verb and keeps its tag: "they helped build schools"', () => {
  assert.equal(retagged([['they', 'PRON PRP'], ['helped', 'VERB VBD'], ['build', 'VERB VB'], ['schools', 'NOUN NNS']])[2], 'VERB VB');
  // an opening mark before the verb is no tag's: "``said go home'' is what …" is not read
  assert.equal(retagged([['``', 'PUNCT ``'], ['said', 'VERB VBD'], ['study', 'VERB VB'], ['the', 'DET DT']])[2], 'VERB VB');
});
