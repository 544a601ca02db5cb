import { Doc } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import type { LayerName } from '../model/layers.js';
import type { AnyStage, StageContext } from './stage.js';

export interface Pipeline {
  readonly stages: readonly AnyStage[];
  /**
   * Runs every stage over the document, in order, writing the layers each returns.
   * `observe` hears how long each stage took (for benchmarks). With `budgetMs`, a document
   * whose stages have taken longer than that in all is refused with E_TOO_SLOW after the stage
   * that crossed it: the last line of defence against input no stage was made for, checked
   * between stages (a stage is never interrupted, so its own work must stay linear).
   */
  run(doc: Doc, observe?: (stage: string, ms: number) => void, budgetMs?: number): Doc;
}

/**
 * Builds a pipeline, refusing a bad order up front: every layer a stage requires must be
 * provided by an earlier stage, no two stages may provide the same layer, and every
 * resource a stage names must be present. Each stage's workspace is made here, once, and serves
 * every document this pipeline runs.
 */
export function buildPipeline(stages: readonly AnyStage[], { resources }: Pick<StageContext, 'resources'>): Pipeline {
  const provided = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new ParleyError('E_PIPELINE_ORDER', `stage '${stage.name}' requires layer '${need}', which no earlier stage provides`);
      }
    }
    for (const resource of stage.resources ?? []) {
      if (!(resource in resources)) {
        throw new ParleyError('E_RESOURCE', `stage '${stage.name}' needs resource '${resource}', which was not loaded`);
      }
    }
    for (const layer of stage.provides) {
      const other = provided.get(layer);
      if (other) throw new ParleyError('E_PIPELINE_ORDER', `layer '${layer}' is provided by both '${other}' and '${stage.name}'`);
      provided.set(layer, stage.name);
    }
  }
  const frozen = Object.freeze([...stages]);
  const contexts: readonly StageContext[] = frozen.map((stage) => ({ resources, workspace: stage.workspace?.(resources) }));
  return {
    stages: frozen,
    run(doc: Doc, observe?: (stage: string, ms: number) => void, budgetMs?: number): Doc {
      const start = performance.now();
      for (let k = 0; k < frozen.length; k++) {
        const stage = frozen[k];
        const t0 = performance.now();
        const out = stage.run(doc, contexts[k]) as Record<string, unknown>;
        const t1 = performance.now();
        if (observe) observe(stage.name, t1 - t0);
        if (budgetMs !== undefined && t1 - start > budgetMs) throw tooSlow(doc, stage.name, t1 - t0, t1 - start, budgetMs);
        for (const layer of stage.provides) {
          if (!(layer in out)) throw new ParleyError('E_LAYER_MISSING', `stage '${stage.name}' did not return layer '${layer}'`);
          doc.set(layer, out[layer] as never, stage.name);
        }
      }
      return doc;
    },
  };
}

function tooSlow(doc: Doc, stage: string, stageMs: number, totalMs: number, budgetMs: number): ParleyError {
  const s = (ms: number) => `${Number((ms / 1000).toPrecision(3))} s`;
  return new ParleyError('E_TOO_SLOW', `analysis took ${s(totalMs)}, over the ${s(budgetMs)} budget for a text of ` +
    `${doc.text.length.toLocaleString('en-US')} characters (stage '${stage}' ${s(stageMs)}); split the text, or raise the budget with --time-budget`);
}
