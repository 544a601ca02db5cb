import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retagSubordinators } from './subordinators.js';

const TAGS = ['ADP IN', 'SCONJ IN', 'DET DT', 'ADJ JJ', 'NOUN NN', 'NOUN NNS', 'PROPN NNP', 'VERB VBD', 'VERB VBG', 'PUNCT .'];
const tagger = { sconj: TAGS.indexOf('SCONJ IN'), upos: (t: number) => TAGS[t].split(' ')[0], xpos: (t: number) => TAGS[t].split(' ')[1] };

function retagged(words: ReadonlyArray<readonly [string, string]>): string[] {
  const tags = Uint8Array.from(words, ([, tag]) => TAGS.indexOf(tag));
  retagSubordinators(words.map(([form]) => form), tags, words.length, tagger);
  return Array.from(tags, (t) => TAGS[t]);
}

test('"after" before a noun phrase and a finite verb opens a clause: "… after Turkey began a military offensive"', () => {
  // English Wikinews, 2019-10-14 (CC BY 2.5): "Kurds announce deal with Assad's government as Turkey invades Syria's north"
  const tags = retagged([['government', 'NOUN NN'], ['after', 'ADP IN'], ['Turkey', 'PROPN NNP'], ['began', 'VERB VBD'], ['a', 'DET DT'], ['military', 'ADJ JJ'], ['offensive', 'NOUN NN'], ['.', 'PUNCT .']]);
  assert.equal(tags[1], 'SCONJ IN');
  const withDeterminer = retagged([['before', 'ADP IN'], ['the', 'DET DT'], ['local', 'ADJ JJ'], ['police', 'NOUN NNS'], ['arrived', 'VERB VBD']]);
  assert.equal(withDeterminer[0], 'SCONJ IN');
});

test('a preposition before a noun phrase and no finite verb stays one: "after the war", "after troops leaving"', () => {
  assert.equal(retagged([['after', 'ADP IN'], ['the', 'DET DT'], ['war', 'NOUN NN'], ['.', 'PUNCT .']])[0], 'ADP IN');
  assert.equal(retagged([['after', 'ADP IN'], ['troops', 'NOUN NNS'], ['leaving', 'VERB VBG']])[0], 'ADP IN');
  assert.equal(retagged([['with', 'ADP IN'], ['Turkey', 'PROPN NNP'], ['began', 'VERB VBD']])[0], 'ADP IN');
});

test('one prepositional phrase may close the noun phrase: "since a seven-week war in the enclave ended"', () => {
  // a wire sentence of the PETRARCH GSR set's shape: "… in the first such attack since a seven-week war in the enclave ended on Aug 26"
  const tags = retagged([['since', 'ADP IN'], ['a', 'DET DT'], ['war', 'NOUN NN'], ['in', 'ADP IN'], ['the', 'DET DT'], ['enclave', 'NOUN NN'], ['ended', 'VERB VBD']]);
  assert.equal(tags[0], 'SCONJ IN');
  // without a finite verb after the phrase it stays a preposition: "since the start of the war."
  assert.equal(retagged([['since', 'ADP IN'], ['the', 'DET DT'], ['start', 'NOUN NN'], ['of', 'ADP IN'], ['the', 'DET DT'], ['war', 'NOUN NN'], ['.', 'PUNCT .']])[0], 'ADP IN');
});
