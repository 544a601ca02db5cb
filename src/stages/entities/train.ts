import { join, resolve } from 'node:path';
import { readConll, type ConllDocument } from '../../eval/conll.js';
import { SpanScorer } from '../../eval/ner-score.js';
import { extractFeatures, FEATURES_PER_TOKEN } from './features.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { emissionScores, viterbi } from './model.js';
import { readPhoenix } from './phoenix.js';
import { saveModel } from './store.js';
import { chunks, CLASSES, spansToTags, TAG_COUNT, tagsToSpans } from './tags.js';

/**
 * Trains the entity tagger: an averaged structured perceptron over hashed features with
 * Viterbi decoding, on CoNLL-2003 train; the epoch count is picked by F1 on valid.
 * Usage: node dist/stages/entities/train.js [--epochs N] [--bits B] [--data DIR] [--out DIR]
 */
interface Prepared {
  readonly features: Uint32Array;
  readonly gold: Uint8Array;
  readonly doc: ConllDocument;
}

function prepare(docs: ConllDocument[], gaz: Gazetteer): Prepared[] {
  return docs.map((doc) => ({
    doc,
    features: extractFeatures(doc.words, doc.sentences, gaz),
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
  readonly weights: Float64Array;
  readonly transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private readonly weightSums: Float64Array;
  private readonly transitionSums = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private step = 1;
  private readonly mask: number;

  constructor(readonly bits: number) {
    this.weights = new Float64Array((1 << bits) * TAG_COUNT);
    this.weightSums = new Float64Array(this.weights.length);
    this.mask = (1 << bits) - 1;
  }

  /** One perceptron step on one sentence `[from, to)` of a prepared document. */
  learn(p: Prepared, from: number, to: number, emissions: Float64Array, predicted: Uint8Array): void {
    emissionScores(this.weights, this.bits, p.features, from, to, emissions);
    viterbi(emissions, this.transitions, to - from, predicted);
    for (let i = from; i < to; i++) {
      const guess = predicted[i - from];
      const gold = p.gold[i];
      if (guess !== gold) {
        for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
          const bucket = (p.features[i * FEATURES_PER_TOKEN + f] & this.mask) * TAG_COUNT;
          this.bump(this.weights, this.weightSums, bucket + gold, 1);
          this.bump(this.weights, this.weightSums, bucket + guess, -1);
        }
      }
      const prevGold = i > from ? p.gold[i - 1] : -1;
      const prevGuess = i > from ? predicted[i - from - 1] : -1;
      if (guess !== gold || prevGold !== prevGuess) {
        this.bump(this.transitions, this.transitionSums, (prevGold + 1) * TAG_COUNT + gold, 1);
        this.bump(this.transitions, this.transitionSums, (prevGuess + 1) * TAG_COUNT + guess, -1);
      }
    }
    this.step++;
  }

  private bump(values: Float64Array, sums: Float64Array, index: number, delta: number): void {
    values[index] += delta;
    sums[index] += this.step * delta;
  }

  /** The averaged weights (w − Σ step·Δ / steps), which generalise better than the last ones. */
  averaged(): { weights: Float32Array; transitions: Float32Array } {
    const avg = (values: Float64Array, sums: Float64Array) => {
      const out = new Float32Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = values[i] - sums[i] / this.step;
      return out;
    };
    return { weights: avg(this.weights, this.weightSums), transitions: avg(this.transitions, this.transitionSums) };
  }
}

function score(prepared: Prepared[], weights: Float32Array, transitions: Float32Array, bits: number): { f1: number; byType: Record<string, { f1: number }> } {
  const scorer = new SpanScorer(CLASSES);
  const emissions = new Float64Array(256 * TAG_COUNT);
  for (const p of prepared) {
    const tags = new Uint8Array(p.doc.words.length);
    for (const s of p.doc.sentences) {
      const buffer = s.end - s.start > 256 ? new Float64Array((s.end - s.start) * TAG_COUNT) : emissions;
      emissionScores(weights, bits, p.features, s.start, s.end, buffer);
      viterbi(buffer, transitions, s.end - s.start, tags.subarray(s.start, s.end));
    }
    scorer.add(tagsToSpans(p.gold), tagsToSpans(tags));
  }
  return { f1: scorer.overall().f1, byType: scorer.byType() };
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
  const started = Date.now();

  const gazetteerData = readPhoenix(join(data, 'petrarch2/dictionaries'));
  const gaz = buildGazetteer(gazetteerData);
  const train = prepare(readConll(join(data, 'conll2003/train.txt')), gaz);
  const valid = prepare(readConll(join(data, 'conll2003/valid.txt')), gaz);
  const sentences = train.flatMap((p) => p.doc.sentences.map((s) => ({ p, s })));
  process.stderr.write(`train: ${sentences.length} sentences, ${gazetteerData && Object.keys(gazetteerData.phrases).length} gazetteer phrases\n`);

  const model = new Perceptron(bits);
  const emissions = new Float64Array(256 * TAG_COUNT);
  const predicted = new Uint8Array(256);
  let best = { f1: -1, epoch: 0, byType: {} as Record<string, { f1: number }>, weights: new Float32Array(0) as Float32Array, transitions: new Float32Array(0) as Float32Array };
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    shuffle(sentences, epoch);
    for (const { p, s } of sentences) {
      const n = s.end - s.start;
      if (n > 256) continue;
      model.learn(p, s.start, s.end, emissions, predicted);
    }
    const { weights, transitions } = model.averaged();
    const dev = score(valid, weights, transitions, bits);
    process.stderr.write(`epoch ${epoch}: dev F1 ${dev.f1.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    if (dev.f1 > best.f1) best = { ...dev, epoch, weights, transitions };
  }
  saveModel(out, best.weights, best.transitions, bits, gazetteerData, {
    algorithm: 'averaged structured perceptron, first-order Viterbi over BIO tags',
    data: 'CoNLL-2003 train (epochs chosen on valid)',
    gazetteer: 'PETRARCH2 Phoenix Countries/International/MilNonState actor dictionaries (MIT)',
    featuresPerToken: FEATURES_PER_TOKEN,
    bits,
    epochs: best.epoch,
    devF1: Number(best.f1.toFixed(4)),
    devByType: Object.fromEntries(Object.entries(best.byType).map(([k, v]) => [k, Number(v.f1.toFixed(4))])),
    trainingSeconds: Math.round((Date.now() - started) / 1000),
    date: new Date().toISOString().slice(0, 10),
  });
  process.stderr.write(`saved epoch ${best.epoch} (dev F1 ${best.f1.toFixed(4)}) to ${out}\n`);
}

main();
