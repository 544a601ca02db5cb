import { contentHash } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { PutResult, Store } from '../store/store.js';
import type { SourceDocument } from './sources.js';

export interface IngestSummary {
  readonly documents: number;
  readonly inserted: number;
  readonly duplicates: number;
  readonly replaced: number;
  readonly tokens: number;
  readonly seconds: number;
  readonly results: ReadonlyArray<PutResult & { origin: string }>;
}

/**
 * Analyses and stores each document, one transaction per document. A text already stored is
 * looked up by its hash before it is analysed, so an interrupted ingest resumes where it stopped.
 */
export async function ingestDocuments(
  store: Store, pipeline: Pipeline, docs: readonly SourceDocument[],
  onProgress: (done: number, total: number) => void = () => {},
  options: AnalyzeOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const results: Array<PutResult & { origin: string }> = [];
  let tokens = 0;
  for (const doc of docs) {
    const { origin, ...input } = doc;
    const kept = await store.keepSource(contentHash(input.text), { ...input, origin });
    if (kept !== null) {
      results.push({ ...kept, origin });
      onProgress(results.length, docs.length);
      continue;
    }
    const record = analyzeFrom(origin, () => analyze(pipeline, input, options));
    tokens += record.tokens;
    results.push({ ...(await store.put(record, { origin })), origin });
    onProgress(results.length, docs.length);
  }
  const count = (o: PutResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return {
    documents: docs.length, inserted: count('inserted'), duplicates: count('duplicate'), replaced: count('replaced'),
    tokens, seconds: (performance.now() - t0) / 1000, results,
  };
}

/** Runs an analysis, naming the document in a refusal (E_TOO_SLOW names no file by itself). */
export function analyzeFrom<T>(origin: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ParleyError && err.code === 'E_TOO_SLOW') throw new ParleyError(err.code, `${origin}: ${err.message}`);
    throw err;
  }
}
