import type { AnalysisRecord } from '../model/record.js';
import { analyze, type AnalyzeInput } from '../pipeline/analyze.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { prepareRecord, type PreparedRecord } from '../store/prepared.js';
import { nonEnglishLanguage } from './language.js';

/**
 * A document read for storing: its analysis with what storing it needs worked out (hash, fingerprint,
 * JSON layers), or its language when it is not English and is stored unanalysed.
 */
export type Reading = { record: AnalysisRecord; prepared: PreparedRecord } | { language: string };

/** What a reading is asked for: the text to analyse and the byline its source gave (kept on the record). */
export interface ReadTask {
  readonly input: AnalyzeInput;
  readonly byline?: string | null;
  readonly budgetMs?: number;
}

/** Detects the language, analyses an English text and prepares its record: all a document's work that needs no store. */
export function readDocument(pipeline: Pipeline, task: ReadTask): Reading {
  const language = nonEnglishLanguage(task.input.text);
  if (language) return { language };
  const record = analyze(pipeline, task.input, { budgetMs: task.budgetMs });
  if (task.byline) record.document.byline = task.byline;
  return { record, prepared: prepareRecord(record) };
}
