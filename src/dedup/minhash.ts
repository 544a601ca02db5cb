/**
 * Near-duplicate detection for news articles: MinHash over word shingles, banded for
 * locality-sensitive hashing. Wire copies, updates, new headlines and truncations keep most
 * of an article's word sequences; two reports of the same topic share almost none.
 */

/** Words per shingle: long enough that two different reports rarely share one, short enough to survive light edits. */
export const SHINGLE_WORDS = 3;
export const HASHES = 128;
/** 64 bands of 2 rows: a pair whose shingle sets overlap by Jaccard 0.3 becomes a candidate with p ≈ 0.998. */
export const BANDS = 64;
const ROWS = HASHES / BANDS;

/** A text's fingerprint: its MinHash signature and how many distinct shingles it has. */
export interface Fingerprint {
  readonly signature: Uint32Array;
  readonly shingles: number;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The fixed hash family: HASHES (a, b) pairs from a seeded generator, the same in every process. */
const FAMILY = (() => {
  const a = new Uint32Array(HASHES);
  const b = new Uint32Array(HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    state = mix(state + i);
    a[i] = state | 1;
    state = mix(state);
    b[i] = state;
  }
  return { a, b };
})();

/** Lower-cased words; punctuation, quotation marks and layout do not count. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct shingle hashes of a text (a text shorter than one shingle is one shingle). */
export function shingleHashes(text: string): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length > 0 && w.length < SHINGLE_WORDS) set.add(fnv1a(w.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) set.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set);
}

export function fingerprint(text: string): Fingerprint {
  const hashes = shingleHashes(text);
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  const { a, b } = FAMILY;
  for (const h of hashes) {
    for (let i = 0; i < HASHES; i++) {
      const v = (Math.imul(a[i], h) + b[i]) >>> 0;
      if (v < signature[i]) signature[i] = v;
    }
  }
  return { signature, shingles: hashes.length };
}

/** One key per band; two texts are candidates when any key is equal. Band number is part of the key. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = mix(band + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ signature[band * ROWS + r]);
    keys.push(h | 0);
  }
  return keys;
}

/** The share of equal MinHash values: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/**
 * How much of the shorter text's shingles the longer one contains, estimated from the
 * signatures and sizes: a truncated copy is contained in the full article even though
 * their Jaccard similarity is only its share of the length.
 */
export function estimatedContainment(a: Fingerprint, b: Fingerprint): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  const j = estimatedJaccard(a.signature, b.signature);
  const shared = (j * (a.shingles + b.shingles)) / (1 + j);
  return Math.min(1, shared / Math.min(a.shingles, b.shingles));
}

/** Containment at or above which two articles are one story (chosen on the dedup pair set, see data/eval). */
export const SAME_STORY_CONTAINMENT = 0.5;

/** True when the two texts are candidates under LSH and the shorter is mostly contained in the longer. */
export function sameStory(a: Fingerprint, b: Fingerprint): boolean {
  const keys = new Set(bandKeys(a.signature));
  if (!bandKeys(b.signature).some((k) => keys.has(k))) return false;
  return estimatedContainment(a, b) >= SAME_STORY_CONTAINMENT;
}

export function signatureToBytes(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
