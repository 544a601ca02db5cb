import { join } from 'node:path';
import { entitiesStage, loadFirstNames } from '../stages/entities/index.js';
import { loadKb } from '../kb/index.js';
import { anchorStage } from '../stages/anchor/index.js';
import { mentionsStage, loadNer } from '../stages/mentions/index.js';
import { loadParseModel, parseStage } from '../stages/parse/index.js';
import type { Decoding } from '../stages/parse/parser.js';
import { eventsStage, loadEvents } from '../stages/events/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { segmentStage, loadWink } from '../stages/segment/index.js';
import { stancesStage } from '../stages/stances/index.js';
import { timeStage } from '../stages/time/index.js';
import type { AnyStage, Resources } from './stage.js';

/** Every stage Parley knows, by name, in the order the full analysis runs them. */
export const STAGES: Readonly<Record<string, AnyStage>> = Object.freeze({
  segment: segmentStage,
  parse: parseStage,
  mentions: mentionsStage,
  anchor: anchorStage,
  time: timeStage,
  entities: entitiesStage,
  quotes: quotesStage,
  events: eventsStage,
  stances: stancesStage,
});

/** Where resources are read from; unset paths mean the ones shipped in the package. */
export interface ResourcePaths {
  /** The folder of trained weights (holding `ner/` and `parse/`). */
  readonly models?: string;
  /** How the parser decodes, for trials of beam search (`bench --parse-beam N`); greedy when unset. */
  readonly parseDecoding?: Decoding;
}

/** Loaders for the resources stages name; each runs at most once per `loadResources` call. */
const LOADERS: Readonly<Record<string, (paths: ResourcePaths) => unknown>> = Object.freeze({
  wink: loadWink,
  ner: (paths: ResourcePaths) => (paths.models ? loadNer(join(paths.models, 'ner')) : loadNer()),
  parser: (paths: ResourcePaths) => loadParseModel(paths.models ? join(paths.models, 'parse') : undefined, paths.parseDecoding),
  kb: loadKb,
  firstNames: loadFirstNames,
  events: loadEvents,
});

/** The stages of a full analysis: every stage, the parser included since the events and stances stages read its syntax layer. */
export const FULL_ANALYSIS: readonly string[] = Object.keys(STAGES);

/** Loads the resources the given stages need, once each, frozen; `observe` hears each load time. */
export function loadResources(stages: readonly AnyStage[], observe?: (resource: string, ms: number) => void, paths: ResourcePaths = {}): Resources {
  const out: Record<string, unknown> = {};
  for (const stage of stages) {
    for (const name of stage.resources ?? []) {
      if (name in out) continue;
      const load = LOADERS[name];
      if (!load) continue;
      const t0 = performance.now();
      out[name] = load(paths);
      observe?.(name, performance.now() - t0);
    }
  }
  return Object.freeze(out);
}
