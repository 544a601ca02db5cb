import { Piscina } from 'piscina';
import { ParleyError, type ErrorCode } from '../model/errors.js';
import type { AnalysisRecord } from '../model/record.js';
import { analyze, createAnalyzer, type AnalyzeInput } from '../pipeline/analyze.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { readDocument, type Reading, type ReadTask } from './reading.js';
import type { WorkerAnswer } from './worker.js';

/** Something that turns inputs into records, perhaps several at once. */
export interface DocumentAnalyzer {
  /** How many documents it analyses at the same time. */
  readonly concurrency: number;
  /** How many documents it takes at once: those it analyses and those its threads hold for when they are free. */
  readonly capacity: number;
  analyze(input: AnalyzeInput): Promise<AnalysisRecord>;
  /** Reads a document for storing: its language, and its analysis with the record prepared (in the analysing thread). */
  read(task: Omit<ReadTask, 'budgetMs'>): Promise<Reading>;
  close(): Promise<void>;
}

/** Analyses in this thread, one document at a time. */
export function inProcessAnalyzer(pipeline: Pipeline, budgetMs?: number): DocumentAnalyzer {
  return {
    concurrency: 1,
    capacity: 1,
    analyze: async (input) => analyze(pipeline, input, { budgetMs }),
    read: async (task) => readDocument(pipeline, { ...task, budgetMs }),
    close: async () => {},
  };
}

/**
 * How many documents a worker thread holds: the one it analyses and seven more, which it starts on its
 * own while the main thread is busy writing a batch (a worker that held only one more waited for the main
 * thread 14–19 % of the time in 400-article ingests; holding three, 8–12 %, at load average 9–13). Seven
 * documents take longer to analyse than the main thread takes to write a batch of WRITE_BATCH (about 2 ms each).
 */
export const TASKS_PER_WORKER = 8;

/**
 * A pool of worker threads, each with its own models, analysing one document at a time and holding
 * the next ones (TASKS_PER_WORKER), so that a worker does not wait for the main thread to be sent work.
 */
export function workerPoolAnalyzer(workers: number, models: string | undefined, budgetMs?: number): DocumentAnalyzer {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: TASKS_PER_WORKER, idleTimeout: 60_000,
    workerData: { models },
  });
  return {
    concurrency: workers,
    capacity: workers * TASKS_PER_WORKER,
    async analyze(input) {
      return answerOf((await pool.run({ input, budgetMs })) as WorkerAnswer).record;
    },
    async read(task) {
      return answerOf((await pool.run({ ...task, budgetMs }, { name: 'readInWorker' })) as WorkerAnswer<{ reading: Reading }>).reading;
    },
    close: () => pool.destroy(),
  };
}

/** A worker's answer, or its error rebuilt as the coded error it was. */
function answerOf<T extends object>(answer: WorkerAnswer<T>): T {
  if ('error' in answer) throw new ParleyError(answer.error.code as ErrorCode, answer.error.message);
  return answer as T;
}

/** One worker per core asked for; a single worker runs in this thread (no thread start-up, same result). */
export function createDocumentAnalyzer(workers: number, models?: string, budgetMs?: number): DocumentAnalyzer {
  return workers > 1 ? workerPoolAnalyzer(workers, models, budgetMs) : inProcessAnalyzer(createAnalyzer(undefined, undefined, { models }), budgetMs);
}
