import { addScores, addScoresEach, type LinearModel } from './linear.js';

/** What decoding needs of a classifier: the same code runs on a model in training and a loaded one. */
export interface Scorer {
  readonly classes: number;
  /** Adds the weights of `features[from, n)` (from 0 by default), in that order, to `out`. */
  score(features: Uint32Array, n: number, out: Float32Array, from?: number): void;
  /** Adds the weights of each of `features[0, n)` to its own scores, `out[targets[k] + class]`. */
  scoreEach(features: Uint32Array, n: number, targets: Uint32Array, out: Float32Array): void;
}

export function linearScorer(model: LinearModel): Scorer {
  return {
    classes: model.classes,
    score: (features, n, out, from = 0) => addScores(model, features, n, out, from),
    scoreEach: (features, n, targets, out) => addScoresEach(model, features, n, targets, out),
  };
}
