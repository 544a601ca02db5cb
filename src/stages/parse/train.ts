import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConllu, type ConlluSentence } from '../../eval/conllu.js';
import { ParseScorer, type ParseScores } from '../../eval/parse-score.js';
import { posIndex } from '../../model/tokens.js';
import { analyseWords, newScratch } from './analyse.js';
import { labelFeatures, moveFeatures, type ParserInput } from './features.js';
import { trainLemmatizer, type Lemmatizer } from './lemmatizer.js';
import { expandLinear, type CompactLinear } from './linear.js';
import { assembleModel, type ParseModel } from './model.js';
import { parserInput } from './parser.js';
import { Perceptron } from './perceptron.js';
import { linearScorer } from './scorer.js';
import { saveModel } from './store.js';
import { tagWords, type Tagger } from './tagger.js';
import { MOVES, ParseState, SHIFT, moveCost } from './transitions.js';
import { hashWords, type WordHashes } from './words.js';
import { seededRandom } from '../../util/random.js';

/**
 * `npm run train:parse`: trains the tagger, lemmatizer and parser on UD English EWT train and
 * GUM's training documents, reports EWT dev and GUM dev after every parser epoch, and writes
 * models/parse/. Deterministic: the only randomness is a seeded shuffle and exploration.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = join(ROOT, '..', 'shared', 'data');
export const GUM_DEV = ['news_homeopathic', 'news_iodine', 'interview_cyclone', 'interview_gaming'];
const NAME = 'arc-hybrid-perceptron';

const settings = {
  seed: 17,
  taggerEpochs: Number(process.env.TAGGER_EPOCHS ?? 8),
  parserEpochs: Number(process.env.PARSER_EPOCHS ?? 12),
  jackknifeFolds: 4,
  /** From the second epoch on, follow the model's own move this often (Goldberg and Nivre 2012). */
  explore: 0.9,
  /** Averaged weights smaller than these are dropped: a smaller, faster model at a cost of 0.1–0.2 LAS. */
  taggerMinWeight: 0.3,
  parserMinWeight: 1,
  knownMinCount: 20,
  knownMinShare: 0.99,
};

const mulberry32 = seededRandom;

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

interface Example {
  readonly gold: ConlluSentence;
  readonly hashes: WordHashes;
  readonly tags: Uint8Array;
}

function gumFiles(dev: boolean): string[] {
  const dir = join(DATA, 'gum', 'dep');
  return readdirSync(dir).filter((f) => f.endsWith('.conllu') && GUM_DEV.some((d) => f === `GUM_${d}.conllu`) === dev).sort().map((f) => join(dir, f));
}

function tagClasses(sentences: readonly ConlluSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) s.upos.forEach((u, i) => counts.set(`${u} ${s.xpos[i]}`, (counts.get(`${u} ${s.xpos[i]}`) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
}

function relationClasses(sentences: readonly ConlluSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const r of s.relations) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
}

function goldTags(s: ConlluSentence, tagIndex: Map<string, number>): Uint8Array {
  return Uint8Array.from(s.upos.map((u, i) => tagIndex.get(`${u} ${s.xpos[i]}`) ?? 0));
}

function trainTagger(examples: readonly Example[], classes: number, rng: () => number): Perceptron {
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

function frozenTagger(model: Perceptron, tags: readonly string[], known: ReadonlyMap<number, number>): { tagger: Tagger; compact: CompactLinear } {
  const compact = model.average(settings.taggerMinWeight);
  return { tagger: { tags, scorer: linearScorer(expandLinear(compact)), known }, compact };
}

/** Words seen often enough with (nearly) one tag are looked up, not predicted. */
function knownWords(examples: readonly Example[]): Map<number, number> {
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

/** Tags for training the parser as it will see them: each fold tagged by a tagger trained on the others. */
function jackknifedTags(examples: readonly Example[], classes: number, rng: () => number): Uint8Array[] {
  const folds = settings.jackknifeFolds;
  const out: Uint8Array[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const training = examples.filter((_, i) => i % folds !== f);
    const { tagger } = frozenTagger(trainTagger(training, classes, rng), [], knownWords(training));
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

interface ParserExample {
  readonly input: ParserInput;
  /** Gold head of each word, n for the root. */
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}

function trainParserEpoch(data: readonly ParserExample[], moves: Perceptron, labels: Perceptron, rootLabel: number, explore: number, rng: () => number, state: { st: ParseState }): void {
  const features = new Uint32Array(128);
  const moveScores = new Float32Array(MOVES);
  const labelScores = new Float32Array(labels.classes);
  const costs = new Int32Array(MOVES);
  for (const ex of shuffled(data, rng)) {
    const { input: x, heads: gold } = ex;
    if (x.n > state.st.capacity) state.st = new ParseState(x.n * 2);
    const st = state.st;
    st.reset(x.n);
    while (!st.done) {
      const nf = moveFeatures(st, x, features);
      moveScores.fill(0);
      moves.score(features, nf, moveScores);
      moves.tick();
      let minCost = Infinity;
      for (let m = 0; m < MOVES; m++) {
        costs[m] = st.valid(m) ? moveCost(st, m, gold) : -1;
        if (costs[m] >= 0 && costs[m] < minCost) minCost = costs[m];
      }
      let guess = -1;
      let best = -1;
      for (let m = 0; m < MOVES; m++) {
        if (costs[m] < 0) continue;
        if (guess < 0 || moveScores[m] > moveScores[guess]) guess = m;
        if (costs[m] === minCost && (best < 0 || moveScores[m] > moveScores[best])) best = m;
      }
      if (costs[guess] > minCost) moves.update(features, nf, best, guess);
      const move = rng() < explore ? guess : best;
      let label = 0;
      if (move !== SHIFT) {
        const dependent = st.s(0);
        const head = st.headFor(move);
        if (head === x.n) {
          label = rootLabel;
        } else {
          const nl = labelFeatures(st, x, dependent, head, move, features);
          labelScores.fill(0);
          labels.score(features, nl, labelScores);
          labels.tick();
          let predicted = -1;
          for (let c = 0; c < labelScores.length; c++) if (c !== rootLabel && (predicted < 0 || labelScores[c] > labelScores[predicted])) predicted = c;
          label = predicted;
          if (gold[dependent] === head) {
            labels.update(features, nl, ex.labels[dependent], predicted);
            label = ex.labels[dependent];
          }
        }
      }
      st.apply(move, label);
    }
  }
}

function evaluate(model: ParseModel, sentences: readonly ConlluSentence[]): ParseScores {
  const scorer = new ParseScorer();
  const scratch = newScratch(model);
  for (const s of sentences) {
    const words = analyseWords(model, s.forms, scratch);
    scorer.add(s, {
      upos: Array.from(words.tags, (t) => model.tagUposName[t]),
      lemmas: words.lemmas,
      heads: words.heads,
      relations: Array.from(words.labels, (l) => model.parser.relations[l]),
    });
  }
  return scorer.result();
}

const brief = (s: ParseScores) => `UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} UPOS ${s.uposAccuracy.toFixed(4)} lemma ${s.lemmaAccuracy.toFixed(4)}`;

function main(): void {
  const began = Date.now();
  const rng = mulberry32(settings.seed);
  const train = [...readConllu(join(DATA, 'ud', 'en_ewt-ud-train.conllu')), ...gumFiles(false).flatMap(readConllu)];
  const ewtDev = readConllu(join(DATA, 'ud', 'en_ewt-ud-dev.conllu'));
  const gumDev = gumFiles(true).flatMap(readConllu);
  log(`training on ${train.length} sentences (${train.reduce((n, s) => n + s.forms.length, 0)} words); dev: EWT ${ewtDev.length}, GUM ${gumDev.length} sentences`);

  const tags = tagClasses(train);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const relations = relationClasses(train);
  const rootLabel = relations.indexOf('root');
  const relationIndex = new Map(relations.map((r, i) => [r, i]));
  const lemmatizer: Lemmatizer = trainLemmatizer(train.flatMap((s) => s.forms.map((f, i) => [f, s.upos[i], s.lemmas[i]] as const)));
  log(`${tags.length} tags, ${relations.length} relations; lemmatizer: ${lemmatizer.rules.size} rules, ${lemmatizer.exceptions.size} listed words`);

  const examples: Example[] = train.map((gold) => ({ gold, hashes: hashWords(gold.forms), tags: goldTags(gold, tagIndex) }));
  const known = knownWords(examples);
  const taggerModel = trainTagger(examples, tags.length, rng);
  const { tagger, compact: taggerCompact } = frozenTagger(taggerModel, tags, known);
  log(`tagger: ${taggerModel.features} features, ${known.size} words looked up`);
  const predictedTags = jackknifedTags(examples, tags.length, rng);

  const data: ParserExample[] = examples.map((ex, i) => {
    const upos = Uint8Array.from(predictedTags[i], (t) => tagUposIndex(tags[t]));
    const n = ex.gold.forms.length;
    return {
      input: parserInput(ex.hashes, predictedTags[i], upos),
      heads: Int32Array.from(ex.gold.heads, (h) => (h < 0 ? n : h)),
      labels: Uint8Array.from(ex.gold.relations, (r) => relationIndex.get(r)!),
    };
  });
  const moves = new Perceptron(MOVES);
  const labels = new Perceptron(relations.length);
  const state = { st: new ParseState(256) };
  const history: Array<Record<string, number>> = [];
  let model: ParseModel | null = null;
  let parts: { moves: CompactLinear; labels: CompactLinear } | null = null;
  for (let epoch = 0; epoch < settings.parserEpochs; epoch++) {
    trainParserEpoch(data, moves, labels, rootLabel, epoch === 0 ? 0 : settings.explore, rng, state);
    parts = { moves: moves.average(settings.parserMinWeight), labels: labels.average(settings.parserMinWeight) };
    model = assembleModel(NAME, tagger, {
      moves: linearScorer(expandLinear(parts.moves)), labels: linearScorer(expandLinear(parts.labels)), relations, rootLabel,
    }, lemmatizer);
    const ewt = evaluate(model, ewtDev);
    const gum = evaluate(model, gumDev);
    history.push({ epoch: epoch + 1, ewtUas: ewt.uas, ewtLas: ewt.las, gumUas: gum.uas, gumLas: gum.las });
    log(`epoch ${epoch + 1}/${settings.parserEpochs}: EWT dev ${brief(ewt)} | GUM dev ${brief(gum)} | ${moves.features} move, ${labels.features} label features`);
  }
  if (!model || !parts) throw new Error('no parser epochs were run');
  const outDir = join(ROOT, 'models', 'parse');
  saveModel(outDir, {
    name: NAME, tags, relations, known, lemmatizer, tagger: taggerCompact, moves: parts.moves, labels: parts.labels,
    training: {
      data: ['UD_English-EWT en_ewt-ud-train.conllu', `GUM dep: ${gumFiles(false).length} documents (all but ${GUM_DEV.join(', ')})`],
      sentences: train.length, settings, epochs: history, minutes: Math.round((Date.now() - began) / 600) / 100,
    },
  });
  log(`wrote ${outDir} in ${((Date.now() - began) / 60000).toFixed(1)} min`);
}

function tagUposIndex(tag: string): number {
  return posIndex(tag.split(' ')[0]);
}

main();
