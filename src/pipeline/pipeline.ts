import { Doc } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import type { LayerName } from '../model/layers.js';
import type { AnyStage, StageContext } from './stage.js';

export interface Pipeline {
  readonly stages: readonly AnyStage[];
  /**
   * Runs every stage over the document, in order, writing the layers each returns.
   * `observe` hears how long each stage took (for benchmarks).
   */
  run(doc: Doc, observe?: (stage: string, ms: number) => void): Doc;
}

/**
 * Builds a pipeline, refusing a bad order up front: every layer a stage requires must be
 * provided by an earlier stage, no two stages may provide the same layer, and every
 * resource a stage names must be present.
 */
export function buildPipeline(stages: readonly AnyStage[], ctx: StageContext): Pipeline {
  const provided = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new ParleyError('E_PIPELINE_ORDER', `stage '${stage.name}' requires layer '${need}', which no earlier stage provides`);
      }
    }
    for (const resource of stage.resources ?? []) {
      if (!(resource in ctx.resources)) {
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
  return {
    stages: frozen,
    run(doc: Doc, observe?: (stage: string, ms: number) => void): Doc {
      for (const stage of frozen) {
        const t0 = observe ? performance.now() : 0;
        const out = stage.run(doc, ctx) as Record<string, unknown>;
        if (observe) observe(stage.name, performance.now() - t0);
        for (const layer of stage.provides) {
          if (!(layer in out)) throw new ParleyError('E_LAYER_MISSING', `stage '${stage.name}' did not return layer '${layer}'`);
          doc.set(layer, out[layer] as never, stage.name);
        }
      }
      return doc;
    },
  };
}
