import type { StringLookup } from '../../util/string-table.js';
import type { Gazetteer } from './gazetteer.js';
import { addSparseEmissions, type SparseWeights } from './sparse.js';
import { allowed, TAG_COUNT } from './tags.js';

if (TAG_COUNT !== 9) throw new Error('addEmissions is unrolled for the nine BIO tags of PER/ORG/LOC/MISC');

/** 0 where the BIO scheme allows `prev → tag`, −∞ where it does not; row 0 is the sentence start. */
const BIO_PENALTY = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) => (allowed(Math.floor(i / TAG_COUNT) - 1, i % TAG_COUNT) ? 0 : -Infinity));

/** Hashed feature weights per tag plus tag-to-tag transition weights. */
export interface LinearLayer {
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** How many hashed features each token has. */
  readonly perToken: number;
  /**
   * Int16 weights per bucket and tag, times `scale` in the units of `transitions`: the sparse
   * table of the non-zero buckets as shipped, or the dense `[bucket * TAG_COUNT + tag]` array
   * (the bench compares the two).
   */
  readonly weights: SparseWeights | Int16Array;
  /** What one unit of `weights` is worth (int16 weights of both layers share one code path). */
  readonly scale: number;
  /** `transitions[(prev + 1) * TAG_COUNT + tag]`, prev = -1 at the sentence start. */
  readonly transitions: Float32Array;
}

/**
 * A two-pass linear-chain tagger over BIO tags, decoded with Viterbi and trained as an
 * averaged structured perceptron. The `local` layer reads each token and its sentence;
 * the `document` layer adds to its scores what the first pass said about the same words
 * elsewhere in the document (a team named in a results table, a surname after the full
 * name), and brings its own transitions.
 */
export interface NerModel {
  readonly local: LinearLayer;
  readonly document: LinearLayer;
  readonly gazetteer: Gazetteer;
  /** Word → coarse cluster × 65536 + fine cluster (see clusters.ts). */
  readonly clusters: StringLookup<number>;
}

/**
 * Adds per-token tag scores for tokens `[from, to)` to `out[i * TAG_COUNT + tag]` from dense
 * weights `[bucket * TAG_COUNT + tag]`, as training holds them (indices are document token
 * indices; the caller initialises `out`), each token's sum multiplied by `scale`.
 */
export function addEmissions(weights: ArrayLike<number>, bits: number, perToken: number, features: Uint32Array, from: number, to: number, out: Float64Array, scale = 1): void {
  const mask = (1 << bits) - 1;
  // The nine BIO tag sums live in locals rather than an array: this loop is the tagger's hot path.
  for (let i = from; i < to; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = i * perToken, end = f + perToken; f < end; f++) {
      const w = (features[f] & mask) * 9;
      s0 += weights[w]; s1 += weights[w + 1]; s2 += weights[w + 2]; s3 += weights[w + 3]; s4 += weights[w + 4];
      s5 += weights[w + 5]; s6 += weights[w + 6]; s7 += weights[w + 7]; s8 += weights[w + 8];
    }
    const o = i * 9;
    out[o] += s0 * scale; out[o + 1] += s1 * scale; out[o + 2] += s2 * scale; out[o + 3] += s3 * scale; out[o + 4] += s4 * scale;
    out[o + 5] += s5 * scale; out[o + 6] += s6 * scale; out[o + 7] += s7 * scale; out[o + 8] += s8 * scale;
  }
}

/** Adds a layer's scores for tokens `[from, to)` to `out`, whichever way its weights are stored. */
export function addLayerEmissions(layer: LinearLayer, features: Uint32Array, from: number, to: number, out: Float64Array): void {
  if (layer.weights instanceof Int16Array) addEmissions(layer.weights, layer.bits, layer.perToken, features, from, to, out, layer.scale);
  else addSparseEmissions(layer.weights, layer.bits, layer.perToken, features, from, to, out, layer.scale);
}

/** For each tag, the previous tags BIO allows before it (all nine, or B-X and I-X before I-X), in tag order. */
const PREVIOUS: readonly Int8Array[] = Array.from({ length: TAG_COUNT }, (_, t) => Int8Array.from(Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => allowed(p, t))));

/**
 * Best BIO-valid tags for tokens `[from, to)` given their emission scores, written to `tags[from, to)`.
 * Only the transitions BIO allows are tried (53 of 81 per token), in tag order, so ties go as before.
 */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, from: number, to: number, tags: Uint8Array): void {
  const length = to - from;
  if (length <= 0) return;
  const T = TAG_COUNT;
  const e = from * T;
  const score = new Float64Array(length * T);
  const back = new Int8Array(length * T);
  for (let t = 0; t < T; t++) score[t] = emissions[e + t] + transitions[t] + BIO_PENALTY[t];
  for (let i = 1; i < length; i++) {
    const row = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      const previous = PREVIOUS[t];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < previous.length; k++) {
        const p = previous[k];
        const s = score[row + p] + transitions[(p + 1) * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emissions[e + i * T + t];
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(length - 1) * T + t] > score[(length - 1) * T + last]) last = t;
  for (let i = length - 1; i >= 0; i--) {
    tags[from + i] = last;
    last = back[i * T + last];
  }
}
