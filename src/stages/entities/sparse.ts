import { TAG_COUNT } from './tags.js';

/**
 * A layer's feature weights as an open-addressing hash table over its non-zero buckets.
 * Of the local layer's 2^22 buckets 2.2 % have a weight; the dense table was 75 MB, read at
 * 44 scattered places per token (a cache miss each) and copied on load. Here each slot is
 * `SLOT` int16s, `[key low 16 bits, key high 16 bits, 9 tag weights]` with key = bucket + 1
 * (0 marks an empty slot), so a lookup reads one slot, rarely two; the table is about a
 * third full, and the file is the table itself, viewed in place.
 */
export const SLOT = 2 + TAG_COUNT;
const MAX_LOAD = 0.4;

export interface SparseWeights {
  /** log2 of the number of slots. */
  readonly slotBits: number;
  readonly slots: Int16Array;
}

function keyAt(slots: Int16Array, at: number): number {
  return (slots[at] & 0xffff) | ((slots[at + 1] & 0xffff) << 16);
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
  const slots = new Int16Array((1 << slotBits) * SLOT);
  for (const b of used) {
    let s = b & mask;
    while (keyAt(slots, s * SLOT) !== 0) s = (s + 1) & mask;
    const at = s * SLOT;
    slots[at] = (b + 1) & 0xffff;
    slots[at + 1] = (b + 1) >>> 16;
    slots.set(dense.subarray(b * TAG_COUNT, (b + 1) * TAG_COUNT), at + 2);
  }
  return { slotBits, slots };
}

/** The dense weights again (for tests and for converting a model). */
export function denseFromSparse(weights: SparseWeights, bits: number): Int16Array {
  const dense = new Int16Array((1 << bits) * TAG_COUNT);
  for (let at = 0; at < weights.slots.length; at += SLOT) {
    const key = keyAt(weights.slots, at);
    if (key !== 0) dense.set(weights.slots.subarray(at + 2, at + SLOT), (key - 1) * TAG_COUNT);
  }
  return dense;
}

/**
 * Adds per-token tag scores for tokens `[from, to)` to `out[i * TAG_COUNT + tag]`, as
 * `addEmissions` does for dense weights, each token's sum multiplied by `scale`.
 */
export function addSparseEmissions(weights: SparseWeights, bits: number, perToken: number, features: Uint32Array, from: number, to: number, out: Float64Array, scale: number): void {
  const bucketMask = (1 << bits) - 1;
  const slotMask = (1 << weights.slotBits) - 1;
  const slots = weights.slots;
  // The nine BIO tag sums live in locals rather than an array: this loop is the tagger's hot path.
  for (let i = from; i < to; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = i * perToken, end = f + perToken; f < end; f++) {
      const bucket = features[f] & bucketMask;
      const key = bucket + 1;
      let s = bucket & slotMask;
      let at = s * SLOT;
      let found = (slots[at] & 0xffff) | ((slots[at + 1] & 0xffff) << 16);
      while (found !== key && found !== 0) {
        s = (s + 1) & slotMask;
        at = s * SLOT;
        found = (slots[at] & 0xffff) | ((slots[at + 1] & 0xffff) << 16);
      }
      if (found === 0) continue;
      s0 += slots[at + 2]; s1 += slots[at + 3]; s2 += slots[at + 4]; s3 += slots[at + 5]; s4 += slots[at + 6];
      s5 += slots[at + 7]; s6 += slots[at + 8]; s7 += slots[at + 9]; s8 += slots[at + 10];
    }
    const o = i * 9;
    out[o] += s0 * scale; out[o + 1] += s1 * scale; out[o + 2] += s2 * scale; out[o + 3] += s3 * scale; out[o + 4] += s4 * scale;
    out[o + 5] += s5 * scale; out[o + 6] += s6 * scale; out[o + 7] += s7 * scale; out[o + 8] += s8 * scale;
  }
}

/**
 * Adds to `out[o … o + 9)` the weights of the features `features[base + slot]` for each of `slots`
 * (one token's features, or the part of them its word decides), times `scale`.
 */
export function addSparseSlots(weights: SparseWeights, bits: number, features: Uint32Array, base: number, slots: Int32Array, out: Float64Array, o: number, scale: number): void {
  const bucketMask = (1 << bits) - 1;
  const slotMask = (1 << weights.slotBits) - 1;
  const table = weights.slots;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  for (let k = 0; k < slots.length; k++) {
    const bucket = features[base + slots[k]] & bucketMask;
    const key = bucket + 1;
    let s = bucket & slotMask;
    let at = s * SLOT;
    let found = (table[at] & 0xffff) | ((table[at + 1] & 0xffff) << 16);
    while (found !== key && found !== 0) {
      s = (s + 1) & slotMask;
      at = s * SLOT;
      found = (table[at] & 0xffff) | ((table[at + 1] & 0xffff) << 16);
    }
    if (found === 0) continue;
    s0 += table[at + 2]; s1 += table[at + 3]; s2 += table[at + 4]; s3 += table[at + 5]; s4 += table[at + 6];
    s5 += table[at + 7]; s6 += table[at + 8]; s7 += table[at + 9]; s8 += table[at + 10];
  }
  out[o] += s0 * scale; out[o + 1] += s1 * scale; out[o + 2] += s2 * scale; out[o + 3] += s3 * scale; out[o + 4] += s4 * scale;
  out[o + 5] += s5 * scale; out[o + 6] += s6 * scale; out[o + 7] += s7 * scale; out[o + 8] += s8 * scale;
}
