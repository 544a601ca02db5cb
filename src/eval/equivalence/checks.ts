import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { AnalysisRecord } from '../../model/record.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { SPEC, checkLines } from './spec-check.js';

/**
 * One output the refactorings of issue 24 must leave unchanged: a `parley eval` run, a checker's
 * report, or the layers of a corpus. `run` returns a JSON value that is stored as the baseline.
 */
export interface EquivalenceCheck {
  readonly name: string;
  /** In the fast subset CI runs on every landing (the demo corpus and the seed). */
  readonly fast: boolean;
  run(context: CheckContext): unknown;
}

/** What the checks of one run share: the full analyser, loaded once, when a check first needs it. */
export interface CheckContext {
  analyzer(): Pipeline;
}

export function checkContext(): CheckContext {
  let pipeline: Pipeline | null = null;
  return { analyzer: () => (pipeline ??= createAnalyzer()) };
}

const REPO = new URL('../../../', import.meta.url).pathname;
const SHARED = new URL('../../../../shared/', import.meta.url).pathname;
const CLI = `${REPO}bin/parley.js`;
const DEMO = `${REPO}data/samples/demo.jsonl`;
const WIKINEWS = `${SHARED}data/wikinews/articles.jsonl`;

interface Article { readonly id: string; readonly published: string | null; readonly text: string }

function readJsonl(file: string): Article[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Article);
}

/** Fields that measure speed ("tokensPerSecond"), which no two runs share. */
const TIMING = /(?:PerSecond|Seconds|Ms)$/;

/** `parley eval <args> --json` as a separate process, exactly as a user runs it, without its timings. */
function parleyEval(args: readonly string[]): unknown {
  const out = execFileSync(process.execPath, [CLI, 'eval', ...args, '--json'], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out, (key, value) => (TIMING.test(key) ? undefined : value));
}

function evalCheck(name: string, args: readonly string[]): EquivalenceCheck {
  return { name, fast: false, run: () => parleyEval(args) };
}

/** The layers a record's time, quote and mention stages wrote, one readable line per item. */
function layers(record: AnalysisRecord): { timexes: string[]; quotes: string[]; mentions: string[] } {
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const span = (s: { start: number; end: number } | null) => (s ? `${s.start}-${s.end}` : '-');
  return {
    timexes: record.timexes.map((t) => `${span(t)} ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''} ${t.by} «${t.text}»`),
    quotes: record.quotes.map((q) => `${span(q)} ${q.kind} speaker=${q.speaker ? names.get(q.speaker) : '-'}@${span(q.speakerSpan)} cue=${q.cue ?? '-'}@${span(q.cueSpan)} date=${q.date ?? '-'} ${q.by}`),
    mentions: record.entities.flatMap((e) => e.mentions.map((m) => `${span(m)} ${e.type} «${record.document.text.slice(m.start, m.end)}»`)).sort(),
  };
}

const demoCheck: EquivalenceCheck = {
  name: 'demo-layers',
  fast: true,
  run: (context) => Object.fromEntries(readJsonl(DEMO).map((a) => [a.id, layers(analyze(context.analyzer(), a))])),
};

const seedCheck: EquivalenceCheck = {
  name: 'seed',
  fast: true,
  run: (context) => checkLines(`${SPEC}/seed-expected.json`, analyze(context.analyzer(), { text: readFileSync(`${SPEC}/seed-article.txt`, 'utf8'), published: '2025-01-14' })),
};

/** The twelve hand-read Wikinews articles of spec/articles, scored as their README says. */
const articlesCheck: EquivalenceCheck = {
  name: 'articles',
  fast: false,
  run: (context) => {
    const texts = new Map(readJsonl(WIKINEWS).map((a) => [a.id, a.text]));
    const out: Record<string, string[]> = {};
    for (const file of readdirSync(`${SPEC}/articles`).filter((f) => f.endsWith('.json')).sort()) {
      const id = file.replace(/\.json$/, '');
      const text = texts.get(id);
      if (text === undefined) throw new Error(`spec/articles/${file}: no article ${id} in ${WIKINEWS}`);
      const { published } = JSON.parse(readFileSync(`${SPEC}/articles/${file}`, 'utf8')) as { published: string };
      out[id] = checkLines(`${SPEC}/articles/${file}`, analyze(context.analyzer(), { id, text, published }));
    }
    return out;
  },
};

/**
 * The time layer of all 315 Wikinews articles (segment, anchor and time only): per article the number
 * of timexes and a digest of them, so a change points at the articles it touched.
 */
const wikinewsTimeCheck: EquivalenceCheck = {
  name: 'time-wikinews',
  fast: false,
  run: () => {
    const pipeline = createAnalyzer(['segment', 'anchor', 'time']);
    const out: Record<string, string> = {};
    for (const article of readJsonl(WIKINEWS)) {
      const { timexes } = analyze(pipeline, article);
      const lines = timexes.map((t) => `${t.start}-${t.end} ${t.type} ${t.value} ${t.mod ?? '-'} ${t.by}`).join('\n');
      out[article.id] = `${timexes.length} ${createHash('sha256').update(lines).digest('hex').slice(0, 16)}`;
    }
    return out;
  },
};

/** Every check, in the order they run: the fast ones first. */
export const CHECKS: readonly EquivalenceCheck[] = [
  demoCheck,
  seedCheck,
  evalCheck('time-tbaq', ['time', '--timeml', `${SHARED}data/tempeval3/TBAQ-cleaned`]),
  evalCheck('time-meantime', ['time', '--meantime', `${SHARED}data/meantime/intra_cross-doc_annotation`]),
  evalCheck('dates-gum', ['dates', '--gum', `${SHARED}data/gum/xml`]),
  evalCheck('dates-ecb', ['dates', '--ecb', `${SHARED}data/cdec/ecbplus/ECB+`]),
  wikinewsTimeCheck,
  evalCheck('quotes-polnear', ['quotes', '--brat', `${SHARED}data/polnear/dev`]),
  evalCheck('ner-conll', ['ner', '--conll', `${SHARED}data/conll2003/valid.txt`]),
  evalCheck('ner-conll-retokenized', ['ner', '--conll', `${SHARED}data/conll2003/valid.txt`, '--retokenize']),
  articlesCheck,
];
