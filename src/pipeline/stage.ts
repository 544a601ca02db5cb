import type { Doc } from '../model/document.js';
import type { LayerName, Layers } from '../model/layers.js';

/**
 * Shared, read-only resources (models, dictionaries) loaded once and passed to every
 * stage. Stages never load files themselves, so one process can hold two configurations.
 */
export interface Resources {
  readonly [name: string]: unknown;
}

export interface StageContext {
  readonly resources: Resources;
}

/**
 * A pipeline stage: a pure function from the layers it `requires` to the layers it
 * `provides`. It returns the new layers; the runner writes them onto the document.
 */
export interface Stage<P extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly P[];
  /** Names of the resources the stage reads from `ctx.resources`. */
  readonly resources?: readonly string[];
  run(doc: Doc, ctx: StageContext): Pick<Layers, P>;
}

/** A stage of any output, as a pipeline holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any>;
