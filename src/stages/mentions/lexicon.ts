import type { StringLookup } from '../../util/string-table.js';
import { hashString, mix } from '../../util/hash.js';
import { clusterKey } from './clusters.js';
import {
  AFFIX_SLOTS, BOS, EOS, FEATURES_PER_TOKEN, LEXICAL_SLOTS, NEIGHBOUR_TEMPLATES, POSITION_SLOTS,
  writeLexicalFeatures, writePositionFeatures, type DocumentTypes, type WordReader,
} from './features.js';
import { longestPhraseAt, type Gazetteer } from './gazetteer.js';
import type { LinearLayer } from './model.js';
import { WeightAdder } from './sparse.js';
import { TAG_COUNT } from './tags.js';

const T = TAG_COUNT;

const NONE = 0x5bd1e995;

/** What a lexicon reads words with: the model's gazetteer and clusters, and its first layer when scores are wanted. */
export interface LexiconSource {
  readonly gazetteer: Gazetteer;
  readonly clusters: StringLookup<number>;
  readonly local?: LinearLayer;
}

/** Words kept by default before a lexicon starts over (at the next document): about 10 MB of columns. */
const KEPT_WORDS = 1 << 15;

/**
 * Every word the tagger has read, with what the word alone gives it, kept from one document to the next
 * of a pipeline (as spaCy's vocabulary keeps its lexemes): the hashes, shapes, affixes, clusters and
 * gazetteer classes of the word, and, given the model's first layer, the sums of the weights that the
 * word decides alone (`lexicalScores`: its own features; `positionScores`: the position features of a
 * word at no sentence start, outside capitals and outside the gazetteer; `neighbourScores`: each
 * neighbour template with the word as that neighbour). A word is read once, not once per document:
 * most of a news text's words were seen in the articles before it. The scores are integers, so summing
 * them ahead changes no score. Past `keptWords` words it starts over between documents.
 */
export class Lexicon implements WordReader {
  private readonly ids = new Map<string, number>();
  private size = 0;
  private capacity = 0;
  private readonly adder: WeightAdder | null;
  private readonly scratch = new Uint32Array(FEATURES_PER_TOKEN);
  private readonly lexicalSlots = Int32Array.from(LEXICAL_SLOTS);
  private readonly positionSlots = Int32Array.from(POSITION_SLOTS);
  /** The neighbour templates' scores at the sentence's edges: `[n * 9 …]` before its start, `[(4 + n) * 9 …]` after its end. */
  readonly edgeScores = new Int32Array(2 * NEIGHBOUR_TEMPLATES.length * T);

  lower: string[] = [];
  isLower = new Uint8Array(0);
  affixes = new Uint32Array(0);
  hLower = new Uint32Array(0);
  hWord = new Uint32Array(0);
  hShape = new Uint32Array(0);
  hShort = new Uint32Array(0);
  caps = new Uint8Array(0);
  cluster = new Int32Array(0);
  wordClass = new Int32Array(0);
  longest = new Int32Array(0);
  lexicalScores = new Int32Array(0);
  positionScores = new Int32Array(0);
  /** `[(word * 4 + n) * 9 …]` for neighbour template n. */
  neighbourScores = new Int32Array(0);
  /** The document a word was last counted in, and its distinct-word index there (see `typesOf`). */
  private seenIn = new Int32Array(0);
  private typeIn = new Int32Array(0);
  private documents = 0;

  constructor(readonly source: LexiconSource, private readonly keptWords = KEPT_WORDS) {
    const weights = source.local?.weights;
    this.adder = weights && !(weights instanceof Int16Array) ? new WeightAdder(weights, source.local!.bits) : null;
    if (this.adder) {
      NEIGHBOUR_TEMPLATES.forEach(([, template], n) => {
        this.adder!.add(mix(template, BOS), this.edgeScores, n * T);
        this.adder!.add(mix(template, EOS), this.edgeScores, (NEIGHBOUR_TEMPLATES.length + n) * T);
      });
    }
    this.grow(1024);
  }

  /** Whether the lexicon holds the weight sums (it was given a sparse first layer). */
  get scored(): boolean {
    return this.adder !== null;
  }

  /** The words of a document as distinct words and their lexicon indices; starts over first if the lexicon is full. */
  typesOf(words: readonly string[]): DocumentTypes {
    if (this.size > this.keptWords) this.startOver();
    const document = ++this.documents;
    const typeOf = new Int32Array(words.length);
    const ids: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const id = this.idOf(words[i]);
      if (this.seenIn[id] !== document) {
        this.seenIn[id] = document;
        this.typeIn[id] = ids.length;
        ids.push(id);
      }
      typeOf[i] = this.typeIn[id];
    }
    return { typeOf, ids: Int32Array.from(ids), types: ids.length };
  }

  private idOf(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    if (this.size === this.capacity) this.grow(2 * this.capacity);
    const id = this.size++;
    // A long token sliced from a document text would keep the whole text alive as long as the lexicon: keep a copy.
    this.ids.set(word.length > 12 ? (` ${word}`).slice(1) : word, id);
    this.read(word, id);
    return id;
  }

  private read(word: string, id: number): void {
    const { gazetteer, clusters } = this.source;
    const lower = lowerForm(word);
    this.lower[id] = lower;
    shapeHashes(word, this.hShape, this.hShort, id);
    this.isLower[id] = word === lower ? 1 : 0;
    this.hLower[id] = hashString(lower);
    this.hWord[id] = hashString(word);
    this.caps[id] = isCapitalised(word) ? 1 : 0;
    this.cluster[id] = clusterOf(clusters, word);
    this.wordClass[id] = gazetteer.wordClasses.get(lower) ?? 0;
    this.longest[id] = longestPhraseAt(gazetteer, word, lower);
    affixHashes(lower, this.affixes, id * AFFIX_SLOTS);
    if (this.adder) this.score(id);
  }

  private score(id: number): void {
    const adder = this.adder!;
    const scratch = this.scratch;
    this.lexicalScores.fill(0, id * T, (id + 1) * T);
    this.positionScores.fill(0, id * T, (id + 1) * T);
    this.neighbourScores.fill(0, id * NEIGHBOUR_TEMPLATES.length * T, (id + 1) * NEIGHBOUR_TEMPLATES.length * T);
    writeLexicalFeatures(this, id, scratch, 0);
    adder.addSlots(scratch, 0, this.lexicalSlots, this.lexicalScores, id * T);
    writePositionFeatures(this, id, 0, 0, 0, scratch, 0);
    adder.addSlots(scratch, 0, this.positionSlots, this.positionScores, id * T);
    NEIGHBOUR_TEMPLATES.forEach(([, template], n) => adder.add(mix(template, this.hLower[id]), this.neighbourScores, (id * NEIGHBOUR_TEMPLATES.length + n) * T));
  }

  private startOver(): void {
    this.ids.clear();
    this.lower = [];
    this.size = 0;
    if (this.capacity > this.keptWords * 2) this.grow(Math.min(1024, this.keptWords), true);
  }

  /** Columns for `capacity` words, keeping the words held unless `fresh`. */
  private grow(capacity: number, fresh = false): void {
    const keep = fresh ? 0 : this.size;
    const resize = <A extends Uint8Array | Uint32Array | Int32Array>(old: A, per: number, make: new (n: number) => A): A => {
      const out = new make(capacity * per);
      out.set(old.subarray(0, keep * per));
      return out;
    };
    this.isLower = resize(this.isLower, 1, Uint8Array);
    this.affixes = resize(this.affixes, AFFIX_SLOTS, Uint32Array);
    this.hLower = resize(this.hLower, 1, Uint32Array);
    this.hWord = resize(this.hWord, 1, Uint32Array);
    this.hShape = resize(this.hShape, 1, Uint32Array);
    this.hShort = resize(this.hShort, 1, Uint32Array);
    this.caps = resize(this.caps, 1, Uint8Array);
    this.cluster = resize(this.cluster, 1, Int32Array);
    this.wordClass = resize(this.wordClass, 1, Int32Array);
    this.longest = resize(this.longest, 1, Int32Array);
    this.seenIn = resize(this.seenIn, 1, Int32Array);
    this.typeIn = resize(this.typeIn, 1, Int32Array);
    if (this.adder) {
      this.lexicalScores = resize(this.lexicalScores, T, Int32Array);
      this.positionScores = resize(this.positionScores, T, Int32Array);
      this.neighbourScores = resize(this.neighbourScores, NEIGHBOUR_TEMPLATES.length * T, Int32Array);
    }
    this.capacity = capacity;
  }
}

/** Lower case with every digit as 0. */
function lowerForm(word: string): string {
  const lower = word.toLowerCase();
  return /[0-9]/.test(lower) ? lower.replace(/[0-9]/g, '0') : lower;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0].toLowerCase() !== word[0]);
}

/** The word's clusters; headline capitals fall back to the capitalised and lower-case forms. −1 if unknown. */
function clusterOf(clusters: StringLookup<number>, word: string): number {
  const known = clusters.get(word);
  if (known !== undefined && !/[0-9]/.test(word)) return known;
  const key = clusterKey(word);
  return clusters.get(key) ?? clusters.get(key[0] + key.slice(1).toLowerCase()) ?? clusters.get(key.toLowerCase()) ?? -1;
}

/** The `AFFIX_SLOTS` hashes of a lower-cased word into `out[k …]`. */
function affixHashes(w: string, out: Uint32Array, k: number): void {
  const len = w.length;
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
}

/**
 * The hashes of `wordShape(word)` and of its short shape (`shortShape`), into `shape[t]` and `short[t]`,
 * without building either string.
 */
function shapeHashes(word: string, shape: Uint32Array, short: Uint32Array, t: number): void {
  let h = 0x811c9dc5;
  let hs = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const s = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c < 128 ? c : otherShape(word[i]);
    if (s === last) run++;
    else {
      run = 1;
      last = s;
      hs = Math.imul(hs ^ s, 0x01000193);
    }
    if (run <= 4) h = Math.imul(h ^ s, 0x01000193);
  }
  shape[t] = h >>> 0;
  short[t] = hs >>> 0;
}

/** A non-ASCII code unit's shape character, as `wordShape` gives it: X, x, or the unit itself. */
function otherShape(unit: string): number {
  return unit.toLowerCase() !== unit ? 88 : unit.toUpperCase() !== unit ? 120 : unit.charCodeAt(0);
}
