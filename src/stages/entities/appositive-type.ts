import type { Doc } from '../../model/document.js';
import type { ClusterSet } from './names.js';
import type { Cluster } from './refs.js';
import { namesOrganisation } from './organisation-nouns.js';

/**
 * Names the entity model took for a place (or left MISC) that an apposition calls an organisation
 * become organisations, unless the knowledge base knows them as a country or a capital (names it took for a person
 * are retyped with their mentions: `organisationsByKind` of mentions.ts).
 */
export function typeByApposition(doc: Doc, set: ClusterSet): void {
  for (const c of set.all()) {
    if ((c.type !== 'GPE' && c.type !== 'LOC' && c.type !== 'MISC') || knownState(c)) continue;
    if (c.refs.some((r) => r.form === 'name' && namesOrganisation(doc.text.slice(r.end, r.end + 160)))) {
      c.type = 'ORG';
      c.place = null;
    }
  }
}

function knownState(c: Cluster): boolean {
  return c.place !== null && (c.place.via === 'name' || c.place.via === 'demonym' || c.place.via === 'capital' || c.place.via === 'metonym');
}

/**
 * Names the entity model took for a place or an organisation that speak as an interview transcript's label, at the start
 * of a line before a colon ("Jaya: We have no support …", a sex worker's pseudonym the model read as an Indian place), are
 * people, unless the knowledge base knows them as a state or an organisation: a place does not answer questions.
 */
export function typeBySpeech(doc: Doc, set: ClusterSet): void {
  for (const c of set.all()) {
    if ((c.type !== 'GPE' && c.type !== 'LOC' && c.type !== 'ORG') || knownState(c) || c.organisation !== null) continue;
    if (c.refs.some((r) => r.form === 'name' && transcriptLabel(doc.text, r.start, r.end))) {
      c.type = 'PERSON';
      c.place = null;
    }
  }
}

/** Whether the name at `[start, end)` opens a line and is followed by a colon: a transcript's speaker label. */
function transcriptLabel(text: string, start: number, end: number): boolean {
  return text[end] === ':' && (start === 0 || text[start - 1] === '\n');
}
