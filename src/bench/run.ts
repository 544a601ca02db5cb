import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Doc } from '../model/document.js';
import { toRecord } from '../model/record.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { STAGES } from '../pipeline/presets.js';
import { findMentions, loadNer, type NerModel } from '../stages/mentions/index.js';
import { Lexicon } from '../stages/mentions/lexicon.js';
import { denseFromSparse, type SparseWeights } from '../stages/mentions/sparse.js';
import { compareWithBuild } from './against.js';
import { loadCorpus, type Article } from './articles.js';
import { BASELINE_FILE, compareStages, comparisonLines, readBaseline, writeBaseline } from './stage-baseline.js';

/**
 * `npm run bench`: analysis speed and memory over at least 1 MB of news text, next to
 * wink-nlp's bare tokenisation of the same text in the same run, each stage against the recorded
 * baseline (stage-baseline.ts), and the same text again as one document (a stage that slows down with
 * document length shows there). Prints figures; asserts nothing. `npm run bench:stages` runs only the
 * per-stage part, best of `--rounds` (default 3) passes; `-- --record` stores its figures as the baseline
 * (`--commit` names the code measured when it is not HEAD's); `-- --against DIST` compares this build's stages'
 * CPU time with another build's instead, one build per process, `--rounds` rounds in turn (against.ts). `node dist/bench/run.js --quote-heavy MB` analyses only the quote-heavy
 * text (issue 16), with each stage's wall-clock and CPU seconds.
 */
const MIN_BYTES = 1024 * 1024;

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

type Pipeline = ReturnType<typeof createAnalyzer>;

interface StageRun {
  readonly tokens: number;
  readonly seconds: number;
  readonly winkTokens: number;
  readonly winkSeconds: number;
  /** Each stage's milliseconds over the corpus (the best round's, stage by stage). */
  readonly stageMs: Map<string, number>;
  readonly analysed: Doc[];
}

/** wink-nlp's bare tokenisation of the corpus: tokens and seconds. */
function winkPass(nlp: { readDoc(text: string): { tokens(): { out(): unknown[] } } }, articles: readonly Article[]): [number, number] {
  let tokens = 0;
  const started = performance.now();
  for (const a of articles) tokens += nlp.readDoc(a.text).tokens().out().length;
  return [tokens, (performance.now() - started) / 1000];
}

/**
 * `rounds` passes over the corpus, each a wink pass then the analysis, so that both see the same load;
 * the fastest of each (wink, every stage, the whole analysis) counts.
 */
function stagePasses(pipeline: Pipeline, nlp: Parameters<typeof winkPass>[0], articles: readonly Article[], rounds: number): StageRun {
  let best: StageRun | null = null;
  const stageMs = new Map<string, number>();
  let winkSeconds = Infinity;
  let winkTokens = 0;
  for (let round = 0; round < rounds; round++) {
    const [wt, ws] = winkPass(nlp, articles);
    [winkTokens, winkSeconds] = [wt, Math.min(winkSeconds, ws)];
    const roundMs = new Map<string, number>();
    let tokens = 0;
    const analysed: Doc[] = [];
    const started = performance.now();
    for (const a of articles) {
      const doc = pipeline.run(new Doc(a.text, { published: a.published }), (stage, ms) => roundMs.set(stage, (roundMs.get(stage) ?? 0) + ms));
      tokens += doc.get('tokens').length;
      toRecord(doc);
      analysed.push(doc);
    }
    const seconds = (performance.now() - started) / 1000;
    for (const [stage, ms] of roundMs) stageMs.set(stage, Math.min(stageMs.get(stage) ?? Infinity, ms));
    if (!best || seconds < best.seconds) best = { tokens, seconds, winkTokens, winkSeconds, stageMs, analysed };
  }
  return { ...best!, winkSeconds, stageMs };
}

const OPTIONS = {
  stages: { type: 'boolean' }, record: { type: 'boolean' }, rounds: { type: 'string' }, note: { type: 'string' }, commit: { type: 'string' }, against: { type: 'string' }, passes: { type: 'string' }, 'side-by-side': { type: 'boolean' },
  'quote-heavy': { type: 'string' }, 'parse-beam': { type: 'string' },
} as const;

function options() {
  try {
    const values = parseArgs({ options: OPTIONS }).values;
    const rounds = values.rounds === undefined ? (values.stages ? 3 : 1) : Number(values.rounds);
    if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1, not ${values.rounds}`);
    const passes = values.passes === undefined ? 2 : Number(values.passes);
    if (!Number.isInteger(passes) || passes < 1) throw new Error(`--passes must be a whole number ≥ 1, not ${values.passes}`);
    const quoteHeavyMb = values['quote-heavy'] === undefined ? null : Number(values['quote-heavy']);
    if (quoteHeavyMb !== null && !(quoteHeavyMb > 0 && quoteHeavyMb <= 64)) throw new Error(`--quote-heavy takes megabytes (0 < MB ≤ 64), not ${values['quote-heavy']}`);
    const parseBeam = values['parse-beam'] === undefined ? 1 : Number(values['parse-beam']);
    if (!(Number.isInteger(parseBeam) && parseBeam >= 1 && parseBeam <= 64)) throw new Error(`--parse-beam takes a beam width from 1 to 64, not ${values['parse-beam']}`);
    return { ...values, rounds, passes, quoteHeavyMb, parseBeam };
  } catch (err) {
    process.stderr.write(`bench: E_USAGE: ${(err as Error).message}\nusage: npm run bench:stages -- [--rounds N] [--record [--note TEXT] [--commit REF]] [--against DIST [--passes P] [--side-by-side]] [--parse-beam N]\n       node dist/bench/run.js --quote-heavy MB\n`);
    process.exit(2);
  }
}

function main(): void {
  const opts = options();
  if (opts.quoteHeavyMb !== null) {
    quoteHeavyOnly(opts.quoteHeavyMb);
    return;
  }
  const { articles, source } = loadCorpus();
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  console.log(`corpus: ${articles.length} articles, ${(bytes / 1048576).toFixed(2)} MB — ${source}`);
  if (opts.against !== undefined) {
    compareWithBuild(opts.against, opts.rounds, opts.passes, opts['side-by-side'] ? 'side-by-side' : 'in-turn').catch((err: Error) => {
      process.stderr.write(`bench: E_AGAINST: cannot run the build in ${opts.against}: ${err.message}\n`);
      process.exitCode = 2;
    });
    return;
  }

  const require = createRequire(import.meta.url);
  const t0 = performance.now();
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
  const loadWinkMs = performance.now() - t0;

  const t2 = performance.now();
  const loads: string[] = [];
  const paths = opts.parseBeam > 1 ? { parseDecoding: { beam: opts.parseBeam, repairs: true } } : {};
  const pipeline = createAnalyzer(Object.keys(STAGES), (resource, ms) => loads.push(`${resource} ${fmt(ms)} ms`), paths);
  const loadMs = performance.now() - t2;
  // One untimed pass first, so that the figures measure compiled code, not the JIT warming up.
  for (const a of articles.slice(0, 60)) pipeline.run(new Doc(a.text, { published: a.published }));
  const run = stagePasses(pipeline, nlp, articles, opts.rounds);
  const { tokens, seconds, winkTokens, winkSeconds } = run;

  const rounds = opts.rounds > 1 ? `, best of ${opts.rounds} rounds` : '';
  console.log(`\nwink-nlp bare tokenisation (readDoc + tokens): ${fmt(winkTokens / winkSeconds)} tokens/s (${fmt(winkTokens)} tokens in ${winkSeconds.toFixed(2)} s; model load ${fmt(loadWinkMs)} ms${rounds})`);
  const ofWink = (rate: number) => `${(rate / (winkTokens / winkSeconds)).toFixed(2)}× wink`;
  console.log(`parley analyze (all stages + record):        ${fmt(tokens / seconds)} tokens/s, ${ofWink(tokens / seconds)} (${fmt(tokens)} tokens in ${seconds.toFixed(2)} s; resources load ${fmt(loadMs)} ms)`);
  console.log(`resource loads: ${loads.join(', ')}`);
  console.log('\nper stage:');
  for (const [stage, ms] of run.stageMs) {
    console.log(`  ${stage.padEnd(10)} ${fmt(tokens / (ms / 1000)).padStart(12)} tokens/s ${ofWink(tokens / (ms / 1000)).padStart(11)}  ${(ms / 1000).toFixed(2).padStart(6)} s  ${((100 * ms) / (seconds * 1000)).toFixed(1).padStart(5)} % of analysis`);
  }
  stageBaseline(run, opts);
  if (opts.stages) return;

  compareNerWeights(run.analysed, tokens);
  documentLength(pipeline, articles);
  hostile(pipeline);
  console.log(`\npeak memory (max RSS): ${peakRssMb().toFixed(0)} MB; heap used now ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
}

/** Each stage's ratio to wink against the recorded baseline, or (with --record) this run as the new baseline. */
function stageBaseline(run: StageRun, opts: { record?: boolean; note?: string; commit?: string; rounds: number }): void {
  const winkRate = run.winkTokens / run.winkSeconds;
  const ratios = Object.fromEntries([...run.stageMs].map(([stage, ms]) => [stage, Number((run.tokens / (ms / 1000) / winkRate).toFixed(4))]));
  if (opts.record) {
    const commit = opts.commit ?? execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const note = opts.note ?? `npm run bench:stages, best of ${opts.rounds} rounds, load average ${loadavg()[0].toFixed(1)}`;
    writeBaseline({ recorded: new Date().toISOString().slice(0, 10), commit, note, winkTokensPerSecond: Math.round(winkRate), stages: ratios });
    console.log(`\nbaseline written to ${BASELINE_FILE}`);
    return;
  }
  const baseline = readBaseline();
  if (!baseline) { console.log(`\nno baseline in ${BASELINE_FILE}: npm run bench:stages -- --record`); return; }
  console.log(`\n${comparisonLines(compareStages(ratios, baseline), baseline).join('\n')}`);
}

/** The same text as one document: a stage that slows down with document length shows here. */
function documentLength(pipeline: Pipeline, articles: readonly Article[]): void {
  const whole = articles.map((a) => a.text).join('\n\n');
  const oneStageMs = new Map<string, number>();
  const t4 = performance.now();
  const one = pipeline.run(new Doc(whole, { published: articles[0]?.published ?? null }), (stage, ms) => oneStageMs.set(stage, ms));
  const oneSeconds = (performance.now() - t4) / 1000;
  const oneTokens = one.get('tokens').length;
  console.log(`\nall ${articles.length} articles as one ${(Buffer.byteLength(whole) / 1048576).toFixed(2)} MB document: ${fmt(oneTokens / oneSeconds)} tokens/s (${oneSeconds.toFixed(2)} s)`);
  console.log(`  ${[...oneStageMs].map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(', ')}`);
}

/** Hostile shapes of text, 1 MB each: no stage may take time growing faster than the text. */
function hostile(pipeline: Pipeline): void {
  console.log('\nhostile text, 1 MB each (seconds for the whole analysis):');
  for (const [name, unit] of HOSTILE) {
    const text = unit.repeat(Math.ceil(MIN_BYTES / unit.length));
    const t5 = performance.now();
    pipeline.run(new Doc(text, { published: '2024-03-10' }));
    console.log(`  ${name.padEnd(38)} ${((performance.now() - t5) / 1000).toFixed(2)} s`);
  }
  console.log(`  ${'10 MB of base64, one line without spaces'.padEnd(38)} ${timeBase64(pipeline).toFixed(2)} s`);
  quoteHeavy(pipeline);
}

/**
 * The mentions stage over the analysed corpus with the shipped sparse weights and with the same
 * weights as the dense 2^22 × 9 table they replaced, in turns, best of three rounds each.
 */
function compareNerWeights(docs: readonly Doc[], tokens: number): void {
  const sparse = loadNer();
  const dense: NerModel = {
    ...sparse,
    local: { ...sparse.local, weights: denseFromSparse(sparse.local.weights as SparseWeights, sparse.local.bits) },
    document: { ...sparse.document, weights: denseFromSparse(sparse.document.weights as SparseWeights, sparse.document.bits) },
  };
  const best = new Map<string, number>();
  // Each model keeps its lexicon from document to document, as the stage's workspace does.
  const lexicons = new Map<NerModel, Lexicon>([[dense, new Lexicon(dense)], [sparse, new Lexicon(sparse)]]);
  for (let round = 0; round < 3; round++) {
    for (const [name, model] of [['dense', dense], ['sparse', sparse]] as const) {
      const started = performance.now();
      for (const doc of docs) findMentions(doc, model, lexicons.get(model));
      const seconds = (performance.now() - started) / 1000;
      best.set(name, Math.min(best.get(name) ?? Infinity, seconds));
    }
  }
  const [d, s] = [best.get('dense')!, best.get('sparse')!];
  console.log(`\nmentions stage, dense weight table (before) ${fmt(tokens / d)} tokens/s, sparse table (shipped) ${fmt(tokens / s)} tokens/s: ${(d / s).toFixed(2)}× (best of 3 rounds each)`);
}

/** Seconds to analyse 10 MB of base64 on one line (wink's tokeniser alone is quadratic in such a run). */
function timeBase64(pipeline: Pipeline): number {
  const bytes = Buffer.alloc(7.5 * MIN_BYTES);
  for (let i = 0, state = 1; i < bytes.length; i++) bytes[i] = (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24;
  const text = bytes.toString('base64');
  const started = performance.now();
  pipeline.run(new Doc(text, { published: '2024-03-10' }));
  return (performance.now() - started) / 1000;
}

/** 8 MB of quotations, tags, runs of short quotes and pronoun speakers (issue 16): the quotes stage must stay linear. */
const QUOTE_HEAVY_MB = 8;
const QUOTE_HEAVY_UNIT = '“We will meet again next week,” Smith said. “The talks were useful,” he added, “but much remains.” "a," "b," "c," said Jones, ';

/**
 * The quote-heavy text alone: `node dist/bench/run.js --quote-heavy MB`, after an untimed pass over a
 * little of it, for profiling and for comparing builds without the rest of the bench.
 */
function quoteHeavyOnly(mb: number): void {
  const pipeline = createAnalyzer(Object.keys(STAGES));
  pipeline.run(new Doc(QUOTE_HEAVY_UNIT.repeat(400), { published: '2024-03-10' }));
  quoteHeavy(pipeline, mb);
}

/**
 * Each stage's wall-clock seconds and its process CPU seconds (all of V8's threads, the
 * garbage collector's too): on a shared machine the first grows with the load, the second much less.
 */
function quoteHeavy(pipeline: Pipeline, mb = QUOTE_HEAVY_MB): void {
  const text = QUOTE_HEAVY_UNIT.repeat(Math.ceil((mb * 1048576) / QUOTE_HEAVY_UNIT.length));
  const stageMs = new Map<string, number>();
  const stageCpu = new Map<string, number>();
  const cpuSeconds = (since?: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  const began = performance.now();
  const cpuBegan = process.cpuUsage();
  let last = process.cpuUsage();
  const doc = pipeline.run(new Doc(text, { published: '2024-03-10' }), (stage, ms) => {
    stageMs.set(stage, ms);
    stageCpu.set(stage, cpuSeconds(last));
    last = process.cpuUsage();
  });
  const seconds = (performance.now() - began) / 1000;
  console.log(`\nquote-heavy text, ${mb} MB (${fmt(doc.get('quotes').length)} quotes): ${seconds.toFixed(1)} s for the whole analysis (CPU ${cpuSeconds(cpuBegan).toFixed(1)} s), quotes stage ${((stageMs.get('quotes') ?? 0) / 1000).toFixed(1)} s; load average ${loadavg()[0].toFixed(1)}`);
  console.log(`  ${[...stageMs].map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  console.log(`  CPU: ${[...stageCpu].map(([stage, s]) => `${stage} ${s.toFixed(1)} s`).join(', ')}`);
}

const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['one sentence, no punctuation', 'the president said that talks would resume on monday in paris with france and germany '],
  ['unbalanced quotation marks', '"He said "they will" meet ""on Monday" said Macron '],
  ['tens of thousands of paragraphs', 'Kyiv\n\n'],
  ['a date, a quote and a name per line', 'On Monday, President Joe Biden said the talks of March 3, 2024 had failed, officials said. "We will meet again next week," he added. '],
  ['numbers and dates only', '2024 2025 1999 12:00 3/4/2020 '],
];

main();
