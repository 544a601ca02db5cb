import { addScores, type LinearModel } from './linear.js';

/** What decoding needs of a classifier: the same code runs on a model in training and a loaded one. */
export interface Scorer {
  readonly classes: number;
  score(features: Uint32Array, n: number, out: Float32Array): void;
}

export function linearScorer(model: LinearModel): Scorer {
  return { classes: model.classes, score: (features, n, out) => addScores(model, features, n, out) };
}
