import { ParleyError } from '../../model/errors.js';
import { parsePublished } from '../../model/dates.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { ingestDocuments, type IngestSummary } from '../../ingest/ingest.js';
import { listInputFiles, readSourceFile, type SourceDocument } from '../../ingest/sources.js';
import type { Config } from '../../config.js';
import { describeStore, openStore } from '../../store/open.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { parseCommandArgs, parseTimeBudget, progressBar } from '../args.js';
import { note } from '../terminal.js';

export const usage = `parley ingest PATH... [--db FILE] [--config FILE] [--published YYYY-MM-DD] [--time-budget SECONDS]

Analyses files or folders of .txt, .json and .jsonl articles (JSON objects
{id, title, published, url, text}) and stores them with all their layers in the
SQLite store (./parley.db unless --db says otherwise). --published dates .txt files.
Re-ingesting the same text is a no-op, skipped before analysis, so an interrupted ingest
resumes where it stopped. Every input is checked before anything is stored. A document
that takes longer than its time budget (30 s + 6 s per million characters, or
--time-budget) stops the ingest with E_TOO_SLOW; the documents before it stay stored.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('ingest', argv, {
    ...STORE_OPTIONS, published: { type: 'string' }, 'time-budget': { type: 'string' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length === 0) throw new ParleyError('E_USAGE', "ingest: no PATH given; see 'parley ingest --help'");
  const published = values.published === undefined ? null : parsePublished(values.published);
  const budgetMs = parseTimeBudget('ingest', values['time-budget']);
  const docs = loadSources(positionals, published);
  const config = commandConfig(values);
  const summary = await ingestInto(config, docs, budgetMs);
  out.write(`${formatSummary(summary, describeStore(config))}\n`);
  return 0;
}

/** Reads and validates every input first: a bad one stops the batch before the store is touched. */
export function loadSources(paths: readonly string[], published: string | null = null): SourceDocument[] {
  const files = listInputFiles(paths, note);
  if (files.length === 0) throw new ParleyError('E_INPUT_EMPTY', `${paths.join(' ')}: no .txt, .json or .jsonl files found`);
  return files.flatMap((file) => readSourceFile(file, note)).map((d) => (d.published ? d : { ...d, published: d.published ?? published }));
}

export async function ingestInto(config: Config, docs: readonly SourceDocument[], budgetMs?: number): Promise<IngestSummary> {
  const pipeline = createAnalyzer(undefined, undefined, { models: config.models });
  const store = openStore(config);
  try {
    return await ingestDocuments(store, pipeline, docs, progressBar('ingesting'), { budgetMs });
  } finally {
    await store.close();
  }
}

export function formatSummary(s: IngestSummary, dbPath: string): string {
  const rate = s.seconds > 0 ? Math.round(s.tokens / s.seconds) : 0;
  return `ingested ${s.documents} document${s.documents === 1 ? '' : 's'} into ${dbPath}: ${s.inserted} new, ` +
    `${s.duplicates} already stored, ${s.replaced} replaced; ${s.tokens} tokens in ${s.seconds.toFixed(1)} s (${rate} tokens/s)`;
}
