import type { Doc } from '../../model/document.js';
import type { ActorsKb } from '../../kb/view.js';
import { lowerBound } from '../../model/span.js';
import { countryAmong, mainCountry, modifierStart, placeModifier, tokenOwners, type ModifierCountry, type TokenOwners } from './modifiers.js';
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
  const moved = new Set<Ref>();
  for (const { c, ref } of candidates) {
    const local = institutionCountry(view, kb, c, ref);
    if (!local) continue;
    // a body the KB already knows as that country's ("the Congress of the Philippines") keeps its entity; the bare word
    // after it is still that country's (followLocalInstitutions)
    if (!local.known) {
      removeRef(c, ref);
      addAgent(set, local.country, local.code, { ...ref, by: 'entities/agent' });
      moved.add(ref);
    }
    if (!named.has(local.code) || named.get(local.code)!.start > ref.start) named.set(local.code, { ...local, start: ref.start });
  }
  if (named.size) followLocalInstitutions(set, view, kb, candidates, named, moved);
  storyInstitutions(set, view, kb, candidates.filter(({ ref }) => !moved.has(ref)));
}

/**
 * "During a Senate hearing …" in a story about the Philippines that never names the United States: a bare word the KB gives
 * one country's body (Phoenix: "Senate", "Congress" → the United States Congress) is the body of the country the story is
 * about when the story names that other country and never the KB body's own. Left to the KB when the story names the
 * body's country anywhere (a town, a demonym, "U.S."), names the body in words that are no bare agent noun ("the U.S.
 * Senate"), or has no country of its own.
 */
function storyInstitutions(set: ClusterSet, view: TokenOwners, kb: ActorsKb, candidates: ReadonlyArray<{ c: Cluster; ref: Ref }>): void {
  const story = candidates.length ? mainCountry(set) : null;
  if (!story) return;
  const named = new Set(set.all().flatMap((c) => (c.place ? [c.place.country] : [])));
  for (const { c, ref } of candidates) {
    const own = c.organisation?.country ?? null;
    if (own === null || own === story.country || named.has(own) || countryBefore(view, kb, ref) || !c.refs.includes(ref)) continue;
    if (c.refs.some((r) => r.form === 'name' && kb.agent(r.text.toLowerCase()) === null)) continue;
    const agent = kb.agent(ref.text.toLowerCase());
    if (!agent) continue;
    removeRef(c, ref);
    addAgent(set, story, agent.code, { ...ref, by: 'entities/agent' });
  }
}

interface LocalInstitution { readonly country: ModifierCountry; readonly code: string; readonly known: boolean; readonly start: number }

/**
 * "… a franchise therefor from the Congress of the Philippines … all eleven of the legislative bills filed have been stuck in
 * Congress": once a story has named a country's own institution, the bare word after it ("Congress", "the Senate") is that
 * institution, not the one the KB gives the word (the United States Congress, six times in a story about the Philippines).
 * Left to the KB when the story also names the KB's institution in words that are no bare agent noun ("the U.S. Congress").
 * The body is matched by its agent code, not its word: after "the Congress of the Philippines" (LEG) "the Senate" is the
 * Philippine legislature's too, after "the Kenyan Parliament" "the Senate" Kenya's.
 */
function followLocalInstitutions(
  set: ClusterSet, view: TokenOwners, kb: ActorsKb, candidates: ReadonlyArray<{ c: Cluster; ref: Ref }>, named: ReadonlyMap<string, LocalInstitution>, moved: Set<Ref>,
): void {
  for (const { c, ref } of candidates) {
    const local = named.get(kb.agent(ref.text.toLowerCase())?.code ?? '');
    // "the U.S. Senate" names its own country
    // the KB's body of the same country says more ("the Senate" after "the Pennsylvania legislature" stays the US Congress)
    if (!local || ref.start < local.start || !c.organisation || c.organisation.country === local.country.country || countryBefore(view, kb, ref)) continue;
    if (c.refs.some((r) => r.form === 'name' && kb.agent(r.text.toLowerCase()) === null)) continue;
    removeRef(c, ref);
    addAgent(set, local.country, local.code, { ...ref, by: 'entities/agent' });
    moved.add(ref);
  }
}

/** The words of a name that may be an agent phrase: all of it, or what comes before "of" ("Senate" of "Senate of Rwanda"). */
function agentNoun(ref: Ref): string {
  const of = OF_COUNTRY.exec(ref.text);
  return (of ? of[1]! : ref.text).toLowerCase();
}

/**
 * The country whose institution `ref` names, with the agent code, or null; `known` when the KB's organisation is already
 * that country's ("Congress of the Philippines" linked to the Philippine legislature).
 */
function institutionCountry(view: TokenOwners, kb: ActorsKb, c: Cluster, ref: Ref): { country: ModifierCountry; code: string; known: boolean } | null {
  const of = OF_COUNTRY.exec(ref.text);
  const agent = kb.agent(agentNoun(ref));
  if (!agent) return null;
  const own = c.organisation?.country ?? null;
  const named = of ? placeNamed(kb, of[2]!) : statedAround(view, kb, ref);
  if (!named) return null;
  return { country: named, code: agent.code, known: named.countryCode === own || named.country === own };
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
