import type { Doc } from '../../model/document.js';
import type { ActorsKb } from '../../kb/view.js';
import { lowerBound } from '../../model/span.js';
import { countryAmong, modifierStart, placeModifier, tokenOwners, type ModifierCountry, type TokenOwners } from './modifiers.js';
import type { ClusterSet } from './names.js';
import { addAgent } from './agents.js';
import { removeRef, type Cluster, type Ref } from './refs.js';

/** "Senate of Rwanda", "National Assembly of the Republic of Serbia": an institution's name with its country after "of". */
const OF_COUNTRY = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/;

/**
 * A country's own institution named with a word the KB also gives one country's body: Phoenix lists "Senate" and
 * "Congress" as names of the United States Congress, but "Rwanda's Senate", "the Kenyan Parliament" and "the Senate
 * of Rwanda" are those countries' legislatures. When a name is an agent phrase of the Phoenix agents dictionary
 * ("senate", "parliament", "national assembly", "supreme court") and the words around it name another country — a
 * possessive or adjective before it, "of <country>" inside or after it — the mention leaves the KB organisation and
 * becomes that country's agent (RWALEG). Without such a word ("the Senate") the KB's reading stands.
 */
export function findLocalInstitutions(doc: Doc, set: ClusterSet, kb: ActorsKb): void {
  const candidates = set.all().filter((c) => c.type === 'ORG' && !c.person && !c.context?.agent)
    .flatMap((c) => c.refs.filter((r) => r.form === 'name' && kb.agent(agentNoun(r)) !== null).map((ref) => ({ c, ref })));
  if (candidates.length === 0) return;
  const view = tokenOwners(doc, set.all());
  const named = new Map<string, LocalInstitution>();
  for (const { c, ref } of candidates) {
    const local = institutionCountry(view, kb, c, ref);
    if (!local) continue;
    removeRef(c, ref);
    addAgent(set, local.country, local.code, { ...ref, by: 'entities/agent' });
    const noun = agentNoun(ref);
    if (!named.has(noun) || named.get(noun)!.start > ref.start) named.set(noun, { ...local, start: ref.start });
  }
  if (named.size) followLocalInstitutions(set, view, kb, candidates, named);
}

interface LocalInstitution { readonly country: ModifierCountry; readonly code: string; readonly start: number }

/**
 * "… a franchise therefor from the Congress of the Philippines … all eleven of the legislative bills filed have been stuck in
 * Congress": once a story has named a country's own institution, the bare word after it ("Congress", "the Senate") is that
 * institution, not the one the KB gives the word (the United States Congress, six times in a story about the Philippines).
 * Left to the KB when the story also names the KB's institution in words that are no bare agent noun ("the U.S. Congress").
 */
function followLocalInstitutions(set: ClusterSet, view: TokenOwners, kb: ActorsKb, candidates: ReadonlyArray<{ c: Cluster; ref: Ref }>, named: ReadonlyMap<string, LocalInstitution>): void {
  for (const { c, ref } of candidates) {
    const noun = ref.text.toLowerCase();
    const local = named.get(noun);
    // "the U.S. Senate" names its own country
    if (!local || ref.start < local.start || !c.organisation || countryBefore(view, kb, ref)) continue;
    if (c.refs.some((r) => r.form === 'name' && kb.agent(r.text.toLowerCase()) === null)) continue;
    removeRef(c, ref);
    addAgent(set, local.country, local.code, { ...ref, by: 'entities/agent' });
  }
}

/** The words of a name that may be an agent phrase: all of it, or what comes before "of" ("Senate" of "Senate of Rwanda"). */
function agentNoun(ref: Ref): string {
  const of = OF_COUNTRY.exec(ref.text);
  return (of ? of[1]! : ref.text).toLowerCase();
}

/** The other country whose institution `ref` names, with the agent code, or null. */
function institutionCountry(view: TokenOwners, kb: ActorsKb, c: Cluster, ref: Ref): { country: ModifierCountry; code: string } | null {
  const of = OF_COUNTRY.exec(ref.text);
  const agent = kb.agent(agentNoun(ref));
  if (!agent) return null;
  const own = c.organisation?.country ?? null;
  const named = of ? placeNamed(kb, of[2]!) : statedAround(view, kb, ref);
  if (!named || named.countryCode === own || named.country === own) return null;
  return { country: named, code: agent.code };
}

function placeNamed(kb: ActorsKb, text: string): ModifierCountry | null {
  const place = kb.place(text);
  if (!place || place.via === 'capital' || place.via === 'metonym') return null;
  return placeModifier(place, -1);
}

/** A country among the modifiers before the mention ("Rwanda's Senate", "the Kenyan Parliament"). */
function statedAround(view: TokenOwners, kb: ActorsKb, ref: Ref): ModifierCountry | null {
  const named = countryBefore(view, kb, ref);
  return named && !named.organisation ? named : null;
}

/** A country or organisation among the modifiers before the mention. */
function countryBefore(view: TokenOwners, kb: ActorsKb, ref: Ref): ModifierCountry | null {
  const tokens = view.doc.get('tokens');
  const first = lowerBound(tokens.length, (i) => tokens.start[i] < ref.start);
  if (first === tokens.length || tokens.start[first] !== ref.start) return null;
  return countryAmong(view, kb, modifierStart(view, first), first);
}
