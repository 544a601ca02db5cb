import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandLinear, type CompactLinear } from '../../stages/parse/linear.js';
import { compactOf, meanLinear } from './mean.js';
import { compact } from '../../stages/parse/linear.test-helpers.js';

const rows = (c: CompactLinear) => {
  let e = 0;
  return [...c.keys].map((key, f) => [key, Array.from({ length: c.count[f] }, () => [c.entryClass[e], c.entryWeight[e++]])]);
};

test('the mean of two models: each weight summed over both and halved, features in key order, small means dropped', () => {
  const a = compact(3, [[30, [[0, 4], [2, -2]]], [10, [[1, 3]]]]);
  const b = compact(3, [[10, [[1, 1], [2, 1.5]]], [20, [[0, 8]]]]);
  assert.deepEqual(rows(meanLinear([a, b])), [[10, [[1, 2], [2, 0.75]]], [20, [[0, 4]]], [30, [[0, 2], [2, -1]]]]);
  assert.deepEqual(rows(meanLinear([b, a], 1)), [[10, [[1, 2]]], [20, [[0, 4]]], [30, [[0, 2], [2, -1]]]]);
});

test('a lookup table reads back as the weights it was laid out from, dense (3 classes) and sparse alike', () => {
  for (const classes of [3, 40]) {
    const c = compact(classes, [[10, [[1, 3]]], [20, [[0, 8], [2, -0.5]]], [30, [[2, 1.25]]]]);
    assert.deepEqual(rows(meanLinear([compactOf(expandLinear(c))])), rows(c));
  }
});
