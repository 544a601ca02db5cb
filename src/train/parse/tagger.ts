import type { ConlluSentence } from '../../eval/conllu.js';
import { expandLinear, type LinearModel } from '../../stages/parse/linear.js';
import { linearScorer } from '../../stages/parse/scorer.js';
import { tagWords, type Tagger } from '../../stages/parse/tagger.js';
import type { WordClusters, WordHashes } from '../../stages/parse/words.js';
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
  /** Words seen this often are in the tagger's lexicon, with every tag they took … */
  readonly lexiconMinCount: number;
  /** … and looked up, not scored, when seen this often with one tag this much of the time. */
  readonly knownMinCount: number;
  readonly knownMinShare: number;
}

export type Lexicon = ReadonlyMap<number, readonly number[]>;

/** What a tagger reads besides its weights. */
export type TaggerBasis = Pick<Tagger, 'lexicon' | 'clusters'>;

export function trainTagger(examples: readonly TaggedExample[], classes: number, basis: TaggerBasis, settings: TaggerSettings, rng: () => number): Perceptron {
  const model = new Perceptron(classes);
  const tagger: Tagger = { tags: [], scorer: model, ...basis };
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

export function frozenTagger(model: Perceptron, tags: readonly string[], basis: TaggerBasis, minWeight: number): { tagger: Tagger; table: LinearModel } {
  const table = expandLinear(model.average(minWeight));
  return { tagger: { tags, scorer: linearScorer(table), ...basis }, table };
}

/** The tags each frequent word took; a single one for words that (nearly) always take it. */
export function lexiconOf(examples: readonly TaggedExample[], settings: TaggerSettings): Map<number, number[]> {
  const counts = new Map<number, Map<number, number>>();
  for (const ex of examples) {
    for (let i = 0; i < ex.tags.length; i++) {
      const m = counts.get(ex.hashes.word[i]) ?? new Map<number, number>();
      m.set(ex.tags[i], (m.get(ex.tags[i]) ?? 0) + 1);
      counts.set(ex.hashes.word[i], m);
    }
  }
  const lexicon = new Map<number, number[]>();
  for (const [word, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    if (total < settings.lexiconMinCount) continue;
    const ranked = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const single = total >= settings.knownMinCount && ranked[0][1] / total >= settings.knownMinShare;
    lexicon.set(word, single ? [ranked[0][0]] : ranked.map(([tag]) => tag).sort((a, b) => a - b));
  }
  return lexicon;
}

/** The share of words given their gold tag class, and their gold UPOS. */
export function tagAccuracy(tagger: Tagger, examples: readonly TaggedExample[]): string {
  const upos = tagger.tags.map((t) => t.split(' ')[0]);
  let right = 0;
  let rightUpos = 0;
  let total = 0;
  for (const ex of examples) {
    const tags = new Uint8Array(ex.hashes.length);
    tagWords(tagger, ex.hashes, tags);
    tags.forEach((t, k) => {
      right += t === ex.tags[k] ? 1 : 0;
      rightUpos += upos[t] === ex.gold.upos[k] ? 1 : 0;
      total++;
    });
  }
  return `tags ${(right / total).toFixed(4)} UPOS ${(rightUpos / total).toFixed(4)}`;
}

/** Tags for training the parser as it will see them: each fold tagged by a tagger trained on the others. */
export function jackknifedTags(examples: readonly TaggedExample[], classes: number, clusters: WordClusters, settings: TaggerSettings, rng: () => number): Uint8Array[] {
  const folds = settings.jackknifeFolds;
  const out: Uint8Array[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const training = examples.filter((_, i) => i % folds !== f);
    const basis = { lexicon: lexiconOf(training, settings), clusters };
    const { tagger } = frozenTagger(trainTagger(training, classes, basis, settings, rng), [], basis, settings.taggerMinWeight);
    let right = 0;
    let total = 0;
    examples.forEach((ex, i) => {
      if (i % folds !== f) return;
      out[i] = new Uint8Array(ex.hashes.length);
      tagWords(tagger, ex.hashes, out[i]);
      out[i].forEach((t, k) => { right += t === ex.tags[k] ? 1 : 0; total++; });
    });
    log(`jackknife fold ${f + 1}/${folds}: tag accuracy ${(right / total).toFixed(4)}`);
  }
  return out;
}
