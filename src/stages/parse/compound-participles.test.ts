import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retagCompoundParticiples } from './compound-participles.js';

const TAGS = ['ADJ JJ', 'DET DT', 'NOUN NN', 'PROPN NNP', 'PRON PRP', 'VERB VBD', 'VERB VBN', 'PUNCT ,', 'ADP IN'];
const tagger = { adjective: TAGS.indexOf('ADJ JJ'), upos: (t: number) => TAGS[t].split(' ')[0], xpos: (t: number) => TAGS[t].split(' ')[1] };

function retagged(words: ReadonlyArray<readonly [string, string]>): string[] {
  const tags = Uint8Array.from(words, ([, tag]) => TAGS.indexOf(tag));
  retagCompoundParticiples(words.map(([form]) => form), tags, words.length, tagger);
  return Array.from(tags, (t) => TAGS[t]);
}

test('a name joined to a participle before a noun is an adjective: "the Bernie Sanders-backed candidate"', () => {
  // English Wikinews (CC BY 2.5): "… Gloria La Riva or the Bernie Sanders-backed candidate Joe Biden?"
  const tags = retagged([['the', 'DET DT'], ['Bernie', 'PROPN NNP'], ['Sanders-backed', 'VERB VBD'], ['candidate', 'NOUN NN'], ['Joe', 'PROPN NNP'], ['Biden', 'PROPN NNP']]);
  assert.equal(tags[2], 'ADJ JJ');
  // "Halloween-themed, the event was focused on …"
  assert.equal(retagged([['Halloween-themed', 'VERB VBD'], [',', 'PUNCT ,'], ['the', 'DET DT'], ['event', 'NOUN NN']])[0], 'ADJ JJ');
});

test('a lower-case compound inside a noun phrase is an adjective: "On Monday, state-owned Iranian news agency Fars"', () => {
  const tags = retagged([['On', 'ADP IN'], ['Monday', 'PROPN NNP'], [',', 'PUNCT ,'], ['state-owned', 'VERB VBD'], ['Iranian', 'ADJ JJ'], ['news', 'NOUN NN'], ['agency', 'NOUN NN']]);
  assert.equal(tags[3], 'ADJ JJ');
});

test('a compound verb keeps its tense: "Mugabe co-founded the …", "North Korea test-fired a missile", "they live-streamed it"', () => {
  assert.equal(retagged([['Mugabe', 'PROPN NNP'], ['co-founded', 'VERB VBD'], ['the', 'DET DT'], ['union', 'NOUN NN']])[1], 'VERB VBD');
  assert.equal(retagged([['Korea', 'PROPN NNP'], ['test-fired', 'VERB VBD'], ['missiles', 'NOUN NN']])[1], 'VERB VBD');
  assert.equal(retagged([['Korea', 'PROPN NNP'], ['Sanders-backed', 'VERB VBD'], ['a', 'DET DT'], ['bill', 'NOUN NN']])[1], 'VERB VBD');
  assert.equal(retagged([['they', 'PRON PRP'], ['state-funded', 'VERB VBD'], ['schools', 'NOUN NN']])[1], 'VERB VBD');
  assert.equal(retagged([['Doctors', 'NOUN NN'], ['X-rayed', 'VERB VBD'], ['patients', 'NOUN NN']])[1], 'VERB VBD');
});
