import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLUSTER_LABELS, CLUSTER_MOVE_FEATURES, CLUSTER_MOVES, clusterFile, clustersOfFile, CLUSTER_LABEL_FEATURES } from './clusters.js';
import { LABEL_FEATURES, labelFeatures, MOVE_FEATURES, moveFeatures } from './features.js';
import { parserInput } from './parser.js';
import { addMoveScores, RoleScores } from './role-scores.js';
import type { Scorer } from './scorer.js';
import { LEFT, MOVES, ParseState, SHIFT } from './transitions.js';
import { hashWords } from './words.js';

// "Iran launched missiles targeting US troops in Iraq." (English Wikinews, "United States military kills
// Qasem Soleimani", 2020, CC BY 2.5); clusters as a Brown clustering of news gives them, in part
const FORMS = ['Iran', 'launched', 'missiles', 'targeting', 'US', 'troops', 'in', 'Iraq', '.'];
const FILE = clusterFile(['iran', 'iraq', 'launched', 'fired', 'troops', 'in', '.'], ['0011101', '0011101', '00100101', '00100111', '0110100', '1000', '1111'], {});

function input(features: number) {
  const tags = FORMS.map((_, i) => i % 5);
  return parserInput(hashWords(FORMS), tags, tags, features ? clustersOfFile(FILE, features) : null);
}

test('a word reads its cluster once per sentence: the same cluster, the same prefixes; a word in none reads 0', () => {
  const x = input(CLUSTER_MOVES);
  assert.equal(x.cf[0], x.cf[7], 'Iran and Iraq');
  assert.notEqual(x.cf[1], 0);
  const fired = clustersOfFile(FILE, CLUSTER_MOVES);
  assert.equal(x.c4[1], fired.prefix4[FILE.clusters[3]], 'launched and fired share 4 and 6 bits');
  assert.equal(x.c6[1], fired.prefix6[FILE.clusters[3]]);
  assert.notEqual(x.cf[1], fired.full[FILE.clusters[3]]);
  assert.equal(x.cf[2], 0, 'missiles is in no cluster');
});

test('the move and label features read clusters only when the model was trained with them', () => {
  const st = new ParseState(16);
  st.reset(FORMS.length);
  st.apply(SHIFT, 0);
  const out = new Uint32Array(128);
  assert.equal(moveFeatures(st, input(0), out), MOVE_FEATURES);
  assert.equal(moveFeatures(st, input(CLUSTER_LABELS), out), MOVE_FEATURES);
  assert.equal(moveFeatures(st, input(CLUSTER_MOVES), out), MOVE_FEATURES + CLUSTER_MOVE_FEATURES);
  assert.equal(labelFeatures(st, input(CLUSTER_MOVES), 0, 1, LEFT, out), LABEL_FEATURES);
  assert.equal(labelFeatures(st, input(CLUSTER_MOVES | CLUSTER_LABELS), 0, 1, LEFT, out), LABEL_FEATURES + CLUSTER_LABEL_FEATURES);
});

test('decoding scores the same move features training does: the role sums and the context and cluster features', () => {
  const x = input(CLUSTER_MOVES);
  const seen = new Set<number>();
  const recorder: Scorer = {
    classes: MOVES,
    score: (f, n, _out, from = 0) => f.subarray(from, n).forEach((k) => seen.add(k)),
    scoreEach: (f, n) => f.subarray(0, n).forEach((k) => seen.add(k)),
  };
  const roles = new RoleScores();
  roles.start(recorder, x);
  const st = new ParseState(16);
  st.reset(x.n);
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  addMoveScores(recorder, roles, st, x, new Uint32Array(128), new Float32Array(MOVES));
  const all = new Uint32Array(128);
  const n = moveFeatures(st, x, all);
  for (const k of all.subarray(0, n)) assert.ok(seen.has(k), `feature ${k}`);
});
