import { hashString, mix } from '../../util/hash.js';
import { matchGazetteer, type Gazetteer } from './gazetteer.js';

/** Every token gets exactly this many hashed features (absent ones hash a fixed "none" value). */
export const FEATURES_PER_TOKEN = 44;

/** The hashed word before a sentence's first and after its last token. */
export const BOS = hashString('<s>');
export const EOS = hashString('</s>');

/** Prefix features 1–4, suffix features 1–4 and the raw 3-letter-suffix hash of each word. */
export const AFFIX_SLOTS = 9;

/** What each word gives the features wherever it occurs, by word index (a lexicon's, or a document's distinct words). */
export interface WordValues {
  /** Whether the word is its lower-cased form (lower case, no digits). */
  readonly isLower: Uint8Array;
  /** `AFFIX_SLOTS` hashes per word. */
  readonly affixes: Uint32Array;
  /** Hashes of the lower-cased word (digits as 0), the word, its shape and its short shape. */
  readonly hLower: Uint32Array;
  readonly hWord: Uint32Array;
  readonly hShape: Uint32Array;
  readonly hShort: Uint32Array;
  /** Whether the word begins with a capital. */
  readonly caps: Uint8Array;
  /** Coarse cluster × 65536 + fine cluster, −1 if unknown. */
  readonly cluster: Int32Array;
  /** Where the word occurs in gazetteer names (`WORD_*` bits). */
  readonly wordClass: Int32Array;
  /** The most words of a gazetteer phrase that may start at the word (0 when none may). */
  readonly longest: Int32Array;
}

/** A document's words as a reader's: each token's distinct-word index, and each distinct word's index in the reader. */
export interface DocumentTypes {
  readonly typeOf: Int32Array;
  readonly ids: Int32Array;
  readonly types: number;
}

/** What reads words into `WordValues` (the lexicon, `lexicon.ts`): each word's values at its index, and its lower-cased form. */
export interface WordReader extends WordValues {
  readonly lower: readonly string[];
  typesOf(words: readonly string[]): DocumentTypes;
}

/** Sentence as a token index range `[start, end)` over the document's word list. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Hashes the features of every token of a document into `FEATURES_PER_TOKEN` slots
 * per token. Besides the token and its neighbours, three document-level cues help with
 * capitalised words: whether the word also occurs in lower case (a common word at the
 * start of a sentence), capitalised in mid-sentence, or inside a longer capitalised run
 * ("Macron" after "Emmanuel Macron").
 */
export function extractFeatures(words: readonly string[], sentences: readonly SentenceRange[], lexicon: WordReader, gaz: Gazetteer): Uint32Array {
  return writeFeatures(readWords(words, sentences, lexicon, gaz), sentences);
}

/**
 * The features fall in five groups by what decides them, so that a tagger can score a group once per
 * word, or once per word and position, instead of once per token: each group is written by one function
 * into the slots listed here (the slot order is training's; a weight is keyed by the hash, not the slot).
 */
/** Slots decided by the word alone: bias, word, lower case, shapes, affixes, suffix × shape, word classes, clusters. */
export const LEXICAL_SLOTS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 32, 36, 40, 41];
/** Slots decided by what the document says of the word (also in lower case, capitalised mid-sentence, in a capitalised run) and whether it starts its sentence. */
export const CUE_SLOTS: readonly number[] = [27, 28, 29];
/** Slots decided by a neighbour's lower-cased word alone: `[slot, template, offset]`, the word at `offset` or BOS / EOS. */
export const NEIGHBOUR_TEMPLATES: ReadonlyArray<readonly [number, number, number]> = [[13, 14, -1], [14, 15, 1], [15, 16, -2], [16, 17, 2]];
/** Slots decided by the word, its gazetteer code, whether it starts its sentence and whether the sentence is in capitals. */
export const POSITION_SLOTS: readonly number[] = [22, 24, 25, 26, 33];
/** Slots decided by the word together with its neighbours. */
export const CONTEXT_SLOTS: readonly number[] = [17, 18, 19, 20, 21, 23, 30, 31, 34, 35, 37, 38, 39, 42, 43];

/** A document's words: what each distinct word gives (`TokenValues`) and what the document says of each token (`DocumentCues`). */
export interface ReadWords {
  readonly values: TokenValues;
  readonly cues: DocumentCues;
  /** What read the words (`values.ids` are its indices). */
  readonly reader: WordReader;
}

/** Reads a document's words through `lexicon` (which reads each word once, for every document it serves: `lexicon.ts`). */
export function readWords(words: readonly string[], sentences: readonly SentenceRange[], lexicon: WordReader, gaz: Gazetteer): ReadWords {
  const values = tokenValues(words, lexicon);
  return { values, cues: documentCues(words, sentences, gaz, values), reader: lexicon };
}

/** All `FEATURES_PER_TOKEN` features of every token, group by group. */
export function writeFeatures({ values, cues }: ReadWords, sentences: readonly SentenceRange[]): Uint32Array {
  const { typeOf, hLower } = values;
  const out = new Uint32Array(typeOf.length * FEATURES_PER_TOKEN);
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const t = typeOf[i];
      const k = i * FEATURES_PER_TOKEN;
      writeLexicalFeatures(values, t, out, k);
      writeCueFeatures(values, cues, t, cues.sentenceStart[i], out, k);
      for (const [slot, template, offset] of NEIGHBOUR_TEMPLATES) {
        const j = i + offset;
        out[k + slot] = mix(template, j < s.start ? BOS : j >= s.end ? EOS : hLower[typeOf[j]]);
      }
      writePositionFeatures(values, t, cues.gazCodes[i], cues.sentenceStart[i], cues.upperSentence[i], out, k);
      writeContextFeatures(values, cues, s, i, out, k);
    }
  }
  return out;
}

/** What each token's word gives, by distinct word of the document: arrays are indexed by `typeOf[token]`. */
export interface TokenValues extends WordValues {
  readonly typeOf: Int32Array;
  readonly types: number;
  /** Each distinct word's index in the lexicon that read it. */
  readonly ids: Int32Array;
  /** Each token's lower-cased word, digits as 0. */
  readonly lower: readonly string[];
}

function tokenValues(words: readonly string[], lexicon: WordReader): TokenValues {
  const { typeOf, ids, types } = lexicon.typesOf(words);
  const n = words.length;
  const isLower = new Uint8Array(types);
  const affixes = new Uint32Array(types * AFFIX_SLOTS);
  const hLower = new Uint32Array(types);
  const hWord = new Uint32Array(types);
  const hShape = new Uint32Array(types);
  const hShort = new Uint32Array(types);
  const caps = new Uint8Array(types);
  const cluster = new Int32Array(types);
  const wordClass = new Int32Array(types);
  const longest = new Int32Array(types);
  const typeLower: string[] = new Array(types);
  for (let t = 0; t < types; t++) {
    const id = ids[t];
    isLower[t] = lexicon.isLower[id];
    for (let a = 0; a < AFFIX_SLOTS; a++) affixes[t * AFFIX_SLOTS + a] = lexicon.affixes[id * AFFIX_SLOTS + a];
    hLower[t] = lexicon.hLower[id];
    hWord[t] = lexicon.hWord[id];
    hShape[t] = lexicon.hShape[id];
    hShort[t] = lexicon.hShort[id];
    caps[t] = lexicon.caps[id];
    cluster[t] = lexicon.cluster[id];
    wordClass[t] = lexicon.wordClass[id];
    longest[t] = lexicon.longest[id];
    typeLower[t] = lexicon.lower[id];
  }
  const lower: string[] = new Array(n);
  for (let i = 0; i < n; i++) lower[i] = typeLower[typeOf[i]];
  return { typeOf, types, ids, lower, isLower, affixes, hLower, hWord, hShape, hShort, caps, cluster, wordClass, longest };
}

/** For each distinct word, the first distinct word with the same lower-case hash. */
function lowerHashKeys(hLower: Uint32Array, types: number): Int32Array {
  const first = new Map<number, number>();
  const keyOf = new Int32Array(types);
  for (let t = 0; t < types; t++) {
    let key = first.get(hLower[t]);
    if (key === undefined) first.set(hLower[t], (key = t));
    keyOf[t] = key;
  }
  return keyOf;
}

/** What the whole document says of its tokens (per token) and of its words (per distinct word). */
export interface DocumentCues {
  readonly gazCodes: Int32Array;
  readonly upperSentence: Uint8Array;
  readonly sentenceStart: Uint8Array;
  /** Per distinct word: its lower-cased form also occurs in lower case, capitalised in mid-sentence, inside a capitalised run. */
  readonly seenLower: Uint8Array;
  readonly seenCapMid: Uint8Array;
  readonly seenInRun: Uint8Array;
}

function documentCues(words: readonly string[], sentences: readonly SentenceRange[], gaz: Gazetteer, { typeOf, types, lower, isLower, caps, hLower, longest: typeLongest }: TokenValues): DocumentCues {
  const n = words.length;
  const gazCodes = new Int32Array(n);
  const upperSentence = new Uint8Array(n);
  const sentenceStart = new Uint8Array(n);
  // Kept per lower-cased word's hash, as the model was trained ("The" and "the" share theirs).
  const keyOf = lowerHashKeys(hLower, types);
  const seenLower = new Uint8Array(types);
  const seenCapMid = new Uint8Array(types);
  const seenInRun = new Uint8Array(types);
  const longest = new Int32Array(n);
  for (let i = 0; i < n; i++) longest[i] = typeLongest[typeOf[i]];
  for (const s of sentences) {
    matchGazetteer(gaz, lower, longest, s.start, s.end, gazCodes);
    if (s.start < s.end) sentenceStart[s.start] = 1;
    const shouting = isShouting(words, s.start, s.end);
    if (shouting) upperSentence.fill(1, s.start, s.end);
    if (shouting) continue;
    for (let i = s.start; i < s.end; i++) {
      const t = typeOf[i];
      const cap = caps[t];
      if (!cap && isLower[t]) seenLower[keyOf[t]] = 1;
      if (cap && i > s.start) seenCapMid[keyOf[t]] = 1;
      const inRun = cap && ((i > s.start && caps[typeOf[i - 1]]) || (i + 1 < s.end && caps[typeOf[i + 1]]));
      if (inRun && i > s.start) seenInRun[keyOf[t]] = 1;
    }
  }
  const flags = (seen: Uint8Array) => {
    const out = new Uint8Array(types);
    for (let t = 0; t < types; t++) out[t] = seen[keyOf[t]];
    return out;
  };
  return { gazCodes, upperSentence, sentenceStart, seenLower: flags(seenLower), seenCapMid: flags(seenCapMid), seenInRun: flags(seenInRun) };
}

/** The `LEXICAL_SLOTS` features of word `t`, into `out[k + slot]`. */
export function writeLexicalFeatures(v: WordValues, t: number, out: Uint32Array, k: number): void {
  const short = v.hShort[t];
  const cap = v.caps[t];
  const cluster = v.cluster[t];
  const affixes = t * AFFIX_SLOTS;
  out[k] = mix(1, 0);
  out[k + 1] = mix(2, v.hWord[t]);
  out[k + 2] = mix(3, v.hLower[t]);
  out[k + 3] = mix(4, v.hShape[t]);
  out[k + 4] = mix(5, short);
  for (let a = 0; a < 8; a++) out[k + 5 + a] = v.affixes[affixes + a];
  out[k + 32] = mix(33, v.affixes[affixes + 8], short);
  out[k + 36] = mix(37, v.wordClass[t], cap);
  out[k + 40] = mix(41, cluster >> 16);
  out[k + 41] = mix(42, cluster & 0xffff, cap);
}

/** The `CUE_SLOTS` features of word `t` of the document, at a sentence start (`first` = 1) or not. */
export function writeCueFeatures(v: WordValues, cues: DocumentCues, t: number, first: number, out: Uint32Array, k: number): void {
  const short = v.hShort[t];
  const cap = v.caps[t];
  out[k + 27] = mix(28, cap, cap && cues.seenLower[t] ? 1 : 0, first);
  out[k + 28] = mix(29, cap, cap && cues.seenCapMid[t] ? 1 : 0, first);
  out[k + 29] = mix(30, cap, cap && cues.seenInRun[t] ? 1 : 0, short);
}

/** The `POSITION_SLOTS` features of word `t` with gazetteer code `gaz`, sentence start `first` and capitals sentence `upper`. */
export function writePositionFeatures(v: WordValues, t: number, gaz: number, first: number, upper: number, out: Uint32Array, k: number): void {
  const short = v.hShort[t];
  out[k + 22] = mix(23, gaz);
  out[k + 24] = mix(25, gaz, short);
  out[k + 25] = mix(26, first, short);
  out[k + 26] = mix(27, upper, v.hLower[t]);
  out[k + 33] = mix(34, upper, short, first);
}

/** The `CONTEXT_SLOTS` features of token `i` of sentence `s`. */
export function writeContextFeatures(v: TokenValues, cues: DocumentCues, s: SentenceRange, i: number, out: Uint32Array, k: number): void {
  const { typeOf, hLower, hShort, hShape, cluster, wordClass } = v;
  const gazCodes = cues.gazCodes;
  const t = typeOf[i];
  const hasPrev = i - 1 >= s.start;
  const hasNext = i + 1 < s.end;
  const prev = hasPrev ? typeOf[i - 1] : -1;
  const next = hasNext ? typeOf[i + 1] : -1;
  const p1 = hasPrev ? hLower[prev] : BOS;
  const n1 = hasNext ? hLower[next] : EOS;
  const sp1 = hasPrev ? hShort[prev] : BOS;
  const sn1 = hasNext ? hShort[next] : EOS;
  const gaz = gazCodes[i];
  const short = hShort[t];
  out[k + 17] = mix(18, p1, hLower[t]);
  out[k + 18] = mix(19, hLower[t], n1);
  out[k + 19] = mix(20, sp1, short, sn1);
  out[k + 20] = mix(21, sp1, short);
  out[k + 21] = mix(22, short, sn1);
  out[k + 23] = mix(24, hasPrev ? gazCodes[i - 1] : -1, gaz, hasNext ? gazCodes[i + 1] : -1);
  out[k + 30] = mix(31, p1, short);
  out[k + 31] = mix(32, short, n1);
  out[k + 34] = mix(35, v.hWord[t], p1);
  out[k + 35] = mix(36, gaz, p1);
  out[k + 37] = mix(38, hasPrev ? wordClass[prev] : -1, wordClass[t], hasNext ? wordClass[next] : -1);
  out[k + 38] = mix(39, hasPrev ? hShape[prev] : BOS, hShape[t]);
  out[k + 39] = mix(40, hShape[t], hasNext ? hShape[next] : EOS);
  out[k + 42] = mix(43, hasPrev ? cluster[prev] & 0xffff : -2, cluster[t] >> 16);
  out[k + 43] = mix(44, cluster[t] >> 16, hasNext ? cluster[next] & 0xffff : -2);
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
