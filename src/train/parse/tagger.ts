import type { ConlluSentence } from '../../eval/conllu.js';
import { expandLinear, type CompactLinear } from '../../stages/parse/linear.js';
import { linearScorer } from '../../stages/parse/scorer.js';
import type { TaggerClusterSet } from '../../stages/parse/tagger-clusters.js';
import { taggerFeatureSet, tagPass, tagWords, type Tagger, type TaggerFeatures } from '../../stages/parse/tagger.js';
import { hashWords, type WordHashes } from '../../stages/parse/words.js';
import { log, shuffled } from './corpus.js';
import { Perceptron } from './perceptron.js';

/** A training sentence as the tagger reads it: word hashes and gold tag classes. */
export interface TaggedExample {
  readonly gold: ConlluSentence;
  readonly hashes: WordHashes;
  readonly tags: Uint8Array;
  /** Tags from a first-pass tagger that did not see this sentence, for training the second pass. */
  readonly first?: Uint8Array;
}

export interface TaggerSettings {
  readonly taggerEpochs: number;
  /** 1: left to right; 2: a second pass reads the first's tags of the words after (Tagger.second). */
  readonly taggerPasses: number;
  readonly taggerFeatures: TaggerFeatures['name'];
  /** Word-cluster features after the set's (tagger-clusters.ts); the examples' hashes must then hold their clusters. */
  readonly taggerClusterFeatures?: TaggerClusterSet | null;
  readonly taggerMinWeight: number;
  readonly jackknifeFolds: number;
  /** Words seen this often with one tag this much of the time are looked up, not scored. */
  readonly knownMinCount: number;
  readonly knownMinShare: number;
}

export function goldTags(s: ConlluSentence, tagIndex: ReadonlyMap<string, number>): Uint8Array {
  return Uint8Array.from(s.upos.map((u, i) => tagIndex.get(`${u} ${s.xpos[i]}`) ?? 0));
}

/** One pass's perceptron: the first pass, or the second when every example has its `first` tags. */
export function trainPass(examples: readonly TaggedExample[], classes: number, settings: TaggerSettings, rng: () => number, second: boolean): Perceptron {
  const model = new Perceptron(classes);
  const set = taggerFeatureSet(settings.taggerFeatures, settings.taggerClusterFeatures);
  for (let epoch = 0; epoch < settings.taggerEpochs; epoch++) {
    for (const ex of shuffled(examples, rng)) {
      tagPass(set, model, new Map(), ex.hashes, second ? ex.first! : null, new Uint8Array(ex.hashes.length), (features, n, guess, i) => {
        model.tick();
        model.update(features, n, ex.tags[i], guess);
        return guess;
      });
    }
  }
  return model;
}

export interface TrainedTagger {
  readonly tagger: Tagger;
  readonly compact: CompactLinear;
  readonly second?: CompactLinear;
}

/**
 * A tagger trained on `examples`: the first pass, and with two passes the second, trained on the
 * first pass's tags as jackknifing predicts them (`firstTags`, or made here), not on the gold tags
 * it would otherwise learn to copy.
 */
export function trainTagger(
  examples: readonly TaggedExample[], tags: readonly string[], classes: number, settings: TaggerSettings, rng: () => number,
  firstTags?: readonly Uint8Array[],
): TrainedTagger {
  const known = knownWords(examples, settings);
  const compact = trainPass(examples, classes, settings, rng, false).average(settings.taggerMinWeight);
  const tagger: Tagger = { tags, scorer: linearScorer(expandLinear(compact)), known, features: taggerFeatureSet(settings.taggerFeatures, settings.taggerClusterFeatures) };
  if (settings.taggerPasses < 2) return { tagger, compact };
  const first = firstTags ?? jackknifedTags(examples, classes, { ...settings, taggerPasses: 1 }, rng);
  const withFirst = examples.map((ex, i) => ({ ...ex, first: first[i] }));
  const second = trainPass(withFirst, classes, settings, rng, true).average(settings.taggerMinWeight);
  return { tagger: { ...tagger, second: linearScorer(expandLinear(second)) }, compact, second };
}

/** Words seen often enough with (nearly) one tag are looked up, not predicted. */
export function knownWords(examples: readonly TaggedExample[], settings: TaggerSettings): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const ex of examples) {
    for (let i = 0; i < ex.tags.length; i++) {
      const m = counts.get(ex.hashes.word[i]) ?? new Map<number, number>();
      m.set(ex.tags[i], (m.get(ex.tags[i]) ?? 0) + 1);
      counts.set(ex.hashes.word[i], m);
    }
  }
  const known = new Map<number, number>();
  for (const [word, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...m].sort((a, b) => b[1] - a[1])[0];
    if (total >= settings.knownMinCount && count / total >= settings.knownMinShare) known.set(word, tag);
  }
  return known;
}

/** UPOS accuracy of a tagger on gold-tokenised sentences (the tagger's classes are "UPOS XPOS" pairs). */
export function uposAccuracy(tagger: Tagger, sentences: readonly ConlluSentence[]): number {
  let right = 0;
  let total = 0;
  for (const s of sentences) {
    const tags = new Uint8Array(s.forms.length);
    tagWords(tagger, hashWords(s.forms, tagger.clusters ?? null), tags);
    tags.forEach((t, k) => { right += tagger.tags[t].split(' ')[0] === s.upos[k] ? 1 : 0; total++; });
  }
  return right / Math.max(1, total);
}

/**
 * Tags as a tagger predicts them on sentences it did not see: each fold tagged by a tagger trained
 * on the others (with two passes, their second pass trained on `firstTags` of those sentences).
 */
export function jackknifedTags(
  examples: readonly TaggedExample[], classes: number, settings: TaggerSettings, rng: () => number, firstTags?: readonly Uint8Array[],
): Uint8Array[] {
  const folds = settings.jackknifeFolds;
  const out: Uint8Array[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const inFold = (i: number) => i % folds === f;
    const training = examples.filter((_, i) => !inFold(i));
    const trainingFirst = firstTags?.filter((_, i) => !inFold(i));
    const { tagger } = trainTagger(training, [], classes, settings, rng, trainingFirst);
    let right = 0;
    let total = 0;
    examples.forEach((ex, i) => {
      if (!inFold(i)) return;
      const tags = new Uint8Array(ex.hashes.length);
      tagWords(tagger, ex.hashes, tags);
      out[i] = tags;
      tags.forEach((t, k) => { right += t === ex.tags[k] ? 1 : 0; total++; });
    });
    log(`jackknife fold ${f + 1}/${folds} (${settings.taggerPasses} pass${settings.taggerPasses > 1 ? 'es' : ''}): tag accuracy ${(right / total).toFixed(4)}`);
  }
  return out;
}
