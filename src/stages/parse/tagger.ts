import { keysOfTuples, mix } from '../../util/hash.js';
import type { WordClusters } from './clusters.js';
import { featureArray, scoreArray, type Scorer } from './scorer.js';
import { MOST_CLUSTER_FEATURES, TAGGER_CLUSTER_COUNTS, TAGGER_CLUSTER_WRITERS, type TaggerClusterSet } from './tagger-clusters.js';
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
  /**
   * The second pass, when there is one: the same left-to-right tagging with the first pass's tags
   * of the word itself and the two after it as features, so that a word's tag can depend on what
   * follows ("the attack was *planned* by", "*Police* say"), which a left-to-right pass only guesses.
   */
  readonly second?: Scorer;
  /** The features it was trained with (TAGGER_FEATURE_SETS; plain when not given). */
  readonly features?: TaggerFeatures;
  /** Word clusters the features read (tagger-clusters.ts), when the model was trained with them; words.ts looks them up. */
  readonly clusters?: WordClusters;
}

const START = 0x5354;
const END = 0x454e;

/** The 8 features of word `i`'s own spelling both sets begin with: bias, the word, suffixes, first letter, shape (and sentence-initial). */
function spellingFeatures(h: WordHashes, i: number, out: Uint32Array): void {
  out[0] = mix(0, 0);
  out[1] = mix(1, h.word[i]);
  out[2] = mix(2, h.suffix1[i]);
  out[3] = mix(3, h.suffix2[i]);
  out[4] = mix(4, h.suffix3[i]);
  out[5] = mix(5, h.suffix4[i]);
  out[6] = mix(6, h.prefix1[i]);
  out[7] = mix(7, h.shape[i], i === 0 ? 1 : 0);
}

/**
 * The 13 context features both sets share, written at out[at …] with template ids from `at`: the previous tags, the
 * neighbouring words and their suffixes, the word with either neighbour, the next word's shape.
 */
function contextFeatures(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array, at: number): void {
  contextTuples(h, i, prev1, prev2, TUPLES, at);
  keysOfTuples(TUPLES, 13, out, at);
}

/** Tuples the feature writers hash (util/hash.ts keysOfTuples). */
const TUPLES = new Uint32Array(4 * 64);

/** contextFeatures as (template, a, b, c) tuples at out[0 …) (parse kernel: Scorer.scoreTuples), template ids from `at`. */
function contextTuples(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array, at: number): void {
  const n = h.length;
  const w = h.word[i];
  const before = i > 0 ? h.word[i - 1] : START;
  const after = i + 1 < n ? h.word[i + 1] : END;
  out[0] = at; out[1] = prev1; out[2] = 0; out[3] = 0;
  out[4] = at + 1; out[5] = prev1; out[6] = prev2; out[7] = 0;
  out[8] = at + 2; out[9] = prev1; out[10] = w; out[11] = 0;
  out[12] = at + 3; out[13] = before; out[14] = 0; out[15] = 0;
  out[16] = at + 4; out[17] = i > 0 ? h.suffix3[i - 1] : START; out[18] = 0; out[19] = 0;
  out[20] = at + 5; out[21] = i > 1 ? h.word[i - 2] : START; out[22] = 0; out[23] = 0;
  out[24] = at + 6; out[25] = after; out[26] = 0; out[27] = 0;
  out[28] = at + 7; out[29] = i + 1 < n ? h.suffix3[i + 1] : END; out[30] = 0; out[31] = 0;
  out[32] = at + 8; out[33] = i + 2 < n ? h.word[i + 2] : END; out[34] = 0; out[35] = 0;
  out[36] = at + 9; out[37] = before; out[38] = w; out[39] = 0;
  out[40] = at + 10; out[41] = w; out[42] = after; out[43] = 0;
  out[44] = at + 11; out[45] = prev1; out[46] = h.suffix3[i]; out[47] = 0;
  out[48] = at + 12; out[49] = i + 1 < n ? h.shape[i + 1] : END; out[50] = h.shape[i]; out[51] = 0;
}

/** The 21 features of word `i`, the first 8 its spelling, given the tags (index + 1; 0 before the sentence) of the two words before it. */
export function plainFeatures(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  spellingFeatures(h, i, out);
  return plainContext(h, i, prev1, prev2, out);
}

/** The plain set's features after the spelling ones (out[8 … 21)); returns 21. */
function plainContext(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  contextFeatures(h, i, prev1, prev2, out, 8);
  return 21;
}

/** plainContext as 13 tuples at out[0 …); returns 13. */
function plainContextTuples(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  contextTuples(h, i, prev1, prev2, out, 8);
  return 13;
}

/**
 * The 29 features of the rich set, the first 12 the word's spelling: the plain set's and prefixes of two
 * and three letters, the form as written, spelling flags (words.ts spellingFlags), the previous tag with
 * the next word, the two neighbours together, suffixes of the next two words.
 */
export function richFeatures(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  richSpelling(h, i, out);
  return richContext(h, i, prev1, prev2, out);
}

/** The rich set's 12 spelling features (out[0 … 12)). */
function richSpelling(h: WordHashes, i: number, out: Uint32Array): void {
  const first = i === 0 ? 1 : 0;
  spellingFeatures(h, i, out);
  out[8] = mix(8, h.prefix2[i]);
  out[9] = mix(9, h.prefix3[i]);
  out[10] = mix(10, h.written[i], first);
  out[11] = mix(11, h.flags[i], first);
}

/** The rich set's features after the spelling ones (out[12 … 29)); returns 29. */
function richContext(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  return 12 + keysOfTuples(TUPLES, richContextTuples(h, i, prev1, prev2, TUPLES), out, 12);
}

/** richContext as 17 tuples at out[0 …); returns 17. */
function richContextTuples(h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  const n = h.length;
  const before = i > 0 ? h.word[i - 1] : START;
  const after = i + 1 < n ? h.word[i + 1] : END;
  contextTuples(h, i, prev1, prev2, out, 12);
  out[52] = 25; out[53] = prev1; out[54] = after; out[55] = 0;
  out[56] = 26; out[57] = before; out[58] = after; out[59] = 0;
  out[60] = 27; out[61] = i + 1 < n ? h.suffix1[i + 1] : END; out[62] = 0; out[63] = 0;
  out[64] = 28; out[65] = i + 2 < n ? h.suffix3[i + 2] : END; out[66] = 0; out[67] = 0;
  return 17;
}

/**
 * A set of tagger features: `write` puts the features of word `i` (given the tags, index + 1 and 0
 * before the sentence, of the two words before it) in `out` and returns `count`; the first `spelling`
 * read only the word itself (bias, spelling, affixes, shape, sentence-initial), the same wherever it stands.
 * A model says which set it was trained with; 'plain' is the set of models that do not say.
 */
export interface TaggerFeatures {
  readonly name: 'plain' | 'rich';
  /** The word-cluster features added after the set's own (tagger-clusters.ts withTaggerClusters), if any. */
  readonly clusters?: TaggerClusterSet;
  readonly count: number;
  readonly spelling: number;
  readonly write: (h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array) => number;
  /** `write` in two parts: the `spelling` features (out[0 … spelling)), and the rest (out[spelling … count), returning `count`). */
  readonly writeSpelling: (h: WordHashes, i: number, out: Uint32Array) => void;
  readonly writeContext: (h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array) => number;
  /** writeContext's features as (template, a, b, c) tuples at out[0 …) (Scorer.scoreTuples); returns how many. Absent for sets with word clusters. */
  readonly writeContextTuples?: (h: WordHashes, i: number, prev1: number, prev2: number, out: Uint32Array) => number;
}

export const TAGGER_FEATURE_SETS: Readonly<Record<TaggerFeatures['name'], TaggerFeatures>> = {
  plain: { name: 'plain', count: 21, spelling: 8, write: plainFeatures, writeSpelling: spellingFeatures, writeContext: plainContext, writeContextTuples: plainContextTuples },
  rich: { name: 'rich', count: 29, spelling: 12, write: richFeatures, writeSpelling: richSpelling, writeContext: richContext, writeContextTuples: richContextTuples },
};

/** A named set, with word-cluster features after its own when `clusters` names a cluster set. */
export function taggerFeatureSet(name: TaggerFeatures['name'], clusters?: TaggerClusterSet | null): TaggerFeatures {
  return clusters ? withTaggerClusters(TAGGER_FEATURE_SETS[name], clusters) : TAGGER_FEATURE_SETS[name];
}

/**
 * A feature set with cluster features after its own: the same spelling features (the cluster ones read
 * the neighbours or the previous tag too, so none is cached per form).
 */
function withTaggerClusters(set: TaggerFeatures, clusters: TaggerClusterSet): TaggerFeatures {
  const add = TAGGER_CLUSTER_WRITERS[clusters];
  return {
    name: set.name, clusters, count: set.count + TAGGER_CLUSTER_COUNTS[clusters], spelling: set.spelling,
    write: (h, i, prev1, prev2, out) => {
      const k = set.write(h, i, prev1, prev2, out);
      return k + add(h, i, prev1, out, k);
    },
    writeSpelling: set.writeSpelling,
    writeContext: (h, i, prev1, prev2, out) => {
      const k = set.writeContext(h, i, prev1, prev2, out);
      return k + add(h, i, prev1, out, k);
    },
  };
}

/** The features the second pass adds to its set's. */
const SECOND_ADDS = 5;
const MOST_FEATURES = 29 + MOST_CLUSTER_FEATURES + SECOND_ADDS;
const AFTER_END = 0xffff;

/** The second pass's features of word `i`: its set's, and the first pass's tags (`first`, class indices) of the word and the two after it. */
export function secondFeatures(set: TaggerFeatures, h: WordHashes, i: number, prev1: number, prev2: number, first: Uint8Array, out: Uint32Array): number {
  return secondAdds(set.write(h, i, prev1, prev2, out), h, i, prev1, first, out);
}

/** secondAdds as tuples: the second pass's own features as tuples at out[4m …]; returns m + SECOND_ADDS. */
function secondTuples(m: number, h: WordHashes, i: number, prev1: number, first: Uint8Array, out: Uint32Array): number {
  const n = h.length;
  const next1 = i + 1 < n ? first[i + 1] + 1 : AFTER_END;
  const next2 = i + 2 < n ? first[i + 2] + 1 : AFTER_END;
  const at = 4 * m;
  out[at] = 29; out[at + 1] = first[i] + 1; out[at + 2] = 0; out[at + 3] = 0;
  out[at + 4] = 30; out[at + 5] = next1; out[at + 6] = 0; out[at + 7] = 0;
  out[at + 8] = 31; out[at + 9] = next1; out[at + 10] = next2; out[at + 11] = 0;
  out[at + 12] = 32; out[at + 13] = h.word[i]; out[at + 14] = next1; out[at + 15] = 0;
  out[at + 16] = 33; out[at + 17] = prev1; out[at + 18] = next1; out[at + 19] = 0;
  return m + SECOND_ADDS;
}

/** Writes the second pass's own features at out[k …]; returns k + SECOND_ADDS. */
function secondAdds(k: number, h: WordHashes, i: number, prev1: number, first: Uint8Array, out: Uint32Array): number {
  const n = h.length;
  const next1 = i + 1 < n ? first[i + 1] + 1 : AFTER_END;
  const next2 = i + 2 < n ? first[i + 2] + 1 : AFTER_END;
  out[k] = mix(29, first[i] + 1);
  out[k + 1] = mix(30, next1);
  out[k + 2] = mix(31, next1, next2);
  out[k + 3] = mix(32, h.word[i], next1);
  out[k + 4] = mix(33, prev1, next1);
  return k + SECOND_ADDS;
}

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

  /**
   * Writes the spelling scores of word `i`, `form`, into `out`, computing them the first time from its spelling
   * features (written to `features` then, and only then).
   */
  load(scorer: Scorer, set: TaggerFeatures, h: WordHashes, i: number, form: string, features: Uint32Array, out: Float32Array): void {
    const index = this.index[i === 0 ? 1 : 0];
    const at = index.get(form);
    if (at !== undefined) {
      out.set(this.scores.subarray(at, at + this.classes));
      return;
    }
    set.writeSpelling(h, i, features);
    out.fill(0);
    scorer.score(features, set.spelling, out);
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
  readonly features: Uint32Array;
  /** The context features as tuples, when the scorer hashes them itself (Scorer.scoreTuples) and has room for them. */
  readonly tuples: Uint32Array | null;
  readonly scores: Float32Array;
  readonly spelling: SpellingScores;
  /** The second pass's spelling scores (its weights differ from the first's). */
  readonly secondSpelling: SpellingScores;
  /**
   * When a mask of the finite verb classes is given: for each word of the last sentence tagged, its best-scoring
   * finite verb class and how far below the chosen tag it scored (0 when it is the chosen tag, Infinity for a
   * word looked up), which verbless.ts reads.
   */
  verbTag = new Uint8Array(64);
  verbDeficit = new Float32Array(64);

  /** `scorer`: the tagger's, whose buffers (a kernel's memory) it reads with no copy, when it has them. */
  constructor(classes: number, readonly finiteVerb: Uint8Array | null = null, scorer?: Scorer) {
    this.features = scorer ? featureArray(scorer, MOST_FEATURES) : new Uint32Array(MOST_FEATURES);
    this.tuples = scorer?.scoreTuples && scorer.buffers ? scorer.buffers.uint32(4 * MOST_FEATURES) : null;
    this.scores = scorer ? scoreArray(scorer, classes) : new Float32Array(classes);
    this.spelling = new SpellingScores(classes);
    this.secondSpelling = new SpellingScores(classes);
  }

  fit(n: number): void {
    if (n <= this.verbTag.length) return;
    this.verbTag = new Uint8Array(2 * n);
    this.verbDeficit = new Float32Array(2 * n);
  }
}

/** Tags a sentence into `out` (tag indices), reusing the spelling scores of words seen before. */
export function tagSentence(tagger: Tagger, h: WordHashes, forms: readonly string[], out: Uint8Array, scratch: TaggerScratch): void {
  const set = tagger.features ?? TAGGER_FEATURE_SETS.plain;
  scratch.fit(h.length);
  fastPass(set, tagger.scorer, tagger.known, h, forms, null, out, scratch, scratch.spelling, tagger.second ? null : scratch.finiteVerb);
  if (tagger.second) fastPass(set, tagger.second, tagger.known, h, forms, out, out, scratch, scratch.secondSpelling, scratch.finiteVerb);
}

/**
 * One pass of tagSentence. The second pass reads the first's tags from `first` and may write over
 * them in `out`: word i's tag is written after the tags of i, i + 1 and i + 2 were read. The last pass notes
 * each word's best finite verb class (`finiteVerb`, when the scratch has the mask).
 */
function fastPass(
  set: TaggerFeatures, scorer: Scorer, known: ReadonlyMap<number, number>, h: WordHashes, forms: readonly string[], first: Uint8Array | null,
  out: Uint8Array, scratch: TaggerScratch, spelling: SpellingScores, finiteVerb: Uint8Array | null,
): void {
  const { features, scores } = scratch;
  const tuples = scorer.scoreTuples && set.writeContextTuples ? scratch.tuples : null;
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < h.length; i++) {
    let tag = known.get(h.word[i]) ?? -1;
    if (tag < 0) {
      // the spelling features are written only when the spelling scores are not kept (SpellingScores.load)
      if (tuples) {
        const m = set.writeContextTuples!(h, i, prev1, prev2, tuples);
        const n = first ? secondTuples(m, h, i, prev1, first, tuples) : m;
        spelling.load(scorer, set, h, i, forms[i], features, scores);
        scorer.scoreTuples!(tuples, n, scores);
      } else {
        const k = set.writeContext(h, i, prev1, prev2, features);
        const n = first ? secondAdds(k, h, i, prev1, first, features) : k;
        spelling.load(scorer, set, h, i, forms[i], features, scores);
        scorer.score(features, n, scores, set.spelling);
      }
      tag = best(scores);
      if (finiteVerb) noteBestVerb(scores, tag, finiteVerb, scratch, i);
    } else {
      scratch.verbDeficit[i] = Infinity;
    }
    out[i] = tag;
    prev2 = prev1;
    prev1 = tag + 1;
  }
}

/** Tags a sentence into `out` (tag indices) with every pass, scoring every feature. */
export function tagWords(tagger: Tagger, h: WordHashes, out: Uint8Array): void {
  const set = tagger.features ?? TAGGER_FEATURE_SETS.plain;
  tagPass(set, tagger.scorer, tagger.known, h, null, out);
  if (tagger.second) tagPass(set, tagger.second, tagger.known, h, out, out);
}

/**
 * One pass (the second when `first` holds the first pass's tags), scoring every feature;
 * `onDecision` lets training see each decision (and no word is looked up then).
 */
export function tagPass(
  set: TaggerFeatures, scorer: Scorer, known: ReadonlyMap<number, number>, h: WordHashes, first: Uint8Array | null, out: Uint8Array,
  onDecision?: (features: Uint32Array, n: number, guess: number, i: number) => number,
): void {
  const features = new Uint32Array(MOST_FEATURES);
  const scores = new Float32Array(scorer.classes);
  let prev1 = 0;
  let prev2 = 0;
  for (let i = 0; i < h.length; i++) {
    let tag = onDecision ? -1 : (known.get(h.word[i]) ?? -1);
    if (tag < 0) {
      const n = first ? secondFeatures(set, h, i, prev1, prev2, first, features) : set.write(h, i, prev1, prev2, features);
      scores.fill(0);
      scorer.score(features, n, scores);
      tag = best(scores);
      if (onDecision) tag = onDecision(features, n, tag, i);
    }
    out[i] = tag;
    prev2 = prev1;
    prev1 = tag + 1;
  }
}

/** Word i's best finite verb class and its distance below the chosen tag `tag`. */
function noteBestVerb(scores: Float32Array, tag: number, finiteVerb: Uint8Array, scratch: TaggerScratch, i: number): void {
  let verb = -1;
  for (let c = 0; c < scores.length; c++) if (finiteVerb[c] && (verb < 0 || scores[c] > scores[verb])) verb = c;
  scratch.verbTag[i] = Math.max(verb, 0);
  scratch.verbDeficit[i] = verb < 0 ? Infinity : scores[tag] - scores[verb];
}

function best(scores: Float32Array): number {
  let arg = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[arg]) arg = c;
  return arg;
}
