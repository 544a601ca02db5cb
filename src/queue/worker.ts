import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FetchSettings } from '../ingest/fetch.js';
import { createFetcher } from '../ingest/fetch.js';
import { createDocumentAnalyzer, type DocumentAnalyzer } from '../ingest/analyzers.js';
import { prepareDocument } from '../ingest/ingest.js';
import { readInputs } from '../ingest/read.js';
import { toSourceDocument, type SourceDocument } from '../ingest/sources.js';
import { ParleyError } from '../model/errors.js';
import { transaction } from '../store/postgres/db.js';
import { openPostgresStore, type PostgresStore } from '../store/postgres/index.js';
import { bury, claim, complete, enqueue, fail, registerWorker, unfinished, type Job } from './queue.js';

export interface WorkerOptions {
  /** Jobs analysed at once (worker threads when more than one). */
  readonly concurrency: number;
  readonly models?: string;
  readonly budgetMs?: number;
  /** The first retry waits about this long; each later one twice as long. */
  readonly backoffBaseMs: number;
  /** How often an idle worker looks for a job. */
  readonly pollMs: number;
  /** Stop when no job is queued or running (for batch runs and tests); otherwise run until signalled. */
  readonly exitWhenEmpty: boolean;
  readonly fetch: FetchSettings;
  readonly log: (line: string) => void;
  /** Stops taking jobs; the jobs in hand are finished first. */
  readonly signal?: AbortSignal;
}

export interface WorkerSummary {
  readonly worker: number;
  readonly jobs: number;
  readonly stored: number;
  readonly retried: number;
  readonly dead: number;
  readonly seconds: number;
}

/** A job another worker took over (this one was thought dead): its work is rolled back. */
class Superseded extends Error {}

/** Input errors do not go away on a retry: the job is dead-lettered at once. */
const isPermanent = (err: unknown) => err instanceof ParleyError && (err.code.startsWith('E_INPUT') || err.code === 'E_BAD_DATE');

const optional = (payload: Record<string, unknown>, field: string): string | null =>
  typeof payload[field] === 'string' ? payload[field] as string : null;

/** A document job's payload, checked at this edge as a file would be (other machines enqueue). */
export function documentOf(job: Pick<Job, 'payload' | 'origin'>): SourceDocument {
  const doc = toSourceDocument(job.payload, job.origin);
  const p = job.payload as Record<string, unknown>;
  return { ...doc, byline: optional(p, 'byline'), language: optional(p, 'language'), fetchedAt: optional(p, 'fetchedAt') };
}

/**
 * A queue worker: claims jobs from the store's PostgreSQL database, analyses them and stores each
 * document in the transaction that marks its job done, so a worker that dies mid-job leaves no
 * trace and its job is taken again; failures are retried with backoff and dead-lettered at last.
 */
export async function runWorker(url: string, options: WorkerOptions): Promise<WorkerSummary> {
  const t0 = performance.now();
  const store = openPostgresStore(url, { max: options.concurrency + 3 });
  await store.ready();
  const session = await store.pool.connect();
  let analyzer: DocumentAnalyzer | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  const counts = { jobs: 0, stored: 0, retried: 0, dead: 0 };
  let me = 0;
  try {
    me = await registerWorker(session, hostname(), process.pid, options.concurrency);
    options.log(`worker ${me} (${hostname()}, pid ${process.pid}) started, ${options.concurrency} at a time`);
    heartbeat = setInterval(() => { session.query('UPDATE workers SET seen_at = now() WHERE id = $1', [me]).catch(() => {}); }, 5000);
    heartbeat.unref();
    analyzer = createDocumentAnalyzer(options.concurrency, options.models, options.budgetMs);
    const work = new JobRunner(store, analyzer, me, options, counts);
    await Promise.all(Array.from({ length: options.concurrency }, () => work.slot()));
  } finally {
    if (heartbeat) clearInterval(heartbeat);
    await session.query('UPDATE workers SET stopped_at = now() WHERE id = $1', [me]).catch(() => {});
    session.release();
    await analyzer?.close();
    await store.close();
  }
  return { worker: me, ...counts, seconds: (performance.now() - t0) / 1000 };
}

class JobRunner {
  private readonly fetcher;

  constructor(
    private readonly store: PostgresStore, private readonly analyzer: DocumentAnalyzer, private readonly me: number,
    private readonly options: WorkerOptions, private readonly counts: { jobs: number; stored: number; retried: number; dead: number },
  ) {
    this.fetcher = createFetcher(options.fetch);
  }

  /** One lane of work: claim, process, repeat, until stopped (or the queue is empty, if asked). */
  async slot(): Promise<void> {
    while (!this.options.signal?.aborted) {
      const job = await claim(this.store.pool, this.me);
      if (job) {
        await this.handle(job);
        continue;
      }
      if (this.options.exitWhenEmpty && (await unfinished(this.store.pool)) === 0) return;
      await sleep(this.options.pollMs, undefined, { signal: this.options.signal }).catch(() => {});
    }
  }

  private async handle(job: Job): Promise<void> {
    this.counts.jobs++;
    const t0 = performance.now();
    if (job.attempts > job.maxAttempts) {
      await bury(this.store.pool, job, `its worker stopped while processing it, ${job.maxAttempts} times`);
      this.counts.dead++;
      return this.options.log(`job ${job.id} ${job.origin}: dead-lettered, its workers died ${job.maxAttempts} times`);
    }
    try {
      const done = job.kind === 'url' ? await this.expandUrl(job) : await this.storeDocument(job);
      this.options.log(`job ${job.id} ${job.origin}: ${done} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (err) {
      if (err instanceof Superseded) return this.options.log(`job ${job.id} ${job.origin}: taken over by another worker; rolled back`);
      const message = String((err as Error).message ?? err).split('\n')[0];
      const next = await fail(this.store.pool, job, this.me, message, { permanent: isPermanent(err), backoffBaseMs: this.options.backoffBaseMs });
      this.counts[next === 'dead' ? 'dead' : 'retried']++;
      this.options.log(`job ${job.id} ${job.origin}: failed (try ${job.attempts} of ${job.maxAttempts}): ${message}; ${next === 'dead' ? 'dead-lettered' : 'will retry'}`);
    }
  }

  /** Analyses a document and stores it in the transaction that marks its job done. */
  private async storeDocument(job: Job): Promise<string> {
    const doc = documentOf(job);
    const ready = await prepareDocument(this.store, this.analyzer, doc);
    const result = await transaction(this.store.pool, async (client) => {
      const put = 'kept' in ready ? ready.kept : await this.store.putWith(client, ready.record, { origin: doc.origin, fetchedAt: doc.fetchedAt ?? null });
      if (!(await complete(client, job, this.me, put.outcome, put.id))) throw new Superseded();
      return put;
    });
    if (result.outcome !== 'duplicate') this.counts.stored++;
    return `${result.outcome} ${result.id} (${result.story})`;
  }

  /** Fetches a URL (a page or a feed) and queues each document it holds, in the transaction that ends its job. */
  private async expandUrl(job: Job): Promise<string> {
    const url = String((job.payload as { url?: unknown }).url ?? '');
    const docs: SourceDocument[] = [];
    for await (const doc of readInputs([url], { fetcher: this.fetcher })) docs.push(doc);
    await transaction(this.store.pool, async (client) => {
      await enqueue(client, docs.map(({ origin, ...payload }) => ({ kind: 'document' as const, payload, origin })), job.maxAttempts);
      if (!(await complete(client, job, this.me, 'fetched', null))) throw new Superseded();
    });
    return `fetched, ${docs.length} document${docs.length === 1 ? '' : 's'} queued`;
  }
}
