import { readFileSync } from 'node:fs';
import { ParleyError } from '../../model/errors.js';
import { makeCodebook, quadClassOf, type CameoCode, type Codebook } from './dictionary/codebook.js';
import { ActorLexicon } from './dictionary/lexicon.js';
import type { AgentEntry } from './dictionary/read-actors.js';
import { indexVerbDictionary } from './dictionary/synsets.js';
import type { IndexedVerbDictionary, VerbDictionary } from './dictionary/types.js';

/** What the events stage reads: the verb dictionary, the codebook, and the actor/agent names it matches itself. */
export interface EventResources {
  readonly verbs: IndexedVerbDictionary;
  readonly codebook: Codebook;
  /** Names coded from the dictionary rather than the entities layer (agents; in evaluation, toy actors too). */
  readonly lexicon: ActorLexicon | null;
  /** False when the dictionary is the only source of actor codes (a test suite's toy actors): entities then give ids only. */
  readonly entityCodes?: boolean;
}

const DATA = new URL('../../../data/events/', import.meta.url);

function readData(name: string): string {
  try {
    return readFileSync(new URL(name, DATA), 'utf8');
  } catch {
    throw new ParleyError('E_RESOURCE', `event dictionary data/events/${name} is missing; run 'npm run events:build' or reinstall the package`);
  }
}

/** Reads the compiled CAMEO codebook (`data/events/cameo-codes.tsv`). */
export function loadCodebook(): Codebook {
  const lines = readData('cameo-codes.tsv').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines.shift()!.split('\t');
  const entries: CameoCode[] = lines.map((line) => {
    const r = Object.fromEntries(line.split('\t').map((c, i) => [header[i], c]));
    return {
      code: r.code!, label: r.label!, root: r.root!, quadClass: quadClassOf(r.root!), goldstein: Number(r.goldstein),
      plover: r.plover ?? '', ploverMode: r.ploverMode ?? '', ploverContext: r.ploverContext ?? '',
    };
  });
  return makeCodebook(entries);
}

export function loadVerbDictionary(): VerbDictionary {
  return JSON.parse(readData('cameo-verbs.json')) as VerbDictionary;
}

export function loadAgents(): AgentEntry[] {
  return JSON.parse(readData('agents.json')) as AgentEntry[];
}

/** The shipped resources: CAMEO 2.0 verbs (with the older file's missing verbs), the codebook, Phoenix agents. */
export function loadEvents(): EventResources {
  return Object.freeze({ verbs: indexVerbDictionary(loadVerbDictionary()), codebook: loadCodebook(), lexicon: new ActorLexicon([], loadAgents()) });
}
