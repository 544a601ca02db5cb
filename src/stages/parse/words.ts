import { hashString } from '../../util/hash.js';
import type { WordClusters } from './clusters.js';

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
  /** The form as written (case kept, not normalised). */
  readonly written: Uint32Array;
  /** Spelling flags (spellingFlags): digits, hyphen, capitals inside the word, all capitals, a full stop. */
  readonly flags: Uint32Array;
  readonly suffix1: Uint32Array;
  readonly suffix2: Uint32Array;
  readonly suffix3: Uint32Array;
  readonly suffix4: Uint32Array;
  readonly shape: Uint32Array;
  /** The hashes of each word's cluster prefixes of 4 and 6 bits and of its whole bit string (clusters.ts); 0 without clusters or for a word in none. */
  readonly cluster4: Uint32Array;
  readonly cluster6: Uint32Array;
  readonly clusterFull: Uint32Array;
}

/** The hashes of one sentence; with `clusters`, its words' clusters too (a tagger that reads them: tagger-clusters.ts). */
export function hashWords(forms: readonly string[], clusters: WordClusters | null = null): WordHashes {
  const h = new WordHashBuffer(forms.length, true, clusters);
  h.fill(forms);
  return h;
}

/** WordHashes over reusable arrays: `fill` a sentence, read its first `length` words. */
export class WordHashBuffer implements WordHashes {
  length = 0;
  word: Uint32Array;
  prefix1: Uint32Array;
  prefix2: Uint32Array;
  prefix3: Uint32Array;
  written: Uint32Array;
  flags: Uint32Array;
  suffix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  suffix4: Uint32Array;
  shape: Uint32Array;
  cluster4: Uint32Array;
  cluster6: Uint32Array;
  clusterFull: Uint32Array;

  /**
   * `rich`: also the hashes only the rich tagger features read (prefixes of 2 and 3, the written form, flags);
   * `clusters`: each word's cluster prefixes, looked up once here for every feature that reads them.
   */
  constructor(capacity: number, private readonly rich = true, private readonly clusters: WordClusters | null = null) {
    [this.word, this.prefix1, this.prefix2, this.prefix3, this.written, this.flags, this.suffix1, this.suffix2, this.suffix3, this.suffix4, this.shape] = arrays(capacity);
    [this.cluster4, this.cluster6, this.clusterFull] = clusterArrays(clusters ? capacity : 0);
  }

  fill(forms: readonly string[]): void {
    if (forms.length > this.word.length) this.grow(Math.max(forms.length, 2 * this.word.length));
    this.length = forms.length;
    for (let i = 0; i < forms.length; i++) this.hash(i, forms[i]);
  }

  private hash(i: number, form: string): void {
    const w = normalise(form);
    const end = w.length;
    this.word[i] = hashString(w);
    this.prefix1[i] = hashString(w, 0, Math.min(1, end));
    if (this.rich) {
      this.prefix2[i] = hashString(w, 0, Math.min(2, end));
      this.prefix3[i] = hashString(w, 0, Math.min(3, end));
      this.written[i] = hashString(form);
      this.flags[i] = spellingFlags(form);
    }
    this.suffix1[i] = hashString(w, Math.max(0, end - 1));
    this.suffix2[i] = hashString(w, Math.max(0, end - 2));
    this.suffix3[i] = hashString(w, Math.max(0, end - 3));
    this.suffix4[i] = hashString(w, Math.max(0, end - 4));
    this.shape[i] = shapeHash(form);
    if (this.clusters) {
      const { ids, prefix4, prefix6, full } = this.clusters;
      const id = ids.get(this.word[i]) ?? 0;
      this.cluster4[i] = prefix4[id];
      this.cluster6[i] = prefix6[id];
      this.clusterFull[i] = full[id];
    }
  }

  private grow(capacity: number): void {
    [this.word, this.prefix1, this.prefix2, this.prefix3, this.written, this.flags, this.suffix1, this.suffix2, this.suffix3, this.suffix4, this.shape] = arrays(capacity);
    [this.cluster4, this.cluster6, this.clusterFull] = clusterArrays(this.clusters ? capacity : 0);
  }
}

function arrays(capacity: number): Uint32Array[] {
  return Array.from({ length: 11 }, () => new Uint32Array(capacity));
}

function clusterArrays(capacity: number): Uint32Array[] {
  return Array.from({ length: 3 }, () => new Uint32Array(capacity));
}

const HAS_DIGIT = 1;
const HAS_HYPHEN = 2;
const INNER_CAPITAL = 4;
const ALL_CAPITALS = 8;
const HAS_STOP = 16;

/**
 * Spelling flags a tagger reads beside the shape: a digit anywhere ("1990s", "G7"), a hyphen
 * ("well-known"), a capital after the first letter ("McCain", "iPhone"), capitals only ("NATO",
 * "US"), a full stop inside or after letters ("U.S.", "Jr.").
 */
export function spellingFlags(form: string): number {
  let flags = 0;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) flags |= HAS_DIGIT;
    else if (c === 45) flags |= HAS_HYPHEN;
    else if (c === 46 && form.length > 1) flags |= HAS_STOP;
    else if (c >= 65 && c <= 90) { upper++; if (i > 0) flags |= INNER_CAPITAL; }
    else if (c >= 97 && c <= 122) lower++;
  }
  if (upper > 1 && lower === 0) flags |= ALL_CAPITALS;
  return flags;
}

const X = 88;
const LOWER_X = 120;
const DIGIT = 100;

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
  return code >= 48 && code <= 57 ? DIGIT : code;
}

/** Mirrors shapeOf for characters beyond ASCII, as the char code its one-character string hashes to. */
function unicodeShape(code: number, ch: string): number {
  if (ch.toLowerCase() !== ch) return X;
  return ch.toUpperCase() !== ch ? LOWER_X : code;
}
