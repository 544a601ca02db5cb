import { join } from 'node:path';
import type { ParseScores } from '../../eval/parse-score.js';
import { loadParseModel, readModelFiles, saveModel } from '../../stages/parse/store.js';
import { log, readTreebanks, ROOT } from './corpus.js';
import { compactOf, meanLinear } from './mean.js';
import { evaluate } from './parser.js';

/**
 * `node dist/train/parse/mean-main.js DIR DIR… [--out DIR] [--min-weight W]`: the model `npm run train:parse` makes
 * of several runs, from models already trained one seed at a time (`SEEDS=N … --out DIR`): the first
 * model's tagger and lemmatizer, the mean of their parsers, every table in canonical order, so the
 * weights are the same as training the seeds together; the training record is the one train.ts writes
 * (settings with every seed, each run's epochs, the mean's dev scores), its minutes the runs' sum.
 * The mean's parser weights smaller than W are dropped (MEAN_MIN_WEIGHT of train.ts; default the runs' own
 * threshold, `parserMinWeight`).
 */
const brief = (s: ParseScores) => `UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} UPOS ${s.uposAccuracy.toFixed(4)} lemma ${s.lemmaAccuracy.toFixed(4)}`;

function main(): void {
  const argv = process.argv.slice(2);
  const value = (name: string) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
  const out = value('--out') ?? join(ROOT, 'models', 'parse');
  const options = new Set(['--out', '--min-weight'].flatMap((name) => (argv.indexOf(name) >= 0 ? [argv.indexOf(name), argv.indexOf(name) + 1] : [])));
  const dirs = argv.filter((_, i) => !options.has(i));
  const files = dirs.map((d) => readModelFiles(d));
  const first = files[0];
  const { header } = first;
  const runMinWeight = Number((header.training.settings as { parserMinWeight?: number } | undefined)?.parserMinWeight ?? 1);
  const minWeight = Number(value('--min-weight') ?? runMinWeight);
  if (!(minWeight >= 0)) throw new Error(`mean-main: --min-weight must be a number ≥ 0, not ${value('--min-weight')}`);
  const parts = {
    name: header.name, tags: header.tags, relations: header.relations, known: new Map(header.known),
    lemmatizer: { exceptions: new Map(header.lemmaExceptions), rules: new Map(header.lemmaRules.map(([key, strip, append]) => [key, [strip, append] as const])) },
    tagger: meanLinear([compactOf(first.tagger)]),
    ...(first.taggerSecond ? { taggerSecond: meanLinear([compactOf(first.taggerSecond)]) } : {}),
    ...(header.taggerFeatures ? { taggerFeatures: header.taggerFeatures } : {}),
    ...(first.clusters && header.clusterFeatures ? { clusters: { file: first.clusters, features: header.clusterFeatures } } : {}),
    ...(first.taggerClusters && header.taggerClusters ? { taggerClusters: { file: first.taggerClusters, features: header.taggerClusters } } : {}),
    moves: meanLinear(files.map((f) => compactOf(f.moves)), minWeight),
    labels: meanLinear(files.map((f) => compactOf(f.labels)), minWeight),
  };
  saveModel(out, { ...parts, training: {} });
  const banks = readTreebanks();
  const ewt = evaluate(loadParseModel(out), banks.ewtDev);
  const gum = evaluate(loadParseModel(out), banks.gumDev);
  log(`${out}: EWT dev ${brief(ewt)} | GUM dev ${brief(gum)}`);
  // the record train.ts writes for the seeds trained together: their settings, each run's epochs, the mean's scores, the minutes summed
  const runs = files.map((f) => f.header.training as { settings: Record<string, unknown>; epochs: unknown[]; minutes: number });
  saveModel(out, {
    ...parts,
    training: {
      data: header.training.data, sentences: header.training.sentences,
      settings: {
        ...runs[0].settings, seeds: runs.flatMap((r) => (r.settings.seeds as number[] | undefined) ?? [r.settings.seed as number]),
        ...(minWeight !== runMinWeight ? { meanMinWeight: minWeight } : {}),
      },
      epochs: runs.flatMap((r) => r.epochs),
      scores: { ewtUas: ewt.uas, ewtLas: ewt.las, ewtUpos: ewt.uposAccuracy, gumUas: gum.uas, gumLas: gum.las, gumUpos: gum.uposAccuracy },
      minutes: Math.round(runs.reduce((sum, r) => sum + r.minutes, 0) * 100) / 100,
    },
  });
}

main();
