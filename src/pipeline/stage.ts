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
  /**
   * The stage's own working memory in the pipeline that runs it (buffers and memos reused from one
   * document to the next), made by its `workspace` when the pipeline is built. Never shared with
   * another stage or another pipeline, and never part of a result; absent when a stage is run alone.
   */
  readonly workspace?: unknown;
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
  /** Makes the stage's working memory for one pipeline (`ctx.workspace`) from the loaded resources. */
  workspace?(resources: Resources): unknown;
  run(doc: Doc, ctx: StageContext): Pick<Layers, P>;
}

/** A stage of any output, as a pipeline holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any>;
