import { hashString } from '../../util/hash.js';

const PLAIN = /^[a-z.,'-]*$/;

/** The spelling features read: lower case, typographic quotes and apostrophes made plain, digits as 0. */
export function normalise(form: string): string {
  const lower = form.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\d/g, '0');
}

/** Word shape with runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "1990s" → "dx", "al-Assad" → "x-Xx". */
export function shape(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const c = shapeOf(form.charCodeAt(i), form[i]);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const X = 88;
const LOWER_X = 120;
const D = 100;

/** `hashString(shape(form))` without building the string: the shape hash every word needs. */
export function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let length = 0;
  let last = -1;
  for (let i = 0; i < form.length && length < 8; i++) {
    const code = form.charCodeAt(i);
    const c = code < 128 ? asciiShape(code) : unicodeShape(code, form[i]);
    if (c !== last) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
      length++;
    }
    last = c;
  }
  return h >>> 0;
}

function asciiShape(code: number): number {
  if (code >= 65 && code <= 90) return X;
  if (code >= 97 && code <= 122) return LOWER_X;
  return code >= 48 && code <= 57 ? D : code;
}

function unicodeShape(code: number, ch: string): number {
  if (ch.toLowerCase() !== ch) return X;
  return ch.toUpperCase() !== ch ? LOWER_X : code;
}

function shapeOf(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  if (ch.toLowerCase() !== ch) return 'X';
  return ch.toUpperCase() !== ch ? 'x' : ch;
}

/** Per-word hashes computed once per sentence: what the tagger and the parser's features combine. */
export interface WordHashes {
  readonly length: number;
  readonly word: Uint32Array;
  readonly prefix1: Uint32Array;
  readonly prefix2: Uint32Array;
  readonly prefix3: Uint32Array;
  readonly suffix1: Uint32Array;
  readonly suffix2: Uint32Array;
  readonly suffix3: Uint32Array;
  readonly suffix4: Uint32Array;
  readonly shape: Uint32Array;
  /** The word's distributional clusters, `(coarse + 1) << 16 | (fine + 1)`; 0 when it has none. */
  readonly cluster: Uint32Array;
}

/**
 * Word clusters learnt from unlabelled news (the entity model's, see models/parse/README.md):
 * the hash of a spelling with digits as 0 → its clusters, `(coarse + 1) << 16 | (fine + 1)`.
 * Words the treebanks never show share a cluster with words they do.
 */
export type WordClusters = ReadonlyMap<number, number>;

const DIGIT = /[0-9]/;
const DIGITS = /[0-9]/g;

/** The clusters of `form`, falling back from its own spelling to the capitalised and lower-case ones (headlines). */
export function clusterOf(clusters: WordClusters, form: string): number {
  const key = DIGIT.test(form) ? form.replace(DIGITS, '0') : form;
  const exact = clusters.get(hashString(key));
  if (exact !== undefined || key.length < 2) return exact ?? 0;
  return clusters.get(hashString(key[0] + key.slice(1).toLowerCase())) ?? clusters.get(hashString(key.toLowerCase())) ?? 0;
}

export function hashWords(forms: readonly string[], clusters: WordClusters): WordHashes {
  const n = forms.length;
  const h = {
    length: n, word: new Uint32Array(n), prefix1: new Uint32Array(n), prefix2: new Uint32Array(n), prefix3: new Uint32Array(n), suffix1: new Uint32Array(n), suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n), suffix4: new Uint32Array(n), shape: new Uint32Array(n), cluster: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const w = normalise(forms[i]);
    const end = w.length;
    h.word[i] = hashString(w);
    h.prefix1[i] = hashString(w, 0, Math.min(1, end));
    h.prefix2[i] = hashString(w, 0, Math.min(2, end));
    h.prefix3[i] = hashString(w, 0, Math.min(3, end));
    h.suffix1[i] = hashString(w, Math.max(0, end - 1));
    h.suffix2[i] = hashString(w, Math.max(0, end - 2));
    h.suffix3[i] = hashString(w, Math.max(0, end - 3));
    h.suffix4[i] = hashString(w, Math.max(0, end - 4));
    h.shape[i] = shapeHash(forms[i]);
    h.cluster[i] = clusterOf(clusters, forms[i]);
  }
  return h;
}
