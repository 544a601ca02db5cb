import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandLinear, type LinearModel } from '../linear.js';
import { compact } from '../linear.test-helpers.js';
import { linearScorer, type Scorer } from '../scorer.js';
import { assembleKernel } from './assemble.js';
import { KERNEL_BASE64 } from './binary.js';
import { Kernel } from './index.js';
import { keysOfTuples, mix } from '../../../util/hash.js';

test('binary.ts is kernel.wat assembled (run `npm run kernel:build` after changing kernel.wat)', async () => {
  assert.deepEqual(Buffer.from(KERNEL_BASE64, 'base64'), Buffer.from(await assembleKernel()));
});

/** A deterministic stream of 32-bit numbers (xorshift). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** Weights of every magnitude a trained table holds, and some it should not (subnormals, ±0), to catch a rounding that differs. */
function weightOf(next: () => number): number {
  const kind = next() % 8;
  if (kind === 0) return (next() % 2 ? -1 : 1) * 1e-40;
  if (kind === 1) return next() % 2 ? -0 : 0;
  return Math.fround(((next() / 2 ** 32) - 0.5) * 10 ** ((next() % 9) - 4));
}

/** A table of `features` keys (0 among them) in `classes` classes, laid out full enough that searches probe past other keys. */
function table(classes: number, features: number, seed: number): { model: LinearModel; keys: number[] } {
  const next = numbers(seed);
  const keys = [0, ...Array.from({ length: features - 1 }, () => next())];
  const rows = [...new Set(keys)].map((key): [number, Array<[number, number]>] => {
    const picked = [...new Set(Array.from({ length: 1 + (next() % classes) }, () => next() % classes))];
    return [key, picked.map((c) => [c, weightOf(next)])];
  });
  return { model: expandLinear(compact(classes, rows), 0.9), keys: rows.map(([key]) => key) };
}

/** The table laid out again in a kernel's memory, as loading reads weights.bin into it. */
function inKernel(model: LinearModel): Scorer {
  const kernel = new Kernel();
  const bytes = kernel.reserve(model.keys.byteLength + model.entries.byteLength);
  bytes.set(new Uint8Array(model.keys.buffer, model.keys.byteOffset, model.keys.byteLength));
  bytes.set(new Uint8Array(model.entries.buffer, model.entries.byteOffset, model.entries.byteLength), model.keys.byteLength);
  const keys = new Uint32Array(bytes.buffer, bytes.byteOffset, model.keys.length);
  const entries = new Uint32Array(bytes.buffer, bytes.byteOffset + model.keys.byteLength, model.entries.length);
  return kernel.scorer({
    ...model, keys, weights: new Float32Array(keys.buffer, keys.byteOffset, keys.length),
    entryClasses: entries, entries: new Float32Array(entries.buffer, entries.byteOffset, entries.length),
  });
}

const bits = (a: Float32Array) => [...new Uint32Array(a.buffer, a.byteOffset, a.length)];

for (const [name, classes] of [['sparse (the tagger, the labeller)', 104], ['dense (the parser moves)', 3]] as const) {
  test(`the kernel's ${name} scores are bit for bit linear.ts's, on features present, absent and 0, added from any start`, () => {
    const { model, keys } = table(classes, 3000, classes);
    const kernel = inKernel(model);
    const plain = linearScorer(model);
    const next = numbers(7);
    for (let call = 0; call < 500; call++) {
      const n = 1 + (next() % 60);
      const features = Uint32Array.from({ length: n }, () => (next() % 3 === 0 ? next() : keys[next() % keys.length]));
      const from = next() % 2 ? 0 : next() % n;
      const start = Float32Array.from({ length: classes }, () => weightOf(next));
      const [a, b] = [Float32Array.from(start), Float32Array.from(start)];
      kernel.score(features, n, a, from);
      plain.score(features, n, b, from);
      assert.deepEqual(bits(a), bits(b), `call ${call}`);
    }
  });
}

test('a kernel scores only tables in its own memory, and takes the weights of one model', () => {
  const { model } = table(3, 10, 1);
  const kernel = new Kernel();
  kernel.reserve(16);
  assert.throws(() => kernel.scorer(model), /its own memory/);
  assert.throws(() => kernel.reserve(16), /one model/);
});

test("features and scores in the kernel's own memory are read and added to in place, bit for bit as copied ones", () => {
  for (const classes of [104, 3]) {
    const { model, keys } = table(classes, 3000, classes + 1);
    const kernel = inKernel(model);
    const plain = linearScorer(model);
    const features = kernel.buffers!.uint32(64)!;
    const scores = kernel.buffers!.float32(classes)!;
    assert.equal(features.buffer, scores.buffer, 'both in the one memory');
    const next = numbers(11);
    for (let call = 0; call < 300; call++) {
      const n = 1 + (next() % 60);
      for (let k = 0; k < n; k++) features[k] = next() % 3 === 0 ? next() : keys[next() % keys.length];
      const from = next() % 2 ? 0 : next() % n;
      for (let c = 0; c < classes; c++) scores[c] = weightOf(next);
      const expected = Float32Array.from(scores);
      plain.score(Uint32Array.from(features), n, expected, from);
      kernel.score(features, n, scores, from);
      assert.deepEqual(bits(scores), bits(expected), `${classes} classes, call ${call}`);
    }
  }
});

test("a kernel's in-place arrays come after its weights are read, and run out rather than overlap", () => {
  const kernel = new Kernel();
  assert.equal(kernel.buffers.uint32(4), null, 'the memory may still grow');
  kernel.reserve(16);
  const a = kernel.buffers.float32(3)!;
  const b = kernel.buffers.uint32(5)!;
  assert.equal(b.byteOffset - a.byteOffset, 16);
  let more = 0;
  while (kernel.buffers.float32(1000) !== null) more++;
  assert.ok(more > 10 && more < 100, `${more} arrays of 1000`);
});

test("a kernel hashes (template, a, b, c) tuples to mix's keys and scores them as score scores the keys", () => {
  for (const classes of [104, 3]) {
    const next = numbers(13 + classes);
    // a pool of tuples, most of whose keys the table holds (small values as the parser's tags and counts, and hashes)
    const pool = Array.from({ length: 2000 }, () => Array.from({ length: 4 }, () => (next() % 3 === 0 ? next() % 300 : next())));
    const held = pool.filter(() => next() % 4 !== 0).map((t) => mix(t[0], t[1], t[2], t[3]));
    const rows = [...new Set(held)].map((key): [number, Array<[number, number]>] => {
      const picked = [...new Set(Array.from({ length: 1 + (next() % classes) }, () => next() % classes))];
      return [key, picked.map((c) => [c, weightOf(next)])];
    });
    const model = expandLinear(compact(classes, rows), 0.9);
    const kernel = inKernel(model);
    const tuples = kernel.buffers!.uint32(4 * 60)!;
    const scores = kernel.buffers!.float32(classes)!;
    for (let call = 0; call < 300; call++) {
      const n = 1 + (next() % 60);
      for (let k = 0; k < n; k++) tuples.set(pool[next() % pool.length], 4 * k);
      const hashed = new Uint32Array(n);
      keysOfTuples(tuples, n, hashed, 0);
      for (let k = 0; k < n; k++) assert.equal(hashed[k], mix(tuples[4 * k], tuples[4 * k + 1], tuples[4 * k + 2], tuples[4 * k + 3]));
      for (let c = 0; c < classes; c++) scores[c] = weightOf(next);
      const expected = Float32Array.from(scores);
      linearScorer(model).score(hashed, n, expected);
      kernel.scoreTuples!(tuples, n, scores);
      assert.deepEqual(bits(scores), bits(expected), `${classes} classes, call ${call}`);
    }
  }
});
