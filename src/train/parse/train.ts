import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseScores } from '../../eval/parse-score.js';
import { posIndex } from '../../model/tokens.js';
import { trainLemmatizer, type Lemmatizer } from '../../stages/parse/lemmatizer.js';
import { expandLinear, type CompactLinear } from '../../stages/parse/linear.js';
import { assembleModel, type ParseModel } from '../../stages/parse/model.js';
import { CLUSTER_LABELS, CLUSTER_LEAN, CLUSTER_MOVES, clustersOfFile, type ClusterFile, type WordClusters } from '../../stages/parse/clusters.js';
import { parserInput } from '../../stages/parse/parser.js';
import { linearScorer } from '../../stages/parse/scorer.js';
import { saveModel, type TrainedParts } from '../../stages/parse/store.js';
import { TAGGER_CLUSTER_COUNTS, type TaggerClusterSet } from '../../stages/parse/tagger-clusters.js';
import { taggerFeatureSet, type Tagger } from '../../stages/parse/tagger.js';
import { MOVES } from '../../stages/parse/transitions.js';
import { hashWords } from '../../stages/parse/words.js';
import { log, readTreebanks, relationClasses, ROOT, tagClasses, type Treebanks } from './corpus.js';
import { evaluate, ParserTraining, trainParserEpoch, type ParserExample } from './parser.js';
import { extraExample, ExtraTrees } from './extra-trees.js';
import { readConllu } from '../../eval/conllu.js';
import { BeamTraining, trainBeamEpoch, type BeamUpdate } from './beam-training.js';
import { countingRandom, courseFile, readCourse, writeCourse, type TaggingCourse } from './course-cache.js';
import { meanLinear } from './mean.js';
import { Perceptron } from './perceptron.js';
import { goldTags, jackknifedTags, trainTagger, uposAccuracy, type TaggedExample } from './tagger.js';

/**
 * `npm run train:parse`: trains the tagger, lemmatizer and parser on UD English EWT train and
 * GUM's training documents, reports EWT dev and GUM dev after every parser epoch, and writes
 * models/parse/ (or the folder given with `-- --out DIR`). Deterministic: the only randomness
 * is a seeded shuffle and exploration.
 */
const NAME = 'arc-hybrid-perceptron';

const settings = {
  /** One parser per seed, trained in turn, each on its own course (shuffles, exploration, jackknife); the shipped parser is their mean. */
  seeds: (process.env.SEEDS ?? process.env.SEED ?? '17,18').split(',').map(Number),
  taggerEpochs: Number(process.env.TAGGER_EPOCHS ?? 12),
  taggerPasses: Number(process.env.TAGGER_PASSES ?? 2),
  taggerFeatures: (process.env.TAGGER_FEATURES ?? 'rich') as 'plain' | 'rich',
  parserEpochs: Number(process.env.PARSER_EPOCHS ?? 12),
  jackknifeFolds: 4,
  /** From the second epoch on, follow the model's own move this often (Goldberg and Nivre 2012). */
  explore: 0.9,
  /** Averaged weights smaller than these are dropped: a smaller, faster model at a cost of 0.1–0.2 LAS. */
  taggerMinWeight: 0.3,
  parserMinWeight: 1,
  knownMinCount: 20,
  knownMinShare: 0.99,
  /** Word clusters (clusters.ts's output) the parser's features read, and which classifiers read them: move, label or both. */
  clusters: process.env.CLUSTERS ?? null,
  clusterFeatures: process.env.CLUSTER_FEATURES ?? 'move',
  /** Word clusters the tagger's features read (TAGGER_CLUSTERS=FILE), and which of them: the full set or a lean one (tagger-clusters.ts). */
  taggerClusters: process.env.TAGGER_CLUSTERS ?? null,
  taggerClusterFeatures: (process.env.TAGGER_CLUSTERS ? (process.env.TAGGER_CLUSTER_FEATURES ?? 'full') : null) as TaggerClusterSet | null,
  /** Beam width of global training (BEAM=N, beam-training.ts) and of the dev scoring; 1, the default, trains the greedy parser. */
  beam: Number(process.env.BEAM ?? 1),
  /** The structured perceptron's update with a beam: early or max-violation. */
  beamUpdate: (process.env.BEAM_UPDATE ?? 'max') as BeamUpdate,
  /**
   * Uptraining (extra-trees.ts): automatic trees (CoNLL-U, EXTRA_TREES=FILE[,FILE]) the parser trains on beside the
   * treebank, with their own tags; EXTRA_TREES_SENTENCES=N of them an epoch (0: all). Absent, training is as before.
   */
  ...(process.env.EXTRA_TREES ? { extraTrees: process.env.EXTRA_TREES.split(','), extraTreesSentences: Number(process.env.EXTRA_TREES_SENTENCES ?? 0) } : {}),
  /** The mean of several runs' parsers drops weights smaller than this (MEAN_MIN_WEIGHT=W; absent, parserMinWeight). */
  ...(process.env.MEAN_MIN_WEIGHT ? { meanMinWeight: Number(process.env.MEAN_MIN_WEIGHT) } : {}),
};
if ('meanMinWeight' in settings && !(Number(settings.meanMinWeight) >= 0)) throw new Error(`MEAN_MIN_WEIGHT must be a number ≥ 0, not ${process.env.MEAN_MIN_WEIGHT}`);

const CLUSTER_SETS: Record<string, number> = { move: CLUSTER_MOVES, label: CLUSTER_LABELS, both: CLUSTER_MOVES | CLUSTER_LABELS, lean: CLUSTER_MOVES | CLUSTER_LEAN | CLUSTER_LABELS };
const clusterData = settings.clusters ? (JSON.parse(readFileSync(settings.clusters, 'utf8')) as ClusterFile) : null;
const clusters: WordClusters | null = clusterData ? clustersOfFile(clusterData, CLUSTER_SETS[settings.clusterFeatures]) : null;
const withClusters = clusters ? { clusters } : {};
if (settings.taggerClusterFeatures && !(settings.taggerClusterFeatures in TAGGER_CLUSTER_COUNTS)) {
  throw new Error(`TAGGER_CLUSTER_FEATURES must be one of ${Object.keys(TAGGER_CLUSTER_COUNTS).join(', ')}, not ${settings.taggerClusterFeatures}`);
}
const taggerClusterData = settings.taggerClusters ? (JSON.parse(readFileSync(settings.taggerClusters, 'utf8')) as ClusterFile) : null;
const taggerClusters: WordClusters | null = taggerClusterData ? clustersOfFile(taggerClusterData, 0) : null;

const brief = (s: ParseScores) => `UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} UPOS ${s.uposAccuracy.toFixed(4)} lemma ${s.lemmaAccuracy.toFixed(4)}`;

/** Class lists, the lemmatizer, the tagger trained on all the training data, and the parser's jackknifed tags. */
function trainWords(train: Treebanks['train'], seed: number, random: ReturnType<typeof countingRandom>, parserTags = true) {
  const tags = tagClasses(train);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const relations = relationClasses(train);
  const lemmatizer: Lemmatizer = trainLemmatizer(train.flatMap((s) => s.forms.map((f, i) => [f, s.upos[i], s.lemmas[i]] as const)));
  log(`${tags.length} tags, ${relations.length} relations; lemmatizer: ${lemmatizer.rules.size} rules, ${lemmatizer.exceptions.size} listed words`);
  const examples: TaggedExample[] = train.map((gold) => ({ gold, hashes: hashWords(gold.forms, taggerClusters), tags: goldTags(gold, tagIndex) }));
  const course = taggingCourse(examples, tags, seed, random, parserTags);
  const tagger: Tagger = {
    tags, scorer: linearScorer(expandLinear(course.compact)), known: course.known, features: taggerFeatureSet(settings.taggerFeatures, settings.taggerClusterFeatures),
    ...(taggerClusters ? { clusters: taggerClusters } : {}),
    ...(course.second ? { second: linearScorer(expandLinear(course.second)) } : {}),
  };
  log(`tagger: ${course.compact.keys.length}${course.second ? ` + ${course.second.keys.length}` : ''} features, ${tagger.known.size} words looked up`);
  return { tags, relations, lemmatizer, examples, predicted: course.predicted, tagger, taggerCompact: course.compact, taggerSecond: course.second };
}

/**
 * The tagger and the tags it predicts for the parser's training sentences by jackknifing: read from
 * TAGS_CACHE when a run of the same seed and tagger settings left them there (the generator then
 * skips the draws that run made), else trained, and left there when TAGS_CACHE is set.
 */
function taggingCourse(
  examples: readonly TaggedExample[], tags: readonly string[], seed: number, random: ReturnType<typeof countingRandom>, parserTags: boolean,
): TaggingCourse {
  const dir = parserTags ? process.env.TAGS_CACHE : undefined;
  const file = dir ? courseFile(dir, seed, settings) : null;
  const lengths = examples.map((ex) => ex.tags.length);
  const cached = file ? readCourse(file, lengths) : null;
  if (cached) {
    random.skip(cached.draws);
    log(`tagger and jackknifed tags read from ${file}`);
    return cached;
  }
  const { rng } = random;
  const firstTags = settings.taggerPasses > 1 ? jackknifedTags(examples, tags.length, { ...settings, taggerPasses: 1 }, rng) : undefined;
  const { tagger, compact, second } = trainTagger(examples, tags, tags.length, settings, rng, firstTags);
  const predicted = parserTags ? jackknifedTags(examples, tags.length, settings, rng, firstTags) : [];
  const course = { ...(firstTags ? { firstTags } : {}), compact, ...(second ? { second } : {}), known: tagger.known as Map<number, number>, predicted, draws: random.draws(), lengths };
  if (file) writeCourse(file, course);
  return course;
}

/** The parser's training sentences, with tags predicted by jackknifing. */
function parserExamples(examples: readonly TaggedExample[], predictedTags: readonly Uint8Array[], tags: readonly string[], relations: readonly string[]): ParserExample[] {
  const relationIndex = new Map(relations.map((r, i) => [r, i]));
  return examples.map((ex, i) => {
    const upos = Uint8Array.from(predictedTags[i], (t) => posIndex(tags[t].split(' ')[0]));
    const n = ex.gold.forms.length;
    return {
      input: parserInput(ex.hashes, predictedTags[i], upos, clusters),
      heads: Int32Array.from(ex.gold.heads, (h) => (h < 0 ? n : h)),
      labels: Uint8Array.from(ex.gold.relations, (r) => relationIndex.get(r)!),
    };
  });
}

interface TrainedParser {
  readonly model: ParseModel;
  readonly moves: CompactLinear;
  readonly labels: CompactLinear;
  readonly history: Array<Record<string, number>>;
}

/** The parser's epochs, each scored on the dev sets with the model averaged so far. */
function trainParser(
  treebank: readonly ParserExample[], tagger: Tagger, relations: readonly string[], lemmatizer: Lemmatizer, banks: Treebanks, rng: () => number, extra: ExtraTrees | null = null,
): TrainedParser {
  const rootLabel = relations.indexOf('root');
  const t = new ParserTraining(new Perceptron(MOVES), new Perceptron(relations.length), rootLabel);
  const global = settings.beam > 1 ? new BeamTraining(t.moves, t.labels, rootLabel, settings.beam, settings.beamUpdate) : null;
  const decoding = global ? { decoding: { beam: settings.beam, repairs: true } } : {};
  const history: Array<Record<string, number>> = [];
  let last: TrainedParser | null = null;
  for (let epoch = 0; epoch < settings.parserEpochs; epoch++) {
    const began = Date.now();
    const data = extra ? [...treebank, ...extra.epoch()] : treebank;
    if (global) {
      trainBeamEpoch(data, global, rng);
      log(`beam ${settings.beam} (${settings.beamUpdate} update): ${global.updates} updates, ${global.skipped} sentences skipped (not projective), ${((Date.now() - began) / 60000).toFixed(1)} min`);
    } else {
      trainParserEpoch(data, t, epoch === 0 ? 0 : settings.explore, rng);
    }
    const moves = t.moves.average(settings.parserMinWeight);
    const labels = t.labels.average(settings.parserMinWeight);
    const model = Object.freeze({ ...assembleModel(NAME, tagger, {
      moves: linearScorer(expandLinear(moves)), labels: linearScorer(expandLinear(labels)), relations, rootLabel, ...withClusters,
    }, lemmatizer), ...decoding });
    const ewt = evaluate(model, banks.ewtDev);
    const gum = evaluate(model, banks.gumDev);
    history.push({ epoch: epoch + 1, ewtUas: ewt.uas, ewtLas: ewt.las, gumUas: gum.uas, gumLas: gum.las });
    log(`epoch ${epoch + 1}/${settings.parserEpochs}: EWT dev ${brief(ewt)} | GUM dev ${brief(gum)} | ${t.moves.features} move, ${t.labels.features} label features`);
    last = { model, moves, labels, history };
  }
  if (!last) throw new Error('no parser epochs were run');
  return last;
}

function outputDir(argv: readonly string[]): string {
  const at = argv.indexOf('--out');
  return at >= 0 && argv[at + 1] ? argv[at + 1] : join(ROOT, 'models', 'parse');
}

interface Run {
  readonly words: ReturnType<typeof trainWords>;
  readonly parser: TrainedParser;
}

/** Tagger, lemmatizer and parser trained on one course: everything random drawn from `seed`. */
function trainRun(seed: number, banks: Treebanks): Run {
  const random = countingRandom(seed);
  const words = trainWords(banks.train, seed, random);
  log(`tagger UPOS: EWT dev ${uposAccuracy(words.tagger, banks.ewtDev).toFixed(4)}, GUM dev ${uposAccuracy(words.tagger, banks.gumDev).toFixed(4)}`);
  const data = parserExamples(words.examples, words.predicted, words.tags, words.relations);
  return { words, parser: trainParser(data, words.tagger, words.relations, words.lemmatizer, banks, random.rng, extraTrees(words.tags, words.relations, seed)) };
}

/** The automatic trees of EXTRA_TREES, as parser examples with their own tags; null without the setting. */
function extraTrees(tags: readonly string[], relations: readonly string[], seed: number): ExtraTrees | null {
  if (!settings.extraTrees) return null;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const relationIndex = new Map(relations.map((r, i) => [r, i]));
  const pool: ParserExample[] = [];
  let skipped = 0;
  for (const file of settings.extraTrees) {
    for (const s of readConllu(file)) {
      const ex = extraExample(s, tagIndex, relationIndex, clusters, taggerClusters);
      if (ex) pool.push(ex);
      else skipped++;
    }
  }
  const words = pool.reduce((n, ex) => n + ex.input.n, 0);
  log(`extra trees: ${pool.length} sentences, ${words} words (${skipped} skipped: a tag or relation the treebank lacks); ${settings.extraTreesSentences || 'all'} an epoch`);
  return new ExtraTrees(pool, settings.extraTreesSentences ?? 0, seed);
}

/** What is saved of the runs: the first run's tagger, the mean of their parsers (mean.ts), every table in canonical order. */
function combined(runs: readonly Run[], banks: Treebanks): TrainedParts & { scores: Record<string, number> } {
  const { words } = runs[0];
  // one run's tables are saved in training order, as they always were; several runs' in canonical order (mean.ts)
  const canonical = (c: CompactLinear) => (runs.length > 1 ? meanLinear([c]) : c);
  const meanMin = 'meanMinWeight' in settings ? Number(settings.meanMinWeight) : settings.parserMinWeight;
  const moves = runs.length > 1 ? meanLinear(runs.map((r) => r.parser.moves), meanMin) : runs[0].parser.moves;
  const labels = runs.length > 1 ? meanLinear(runs.map((r) => r.parser.labels), meanMin) : runs[0].parser.labels;
  const model = Object.freeze({ ...assembleModel(NAME, words.tagger, {
    moves: linearScorer(expandLinear(moves)), labels: linearScorer(expandLinear(labels)), relations: words.relations, rootLabel: words.relations.indexOf('root'), ...withClusters,
  }, words.lemmatizer), ...(settings.beam > 1 ? { decoding: { beam: settings.beam, repairs: true } } : {}) });
  const ewt = evaluate(model, banks.ewtDev);
  const gum = evaluate(model, banks.gumDev);
  log(`saved model (${runs.length} parser${runs.length > 1 ? 's averaged' : ''}): EWT dev ${brief(ewt)} | GUM dev ${brief(gum)}`);
  return {
    name: NAME, tags: words.tags, relations: words.relations, known: words.tagger.known, lemmatizer: words.lemmatizer,
    tagger: canonical(words.taggerCompact), ...(words.taggerSecond ? { taggerSecond: canonical(words.taggerSecond) } : {}),
    ...(settings.taggerFeatures !== 'plain' ? { taggerFeatures: settings.taggerFeatures } : {}),
    ...(clusterData && clusters ? { clusters: { file: clusterData, features: clusters.features } } : {}),
    ...(taggerClusterData && settings.taggerClusterFeatures ? { taggerClusters: { file: taggerClusterData, features: settings.taggerClusterFeatures } } : {}),
    moves, labels, training: {},
    scores: { ewtUas: ewt.uas, ewtLas: ewt.las, ewtUpos: ewt.uposAccuracy, gumUas: gum.uas, gumLas: gum.las, gumUpos: gum.uposAccuracy },
  };
}

function main(): void {
  const began = Date.now();
  const banks = readTreebanks();
  const { train } = banks;
  log(`training on ${train.length} sentences (${train.reduce((n, s) => n + s.forms.length, 0)} words); dev: EWT ${banks.ewtDev.length}, GUM ${banks.gumDev.length} sentences`);
  if (process.argv.includes('--tagger-only')) {
    const words = trainWords(train, settings.seeds[0], countingRandom(settings.seeds[0]), false);
    const firstPass = { ...words.tagger, second: undefined };
    log(`first pass UPOS: EWT dev ${uposAccuracy(firstPass, banks.ewtDev).toFixed(4)}, GUM dev ${uposAccuracy(firstPass, banks.gumDev).toFixed(4)}`);
    log(`tagger UPOS: EWT dev ${uposAccuracy(words.tagger, banks.ewtDev).toFixed(4)}, GUM dev ${uposAccuracy(words.tagger, banks.gumDev).toFixed(4)} (${((Date.now() - began) / 60000).toFixed(1)} min)`);
    return;
  }
  const runs = settings.seeds.map((seed) => trainRun(seed, banks));
  const { scores, ...parts } = combined(runs, banks);
  const outDir = outputDir(process.argv.slice(2));
  saveModel(outDir, {
    ...parts,
    training: {
      data: banks.described, sentences: train.length, settings, epochs: runs.map((r) => r.parser.history), scores, minutes: Math.round((Date.now() - began) / 600) / 100,
    },
  });
  log(`wrote ${outDir} in ${((Date.now() - began) / 60000).toFixed(1)} min`);
}

main();
