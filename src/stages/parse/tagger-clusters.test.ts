import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFile, clustersOfFile } from './clusters.js';
import type { Scorer } from './scorer.js';
import { TAGGER_CLUSTER_COUNTS } from './tagger-clusters.js';
import { TAGGER_FEATURE_SETS, taggerFeatureSet, tagSentence, tagWords, TaggerScratch, type Tagger } from './tagger.js';
import { hashWords } from './words.js';

// "Iran launched missiles targeting US troops in Iraq." and "Iraq fired rockets at US troops." (English Wikinews,
// "United States military kills Qasem Soleimani", 2020, CC BY 2.5); clusters as a Brown clustering of news gives them, in part
const LAUNCHED = ['Iran', 'launched', 'missiles', 'targeting', 'US', 'troops', 'in', 'Iraq', '.'];
const FIRED = ['Iraq', 'fired', 'rockets', 'at', 'US', 'troops', '.'];
const CLUSTERS = clustersOfFile(
  clusterFile(['iran', 'iraq', 'launched', 'fired', 'troops', 'in', '.'], ['0011101', '0011101', '00100101', '00100111', '0110100', '1000', '1111'], {}),
  0,
);

/** A scorer whose weight for a feature and class is a fixed function of both: enough to compare two ways of scoring. */
function hashedScorer(classes: number, salt: number): Scorer {
  const weight = (feature: number, c: number) => ((Math.imul(feature ^ salt, 2654435761 + 2 * c) >>> 0) % 1000) / 1000;
  const score = (features: Uint32Array, n: number, out: Float32Array, from = 0) => {
    for (let k = from; k < n; k++) for (let c = 0; c < classes; c++) out[c] += weight(features[k], c);
  };
  return { classes, score, scoreEach: () => { throw new Error('not used'); } };
}

const featuresOf = (forms: string[], i: number, set = taggerFeatureSet('rich', 'full')) => {
  const out = new Uint32Array(64);
  const n = set.write(hashWords(forms, CLUSTERS), i, 3, 1, out);
  return [...out.subarray(0, n)];
};

test('the sentence is hashed with its clusters once: Iran and Iraq share theirs, launched and fired their 4- and 6-bit prefixes, missiles is in none', () => {
  const h = hashWords(LAUNCHED, CLUSTERS);
  assert.equal(h.clusterFull[0], h.clusterFull[7]);
  assert.equal(h.cluster6[1], hashWords(FIRED, CLUSTERS).cluster6[1]);
  assert.notEqual(h.clusterFull[1], hashWords(FIRED, CLUSTERS).clusterFull[1]);
  assert.equal(h.clusterFull[2], 0);
  assert.equal(hashWords(LAUNCHED).clusterFull.length, 0, 'no clusters, no arrays');
});

test('the cluster features follow the set\'s own, the same spelling ones first; "launched" and "fired" share the 4- and 6-bit features of their own cluster', () => {
  const rich = TAGGER_FEATURE_SETS.rich;
  for (const clusters of ['full', 'lean'] as const) {
    const set = taggerFeatureSet('rich', clusters);
    assert.equal(set.count, rich.count + TAGGER_CLUSTER_COUNTS[clusters]);
    assert.equal(set.spelling, rich.spelling);
    const out = new Uint32Array(64);
    assert.equal(set.write(hashWords(LAUNCHED, CLUSTERS), 1, 3, 1, out), set.count);
  }
  assert.equal(taggerFeatureSet('rich', null), rich);
  const launched = featuresOf(LAUNCHED, 1).slice(rich.count);
  const fired = featuresOf(FIRED, 1).slice(rich.count);
  assert.deepEqual([launched[0], launched[1]], [fired[0], fired[1]], 'own 4 and 6 bits');
  assert.notEqual(launched[2], fired[2], 'whole bit strings differ');
  assert.deepEqual(featuresOf(LAUNCHED, 1).slice(0, rich.count), (() => {
    const out = new Uint32Array(64);
    return [...out.subarray(0, rich.write(hashWords(LAUNCHED, CLUSTERS), 1, 3, 1, out))];
  })(), 'the rich features unchanged');
});

test('a two-pass tagger with cluster features: tagging with the spelling scores of words seen before gives the tags scoring every feature gives', () => {
  const tagger: Tagger = {
    tags: Array.from({ length: 12 }, (_, i) => `X T${i}`), scorer: hashedScorer(12, 1), second: hashedScorer(12, 2),
    known: new Map(), features: taggerFeatureSet('rich', 'full'), clusters: CLUSTERS,
  };
  const scratch = new TaggerScratch(12);
  for (const round of [1, 2]) {
    for (const forms of [LAUNCHED, FIRED]) {
      const h = hashWords(forms, CLUSTERS);
      const fast = new Uint8Array(forms.length);
      const plain = new Uint8Array(forms.length);
      tagSentence(tagger, h, forms, fast, scratch);
      tagWords(tagger, h, plain);
      assert.deepEqual([...fast], [...plain], `round ${round}: ${forms.join(' ')}`);
    }
  }
});
