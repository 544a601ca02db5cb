import type { StringLookup } from '../../util/string-table.js';
import { hashString, mix } from '../../util/hash.js';
import { clusterKey } from './clusters.js';
import { matchGazetteer, type Gazetteer } from './gazetteer.js';

/** Every token gets exactly this many hashed features (absent ones hash a fixed "none" value). */
export const FEATURES_PER_TOKEN = 44;

const NONE = 0x5bd1e995;
const BOS = hashString('<s>');
const EOS = hashString('</s>');

/** Sentence as a token index range `[start, end)` over the document's word list. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Prefix features 1–4, suffix features 1–4 and the raw 3-letter-suffix hash of each word. */
const AFFIX_SLOTS = 9;

function affixFeatures(lower: readonly string[]): Uint32Array {
  const out = new Uint32Array(lower.length * AFFIX_SLOTS);
  lower.forEach((w, t) => {
    const len = w.length;
    const k = t * AFFIX_SLOTS;
    // FNV-1a is incremental, so the prefix hashes come from one pass; suffixes are hashed
    // from the last character backwards the same way.
    let prefix = 0x811c9dc5;
    let suffix = 0x811c9dc5;
    out[k + 8] = NONE;
    for (let a = 1; a <= 4; a++) {
      prefix = Math.imul(prefix ^ w.charCodeAt(a - 1), 0x01000193);
      suffix = Math.imul(suffix ^ w.charCodeAt(len - a), 0x01000193);
      if (a === 3 && len > 3) out[k + 8] = suffix >>> 0;
      out[k + a - 1] = len > a ? mix(5 + a, prefix >>> 0) : mix(5 + a, NONE);
      out[k + a + 3] = len > a ? mix(9 + a, suffix >>> 0) : mix(9 + a, NONE);
    }
  });
  return out;
}

/** Word shape: X for capitals, x lower, d digits, other characters kept; runs capped at 4. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const s = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : word[i].toLowerCase() !== word[i] ? 'X' : word[i].toUpperCase() !== word[i] ? 'x' : word[i];
    run = s === last ? run + 1 : 1;
    last = s;
    if (run <= 4) out += s;
  }
  return out;
}

/** Shape with every run collapsed to one character ("Xx", "X.X.", "d-d"). */
function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0].toLowerCase() !== word[0]);
}

/**
 * Hashes the features of every token of a document into `FEATURES_PER_TOKEN` slots
 * per token. Besides the token and its neighbours, three document-level cues help with
 * capitalised words: whether the word also occurs in lower case (a common word at the
 * start of a sentence), capitalised in mid-sentence, or inside a longer capitalised run
 * ("Macron" after "Emmanuel Macron").
 */
export function extractFeatures(words: readonly string[], sentences: readonly SentenceRange[], gaz: Gazetteer, clusters: StringLookup<number>): Uint32Array {
  return extractTypedFeatures(words, sentences, gaz, clusters).features;
}

/**
 * Slots of a token's features that depend only on its word (and the document), the same for every
 * occurrence of the word: bias, word, lower case, shapes, affixes, suffix × shape, word classes, clusters,
 * and the "also inside a capitalised run" cue. The tagger sums their weights once per distinct word.
 */
export const WORD_SLOTS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 29, 32, 36, 40, 41];

/** Features as `extractFeatures` hashes them, with each token's distinct-word index (`typeOf`) and the number of distinct words. */
export interface TypedFeatures {
  readonly features: Uint32Array;
  readonly typeOf: Int32Array;
  readonly types: number;
}

export function extractTypedFeatures(words: readonly string[], sentences: readonly SentenceRange[], gaz: Gazetteer, clusters: StringLookup<number>): TypedFeatures {
  const values = tokenValues(words, gaz, clusters);
  const cues = documentCues(words, sentences, gaz, values);
  const out = new Uint32Array(words.length * FEATURES_PER_TOKEN);
  for (const s of sentences) writeSentenceFeatures(out, s, values, cues);
  return { features: out, typeOf: values.typeOf, types: values.types };
}

/** What each token's word gives, computed once per distinct word of the document, then indexed. */
interface TokenValues {
  readonly typeOf: Int32Array;
  readonly types: number;
  readonly typeAffixes: Uint32Array;
  readonly lower: readonly string[];
  readonly hLower: Uint32Array;
  readonly hWord: Uint32Array;
  readonly hShape: Uint32Array;
  readonly hShort: Uint32Array;
  readonly caps: Uint8Array;
  readonly cluster: Int32Array;
  readonly wordClass: Int32Array;
}

function tokenValues(words: readonly string[], gaz: Gazetteer, clusters: StringLookup<number>): TokenValues {
  const n = words.length;
  const typeIndex = new Map<string, number>();
  const typeOf = new Int32Array(n);
  const typeWords: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = typeIndex.get(words[i]);
    if (t === undefined) {
      t = typeWords.length;
      typeIndex.set(words[i], t);
      typeWords.push(words[i]);
    }
    typeOf[i] = t;
  }
  const typeLower = typeWords.map((w) => w.toLowerCase().replace(/[0-9]/g, '0'));
  const typeShapes = typeWords.map(wordShape);
  const lower: string[] = new Array(n);
  for (let i = 0; i < n; i++) lower[i] = typeLower[typeOf[i]];
  return {
    typeOf,
    types: typeWords.length,
    typeAffixes: affixFeatures(typeLower),
    lower,
    hLower: gather(Uint32Array.from(typeLower, (s) => hashString(s)), typeOf, new Uint32Array(n)),
    hWord: gather(Uint32Array.from(typeWords, (s) => hashString(s)), typeOf, new Uint32Array(n)),
    hShape: gather(Uint32Array.from(typeShapes, (s) => hashString(s)), typeOf, new Uint32Array(n)),
    hShort: gather(Uint32Array.from(typeShapes, (sh) => hashString(shortShape(sh))), typeOf, new Uint32Array(n)),
    caps: gather(Uint8Array.from(typeWords, (w) => (isCapitalised(w) ? 1 : 0)), typeOf, new Uint8Array(n)),
    cluster: gather(Int32Array.from(typeWords, (w) => clusterOf(clusters, w)), typeOf, new Int32Array(n)),
    wordClass: gather(Int32Array.from(typeLower, (w) => gaz.wordClasses.get(w) ?? 0), typeOf, new Int32Array(n)),
  };
}

/** Each token's value from its distinct word's, into `out`. */
function gather<A extends Uint32Array | Int32Array | Uint8Array>(typeValues: A, typeOf: Int32Array, out: A): A {
  for (let i = 0; i < typeOf.length; i++) out[i] = typeValues[typeOf[i]];
  return out;
}

/** What the whole document says of its tokens: gazetteer matches, sentence starts, shouted sentences, and how capitalised words also occur. */
interface DocumentCues {
  readonly gazCodes: Int32Array;
  readonly upperSentence: Uint8Array;
  readonly sentenceStart: Uint8Array;
  readonly seenLower: ReadonlySet<number>;
  readonly seenCapMid: ReadonlySet<number>;
  readonly seenInRun: ReadonlySet<number>;
}

function documentCues(words: readonly string[], sentences: readonly SentenceRange[], gaz: Gazetteer, { lower, caps, hLower }: TokenValues): DocumentCues {
  const n = words.length;
  const gazCodes = new Int32Array(n);
  const upperSentence = new Uint8Array(n);
  const sentenceStart = new Uint8Array(n);
  const seenLower = new Set<number>();
  const seenCapMid = new Set<number>();
  const seenInRun = new Set<number>();
  for (const s of sentences) {
    matchGazetteer(gaz, words, lower, s.start, s.end, gazCodes);
    if (s.start < s.end) sentenceStart[s.start] = 1;
    const shouting = isShouting(words, s.start, s.end);
    if (shouting) upperSentence.fill(1, s.start, s.end);
    if (shouting) continue;
    for (let i = s.start; i < s.end; i++) {
      if (!caps[i] && words[i] === lower[i]) seenLower.add(hLower[i]);
      if (caps[i] && i > s.start) seenCapMid.add(hLower[i]);
      const inRun = caps[i] && ((i > s.start && caps[i - 1]) || (i + 1 < s.end && caps[i + 1]));
      if (inRun && i > s.start) seenInRun.add(hLower[i]);
    }
  }
  return { gazCodes, upperSentence, sentenceStart, seenLower, seenCapMid, seenInRun };
}

/** The `FEATURES_PER_TOKEN` hashed features of each token of sentence `s`, written into `out`. */
function writeSentenceFeatures(out: Uint32Array, s: SentenceRange, values: TokenValues, cues: DocumentCues): void {
  const { typeOf, typeAffixes, hLower, hWord, hShape, hShort, caps, cluster, wordClass } = values;
  const { gazCodes, upperSentence, sentenceStart, seenLower, seenCapMid, seenInRun } = cues;
  for (let i = s.start; i < s.end; i++) {
    const p1 = i - 1 >= s.start ? hLower[i - 1] : BOS;
    const p2 = i - 2 >= s.start ? hLower[i - 2] : BOS;
    const n1 = i + 1 < s.end ? hLower[i + 1] : EOS;
    const n2 = i + 2 < s.end ? hLower[i + 2] : EOS;
    const sp1 = i - 1 >= s.start ? hShort[i - 1] : BOS;
    const sn1 = i + 1 < s.end ? hShort[i + 1] : EOS;
    const gp1 = i - 1 >= s.start ? gazCodes[i - 1] : -1;
    const gn1 = i + 1 < s.end ? gazCodes[i + 1] : -1;
    const cap = caps[i] ? 1 : 0;
    const first = sentenceStart[i];
    let k = i * FEATURES_PER_TOKEN;
    out[k++] = mix(1, 0);
    out[k++] = mix(2, hWord[i]);
    out[k++] = mix(3, hLower[i]);
    out[k++] = mix(4, hShape[i]);
    out[k++] = mix(5, hShort[i]);
    const affixes = typeOf[i] * AFFIX_SLOTS;
    for (let a = 0; a < 8; a++) out[k++] = typeAffixes[affixes + a];
    const suffix3 = typeAffixes[affixes + 8];
    out[k++] = mix(14, p1);
    out[k++] = mix(15, n1);
    out[k++] = mix(16, p2);
    out[k++] = mix(17, n2);
    out[k++] = mix(18, p1, hLower[i]);
    out[k++] = mix(19, hLower[i], n1);
    out[k++] = mix(20, sp1, hShort[i], sn1);
    out[k++] = mix(21, sp1, hShort[i]);
    out[k++] = mix(22, hShort[i], sn1);
    out[k++] = mix(23, gazCodes[i]);
    out[k++] = mix(24, gp1, gazCodes[i], gn1);
    out[k++] = mix(25, gazCodes[i], hShort[i]);
    out[k++] = mix(26, first, hShort[i]);
    out[k++] = mix(27, upperSentence[i], hLower[i]);
    out[k++] = mix(28, cap, cap && seenLower.has(hLower[i]) ? 1 : 0, first);
    out[k++] = mix(29, cap, cap && seenCapMid.has(hLower[i]) ? 1 : 0, first);
    out[k++] = mix(30, cap, cap && seenInRun.has(hLower[i]) ? 1 : 0, hShort[i]);
    out[k++] = mix(31, p1, hShort[i]);
    out[k++] = mix(32, hShort[i], n1);
    out[k++] = mix(33, suffix3, hShort[i]);
    out[k++] = mix(34, upperSentence[i], hShort[i], first);
    out[k++] = mix(35, hWord[i], p1);
    out[k++] = mix(36, gazCodes[i], p1);
    const cp1 = i - 1 >= s.start ? wordClass[i - 1] : -1;
    const cn1 = i + 1 < s.end ? wordClass[i + 1] : -1;
    out[k++] = mix(37, wordClass[i], cap);
    out[k++] = mix(38, cp1, wordClass[i], cn1);
    out[k++] = mix(39, i - 1 >= s.start ? hShape[i - 1] : BOS, hShape[i]);
    out[k++] = mix(40, hShape[i], i + 1 < s.end ? hShape[i + 1] : EOS);
    out[k++] = mix(41, cluster[i] >> 16);
    out[k++] = mix(42, cluster[i] & 0xffff, cap);
    out[k++] = mix(43, i - 1 >= s.start ? cluster[i - 1] & 0xffff : -2, cluster[i] >> 16);
    out[k++] = mix(44, cluster[i] >> 16, i + 1 < s.end ? cluster[i + 1] & 0xffff : -2);
  }
}

/** The word's clusters; headline capitals fall back to the capitalised and lower-case forms. −1 if unknown. */
function clusterOf(clusters: StringLookup<number>, word: string): number {
  const known = clusters.get(word);
  if (known !== undefined && !/[0-9]/.test(word)) return known;
  const key = clusterKey(word);
  return clusters.get(key) ?? clusters.get(key[0] + key.slice(1).toLowerCase()) ?? clusters.get(key.toLowerCase()) ?? -1;
}

/** Headlines in capitals ("RUSSIA SAYS ...") make capitalisation cues useless. */
function isShouting(words: readonly string[], start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const word = words[i];
    if (!hasAsciiLetter(word)) continue;
    // One word with a lower-case letter settles it: most sentences end the scan at their first word.
    if (word !== word.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

function hasAsciiLetter(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k) | 0x20;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
