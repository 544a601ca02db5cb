import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addEmissions } from './model.js';
import { addSparseEmissions, denseFromSparse, sparseFromDense, tableBytes, tableFromBytes } from './sparse.js';
import { TAG_COUNT } from './tags.js';

/** A dense int16 table of 2^bits buckets in which about one bucket in `every` has weights (seeded). */
function denseTable(bits: number, every: number): Int16Array {
  const dense = new Int16Array((1 << bits) * TAG_COUNT);
  let state = 7;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  for (let b = 0; b < 1 << bits; b++) {
    if (next() % every !== 0) continue;
    for (let t = 0; t < TAG_COUNT; t++) dense[b * TAG_COUNT + t] = (next() % 65535) - 32767;
  }
  return dense;
}

test('the sparse table holds exactly the dense weights', () => {
  const dense = denseTable(14, 40);
  const sparse = sparseFromDense(dense);
  assert.deepEqual(denseFromSparse(sparse, 14), dense);
  assert.ok(sparse.values.length < dense.length / 4, `${sparse.values.length} values for ${dense.length}`);
  assert.deepEqual(tableFromBytes(tableBytes(sparse), sparse.slotBits), sparse);
});

test('sparse and dense weights give the same scores, for features that hit and features that miss', () => {
  const bits = 12;
  const dense = denseTable(bits, 20);
  const sparse = sparseFromDense(dense);
  const perToken = 44;
  const tokens = 50;
  const features = Uint32Array.from({ length: tokens * perToken }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);
  const fromDense = new Float64Array(tokens * TAG_COUNT);
  const fromSparse = new Float64Array(tokens * TAG_COUNT);
  addEmissions(dense, bits, perToken, features, 0, tokens, fromDense, 0.5);
  addSparseEmissions(sparse, bits, perToken, features, 0, tokens, fromSparse, 0.5);
  assert.deepEqual(fromSparse, fromDense);
  assert.ok(fromDense.some((x) => x !== 0));
});
