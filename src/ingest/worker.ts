import { workerData } from 'node:worker_threads';
import { ParleyError } from '../model/errors.js';
import type { AnalysisRecord } from '../model/record.js';
import { analyze, createAnalyzer, type AnalyzeInput } from '../pipeline/analyze.js';

/** One analysis worker: loads the models once, then analyses what the pool sends it. */
const pipeline = createAnalyzer(undefined, undefined, { models: (workerData as { models?: string } | undefined)?.models });

export type WorkerAnswer = { record: AnalysisRecord } | { error: { code: string; message: string } };

/** Errors do not keep their class across threads; a coded error travels as data and is rebuilt. */
export default function analyzeInWorker(task: { input: AnalyzeInput; budgetMs?: number }): WorkerAnswer {
  try {
    return { record: analyze(pipeline, task.input, { budgetMs: task.budgetMs }) };
  } catch (err) {
    if (err instanceof ParleyError) return { error: { code: err.code, message: err.message } };
    throw err;
  }
}
