import { mix } from '../../util/hash.js';
import {
  BOS, CONTEXT_SLOTS, EOS, FEATURES_PER_TOKEN, NEIGHBOUR_TEMPLATES, POSITION_SLOTS, WORD_SLOTS,
  writeContextFeatures, writePositionFeatures, writeWordFeatures, type ReadWords, type SentenceRange,
} from './features.js';
import type { SparseWeights } from './sparse.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;

/** Looks up hashed features in a sparse table and adds their integer weights to a score vector. */
class WeightAdder {
  private readonly bucketMask: number;
  private readonly slotMask: number;
  private readonly keys: Int32Array;
  private readonly values: Int16Array;
  /** Scratch for `addSlots`: each feature's home slot and the key found there. */
  private readonly homes = new Int32Array(FEATURES_PER_TOKEN);
  private readonly found = new Int32Array(FEATURES_PER_TOKEN);

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
    const at = s * T;
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
      const w = s * T;
      out[o] += v[w]; out[o + 1] += v[w + 1]; out[o + 2] += v[w + 2]; out[o + 3] += v[w + 3]; out[o + 4] += v[w + 4];
      out[o + 5] += v[w + 5]; out[o + 6] += v[w + 6]; out[o + 7] += v[w + 7]; out[o + 8] += v[w + 8];
    }
  }
}

/** `a[ao … ao + 9) += b[bo … bo + 9)`. */
function addVector(a: Int32Array, ao: number, b: Int32Array, bo: number): void {
  a[ao] += b[bo]; a[ao + 1] += b[bo + 1]; a[ao + 2] += b[bo + 2]; a[ao + 3] += b[bo + 3]; a[ao + 4] += b[bo + 4];
  a[ao + 5] += b[bo + 5]; a[ao + 6] += b[bo + 6]; a[ao + 7] += b[bo + 7]; a[ao + 8] += b[bo + 8];
}

/**
 * The local layer's scores from a sparse table, the same integers as summing the weights of every token's
 * `FEATURES_PER_TOKEN` features (`writeFeatures`), but with fewer lookups: the features a word decides alone are
 * summed once per distinct word, those a neighbour's word decides alone once per distinct word and offset, those of
 * a word at no sentence start, outside capitals and outside the gazetteer once per distinct word; only the
 * features of a word with its neighbours are looked up per token. Scores are added to `out[i * 9 + tag]` times
 * `scale`.
 */
export function addLocalScores(weights: SparseWeights, bits: number, scale: number, read: ReadWords, sentences: readonly SentenceRange[], out: Float64Array): void {
  const { values, cues } = read;
  const { typeOf, types, hLower } = values;
  const { gazCodes, sentenceStart, upperSentence } = cues;
  const adder = new WeightAdder(weights, bits);
  const scratch = new Uint32Array(FEATURES_PER_TOKEN);
  const wordSlots = Int32Array.from(WORD_SLOTS);
  const positionSlots = Int32Array.from(POSITION_SLOTS);
  const contextSlots = Int32Array.from(CONTEXT_SLOTS);

  // Per distinct word: its own features, then each neighbour template with the word as that neighbour.
  const own = new Int32Array(types * T);
  const neighbours = NEIGHBOUR_TEMPLATES.map(() => new Int32Array((types + 2) * T));
  for (let t = 0; t < types; t++) {
    writeWordFeatures(values, cues, t, scratch, 0);
    adder.addSlots(scratch, 0, wordSlots, own, t * T);
    NEIGHBOUR_TEMPLATES.forEach(([, template], n) => adder.add(mix(template, hLower[t]), neighbours[n], t * T));
  }
  // Rows `types` and `types + 1` hold the sentence's edges.
  const BEFORE = types;
  const AFTER = types + 1;
  NEIGHBOUR_TEMPLATES.forEach(([, template, offset], n) => adder.add(mix(template, offset < 0 ? BOS : EOS), neighbours[n], (offset < 0 ? BEFORE : AFTER) * T));
  const offsets = NEIGHBOUR_TEMPLATES.map(([, , offset]) => offset);

  // Per distinct word, its own features plus those of `POSITION_SLOTS` at no sentence start, outside capitals and the gazetteer.
  const ownPlain = new Int32Array(types * T);
  const plainDone = new Uint8Array(types);
  const sum = new Int32Array(T);
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const t = typeOf[i];
      sum.fill(0);
      for (let n = 0; n < offsets.length; n++) {
        const j = i + offsets[n];
        addVector(sum, 0, neighbours[n], (j < s.start ? BEFORE : j >= s.end ? AFTER : typeOf[j]) * T);
      }
      const gaz = gazCodes[i];
      const first = sentenceStart[i];
      const upper = upperSentence[i];
      if (gaz === 0 && first === 0 && upper === 0) {
        if (plainDone[t] === 0) {
          addVector(ownPlain, t * T, own, t * T);
          writePositionFeatures(values, cues, t, 0, 0, 0, scratch, 0);
          adder.addSlots(scratch, 0, positionSlots, ownPlain, t * T);
          plainDone[t] = 1;
        }
        addVector(sum, 0, ownPlain, t * T);
      } else {
        addVector(sum, 0, own, t * T);
        writePositionFeatures(values, cues, t, gaz, first, upper, scratch, 0);
        adder.addSlots(scratch, 0, positionSlots, sum, 0);
      }
      writeContextFeatures(values, cues, s, i, scratch, 0);
      adder.addSlots(scratch, 0, contextSlots, sum, 0);
      const o = i * T;
      for (let k = 0; k < T; k++) out[o + k] += sum[k] * scale;
    }
  }
}
