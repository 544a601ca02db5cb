/**
 * A linear classifier over hashed features, laid out for lookups that miss the cache at
 * most twice: an open-addressing table whose slots hold the feature key next to its
 * weights. With few classes (the parser's three moves) a slot holds all of them; with many
 * (50 tags, 50 relations) it points at the few classes that feature has a weight for.
 */
export interface LinearModel {
  readonly classes: number;
  /** Table size − 1 (the size is a power of two). */
  readonly mask: number;
  /** 32-bit words per slot: the key, then `classes` weights (dense) or first entry and count (sparse). */
  readonly width: number;
  readonly dense: boolean;
  /** Slot words as keys (index `slot * width`, 0 = empty) and as float weights. */
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  /** Sparse entries, two 32-bit words per weight: the class (read through `entryClasses`) and the weight (through `entries`). */
  readonly entries: Float32Array;
  readonly entryClasses: Uint32Array;
}

/** A model as it is saved: its features in order, how many weights each has, and the weights. */
export interface CompactLinear {
  readonly classes: number;
  readonly keys: Uint32Array;
  readonly count: Uint8Array;
  readonly entryClass: Uint8Array;
  readonly entryWeight: Float32Array;
}

const DENSE_UP_TO = 4;

export function storedKey(feature: number): number {
  return feature === 0 ? 1 : feature;
}

/** The smallest power of two (at least 16) that holds `features` at most `load` full. */
export function tableSize(features: number, load = 0.5): number {
  let size = 16;
  while (size * load < features) size *= 2;
  return size;
}

/**
 * How full a lookup table is made for a trained model: fuller than training's, for a file of 27 MB
 * instead of 43 MB at the cost of a few more probes (a probe mostly stays in the slot's cache line).
 */
export const SHIPPED_LOAD = 0.75;

/** Lays a compact model out in its lookup table. */
export function expandLinear(compact: CompactLinear, load = SHIPPED_LOAD): LinearModel {
  const dense = compact.classes <= DENSE_UP_TO;
  const width = dense ? 1 + compact.classes : 2;
  const size = tableSize(compact.keys.length, load);
  const mask = size - 1;
  const buffer = new ArrayBuffer(size * width * 4);
  const keys = new Uint32Array(buffer);
  const weights = new Float32Array(buffer);
  const entryBuffer = new ArrayBuffer(dense ? 0 : compact.entryClass.length * 8);
  const entries = new Float32Array(entryBuffer);
  const entryClasses = new Uint32Array(entryBuffer);
  let entry = 0;
  for (let f = 0; f < compact.keys.length; f++) {
    const key = compact.keys[f];
    let slot = key & mask;
    while (keys[slot * width] !== 0) slot = (slot + 1) & mask;
    const at = slot * width;
    keys[at] = key;
    const count = compact.count[f];
    if (dense) {
      for (let e = entry; e < entry + count; e++) weights[at + 1 + compact.entryClass[e]] = compact.entryWeight[e];
    } else {
      keys[at + 1] = (entry << 8) | count;
      for (let e = entry; e < entry + count; e++) {
        entryClasses[2 * e] = compact.entryClass[e];
        entries[2 * e + 1] = compact.entryWeight[e];
      }
    }
    entry += count;
  }
  return { classes: compact.classes, mask, width, dense, keys, weights, entries, entryClasses };
}

/** Adds the weights of `features[from, n)`, in order, to `out[class]` (the caller zeroes `out`). */
export function addScores(model: LinearModel, features: Uint32Array, n: number, out: Float32Array, from = 0): void {
  if (model.dense) addDense(model, features, n, out, from);
  else addSparse(model, features, n, out, from);
}

/**
 * Reads the home slot of every feature before any is searched: the reads do not depend on one
 * another or on a branch, so the processor has them all in flight at once instead of waiting on
 * each cache miss in turn, and the search that follows finds the slots in the cache. Returns what
 * it read (xor-ed); callers need not keep it: V8 makes the reads all the same (parse over the 315
 * Wikinews articles, best of 5 rounds in turn: 11.30 s so, 12.08 s with the value kept in a module
 * variable, 12.90 s without the reads).
 */
function touch(keys: Uint32Array, features: Uint32Array, from: number, n: number, mask: number, width: number): number {
  let sum = 0;
  for (let k = from; k < n; k++) sum ^= keys[(storedKey(features[k]) & mask) * width];
  return sum;
}

/** The slot of `key` in an open-addressing table of `width`-wide rows (linear probing), or -1 when it is absent. */
function slotOf(keys: Uint32Array, key: number, mask: number, width: number): number {
  let slot = key & mask;
  let found = keys[slot * width];
  while (found !== key && found !== 0) {
    slot = (slot + 1) & mask;
    found = keys[slot * width];
  }
  return found === 0 ? -1 : slot;
}

function addDense(model: LinearModel, features: Uint32Array, n: number, out: Float32Array, from: number): void {
  const { keys, weights, mask, width, classes } = model;
  touch(keys, features, from, n, mask, width);
  for (let k = from; k < n; k++) {
    const slot = slotOf(keys, storedKey(features[k]), mask, width);
    if (slot < 0) continue;
    const at = slot * width + 1;
    for (let c = 0; c < classes; c++) out[c] += weights[at + c];
  }
}

function addSparse(model: LinearModel, features: Uint32Array, n: number, out: Float32Array, from: number): void {
  const { keys, mask, entries, entryClasses } = model;
  touch(keys, features, from, n, mask, 2);
  for (let k = from; k < n; k++) {
    const slot = slotOf(keys, storedKey(features[k]), mask, 2);
    if (slot < 0) continue;
    const packed = keys[slot * 2 + 1];
    for (let e = (packed >>> 8) * 2, end = e + (packed & 255) * 2; e < end; e += 2) out[entryClasses[e]] += entries[e + 1];
  }
}

/**
 * Adds the weights of each feature `features[k]` (k < n) to `out[targets[k] + class]`: many small
 * sums in one pass, whose table reads are all in flight at once (see `touch`).
 */
export function addScoresEach(model: LinearModel, features: Uint32Array, n: number, targets: Uint32Array, out: Float32Array): void {
  const { keys, weights, entries, entryClasses, mask, width, classes, dense } = model;
  touch(keys, features, 0, n, mask, width);
  for (let k = 0; k < n; k++) {
    const slot = slotOf(keys, storedKey(features[k]), mask, width);
    if (slot < 0) continue;
    const to = targets[k];
    if (dense) {
      const at = slot * width + 1;
      for (let c = 0; c < classes; c++) out[to + c] += weights[at + c];
    } else {
      const packed = keys[slot * 2 + 1];
      for (let e = (packed >>> 8) * 2, end = e + (packed & 255) * 2; e < end; e += 2) out[to + entryClasses[e]] += entries[e + 1];
    }
  }
}
