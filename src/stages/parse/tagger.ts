import { mix } from '../../util/hash.js';
import type { Scorer } from './scorer.js';
import type { WordHashes } from './words.js';

/**
 * A greedy left-to-right part-of-speech tagger (an averaged perceptron, as in Collins 2002
 * and Honnibal's "A good POS tagger in about 200 lines"). Each tag is a pair "UPOS XPOS"
 * ("VERB VBN"), so that the parser can tell a participle from a past tense.
 */
export interface Tagger {
  readonly tags: readonly string[];
  readonly scorer: Scorer;
  /** Frequent words that (nearly) always take one tag: word hash → tag. */
  readonly known: ReadonlyMap<number, number>;
}

export const TAGGER_FEATURES = 21;
const START = 0x5354;
const END = 0x454e;

/** The features of word `i`, given the tags (index + 1; 0 before the sentence) of the two words before it. */
export function taggerFeatures(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  const n = h.length;
  const before = i > 0 ? h.word[i - 1] : START;
  const before2 = i > 1 ? h.word[i - 2] : START;
  const after = i + 1 < n ? h.word[i + 1] : END;
  const after2 = i + 2 < n ? h.word[i + 2] : END;
  const w = h.word[i];
  out[0] = mix(0, 0);
  out[1] = mix(1, w);
  out[2] = mix(2, h.suffix1[i]);
  out[3] = mix(3, h.suffix2[i]);
  out[4] = mix(4, h.suffix3[i]);
  out[5] = mix(5, h.suffix4[i]);
  out[6] = mix(6, h.prefix1[i]);
  out[7] = mix(7, h.shape[i], i === 0 ? 1 : 0);
  out[8] = mix(8, prev1);
  out[9] = mix(9, prev1, prev2);
  out[10] = mix(10, prev1, w);
  out[11] = mix(11, before);
  out[12] = mix(12, i > 0 ? h.suffix3[i - 1] : START);
  out[13] = mix(13, before2);
  out[14] = mix(14, after);
  out[15] = mix(15, i + 1 < n ? h.suffix3[i + 1] : END);
  out[16] = mix(16, after2);
  out[17] = mix(17, before, w);
  out[18] = mix(18, w, after);
  out[19] = mix(19, prev1, h.suffix3[i]);
  out[20] = mix(20, i + 1 < n ? h.shape[i + 1] : END, h.shape[i]);
  return TAGGER_FEATURES;
}

/** Features 0 … 7 read only the word itself (bias, spelling, affixes, shape, sentence-initial): the same wherever it stands. */
export const SPELLING_FEATURES = 8;

/**
 * The scores of a word's spelling features, kept per form (and whether it opens a sentence)
 * so that a word seen before starts from them: the same sums in the same order as scoring all
 * features, so the same tags. A table of at most `capacity` forms, emptied when full.
 */
export class SpellingScores {
  private readonly index = [new Map<string, number>(), new Map<string, number>()];
  private readonly scores: Float32Array;
  private used = 0;

  constructor(readonly classes: number, readonly capacity = 8192) {
    this.scores = new Float32Array(classes * capacity);
  }

  /** Writes the spelling scores of `form` into `out`, computing them from `features` the first time. */
  load(scorer: Scorer, form: string, first: boolean, features: Uint32Array, out: Float32Array): void {
    const index = this.index[first ? 1 : 0];
    const at = index.get(form);
    if (at !== undefined) {
      out.set(this.scores.subarray(at, at + this.classes));
      return;
    }
    out.fill(0);
    scorer.score(features, SPELLING_FEATURES, out);
    if (this.used === this.capacity) this.clear();
    const slot = this.used++ * this.classes;
    this.scores.set(out, slot);
    index.set(form, slot);
  }

  private clear(): void {
    for (const index of this.index) index.clear();
    this.used = 0;
  }
}

/** Buffers for tagging many sentences with one tagger. */
export class TaggerScratch {
  readonly features = new Uint32Array(TAGGER_FEATURES);
  readonly scores: Float32Array;
  readonly spelling: SpellingScores;

  constructor(classes: number) {
    this.scores = new Float32Array(classes);
    this.spelling = new SpellingScores(classes);
  }
}

/** Tags a sentence into `out` (tag indices), reusing the spelling scores of words seen before. */
export function tagSentence(tagger: Tagger, h: WordHashes, forms: readonly string[], out: Uint8Array, scratch: TaggerScratch): void {
  const { features, scores, spelling } = scratch;
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < h.length; i++) {
    let tag = tagger.known.get(h.word[i]) ?? -1;
    if (tag < 0) {
      const n = taggerFeatures(h, i, prev1, prev2, features);
      spelling.load(tagger.scorer, forms[i], i === 0, features, scores);
      tagger.scorer.score(features, n, scores, SPELLING_FEATURES);
      tag = best(scores);
    }
    out[i] = tag;
    prev2 = prev1;
    prev1 = tag + 1;
  }
}

/** Tags a sentence into `out` (tag indices), scoring every feature; `onDecision` lets training see each decision. */
export function tagWords(
  tagger: Tagger, h: WordHashes, out: Uint8Array,
  onDecision?: (features: Uint32Array, n: number, guess: number, i: number) => number,
): void {
  const features = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float32Array(tagger.scorer.classes);
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < h.length; i++) {
    let tag = onDecision ? -1 : (tagger.known.get(h.word[i]) ?? -1);
    if (tag < 0) {
      const n = taggerFeatures(h, i, prev1, prev2, features);
      scores.fill(0);
      tagger.scorer.score(features, n, scores);
      tag = best(scores);
      if (onDecision) tag = onDecision(features, n, tag, i);
    }
    out[i] = tag;
    prev2 = prev1;
    prev1 = tag + 1;
  }
}

function best(scores: Float32Array): number {
  let arg = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[arg]) arg = c;
  return arg;
}
