import { Doc, type DocMeta } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import { toRecord, type AnalysisRecord } from '../model/record.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { FULL_ANALYSIS, STAGES, loadResources, type ResourcePaths } from './presets.js';

/**
 * Builds the named stages into a pipeline with their resources loaded; unknown names fail
 * here. `observeLoad` hears how long each resource took to load (for benchmarks).
 */
export function createAnalyzer(
  stageNames: readonly string[] = FULL_ANALYSIS, observeLoad?: (resource: string, ms: number) => void, paths: ResourcePaths = {},
): Pipeline {
  const stages = stageNames.map((name) => {
    const stage = STAGES[name];
    if (!stage) throw new ParleyError('E_PIPELINE_UNKNOWN_STAGE', `unknown stage '${name}'; known stages: ${Object.keys(STAGES).join(', ')}`);
    return stage;
  });
  return buildPipeline(stages, { resources: loadResources(stages, observeLoad, paths) });
}

export interface AnalyzeInput extends Partial<DocMeta> {
  readonly text: string;
}

/**
 * The time one document may take: 30 s, and 6 s more per million characters (a 10 MB article,
 * the largest accepted, gets 90 s). Generous on purpose: every stage is meant to be linear, and
 * this is only the last line of defence against a text none of them was made for.
 */
export function defaultTimeBudgetMs(textLength: number): number {
  return 30_000 + 6 * (textLength / 1000);
}

export interface AnalyzeOptions {
  /** Milliseconds the document may take before it is refused with E_TOO_SLOW; by default `defaultTimeBudgetMs`. */
  readonly budgetMs?: number;
}

/** Analyses one article into its record, within its time budget. */
export function analyze(pipeline: Pipeline, input: AnalyzeInput, options: AnalyzeOptions = {}): AnalysisRecord {
  const { text, ...meta } = input;
  return toRecord(pipeline.run(new Doc(text, meta), undefined, options.budgetMs ?? defaultTimeBudgetMs(text.length)));
}
