import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashString, mix } from '../../util/hash.js';
import { AnalysisScratch, analyseWords } from './analyse.js';
import { CLUSTER_LABELS, CLUSTER_MOVES, clusterFile, type ClusterFile } from './clusters.js';
import { addScores, expandLinear, type CompactLinear } from './linear.js';
import { loadParseModel, saveModel } from './store.js';
import { compact } from './linear.test-helpers.js';

const tagger = compact(6, [[11, [[0, 1.5], [5, 0.25]]], [12, [[1, -2]]]]);
const moves = compact(3, [[21, [[0, 0.5], [2, 3]]], [22, [[1, -1.25]]]]);
const labels = compact(5, [[31, [[4, 1]]], [32, [[0, 2], [3, -1]]]]);

/** `withTaggerClusters`: a tagger table of its own, trained with the `full` cluster features over these clusters. */
function saved(taggerSecond?: CompactLinear, clusters?: ClusterFile, withTaggerClusters?: { file: ClusterFile; tagger: CompactLinear }): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-parse-'));
  saveModel(dir, {
    ...(taggerSecond ? { taggerSecond } : {}),
    ...(withTaggerClusters ? { taggerClusters: { file: withTaggerClusters.file, features: 'full' as const } } : {}),
    ...(clusters ? { clusters: { file: clusters, features: CLUSTER_MOVES | CLUSTER_LABELS } } : {}),
    name: 'tiny', tags: ['NOUN NN', 'VERB VBD', 'DET DT', 'ADP IN', 'PROPN NNP', 'PUNCT .'], relations: ['root', 'nsubj', 'obj', 'obl', 'punct'],
    known: new Map([[hashString('the'), 2]]),
    lemmatizer: { exceptions: new Map([['went\tVERB', 'go']]), rules: new Map([['NOUN\ts', [1, ''] as const]]) },
    tagger: withTaggerClusters?.tagger ?? tagger, moves, labels, training: {},
  });
  return dir;
}

const scored = (s: { score: (f: Uint32Array, n: number, o: Float32Array) => void; classes: number }, features: number[]) => {
  const out = new Float32Array(s.classes);
  s.score(Uint32Array.from(features), features.length, out);
  return [...out];
};

test('a saved model loads with the weights, known words and lemmas it was saved with', () => {
  const dir = saved();
  try {
    const model = loadParseModel(dir);
    assert.deepEqual(scored(model.tagger.scorer, [11, 12, 99]), [1.5, -2, 0, 0, 0, 0.25]);
    assert.deepEqual(scored(model.parser.moves, [21, 22, 7]), [0.5, -1.25, 3]);
    assert.deepEqual(scored(model.parser.labels, [31, 32]), [2, 0, 0, -1, 1]);
    const expanded = expandLinear(labels);
    const out = new Float32Array(5);
    addScores(expanded, Uint32Array.from([31, 32]), 2, out);
    assert.deepEqual(scored(model.parser.labels, [31, 32]), [...out], 'the file holds the table as it is laid out in memory');
    assert.equal(model.tagger.known.get(hashString('the')), 2);
    assert.equal(model.lemmatizer.exceptions.get('went\tVERB'), 'go');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("a tagger's second pass is saved after the labeller and loaded as the tagger's `second`; a model without one has none", () => {
  const withSecond = saved(compact(6, [[41, [[3, 0.75]]]]));
  const without = saved();
  try {
    const model = loadParseModel(withSecond);
    assert.ok(model.tagger.second);
    assert.deepEqual(scored(model.tagger.second, [41, 11]), [0, 0, 0, 0.75, 0, 0]);
    assert.deepEqual(scored(model.parser.labels, [31, 32]), [2, 0, 0, -1, 1]);
    assert.equal(loadParseModel(without).tagger.second, undefined);
  } finally {
    rmSync(withSecond, { recursive: true });
    rmSync(without, { recursive: true });
  }
});

test('a score from a later feature on adds only the features from there', () => {
  const dir = saved();
  try {
    const model = loadParseModel(dir);
    const out = new Float32Array(6);
    model.tagger.scorer.score(Uint32Array.from([11, 12]), 2, out, 1);
    assert.deepEqual([...out], [0, -2, 0, 0, 0, 0]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('scoring each feature into its own scores adds each one where its target says, dense and sparse tables alike', () => {
  const dir = saved();
  try {
    const model = loadParseModel(dir);
    const moveScores = new Float32Array(9);
    model.parser.moves.scoreEach(Uint32Array.from([21, 22, 21, 7]), 4, Uint32Array.from([0, 0, 6, 3]), moveScores);
    assert.deepEqual([...moveScores], [0.5, -1.25, 3, 0, 0, 0, 0.5, 0, 3]);
    const labelScores = new Float32Array(10);
    model.parser.labels.scoreEach(Uint32Array.from([32, 31]), 2, Uint32Array.from([5, 0]), labelScores);
    assert.deepEqual([...labelScores], [0, 0, 0, 0, 1, 2, 0, 0, -1, 0]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a weights file shorter than its header says is a resource error, not a bad read', () => {
  const dir = saved();
  try {
    truncateSync(join(dir, 'weights.bin'), 40);
    assert.throws(() => loadParseModel(dir), (e: Error & { code?: string }) => e.code === 'E_RESOURCE');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('word clusters are saved beside the weights and read by the parser; a model without them has none, one that lost its file is a resource error', () => {
  const withClusters = saved(undefined, clusterFile(['iran', 'iraq', 'said'], ['0110', '0110', '10'], { by: 'test' }));
  const without = saved();
  try {
    const { clusters } = loadParseModel(withClusters).parser;
    assert.ok(clusters);
    assert.equal(clusters.features, CLUSTER_MOVES | CLUSTER_LABELS);
    assert.equal(clusters.ids.get(hashString('iran')), clusters.ids.get(hashString('iraq')));
    assert.equal(clusters.bits[clusters.ids.get(hashString('said'))!], '10');
    assert.equal(loadParseModel(without).parser.clusters, undefined);
    unlinkSync(join(withClusters, 'clusters.json'));
    assert.throws(() => loadParseModel(withClusters), (e: Error & { code?: string }) => e.code === 'E_RESOURCE');
  } finally {
    rmSync(withClusters, { recursive: true });
    rmSync(without, { recursive: true });
  }
});

test("a tagger trained with word clusters keeps them in tagger-clusters.json and tags with them once loaded; one that lost the file is a resource error", () => {
  // "Iraq fired rockets at US troops." (English Wikinews, 2020, CC BY 2.5): the tagger has learnt only that the
  // cluster of "iran" is a name (PROPN NNP, class 4); "Iraq", in the same cluster, is tagged a name through it
  const file = clusterFile(['iran', 'iraq', 'fired'], ['0011101', '0011101', '00100111'], { by: 'test' });
  const iranCluster = hashString('*:0011101');
  const withClusters = saved(undefined, undefined, { file, tagger: compact(6, [[mix(42, iranCluster), [[4, 5]]]]) });
  const without = saved();
  try {
    const model = loadParseModel(withClusters);
    assert.equal(model.tagger.features?.clusters, 'full');
    assert.equal(model.tagger.clusters?.ids.get(hashString('iraq')), model.tagger.clusters?.ids.get(hashString('iran')));
    assert.equal(model.parser.clusters, undefined, 'the parser reads none');
    const forms = ['Iraq', 'fired', 'rockets', 'at', 'US', 'troops', '.'];
    const tags = analyseWords(model, forms, new AnalysisScratch(model)).tags;
    assert.equal(model.tagger.tags[tags[0]], 'PROPN NNP');
    assert.notEqual(model.tagger.tags[tags[2]], 'PROPN NNP', 'rockets is in no cluster');
    const plain = loadParseModel(without);
    assert.equal(plain.tagger.clusters, undefined);
    assert.equal(plain.tagger.features?.clusters, undefined);
    unlinkSync(join(withClusters, 'tagger-clusters.json'));
    assert.throws(() => loadParseModel(withClusters), (e: Error & { code?: string }) => e.code === 'E_RESOURCE');
  } finally {
    rmSync(withClusters, { recursive: true });
    rmSync(without, { recursive: true });
  }
});
