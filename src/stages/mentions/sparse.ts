import { TAG_COUNT } from './tags.js';

/**
 * A layer's feature weights as an open-addressing hash table over its non-zero buckets.
 * Of the local layer's 2^22 buckets 2.2 % have a weight; the dense table was 75 MB, read at
 * 44 scattered places per token (a cache miss each) and copied on load. Slot `s` holds the key
 * `keys[s]` = bucket + 1 (0 marks an empty slot) and the 9 tag weights `values[s * 9 …]`. The
 * keys are an array of their own (1 MB for the local layer): probing, and the quarter of lookups
 * that find no weight, stay in it instead of reading the 4.7 MB of weights. The table is about a
 * third full.
 * The file is the keys and then the weights, viewed in place.
 */
const MAX_LOAD = 0.4;
/** The most features `WeightAdder.addSlots` looks up at once. */
const MOST_SLOTS = 64;

export interface SparseWeights {
  /** log2 of the number of slots. */
  readonly slotBits: number;
  readonly keys: Int32Array;
  readonly values: Int16Array;
}

/** Builds the table from dense int16 weights `[bucket * TAG_COUNT + tag]`, inserting buckets in order. */
export function sparseFromDense(dense: Int16Array): SparseWeights {
  const buckets = dense.length / TAG_COUNT;
  const used: number[] = [];
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      if (dense[b * TAG_COUNT + t] !== 0) {
        used.push(b);
        break;
      }
    }
  }
  let slotBits = 4;
  while ((1 << slotBits) * MAX_LOAD < used.length) slotBits++;
  const mask = (1 << slotBits) - 1;
  const keys = new Int32Array(1 << slotBits);
  const values = new Int16Array((1 << slotBits) * TAG_COUNT);
  for (const b of used) {
    let s = b & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = b + 1;
    values.set(dense.subarray(b * TAG_COUNT, (b + 1) * TAG_COUNT), s * TAG_COUNT);
  }
  return { slotBits, keys, values };
}

/** The dense weights again (for tests and for converting a model). */
export function denseFromSparse(weights: SparseWeights, bits: number): Int16Array {
  const dense = new Int16Array((1 << bits) * TAG_COUNT);
  const { keys, values } = weights;
  for (let s = 0; s < keys.length; s++) {
    if (keys[s] !== 0) dense.set(values.subarray(s * TAG_COUNT, (s + 1) * TAG_COUNT), (keys[s] - 1) * TAG_COUNT);
  }
  return dense;
}

/** The table as the file stores it: the keys (int32), then the weights (int16). */
export function tableBytes(weights: SparseWeights): Buffer {
  return Buffer.concat([Buffer.from(weights.keys.buffer, weights.keys.byteOffset, weights.keys.byteLength), Buffer.from(weights.values.buffer, weights.values.byteOffset, weights.values.byteLength)]);
}

/** Views a table stored by `tableBytes` in place (`bytes` must be 4-byte aligned and hold 2^slotBits slots). */
export function tableFromBytes(bytes: Uint8Array, slotBits: number): SparseWeights {
  const n = 1 << slotBits;
  const keys = new Int32Array(bytes.buffer, bytes.byteOffset, n);
  const values = new Int16Array(bytes.buffer, bytes.byteOffset + 4 * n, n * TAG_COUNT);
  return { slotBits, keys, values };
}

/** The slot holding `bucket`'s weights, or -1 when it has none. */
function slotOf(keys: Int32Array, slotMask: number, bucket: number): number {
  const key = bucket + 1;
  let s = bucket & slotMask;
  let found = keys[s];
  while (found !== key && found !== 0) {
    s = (s + 1) & slotMask;
    found = keys[s];
  }
  return found === 0 ? -1 : s;
}

/**
 * Adds per-token tag scores for tokens `[from, to)` to `out[i * TAG_COUNT + tag]`, as
 * `addEmissions` does for dense weights, each token's sum multiplied by `scale`.
 */
export function addSparseEmissions(weights: SparseWeights, bits: number, perToken: number, features: Uint32Array, from: number, to: number, out: Float64Array, scale: number): void {
  const bucketMask = (1 << bits) - 1;
  const slotMask = (1 << weights.slotBits) - 1;
  const { keys, values } = weights;
  // The nine BIO tag sums live in locals rather than an array: this loop is the tagger's hot path.
  for (let i = from; i < to; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = i * perToken, end = f + perToken; f < end; f++) {
      const s = slotOf(keys, slotMask, features[f] & bucketMask);
      if (s < 0) continue;
      const at = s * 9;
      s0 += values[at]; s1 += values[at + 1]; s2 += values[at + 2]; s3 += values[at + 3]; s4 += values[at + 4];
      s5 += values[at + 5]; s6 += values[at + 6]; s7 += values[at + 7]; s8 += values[at + 8];
    }
    const o = i * 9;
    out[o] += s0 * scale; out[o + 1] += s1 * scale; out[o + 2] += s2 * scale; out[o + 3] += s3 * scale; out[o + 4] += s4 * scale;
    out[o + 5] += s5 * scale; out[o + 6] += s6 * scale; out[o + 7] += s7 * scale; out[o + 8] += s8 * scale;
  }
}

/** Looks up hashed features in a sparse table and adds their integer weights to a score vector. */
export class WeightAdder {
  private readonly bucketMask: number;
  private readonly slotMask: number;
  private readonly keys: Int32Array;
  private readonly values: Int16Array;
  /** Scratch for `addSlots`: each feature's home slot and the key found there. */
  private readonly homes = new Int32Array(MOST_SLOTS);
  private readonly found = new Int32Array(MOST_SLOTS);

  constructor(weights: SparseWeights, bits: number) {
    this.bucketMask = (1 << bits) - 1;
    this.slotMask = (1 << weights.slotBits) - 1;
    this.keys = weights.keys;
    this.values = weights.values;
  }

  /** Adds the weights of `hash` to `out[o … o + 9)`. */
  add(hash: number, out: Int32Array, o: number): void {
    const bucket = hash & this.bucketMask;
    const key = bucket + 1;
    const keys = this.keys;
    let s = bucket & this.slotMask;
    let found = keys[s];
    while (found !== key) {
      if (found === 0) return;
      s = (s + 1) & this.slotMask;
      found = keys[s];
    }
    const v = this.values;
    const at = s * TAG_COUNT;
    out[o] += v[at]; out[o + 1] += v[at + 1]; out[o + 2] += v[at + 2]; out[o + 3] += v[at + 3]; out[o + 4] += v[at + 4];
    out[o + 5] += v[at + 5]; out[o + 6] += v[at + 6]; out[o + 7] += v[at + 7]; out[o + 8] += v[at + 8];
  }

  /**
   * Adds the weights of `features[k + slot]` for each of `slots`. The home slots' keys are all read before
   * any is compared, so that their cache misses overlap instead of waiting on each other.
   */
  addSlots(features: Uint32Array, k: number, slots: Int32Array, out: Int32Array, o: number): void {
    const { keys, bucketMask, slotMask, values: v } = this;
    const homes = this.homes;
    const found = this.found;
    for (let j = 0; j < slots.length; j++) {
      const home = features[k + slots[j]] & bucketMask & slotMask;
      homes[j] = home;
      found[j] = keys[home];
    }
    for (let j = 0; j < slots.length; j++) {
      const key = (features[k + slots[j]] & bucketMask) + 1;
      let s = homes[j];
      let at = found[j];
      while (at !== key) {
        if (at === 0) break;
        s = (s + 1) & slotMask;
        at = keys[s];
      }
      if (at === 0) continue;
      const w = s * TAG_COUNT;
      out[o] += v[w]; out[o + 1] += v[w + 1]; out[o + 2] += v[w + 2]; out[o + 3] += v[w + 3]; out[o + 4] += v[w + 4];
      out[o + 5] += v[w + 5]; out[o + 6] += v[w + 6]; out[o + 7] += v[w + 7]; out[o + 8] += v[w + 8];
    }
  }
}
