import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Scorer } from './scorer.js';
import { TAGGER_FEATURE_SETS, tagSentence, tagWords, TaggerScratch, type Tagger } from './tagger.js';
import { hashWords, spellingFlags } from './words.js';

/** A scorer whose weight for a feature and class is a fixed function of both: enough to compare two ways of scoring. */
function hashedScorer(classes: number, salt: number): Scorer {
  const weight = (feature: number, c: number) => ((Math.imul(feature ^ salt, 2654435761 + 2 * c) >>> 0) % 1000) / 1000;
  const score = (features: Uint32Array, n: number, out: Float32Array, from = 0) => {
    for (let k = from; k < n; k++) for (let c = 0; c < classes; c++) out[c] += weight(features[k], c);
  };
  return { classes, score, scoreEach: () => { throw new Error('not used'); } };
}

const SENTENCES = [
  'Police say the attack was planned by a group based in Kabul .',
  'The U.S. State Department said on Monday that talks with Iran would resume .',
  'Police arrested 12 protesters , the ministry said .',
];

test('the rich feature set with a second pass: tagging with the spelling scores of words seen before gives the tags scoring every feature gives', () => {
  const tagger: Tagger = {
    tags: Array.from({ length: 12 }, (_, i) => `X T${i}`), scorer: hashedScorer(12, 1), second: hashedScorer(12, 2),
    known: new Map(), features: TAGGER_FEATURE_SETS.rich,
  };
  const scratch = new TaggerScratch(12);
  for (const round of [1, 2]) {
    for (const sentence of SENTENCES) {
      const forms = sentence.split(' ');
      const h = hashWords(forms);
      const fast = new Uint8Array(forms.length);
      const plain = new Uint8Array(forms.length);
      tagSentence(tagger, h, forms, fast, scratch);
      tagWords(tagger, h, plain);
      assert.deepEqual([...fast], [...plain], `round ${round}: ${sentence}`);
    }
  }
});

test('the second pass changes what it reads: the first pass alone tags otherwise', () => {
  const one: Tagger = { tags: [], scorer: hashedScorer(12, 1), known: new Map(), features: TAGGER_FEATURE_SETS.rich };
  const two: Tagger = { ...one, second: hashedScorer(12, 2) };
  const forms = SENTENCES[1].split(' ');
  const a = new Uint8Array(forms.length);
  const b = new Uint8Array(forms.length);
  tagWords(one, hashWords(forms), a);
  tagWords(two, hashWords(forms), b);
  assert.notDeepEqual([...a], [...b]);
});

test('spelling flags: digits, hyphens, inner and all capitals, full stops', () => {
  assert.equal(spellingFlags('1990s'), 1);
  assert.equal(spellingFlags('well-known'), 2);
  assert.equal(spellingFlags('McCain'), 4);
  assert.equal(spellingFlags('NATO'), 4 | 8);
  assert.equal(spellingFlags('U.S.'), 4 | 8 | 16);
  assert.equal(spellingFlags('.'), 0);
  assert.equal(spellingFlags('Police'), 0);
});
