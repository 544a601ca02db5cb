/** 32-bit FNV-1a of a string (or of s[from, to)): model features are hashed, never stored as strings. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A feature key from a template id and up to three value hashes (murmur3-style finaliser). */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) ^ c;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The keys (mix) of `n` (template, a, b, c) tuples of four words, written to `out[at …]`; returns `n`. */
export function keysOfTuples(tuples: Uint32Array, n: number, out: Uint32Array, at: number): number {
  for (let i = 0; i < n; i++) out[at + i] = mix(tuples[4 * i], tuples[4 * i + 1], tuples[4 * i + 2], tuples[4 * i + 3]);
  return n;
}
