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

/** Score and back-pointer rows for `viterbi`, grown as needed and reused from sentence to sentence, and the transitions by column. */
export class ViterbiScratch {
  score = new Float64Array(0);
  back = new Int8Array(0);
  /** `columns[t * 9 + p]` = `transitions[(p + 1) * 9 + t]`, for the transitions last seen. */
  readonly columns = new Float64Array(TAG_COUNT * TAG_COUNT);
  private columnsOf: ArrayLike<number> | null = null;

  fit(tokens: number, transitions: ArrayLike<number>): void {
    if (this.columnsOf !== transitions) {
      for (let t = 0; t < TAG_COUNT; t++) for (let p = 0; p < TAG_COUNT; p++) this.columns[t * TAG_COUNT + p] = transitions[(p + 1) * TAG_COUNT + t];
      this.columnsOf = transitions;
    }
    if (this.back.length >= tokens * TAG_COUNT) return;
    const size = Math.max(tokens, 64) * TAG_COUNT * 2;
    this.score = new Float64Array(size);
    this.back = new Int8Array(size);
  }
}

/**
 * Best BIO-valid tags for tokens `[from, to)` given their emission scores, written to `tags[from, to)`.
 * Only the transitions BIO allows are tried (53 of 81 per token): every tag before O or B-X, only B-X
 * and I-X before I-X; in tag order, so ties go to the lower tag.
 */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, from: number, to: number, tags: Uint8Array, scratch = new ViterbiScratch()): void {
  const length = to - from;
  if (length <= 0) return;
  const T = TAG_COUNT;
  const e = from * T;
  scratch.fit(length, transitions);
  const { score, back, columns } = scratch;
  for (let t = 0; t < T; t++) score[t] = emissions[e + t] + transitions[t] + BIO_PENALTY[t];
  for (let i = 1; i < length; i++) {
    const row = (i - 1) * T;
    const here = i * T;
    const p0 = score[row], p1 = score[row + 1], p2 = score[row + 2], p3 = score[row + 3], p4 = score[row + 4];
    const p5 = score[row + 5], p6 = score[row + 6], p7 = score[row + 7], p8 = score[row + 8];
    for (let t = 0; t < T; t++) {
      const c = t * T;
      let best: number;
      let arg: number;
      if (t === 0 || (t & 1) === 1) {
        // O and B-X follow any tag.
        best = p0 + columns[c];
        arg = 0;
        let s = p1 + columns[c + 1];
        if (s > best) { best = s; arg = 1; }
        s = p2 + columns[c + 2];
        if (s > best) { best = s; arg = 2; }
        s = p3 + columns[c + 3];
        if (s > best) { best = s; arg = 3; }
        s = p4 + columns[c + 4];
        if (s > best) { best = s; arg = 4; }
        s = p5 + columns[c + 5];
        if (s > best) { best = s; arg = 5; }
        s = p6 + columns[c + 6];
        if (s > best) { best = s; arg = 6; }
        s = p7 + columns[c + 7];
        if (s > best) { best = s; arg = 7; }
        s = p8 + columns[c + 8];
        if (s > best) { best = s; arg = 8; }
      } else {
        // I-X (t = 2c + 2) follows only B-X (t - 1) or I-X (t).
        best = -Infinity;
        arg = 0;
        const fromBegin = score[row + t - 1] + columns[c + t - 1];
        if (fromBegin > best) { best = fromBegin; arg = t - 1; }
        const fromInside = score[row + t] + columns[c + t];
        if (fromInside > best) { best = fromInside; arg = t; }
      }
      score[here + t] = best + emissions[e + here + t];
      back[here + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(length - 1) * T + t] > score[(length - 1) * T + last]) last = t;
  for (let i = length - 1; i >= 0; i--) {
    tags[from + i] = last;
    last = back[i * T + last];
  }
}
