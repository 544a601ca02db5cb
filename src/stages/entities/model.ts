import { FEATURES_PER_TOKEN } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { allowed, TAG_COUNT } from './tags.js';

/**
 * A linear-chain model over BIO tags: hashed feature weights per tag plus tag-to-tag
 * transition weights, decoded with Viterbi. Trained as an averaged structured perceptron.
 */
export interface NerModel {
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** `weights[bucket * TAG_COUNT + tag]`, in the units of `transitions`. */
  readonly weights: Int16Array | Float32Array;
  /** `transitions[(prev + 1) * TAG_COUNT + tag]`, prev = -1 at the sentence start. */
  readonly transitions: Float32Array;
  readonly gazetteer: Gazetteer;
}

/** Per-token tag scores for tokens `[from, to)`, written to `out[(i - from) * TAG_COUNT + tag]`. */
export function emissionScores(weights: ArrayLike<number>, bits: number, features: Uint32Array, from: number, to: number, out: Float64Array): void {
  const mask = (1 << bits) - 1;
  for (let i = from; i < to; i++) {
    const o = (i - from) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[o + t] = 0;
    const base = i * FEATURES_PER_TOKEN;
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
      const w = (features[base + f] & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[o + t] += weights[w + t];
    }
  }
}

/**
 * Best BIO-valid tag sequence for `length` tokens given their emission scores, written to `tags`.
 */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, length: number, tags: Uint8Array): void {
  if (length === 0) return;
  const T = TAG_COUNT;
  const score = new Float64Array(length * T);
  const back = new Int8Array(length * T);
  for (let t = 0; t < T; t++) score[t] = allowed(-1, t) ? emissions[t] + transitions[t] : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, t)) continue;
        const s = score[(i - 1) * T + p] + transitions[(p + 1) * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(length - 1) * T + t] > score[(length - 1) * T + last]) last = t;
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * T + last];
  }
}
