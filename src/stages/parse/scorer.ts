import { addScores, addScoresEach, type LinearModel } from './linear.js';

/** What decoding needs of a classifier: the same code runs on a model in training and a loaded one. */
export interface Scorer {
  readonly classes: number;
  /** Adds the weights of `features[from, n)` (from 0 by default), in that order, to `out`. */
  score(features: Uint32Array, n: number, out: Float32Array, from?: number): void;
  /** Adds the weights of each of `features[0, n)` to its own scores, `out[targets[k] + class]`. */
  scoreEach(features: Uint32Array, n: number, targets: Uint32Array, out: Float32Array): void;
  /**
   * Where arrays can be made that `score` reads and writes where they lie (a kernel's memory, kernel/), with no copy
   * of the features in or the scores in and out; any other arrays are copied. Absent for scorers that copy nothing.
   */
  readonly buffers?: ScorerBuffers;
  /**
   * Adds the weights of the features whose (template, a, b, c) tuples (util/hash.ts keysOfTuples) are
   * `tuples[0, 4n)`, in order, to `out`: the same sums as `score` of their keys, the hashing done by the
   * scorer (a kernel's, kernel.wat mixAll). Tuples in `buffers` only; absent for scorers without it.
   */
  scoreTuples?(tuples: Uint32Array, n: number, out: Float32Array): void;
}

/** Room for arrays a scorer reads in place; null when it has none left. */
export interface ScorerBuffers {
  uint32(length: number): Uint32Array | null;
  float32(length: number): Float32Array | null;
}

/** An array of `length` features that `scorer` reads in place when it can (see Scorer.buffers). */
export function featureArray(scorer: Scorer, length: number): Uint32Array {
  return scorer.buffers?.uint32(length) ?? new Uint32Array(length);
}

/** An array of `length` scores that `scorer` adds to in place when it can (see Scorer.buffers). */
export function scoreArray(scorer: Scorer, length: number): Float32Array {
  return scorer.buffers?.float32(length) ?? new Float32Array(length);
}

export function linearScorer(model: LinearModel): Scorer {
  return {
    classes: model.classes,
    score: (features, n, out, from = 0) => addScores(model, features, n, out, from),
    scoreEach: (features, n, targets, out) => addScoresEach(model, features, n, targets, out),
  };
}
