import { workerData } from 'node:worker_threads';
import { ParleyError } from '../model/errors.js';
import type { AnalysisRecord } from '../model/record.js';
import { analyze, createAnalyzer, type AnalyzeInput } from '../pipeline/analyze.js';
import { readDocument, type Reading, type ReadTask } from './reading.js';

/** One analysis worker: loads the models once, then analyses what the pool sends it. */
const pipeline = createAnalyzer(undefined, undefined, { models: (workerData as { models?: string } | undefined)?.models });

export type WorkerAnswer<T = { record: AnalysisRecord }> = T | { error: { code: string; message: string } };

/** Errors do not keep their class across threads; a coded error travels as data and is rebuilt. */
function answered<T>(run: () => T): WorkerAnswer<T> {
  try {
    return run();
  } catch (err) {
    if (err instanceof ParleyError) return { error: { code: err.code, message: err.message } };
    throw err;
  }
}

export default function analyzeInWorker(task: { input: AnalyzeInput; budgetMs?: number }): WorkerAnswer {
  return answered(() => ({ record: analyze(pipeline, task.input, { budgetMs: task.budgetMs }) }));
}

/** A document read for storing (language, analysis, prepared record): the pool's `read` task. */
export function readInWorker(task: ReadTask): WorkerAnswer<{ reading: Reading }> {
  return answered(() => ({ reading: readDocument(pipeline, task) }));
}
