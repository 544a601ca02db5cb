import type { Doc } from '../../model/document.js';
import type { ClusterSet } from './names.js';
import type { Cluster } from './refs.js';

/**
 * Nouns that say a name is an organisation when they head its apposition: "Vyasna, an independent
 * Belarusian human rights center", "Memorial, a Russian rights group", "Al-Haq, a Palestinian
 * organisation". The entity model types such names by their look and often takes a short one for a
 * place (a town of the same name); the writer's own words say what it is.
 */
const ORGANISATION_HEADS = new Set([
  'center', 'centre', 'group', 'organisation', 'organization', 'party', 'company', 'firm', 'agency', 'association', 'union',
  'committee', 'movement', 'network', 'foundation', 'institute', 'commission', 'council', 'charity', 'coalition', 'alliance',
  'watchdog', 'ngo', 'newspaper', 'broadcaster', 'bank', 'militia', 'faction',
]);

/** ", a/an/the" and up to six words (no comma, no clause) ending in one of those nouns, which ends the phrase. */
const APPOSITION = /^\s*,\s*(?:an?|the)\s+((?:[\p{L}'’-]+\s+){0,6}?)([\p{L}]+)(?=\s*(?:[,.;:)]|$|\s+(?:based|founded|that|which|who|in|on)\b))/u;

/**
 * Names the entity model took for a place (or left MISC) that an apposition calls an organisation
 * become organisations, unless the knowledge base knows them as a country or a capital.
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

function namesOrganisation(after: string): boolean {
  const m = APPOSITION.exec(after);
  // the noun heads the apposition itself, not a phrase inside it ("a member of the Hamas movement")
  return m !== null && ORGANISATION_HEADS.has(m[2]!.toLowerCase()) && !/\b(?:of|in|for|from|with|and|or)\s/i.test(m[1]!);
}
