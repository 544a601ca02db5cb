import type { ConlluSentence } from '../../eval/conllu.js';
import { expandLinear, type CompactLinear } from '../../stages/parse/linear.js';
import { linearScorer } from '../../stages/parse/scorer.js';
import { tagWords, type Tagger } from '../../stages/parse/tagger.js';
import { hashWords, type WordHashes } from '../../stages/parse/words.js';
import { log, shuffled } from './corpus.js';
import { Perceptron } from './perceptron.js';

/** A training sentence as the tagger reads it: word hashes and gold tag classes. */
export interface TaggedExample {
  readonly gold: ConlluSentence;
  readonly hashes: WordHashes;
  readonly tags: Uint8Array;
}

export interface TaggerSettings {
  readonly taggerEpochs: number;
  readonly taggerMinWeight: number;
  readonly jackknifeFolds: number;
  /** Words seen this often with one tag this much of the time are looked up, not scored. */
  readonly knownMinCount: number;
  readonly knownMinShare: number;
}

export function goldTags(s: ConlluSentence, tagIndex: ReadonlyMap<string, number>): Uint8Array {
  return Uint8Array.from(s.upos.map((u, i) => tagIndex.get(`${u} ${s.xpos[i]}`) ?? 0));
}

export function trainTagger(examples: readonly TaggedExample[], classes: number, settings: TaggerSettings, rng: () => number): Perceptron {
  const model = new Perceptron(classes);
  const tagger: Tagger = { tags: [], scorer: model, known: new Map() };
  for (let epoch = 0; epoch < settings.taggerEpochs; epoch++) {
    for (const ex of shuffled(examples, rng)) {
      tagWords(tagger, ex.hashes, new Uint8Array(ex.hashes.length), (features, n, guess, i) => {
        model.tick();
        model.update(features, n, ex.tags[i], guess);
        return guess;
      });
    }
  }
  return model;
}

export function frozenTagger(
  model: Perceptron, tags: readonly string[], known: ReadonlyMap<number, number>, settings: TaggerSettings,
): { tagger: Tagger; compact: CompactLinear } {
  const compact = model.average(settings.taggerMinWeight);
  return { tagger: { tags, scorer: linearScorer(expandLinear(compact)), known }, compact };
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
    tagWords(tagger, hashWords(s.forms), tags);
    tags.forEach((t, k) => { right += tagger.tags[t].split(' ')[0] === s.upos[k] ? 1 : 0; total++; });
  }
  return right / Math.max(1, total);
}

/** Tags for training the parser as it will see them: each fold tagged by a tagger trained on the others. */
export function jackknifedTags(examples: readonly TaggedExample[], classes: number, settings: TaggerSettings, rng: () => number): Uint8Array[] {
  const folds = settings.jackknifeFolds;
  const out: Uint8Array[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const training = examples.filter((_, i) => i % folds !== f);
    const { tagger } = frozenTagger(trainTagger(training, classes, settings, rng), [], knownWords(training, settings), settings);
    let right = 0;
    let total = 0;
    examples.forEach((ex, i) => {
      if (i % folds !== f) return;
      const tags = new Uint8Array(ex.hashes.length);
      tagWords(tagger, ex.hashes, tags);
      out[i] = tags;
      tags.forEach((t, k) => { right += t === ex.tags[k] ? 1 : 0; total++; });
    });
    log(`jackknife fold ${f + 1}/${folds}: tag accuracy ${(right / total).toFixed(4)}`);
  }
  return out;
}
