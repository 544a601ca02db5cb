import { existsSync, readdirSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { parsePublished } from '../../model/dates.js';
import { ParleyError } from '../../model/errors.js';
import type { Config } from '../../config.js';
import { createDocumentAnalyzer } from '../../ingest/analyzers.js';
import { createFetcher, isUrl } from '../../ingest/fetch.js';
import { ingestStream, type IngestSummary } from '../../ingest/ingest.js';
import { readInputs } from '../../ingest/read.js';
import { EXTENSIONS } from '../../ingest/sources.js';
import { DEFAULT_MAX_ATTEMPTS } from '../../queue/queue.js';
import { enqueueInputs } from '../../queue/enqueue.js';
import { describeStore, isPostgresUrl, openStore } from '../../store/open.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { parseCommandArgs, parseTimeBudget } from '../args.js';
import { batchProgress } from '../progress.js';
import { note } from '../terminal.js';

export const usage = `parley ingest PATH|URL... [--db FILE|postgres://…] [--config FILE] [--workers N] [--published YYYY-MM-DD]
                     [--time-budget SECONDS] [--watch DIR]
       parley ingest --queue PATH|URL... --db postgres://… [--max-attempts N] [--published YYYY-MM-DD]

Analyses articles and stores them with all their layers in the store (./parley.db unless
--db, PARLEY_STORE or parley.config.json say otherwise). Inputs are files, folders (read
recursively) and http(s) URLs; each is read by its content: plain text, JSON or JSON Lines
({id, title, published, url, text}), an HTML page (article text, title, date, byline,
canonical URL, language) or an RSS/Atom feed (each item's text, or its page fetched
politely: one request at a time per host, If-Modified-Since, a Parley user agent).
Texts that are not English are stored, marked with their language, and not analysed.

Near-duplicates (copies, updates, new headlines, cuts) join one story; the same text again
is stored once with its new source, skipped before analysis, so an interrupted ingest
resumes where it stopped. Analysis runs on --workers threads (default: one per core);
progress shows on a terminal, one line per 100 documents otherwise. Every local input is
checked before anything is stored. --published dates texts that carry no date. --watch DIR
keeps running and ingests what is added to DIR (file events, and a scan every 2 s). A document over its time budget (30 s +
6 s per million characters, or --time-budget) stops the ingest with E_TOO_SLOW.

With --queue, nothing is analysed here: each document read from PATH (checked first; a bad
input queues nothing) and each URL becomes a job in the PostgreSQL store's queue, for
'parley worker' processes on any machine to take. A job is tried --max-attempts times (5)
before it is dead-lettered. 'parley status' shows the queue.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('ingest', argv, {
    ...STORE_OPTIONS, workers: { type: 'string' }, published: { type: 'string' }, 'time-budget': { type: 'string' }, watch: { type: 'string' },
    queue: { type: 'boolean' }, 'max-attempts': { type: 'string' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  const inputs = values.watch === undefined ? positionals : [...positionals, values.watch];
  if (inputs.length === 0) throw new ParleyError('E_USAGE', "ingest: no PATH given; see 'parley ingest --help'");
  const published = values.published === undefined ? null : parsePublished(values.published);
  const budgetMs = parseTimeBudget('ingest', values['time-budget']);
  const config = commandConfig(values);
  if (values.queue) return queueInputs(config, inputs, { published, watch: values.watch, maxAttempts: values['max-attempts'] }, out);
  if (values['max-attempts'] !== undefined) throw new ParleyError('E_USAGE', 'ingest: --max-attempts goes with --queue');
  const startedAt = Date.now();
  const summary = await ingestInto(config, inputs, { published, budgetMs, progress: true, allowEmpty: values.watch !== undefined });
  out.write(`${formatSummary(summary, describeStore(config))}\n`);
  if (values.watch !== undefined) await watchFolder(config, values.watch, { published, budgetMs }, out, startedAt);
  return 0;
}

async function queueInputs(
  config: Config, inputs: readonly string[], opts: { published: string | null; watch?: string; maxAttempts?: string }, out: NodeJS.WritableStream,
): Promise<number> {
  if (!isPostgresUrl(config.store)) {
    throw new ParleyError('E_USAGE', `ingest --queue: the queue lives in PostgreSQL; pass --db postgres://… (the store is ${describeStore(config)})`);
  }
  if (opts.watch !== undefined) throw new ParleyError('E_USAGE', 'ingest: --watch and --queue do not go together');
  const maxAttempts = opts.maxAttempts === undefined ? DEFAULT_MAX_ATTEMPTS : Number(opts.maxAttempts);
  if (!(/^\d{1,3}$/.test(opts.maxAttempts ?? '5') && maxAttempts >= 1 && maxAttempts <= 100)) {
    throw new ParleyError('E_USAGE', `ingest: --max-attempts must be a whole number from 1 to 100, not '${opts.maxAttempts}'`);
  }
  const queued = await enqueueInputs(config.store, inputs, { published: opts.published, maxAttempts, notify: note });
  const what = [queued.documents ? `${queued.documents} document${queued.documents === 1 ? '' : 's'}` : '', queued.urls ? `${queued.urls} URL${queued.urls === 1 ? '' : 's'}` : '']
    .filter(Boolean).join(' and ');
  out.write(`queued ${what} in ${describeStore(config)}; 'parley worker --db …' processes them, 'parley status' follows them\n`);
  return 0;
}

export interface IngestRun {
  readonly published?: string | null;
  readonly budgetMs?: number;
  readonly progress?: boolean;
  readonly keepResults?: boolean;
  /** A watched folder may start empty. */
  readonly allowEmpty?: boolean;
}

/**
 * Checks every local input first (a bad one stops the batch before the store is touched, and
 * the count gives the progress bar its total), then streams them through the analysers into
 * the store.
 */
export async function ingestInto(config: Config, inputs: readonly string[], run: IngestRun = {}): Promise<IngestSummary> {
  let total = 0;
  const local = inputs.filter((i) => !isUrl(i));
  for await (const _ of readInputs(local, { notify: note })) total++;
  if (local.length === inputs.length && total === 0 && !run.allowEmpty) {
    throw new ParleyError('E_INPUT_EMPTY', `${inputs.join(' ')}: no articles found (text, JSON, JSON Lines, HTML or feed files)`);
  }
  const fetcher = createFetcher(config.fetch);
  const store = openStore(config);
  const analyzer = createDocumentAnalyzer(Math.max(1, Math.min(config.workers, total || config.workers)), config.models, run.budgetMs);
  const progress = run.progress ? batchProgress('ingest') : null;
  try {
    return await ingestStream(store, readInputs(inputs, { published: run.published, fetcher }), analyzer, {
      total: local.length === inputs.length ? total : null, keepResults: run.keepResults, onProgress: (done, all) => progress?.update(done, all),
    });
  } finally {
    progress?.stop();
    await analyzer.close();
    await store.close();
  }
}

/** Ingests files added to or changed in a folder until the process is stopped (Ctrl-C). */
async function watchFolder(config: Config, dir: string, run: IngestRun, out: NodeJS.WritableStream, startedAt: number): Promise<void> {
  out.write(`watching ${dir} for new articles (Ctrl-C stops)\n`);
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let busy: Promise<void> = Promise.resolve();
  const flush = () => {
    const paths = [...changed].filter((p) => EXTENSIONS.has(p.slice(p.lastIndexOf('.')).toLowerCase()));
    changed.clear();
    if (paths.length === 0) return;
    busy = busy.then(async () => {
      const existing = paths.map((p) => join(dir, p)).filter((p) => existsSync(p) && statSync(p).isFile());
      if (existing.length === 0) return;
      try {
        const summary = await ingestInto(config, existing, run);
        out.write(`${formatSummary(summary, describeStore(config))}\n`);
      } catch (err) {
        note(`${(err as Error).message}`);
      }
    });
  };
  const noticed = (name: string) => {
    changed.add(name);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, 500);
  };
  const watcher = watch(dir, { recursive: true }, (_event, name) => {
    if (name) noticed(name.toString());
  });
  // a recursive watch is set up asynchronously on Linux and may miss files added meanwhile or under load:
  // a scan every few seconds notices any file whose modification time it has not seen
  const scanner = startScanning(dir, startedAt, noticed);
  await new Promise<void>((resolve) => {
    const stop = () => { watcher.close(); clearInterval(scanner); resolve(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await busy;
}

const SCAN_EVERY_MS = 2000;

/**
 * Calls `noticed` with each file of `dir` (relative path) that is new or changed since the scan before; the
 * first scan, at once, reports only files changed since `since` (the ingest's start read the others).
 */
export function startScanning(dir: string, since: number, noticed: (name: string) => void): NodeJS.Timeout {
  const seen = new Map<string, number>();
  const scan = (first: boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      return;
    }
    for (const name of names) {
      const mtime = fileTime(join(dir, name));
      if (mtime === null || seen.get(name) === mtime) continue;
      seen.set(name, mtime);
      if (!first || mtime >= since) noticed(name);
    }
  };
  scan(true);
  return setInterval(() => scan(false), SCAN_EVERY_MS);
}

function fileTime(path: string): number | null {
  try {
    const st = statSync(path);
    return st.isFile() ? st.mtimeMs : null;
  } catch {
    return null;
  }
}

export function formatSummary(s: IngestSummary, dbPath: string): string {
  const rate = s.seconds > 0 ? Math.round(s.tokens / s.seconds) : 0;
  const docsPerSecond = s.seconds > 0 ? (s.documents / s.seconds).toFixed(1) : '0';
  return `ingested ${s.documents} document${s.documents === 1 ? '' : 's'} into ${dbPath}: ${s.inserted} new, ` +
    `${s.duplicates} already stored, ${s.replaced} replaced${s.notEnglish ? `, ${s.notEnglish} not in English (stored, not analysed)` : ''}; ` +
    `${s.tokens} tokens in ${s.seconds.toFixed(1)} s (${docsPerSecond} documents/s, ${rate} tokens/s)`;
}
