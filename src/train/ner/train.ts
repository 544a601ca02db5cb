import type { StringLookup } from '../../util/string-table.js';
import { join, resolve } from 'node:path';
import { readConll, type ConllDocument } from '../../eval/conll.js';
import { SpanScorer } from '../../eval/ner-score.js';
import { COARSE_CLUSTERS, deriveClusters, FINE_CLUSTERS } from '../../stages/mentions/clusters.js';
import { newsTexts } from './corpus.js';
import { documentFeatures, DOCUMENT_FEATURES_PER_TOKEN } from '../../stages/mentions/document-features.js';
import { extractFeatures, FEATURES_PER_TOKEN } from '../../stages/mentions/features.js';
import { Lexicon } from '../../stages/mentions/lexicon.js';
import { buildGazetteer, type Gazetteer } from '../../stages/mentions/gazetteer.js';
import { addEmissions, viterbi } from '../../stages/mentions/model.js';
import { readPhoenix } from '../../stages/mentions/phoenix.js';
import { saveModel, type TrainedLayer } from '../../stages/mentions/model-file.js';
import { chunks, CLASSES, spansToTags, TAG_COUNT, tagsToSpans } from '../../stages/mentions/tags.js';

/**
 * Trains the two-pass entity tagger on CoNLL-2003 train, choosing epoch counts by F1 on
 * valid. Pass one (local features) is an averaged structured perceptron with Viterbi.
 * Pass two learns document-level corrections on top of pass one's scores; so that it
 * sees first-pass output as noisy as on new text, its training input comes from
 * four-fold jackknifing (each quarter of train tagged by a model trained on the rest).
 * Pass two takes perceptron steps of 10 rather than 1: pass one's scores span about 200
 * units per token, and unit steps left its few, dense features too weak (dev F1 fell).
 * Usage: node dist/train/ner/train.js [--epochs N] [--bits B] [--document-step S] [--data DIR] [--out DIR]
 */
interface Prepared {
  readonly doc: ConllDocument;
  readonly features: Uint32Array;
  readonly gold: Uint8Array;
}

/** What pass one says about a document: its scores, transitions and tags. */
interface FirstPass {
  readonly emissions: Float64Array;
  readonly transitions: Float32Array;
  readonly tags: Uint8Array;
}

type Sample = { readonly index: number; readonly start: number; readonly end: number };

const FOLDS = 4;

function prepare(docs: ConllDocument[], gaz: Gazetteer, clusters: StringLookup<number>): Prepared[] {
  const lexicon = new Lexicon({ gazetteer: gaz, clusters });
  return docs.map((doc) => ({
    doc,
    features: extractFeatures(doc.words, doc.sentences, lexicon, gaz),
    gold: spansToTags(doc.sentences.flatMap((s) => chunks(doc.labels.slice(s.start, s.end)).map((c) => ({ ...c, start: c.start + s.start, end: c.end + s.start }))), doc.words.length),
  }));
}

/** Seeded shuffle, so that training is reproducible. */
function shuffle<T>(items: T[], seed: number): void {
  let state = seed >>> 0;
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
}

class Perceptron {
  private readonly weights: Float64Array;
  private readonly transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private readonly weightSums: Float64Array;
  private readonly transitionSums = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private step = 1;
  private readonly mask: number;

  constructor(readonly bits: number, readonly perToken: number, private readonly stepSize = 1) {
    this.weights = new Float64Array((1 << bits) * TAG_COUNT);
    this.weightSums = new Float64Array(this.weights.length);
    this.mask = (1 << bits) - 1;
  }

  /** One step on the sentence `[from, to)`; `base` scores (pass one) are added when given. */
  learn(features: Uint32Array, gold: Uint8Array, from: number, to: number, base: FirstPass | null, emissions: Float64Array, predicted: Uint8Array): void {
    const T = TAG_COUNT;
    if (base) emissions.set(base.emissions.subarray(from * T, to * T), from * T);
    else emissions.fill(0, from * T, to * T);
    addEmissions(this.weights, this.bits, this.perToken, features, from, to, emissions);
    const transitions = base ? this.transitions.map((t, i) => t + base.transitions[i]) : this.transitions;
    viterbi(emissions, transitions, from, to, predicted);
    for (let i = from; i < to; i++) {
      const guess = predicted[i];
      const truth = gold[i];
      if (guess !== truth) {
        for (let f = 0; f < this.perToken; f++) {
          const bucket = (features[i * this.perToken + f] & this.mask) * T;
          this.bump(this.weights, this.weightSums, bucket + truth, this.stepSize);
          this.bump(this.weights, this.weightSums, bucket + guess, -this.stepSize);
        }
      }
      const prevTruth = i > from ? gold[i - 1] : -1;
      const prevGuess = i > from ? predicted[i - 1] : -1;
      if (guess !== truth || prevTruth !== prevGuess) {
        this.bump(this.transitions, this.transitionSums, (prevTruth + 1) * T + truth, this.stepSize);
        this.bump(this.transitions, this.transitionSums, (prevGuess + 1) * T + guess, -this.stepSize);
      }
    }
    this.step++;
  }

  private bump(values: Float64Array, sums: Float64Array, index: number, delta: number): void {
    values[index] += delta;
    sums[index] += this.step * delta;
  }

  /** The averaged weights (w − Σ step·Δ / steps), which generalise better than the last ones. */
  averaged(): TrainedLayer {
    const avg = (values: Float64Array, sums: Float64Array) => {
      const out = new Float32Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = values[i] - sums[i] / this.step;
      return out;
    };
    return { bits: this.bits, perToken: this.perToken, weights: avg(this.weights, this.weightSums), transitions: avg(this.transitions, this.transitionSums) };
  }
}

function decode(layer: TrainedLayer, doc: ConllDocument, features: Uint32Array, base: FirstPass | null): FirstPass {
  const emissions = base ? Float64Array.from(base.emissions) : new Float64Array(doc.words.length * TAG_COUNT);
  const transitions = base ? layer.transitions.map((t, i) => t + base.transitions[i]) : layer.transitions;
  const tags = new Uint8Array(doc.words.length);
  for (const s of doc.sentences) {
    addEmissions(layer.weights, layer.bits, layer.perToken, features, s.start, s.end, emissions);
    viterbi(emissions, transitions, s.start, s.end, tags);
  }
  return { emissions, transitions, tags };
}

function f1(prepared: Prepared[], tagged: Uint8Array[]): { f1: number; byType: Record<string, number> } {
  const scorer = new SpanScorer(CLASSES);
  prepared.forEach((p, d) => scorer.add(tagsToSpans(p.gold), tagsToSpans(tagged[d])));
  return { f1: round(scorer.overall().f1), byType: Object.fromEntries(Object.entries(scorer.byType()).map(([k, v]) => [k, round(v.f1)])) };
}

const round = (x: number) => Number(x.toFixed(4));

/** Trains for `epochs` epochs; after each, `score` rates the averaged layer. Keeps the best. */
function train(
  perceptron: Perceptron, data: Prepared[], samples: Sample[], epochs: number,
  input: (index: number) => { features: Uint32Array; base: FirstPass | null }, score: ((layer: TrainedLayer) => number) | null,
): { layer: TrainedLayer; epoch: number; curve: number[] } {
  const longest = Math.max(...data.map((p) => p.doc.words.length));
  const emissions = new Float64Array(longest * TAG_COUNT);
  const predicted = new Uint8Array(longest);
  let best = { layer: perceptron.averaged(), epoch: 0, score: -1 };
  const curve: number[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(samples, epoch);
    for (const { index, start, end } of samples) {
      const { features, base } = input(index);
      perceptron.learn(features, data[index].gold, start, end, base, emissions, predicted);
    }
    const layer = perceptron.averaged();
    const value = score ? score(layer) : epoch;
    curve.push(value);
    if (score) process.stderr.write(`  epoch ${epoch}: dev F1 ${value}\n`);
    if (value > best.score) best = { layer, epoch, score: value };
  }
  return { layer: best.layer, epoch: best.epoch, curve };
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

function main(): void {
  const root = resolve(import.meta.dirname, '../../..');
  const data = resolve(root, option('data', '../shared/data'));
  const out = resolve(root, option('out', 'models/ner'));
  const maxEpochs = Number(option('epochs', '12'));
  const bits = Number(option('bits', '22'));
  const documentBits = 18;
  const started = Date.now();
  const log = (message: string) => process.stderr.write(`${message} (${Math.round((Date.now() - started) / 1000)} s)\n`);

  const gazetteerData = readPhoenix(join(data, 'petrarch2/dictionaries'));
  const gaz = buildGazetteer(gazetteerData);
  const trainDocs = readConll(join(data, 'conll2003/train.txt'));
  const clusterData = deriveClusters(newsTexts(data, trainDocs));
  const clusters = new Map(Object.entries(clusterData));
  log(`${clusters.size} words clustered`);
  const trainSet = prepare(trainDocs, gaz, clusters);
  const validSet = prepare(readConll(join(data, 'conll2003/valid.txt')), gaz, clusters);
  const samples = (docs: Prepared[], keep: (index: number) => boolean): Sample[] =>
    docs.flatMap((p, index) => (keep(index) ? p.doc.sentences.map((s) => ({ index, start: s.start, end: s.end })) : []));
  log(`train: ${trainSet.length} documents, ${Object.keys(gazetteerData.phrases).length} gazetteer phrases`);

  log('pass one (local features)');
  const localInput = (set: Prepared[]) => (index: number) => ({ features: set[index].features, base: null });
  const localScore = (layer: TrainedLayer) => f1(validSet, validSet.map((p) => decode(layer, p.doc, p.features, null).tags)).f1;
  const local = train(new Perceptron(bits, FEATURES_PER_TOKEN), trainSet, samples(trainSet, () => true), maxEpochs, localInput(trainSet), localScore);

  log(`jackknifing pass one over train in ${FOLDS} folds, ${local.epoch} epochs each`);
  const trainFirst: FirstPass[] = new Array(trainSet.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(new Perceptron(bits, FEATURES_PER_TOKEN), trainSet, samples(trainSet, (i) => i % FOLDS !== fold), local.epoch, localInput(trainSet), null);
    trainSet.forEach((p, i) => {
      if (i % FOLDS === fold) trainFirst[i] = decode(model.layer, p.doc, p.features, null);
    });
  }
  const validFirst = validSet.map((p) => decode(local.layer, p.doc, p.features, null));
  const trainDocFeatures = trainSet.map((p, i) => documentFeatures(p.doc.words, p.doc.sentences, trainFirst[i].tags));
  const validDocFeatures = validSet.map((p, i) => documentFeatures(p.doc.words, p.doc.sentences, validFirst[i].tags));
  log(`pass one F1: jackknifed train ${f1(trainSet, trainFirst.map((f) => f.tags)).f1}, valid ${f1(validSet, validFirst.map((f) => f.tags)).f1}`);
  let margin = 0;
  for (const f of validFirst) for (let i = 0; i < f.emissions.length; i += TAG_COUNT) margin += Math.max(...f.emissions.subarray(i, i + TAG_COUNT)) - Math.min(...f.emissions.subarray(i, i + TAG_COUNT));
  log(`mean emission range ${margin / validFirst.reduce((n, f) => n + f.tags.length, 0)}`);

  log('pass two (document features)');
  const documentScore = (layer: TrainedLayer) => f1(validSet, validSet.map((p, i) => decode(layer, p.doc, validDocFeatures[i], validFirst[i]).tags)).f1;
  const second = train(new Perceptron(documentBits, DOCUMENT_FEATURES_PER_TOKEN, Number(option('document-step', '10'))), trainSet, samples(trainSet, () => true), maxEpochs,
    (index) => ({ features: trainDocFeatures[index], base: trainFirst[index] }), documentScore);
  const document: TrainedLayer = { ...second.layer, transitions: second.layer.transitions.map((t, i) => t + local.layer.transitions[i]) };
  const final = f1(validSet, validSet.map((p, i) => decode(second.layer, p.doc, validDocFeatures[i], validFirst[i]).tags));

  saveModel(out, local.layer, document, gazetteerData, clusterData, {
    algorithm: 'two-pass averaged structured perceptron, first-order Viterbi over BIO tags; pass two trained on 4-fold jackknifed pass-one output',
    data: 'CoNLL-2003 train; epoch counts chosen by F1 on CoNLL-2003 valid',
    gazetteer: 'PETRARCH2 Phoenix Countries/International/MilNonState actor dictionaries (MIT)',
    clusters: `${clusters.size} words, ${COARSE_CLUSTERS} and ${FINE_CLUSTERS} k-means clusters of left/right contexts in CoNLL-2003 train words, Wikinews, PolNeAR train+dev and TempEval-3 TBAQ texts`,
    featuresPerToken: { local: FEATURES_PER_TOKEN, document: DOCUMENT_FEATURES_PER_TOKEN },
    bits: { local: bits, document: documentBits },
    epochs: { local: local.epoch, document: second.epoch },
    devF1Curve: { local: local.curve, document: second.curve },
    devF1: final.f1,
    devF1ByType: final.byType,
    trainingSeconds: Math.round((Date.now() - started) / 1000),
    date: new Date().toISOString().slice(0, 10),
  });
  log(`saved to ${out}: pass one epoch ${local.epoch}, pass two epoch ${second.epoch}, dev F1 ${final.f1}`);
}

main();
