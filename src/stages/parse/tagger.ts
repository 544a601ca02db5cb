import { mix } from '../../util/hash.js';
import type { Scorer } from './scorer.js';
import type { WordClusters, WordHashes } from './words.js';

/**
 * A greedy left-to-right part-of-speech tagger (an averaged perceptron, as in Collins 2002
 * and Honnibal's "A good POS tagger in about 200 lines"). Each tag is a pair "UPOS XPOS"
 * ("VERB VBN"), so that the parser can tell a participle from a past tense.
 */
export interface Tagger {
  readonly tags: readonly string[];
  readonly scorer: Scorer;
  /**
   * The tags each frequent training word took (word hash → tag classes): the tagger chooses
   * among those only, and looks up a word with a single one without scoring it.
   */
  readonly lexicon: ReadonlyMap<number, readonly number[]>;
  readonly clusters: WordClusters;
}

export const TAGGER_FEATURES = 34;
const START = 0x5354;
const END = 0x454e;

/**
 * The features of word `i`, given the tags (index + 1; 0 before the sentence) of the two words
 * before it and every word's ambiguity class (the hash of the tags the lexicon allows it, 0
 * for a word not in the lexicon): what the words ahead can be is the best clue a left-to-right
 * tagger has about them.
 */
export function taggerFeatures(h: WordHashes, ambiguity: Uint32Array, i: number, prev1: number, prev2: number, out: Uint32Array): number {
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
  out[21] = mix(21, h.prefix2[i]);
  out[22] = mix(22, h.prefix3[i]);
  out[23] = mix(23, prev1, after);
  out[24] = mix(24, before, h.suffix3[i]);
  const next = i + 1 < n ? ambiguity[i + 1] : END;
  out[25] = mix(25, ambiguity[i]);
  out[26] = mix(26, next);
  out[27] = mix(27, ambiguity[i], next);
  out[28] = mix(28, prev1, next, i + 2 < n ? ambiguity[i + 2] : END);
  const fine = h.cluster[i] & 0xffff;
  out[29] = mix(29, fine);
  out[30] = mix(30, h.cluster[i] >>> 16);
  out[31] = mix(31, i + 1 < n ? h.cluster[i + 1] & 0xffff : END);
  out[32] = mix(32, i > 0 ? h.cluster[i - 1] & 0xffff : START);
  out[33] = mix(33, prev1, fine);
  const c = h.cluster[i];
  out[29] = mix(29, c & 0xffff);
  out[30] = mix(30, c >>> 16);
  out[31] = mix(31, i + 1 < n ? h.cluster[i + 1] & 0xffff : END);
  out[32] = mix(32, i > 0 ? h.cluster[i - 1] & 0xffff : START);
  out[33] = mix(33, prev1, c & 0xffff);
  return TAGGER_FEATURES;
}

/** Tags a sentence into `out` (tag indices); `onDecision` lets training see each decision. */
export function tagWords(
  tagger: Tagger, h: WordHashes, out: Uint8Array,
  onDecision?: (features: Uint32Array, n: number, guess: number, i: number) => number,
): void {
  const features = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float32Array(tagger.scorer.classes);
  const ambiguity = ambiguityClasses(tagger, h);
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < h.length; i++) {
    const allowed = tagger.lexicon.get(h.word[i]);
    let tag: number;
    if (allowed && allowed.length === 1 && !onDecision) {
      tag = allowed[0];
    } else {
      const n = taggerFeatures(h, ambiguity, i, prev1, prev2, features);
      scores.fill(0);
      tagger.scorer.score(features, n, scores);
      tag = allowed ? bestOf(scores, allowed) : best(scores);
      if (onDecision) tag = onDecision(features, n, tag, i);
    }
    out[i] = tag;
    prev2 = prev1;
    prev1 = tag + 1;
  }
}

function ambiguityClasses(tagger: Tagger, h: WordHashes): Uint32Array {
  const out = new Uint32Array(h.length);
  for (let i = 0; i < h.length; i++) {
    const allowed = tagger.lexicon.get(h.word[i]);
    if (!allowed) continue;
    let key = allowed.length;
    for (const t of allowed) key = mix(key, t + 1);
    out[i] = key === 0 ? 1 : key;
  }
  return out;
}

function best(scores: Float32Array): number {
  let arg = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[arg]) arg = c;
  return arg;
}

function bestOf(scores: Float32Array, allowed: readonly number[]): number {
  let arg = allowed[0];
  for (const c of allowed) if (scores[c] > scores[arg]) arg = c;
  return arg;
}
