import { Doc, type DocMeta } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import { toRecord, type AnalysisRecord } from '../model/record.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { FULL_ANALYSIS, STAGES, loadResources } from './presets.js';

/**
 * Builds the named stages into a pipeline with their resources loaded; unknown names fail
 * here. `observeLoad` hears how long each resource took to load (for benchmarks).
 */
export function createAnalyzer(stageNames: readonly string[] = FULL_ANALYSIS, observeLoad?: (resource: string, ms: number) => void): Pipeline {
  const stages = stageNames.map((name) => {
    const stage = STAGES[name];
    if (!stage) throw new ParleyError('E_PIPELINE_UNKNOWN_STAGE', `unknown stage '${name}'; known stages: ${Object.keys(STAGES).join(', ')}`);
    return stage;
  });
  return buildPipeline(stages, { resources: loadResources(stages, observeLoad) });
}

export interface AnalyzeInput extends Partial<DocMeta> {
  readonly text: string;
}

/** Analyses one article into its record. */
export function analyze(pipeline: Pipeline, input: AnalyzeInput): AnalysisRecord {
  const { text, ...meta } = input;
  return toRecord(pipeline.run(new Doc(text, meta)));
}
