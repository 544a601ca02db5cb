import type pg from 'pg';
import { one, rows, transaction, type Queryable } from '../store/postgres/db.js';
import type { SourceDocument } from '../ingest/sources.js';

/**
 * The ingest queue in the store's PostgreSQL database (tables in `store/postgres/migrations.ts`).
 * Jobs are claimed with `FOR UPDATE SKIP LOCKED`, so workers never wait on each other's rows. A
 * worker holds a session advisory lock on (`WORKER_LOCK_CLASS`, its id) for as long as it lives; a
 * running job whose worker no longer holds it died with its process, and is claimed again.
 */
/** The advisory lock class of workers: one per schema, so stores sharing a database do not share worker locks. */
const WORKER_LOCK_CLASS = "hashtext('parley-worker:' || current_schema())";

export type JobKind = 'document' | 'url';

/** What a document job carries: the document as read where it was enqueued. */
export type DocumentPayload = Omit<SourceDocument, 'origin'>;

export interface Job {
  readonly id: number;
  readonly kind: JobKind;
  readonly payload: unknown;
  readonly origin: string;
  readonly attempts: number;
  readonly maxAttempts: number;
}

export interface NewJob {
  readonly kind: JobKind;
  readonly payload: unknown;
  readonly origin: string;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** Adds jobs with the caller's client (one transaction for a whole batch: all or nothing). */
export async function enqueue(db: Queryable, jobs: readonly NewJob[], maxAttempts = DEFAULT_MAX_ATTEMPTS): Promise<number> {
  for (let i = 0; i < jobs.length; i += 500) {
    const chunk = jobs.slice(i, i + 500);
    await db.query(`INSERT INTO jobs (kind, payload, origin, max_attempts)
      SELECT * FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::int[])`,
    [chunk.map((j) => j.kind), chunk.map((j) => JSON.stringify(j.payload)), chunk.map((j) => j.origin), chunk.map(() => maxAttempts)]);
  }
  if (jobs.length > 0) await db.query("NOTIFY parley_jobs");
  return jobs.length;
}

/** Registers a worker and takes its liveness lock on `session` (a connection it keeps while it runs). */
export async function registerWorker(session: pg.ClientBase, host: string, pid: number, concurrency: number): Promise<number> {
  const { rows: [w] } = await session.query<{ id: number }>('INSERT INTO workers (host, pid, concurrency) VALUES ($1, $2, $3) RETURNING id', [host, pid, concurrency]);
  await session.query(`SELECT pg_advisory_lock(${WORKER_LOCK_CLASS}, $1)`, [w.id]);
  return w.id;
}

const ALIVE = `EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid = (${WORKER_LOCK_CLASS})::oid AND l.objid = w_id::oid AND l.objsubid = 2)`;
const aliveWorker = (column: string) => ALIVE.replace('w_id', column);

/**
 * Claims the next job for `worker`: a queued job that is due, or a running job whose worker died.
 * Counts the attempt at once (committed), so a job that kills every worker that takes it still
 * reaches its last attempt.
 */
export async function claim(pool: pg.Pool, worker: number): Promise<Job | null> {
  const row = await one<{ id: number; kind: JobKind; payload: unknown; origin: string; attempts: number; max_attempts: number }>(pool, `
    WITH next AS (
      SELECT id FROM jobs
      WHERE (state = 'queued' AND run_at <= now()) OR (state = 'running' AND NOT ${aliveWorker('jobs.worker_id')})
      ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    UPDATE jobs SET state = 'running', attempts = attempts + 1, worker_id = ?, started_at = now()
    FROM next WHERE jobs.id = next.id
    RETURNING jobs.id, jobs.kind, jobs.payload, jobs.origin, jobs.attempts, jobs.max_attempts`, [worker]);
  return row ? { id: row.id, kind: row.kind, payload: row.payload, origin: row.origin, attempts: row.attempts, maxAttempts: row.max_attempts } : null;
}

/**
 * Marks a job done inside the transaction that stored its work. False when the job is no longer
 * this worker's attempt (another worker took it over): the caller must roll back.
 */
export async function complete(db: pg.PoolClient, job: Job, worker: number, outcome: string, documentId: string | null): Promise<boolean> {
  const done = await db.query(`UPDATE jobs SET state = 'done', finished_at = now(), outcome = $1, document_id = $2, last_error = NULL
    WHERE id = $3 AND worker_id = $4 AND attempts = $5 AND state = 'running'`, [outcome, documentId, job.id, worker, job.attempts]);
  return done.rowCount === 1;
}

/** The wait before try `attempt + 1`: doubling from `baseMs`, with jitter, at most an hour. */
export function backoffMs(attempt: number, baseMs: number, random = Math.random): number {
  return Math.min(3_600_000, baseMs * 2 ** (attempt - 1)) * (0.75 + 0.5 * random());
}

/**
 * A failed attempt: the job waits for its next try, or, after its last try (or at once, when
 * the input itself is bad), moves to `dead_jobs` with the error.
 */
export async function fail(pool: pg.Pool, job: Job, worker: number, error: string, options: { permanent: boolean; backoffBaseMs: number }): Promise<'retry' | 'dead'> {
  return transaction(pool, async (db) => {
    const mine = await one(db, "SELECT 1 FROM jobs WHERE id = ? AND worker_id = ? AND attempts = ? AND state = 'running' FOR UPDATE", [job.id, worker, job.attempts]);
    if (!mine) return 'retry';
    if (options.permanent || job.attempts >= job.maxAttempts) {
      await db.query(`INSERT INTO dead_jobs (id, kind, payload, origin, attempts, error, enqueued_at)
        SELECT id, kind, payload, origin, attempts, $1, enqueued_at FROM jobs WHERE id = $2`, [error, job.id]);
      await db.query('DELETE FROM jobs WHERE id = $1', [job.id]);
      return 'dead';
    }
    await db.query(`UPDATE jobs SET state = 'queued', worker_id = NULL, last_error = $1, run_at = now() + $2 * interval '1 millisecond'
      WHERE id = $3`, [error, Math.round(backoffMs(job.attempts, options.backoffBaseMs)), job.id]);
    return 'retry';
  });
}

/** Moves a job out of the queue when its attempts are spent by workers that died taking it. */
export async function bury(pool: pg.Pool, job: Job, error: string): Promise<void> {
  await transaction(pool, async (db) => {
    await db.query(`INSERT INTO dead_jobs (id, kind, payload, origin, attempts, error, enqueued_at)
      SELECT id, kind, payload, origin, attempts - 1, $1, enqueued_at FROM jobs WHERE id = $2`, [error, job.id]);
    await db.query('DELETE FROM jobs WHERE id = $1', [job.id]);
  });
}

/** Jobs not finished: queued (due or waiting for a retry) or running. */
export async function unfinished(db: Queryable): Promise<number> {
  return (await one<{ n: number }>(db, "SELECT COUNT(*)::int AS n FROM jobs WHERE state <> 'done'"))!.n;
}

export interface QueueStatus {
  readonly queued: number;
  /** Queued jobs waiting for a retry after a failure. */
  readonly retrying: number;
  readonly running: number;
  readonly done: number;
  readonly dead: number;
  /** Jobs finished in the last minute and in the last 10 minutes. */
  readonly doneLastMinute: number;
  readonly doneLast10Minutes: number;
  readonly workers: ReadonlyArray<{ id: number; host: string; pid: number; concurrency: number; startedAt: string; running: number }>;
  readonly lastFailures: ReadonlyArray<{ id: number; origin: string; attempts: number; error: string; failedAt: string }>;
}

export async function queueStatus(db: Queryable): Promise<QueueStatus> {
  const [counts] = await rows<Omit<QueueStatus, 'workers' | 'lastFailures'>>(db, `SELECT
    COUNT(*) FILTER (WHERE state = 'queued' AND attempts = 0)::int AS queued,
    COUNT(*) FILTER (WHERE state = 'queued' AND attempts > 0)::int AS retrying,
    COUNT(*) FILTER (WHERE state = 'running')::int AS running,
    COUNT(*) FILTER (WHERE state = 'done')::int AS done,
    (SELECT COUNT(*) FROM dead_jobs)::int AS dead,
    COUNT(*) FILTER (WHERE state = 'done' AND finished_at > now() - interval '1 minute')::int AS "doneLastMinute",
    COUNT(*) FILTER (WHERE state = 'done' AND finished_at > now() - interval '10 minutes')::int AS "doneLast10Minutes"
    FROM jobs`);
  const workers = await rows<QueueStatus['workers'][number]>(db, `
    SELECT w.id, w.host, w.pid, w.concurrency, to_char(w.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "startedAt",
           (SELECT COUNT(*) FROM jobs j WHERE j.state = 'running' AND j.worker_id = w.id)::int AS running
    FROM workers w WHERE ${aliveWorker('w.id')} ORDER BY w.id`);
  const lastFailures = await rows<QueueStatus['lastFailures'][number]>(db, `
    SELECT id, origin, attempts, error, to_char(failed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "failedAt"
    FROM dead_jobs ORDER BY failed_at DESC, id DESC LIMIT 5`);
  return { ...counts, workers, lastFailures };
}
