import { Doc, type DocMeta } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import { toRecord, type AnalysisRecord } from '../model/record.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { FULL_ANALYSIS, STAGES, loadResources } from './presets.js';

/** Builds the named stages into a pipeline with their resources loaded; unknown names fail here. */
export function createAnalyzer(stageNames: readonly string[] = FULL_ANALYSIS): Pipeline {
  const stages = stageNames.map((name) => {
    const stage = STAGES[name];
    if (!stage) throw new ParleyError('E_PIPELINE_UNKNOWN_STAGE', `unknown stage '${name}'; known stages: ${Object.keys(STAGES).join(', ')}`);
    return stage;
  });
  return buildPipeline(stages, { resources: loadResources(stages) });
}

export interface AnalyzeInput extends Partial<DocMeta> {
  readonly text: string;
}

/** Analyses one article into its record. */
export function analyze(pipeline: Pipeline, input: AnalyzeInput): AnalysisRecord {
  const { text, ...meta } = input;
  return toRecord(pipeline.run(new Doc(text, meta)));
}
