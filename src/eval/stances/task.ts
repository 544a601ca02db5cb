import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ParleyError } from '../../model/errors.js';
import type { AnalysisRecord } from '../../model/record.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import type { EvalTask } from '../task.js';
import { stanceCheckHolds, type StanceCheck } from './check.js';

export interface StancesEvalResult {
  task: 'stances';
  articles: number;
  checks: number;
  passed: number;
  required: { checks: number; passed: number };
  bonus: { checks: number; passed: number };
  /** Stances Parley produced over all the articles. */
  systemStances: number;
  /** The checks that failed, by article. */
  failed: Array<{ article: string; tier: 'required' | 'bonus'; holder: string; polarity: string; topic: string }>;
  /** With --list: every stance produced, with its topic and evidence, for reading. */
  list?: Array<{ article: string; holder: string; holderActor: string | null; polarity: string; topic: string; cue: string; evidence: string; by: string }>;
}

interface Expectation {
  readonly file: string;
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly required: readonly StanceCheck[];
  readonly bonus: readonly StanceCheck[];
}

export const stancesEval: EvalTask<StancesEvalResult> = {
  usage: `parley eval stances --expect DIR_OR_FILE [MORE...] [--articles FILE] [--list] [--json]

Analyses every article of the expectation files (shared/spec/articles/*.json, shared/spec/seed-expected.json)
and scores their stance checks as shared/tools/check-analysis.mjs does: a stance of that holder, of one of
the polarities, whose topic label or evidence holds one of the topic words. An expectation's "article" is a
file beside it or "wikinews:ID", read from --articles (by default ../shared/data/wikinews/articles.jsonl).
--list prints every stance Parley produced, with its evidence, so a person can judge precision.`,
  options: { expect: { type: 'string' }, articles: { type: 'string' }, list: { type: 'boolean' } },
  async run(values, positionals) {
    if (typeof values.expect !== 'string') throw new ParleyError('E_USAGE', "eval stances: give --expect DIR (a folder of expectation files); see 'parley eval stances --help'");
    const corpus = new ArticleCorpus(typeof values.articles === 'string' ? values.articles : '../shared/data/wikinews/articles.jsonl');
    const expectations = [values.expect, ...positionals].flatMap(expectationFiles).map((f) => readExpectation(f, corpus));
    const pipeline = createAnalyzer();
    const result: StancesEvalResult = {
      task: 'stances', articles: expectations.length, checks: 0, passed: 0,
      required: { checks: 0, passed: 0 }, bonus: { checks: 0, passed: 0 }, systemStances: 0, failed: [], ...(values.list ? { list: [] } : {}),
    };
    for (const exp of expectations) {
      const record = analyze(pipeline, { text: exp.text, published: exp.published, id: exp.id });
      result.systemStances += record.stances.length;
      score(result, exp, record);
      if (result.list) result.list.push(...listed(exp.id, record));
    }
    return result;
  },
  table(r) {
    const share = (p: number, n: number) => (n ? ` (${((100 * p) / n).toFixed(1)} %)` : '');
    const lines = [
      `stances: ${r.articles} articles, ${r.passed} of ${r.checks} checks hold${share(r.passed, r.checks)}; required ${r.required.passed}/${r.required.checks}, bonus ${r.bonus.passed}/${r.bonus.checks}`,
      `${r.systemStances} stances produced`,
    ];
    for (const f of r.failed) lines.push(`  FAIL ${f.tier.padEnd(8)} ${f.article}  ${f.holder} ${f.polarity} ${f.topic}`);
    for (const s of r.list ?? []) lines.push(`  ${s.article}  ${s.holder} (${s.holderActor ?? '-'}) ${s.polarity.toUpperCase()} «${s.topic}»  cue "${s.cue}"  [${s.by}]\n      ${s.evidence}`);
    return lines.join('\n');
  },
};

function score(result: StancesEvalResult, exp: Expectation, record: AnalysisRecord): void {
  for (const tier of ['required', 'bonus'] as const) {
    for (const check of exp[tier]) {
      const holds = stanceCheckHolds(record, check);
      result.checks++;
      result[tier].checks++;
      if (holds) {
        result.passed++;
        result[tier].passed++;
      } else {
        result.failed.push({ article: exp.id, tier, holder: check.holder[0] ?? '?', polarity: check.polarity.join('|'), topic: check.topic[0] ?? '?' });
      }
    }
  }
}

function listed(article: string, record: AnalysisRecord): NonNullable<StancesEvalResult['list']> {
  const labels = new Map(record.topics.map((t) => [t.id, t.label]));
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  return record.stances.map((s) => ({
    article,
    holder: names.get(s.holder) ?? s.holder,
    holderActor: s.holderActor,
    polarity: s.polarity,
    topic: labels.get(s.topic) ?? s.topic,
    cue: s.cue,
    evidence: record.document.text.slice(s.start, s.end).replace(/\s+/g, ' '),
    by: s.by,
  }));
}

function expectationFiles(path: string): string[] {
  if (!existsSync(path)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval stances: ${path} does not exist`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
}

function readExpectation(file: string, corpus: ArticleCorpus): Expectation {
  let data: { article?: unknown; published?: unknown; required?: unknown; bonus?: unknown };
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ParleyError('E_INPUT_UNREADABLE', `eval stances: cannot read ${file} as JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof data.article !== 'string') throw new ParleyError('E_INPUT_FORMAT', `eval stances: ${file} has no "article" (a file beside it or wikinews:ID)`);
  const stances = (x: unknown) => (Array.isArray(x) ? x.filter((c): c is StanceCheck => c?.kind === 'stance') : []);
  const wikinews = data.article.startsWith('wikinews:') ? data.article.slice('wikinews:'.length) : null;
  const text = wikinews ? corpus.text(wikinews, file) : readFileSync(resolve(dirname(file), data.article), 'utf8');
  return {
    file,
    id: wikinews ?? basename(file, '.json'),
    text,
    published: typeof data.published === 'string' ? data.published : null,
    required: stances(data.required),
    bonus: stances(data.bonus),
  };
}

/** The Wikinews articles expectation files name (`wikinews:ID`), read from the JSONL file once, when first asked. */
class ArticleCorpus {
  private texts: Map<string, string> | null = null;

  constructor(private readonly path: string) {}

  text(id: string, file: string): string {
    const text = this.read(id, file).get(id);
    if (text === undefined) throw new ParleyError('E_INPUT_FORMAT', `eval stances: ${file} names wikinews:${id}, which is not in ${this.path}`);
    return text;
  }

  private read(id: string, file: string): Map<string, string> {
    if (this.texts) return this.texts;
    if (!existsSync(this.path)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval stances: ${file} names wikinews:${id}, but the articles file ${this.path} does not exist (give --articles FILE)`);
    this.texts = new Map();
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; text: string };
      this.texts.set(a.id, a.text);
    }
    return this.texts;
  }
}
