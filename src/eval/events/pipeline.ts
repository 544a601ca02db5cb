import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildPipeline, type Pipeline } from '../../pipeline/pipeline.js';
import { FULL_ANALYSIS, STAGES, loadResources } from '../../pipeline/presets.js';
import { ActorLexicon } from '../../stages/events/dictionary/lexicon.js';
import { readActorDictionary, readAgentDictionary } from '../../stages/events/dictionary/read-actors.js';
import { readVerbDictionary } from '../../stages/events/dictionary/read-verbs.js';
import { indexVerbDictionary } from '../../stages/events/dictionary/synsets.js';
import { loadCodebook, loadEvents, type EventResources } from '../../stages/events/load.js';

/** Every stage of the full analysis up to and including `events`. */
const STAGES_FOR_EVENTS = FULL_ANALYSIS.slice(0, FULL_ANALYSIS.indexOf('events') + 1);

/** The analysis pipeline with the given event resources in place of the shipped ones. */
export function eventPipeline(events: EventResources = loadEvents()): Pipeline {
  const stages = STAGES_FOR_EVENTS.map((name) => STAGES[name]!);
  const resources = loadResources(stages.filter((s) => s.name !== 'events'));
  return buildPipeline(stages, { resources: { ...resources, events } });
}

/**
 * The resources a PETRARCH unit-test file names in its `<Environment>` when they are its own
 * toy dictionaries (PETR.Validate.*): its verbs, and its actors and agents as the only source
 * of actor codes. Files naming the Phoenix dictionaries are coded with Parley's own resources.
 */
export function environmentResources(file: string, environment: Readonly<Record<string, string[]>>): EventResources | null {
  const verbs = environment.Verbfile?.[0];
  if (!verbs || !/^PETR\.Validate\./.test(verbs)) return null;
  const dictionaries = join(dirname(file), '..', 'dictionaries');
  const read = (name: string) => readFileSync(join(dictionaries, name), 'utf8');
  const actors = (environment.Actorfile ?? []).flatMap((f) => readActorDictionary(read(f)));
  const agents = (environment.Agentfile ?? []).flatMap((f) => readAgentDictionary(read(f)));
  return { verbs: indexVerbDictionary(readVerbDictionary(read(verbs), verbs)), codebook: loadCodebook(), lexicon: new ActorLexicon(actors, agents), entityCodes: false };
}
