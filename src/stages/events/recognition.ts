import { actorAt } from './actor-lookup.js';
import { NO_COUNTRY, type ActorSpan } from './actors.js';
import type { VerbClause } from './clause.js';
import type { VerbCoding } from './match.js';
import { subtree, type SentenceWords } from './sentence.js';
import { caseOf } from './tree.js';

/** CAMEO 054: grant diplomatic recognition ("formally recognize a state or government"). */
export const RECOGNITION = '054';

/**
 * Nouns of the standing one state grants another, a territory or a leader by recognising it as such: "recognised
 * Palestine as a STATE", "Jerusalem as the CAPITAL of Israel", "the Golan Heights as Israeli TERRITORY", "Juan Guaidó
 * as interim PRESIDENT". "Recognised him as a friend", "as a key partner", "as a Muslim" grant none.
 */
const STANDING = /^(state|country|nation|republic|capital|territory|part|sovereignty|government|president|leader|ruler|representative)$/;

/**
 * "Sweden recognised Palestine as a state", "the United States recognised the Golan Heights as Israeli territory",
 * "Russia recognised Abkhazia": the dictionary files RECOGNISE with the verbs of praise (051) and codes 054 only for
 * "recognise independence", but a state that recognises a state, a government or a territory as another's grants
 * diplomatic recognition. It does so when the verb's object is named with a standing in its "as" phrase, or, with no
 * "as" phrase, when the object itself is a country or its government ("recognised Kosovo", "refused to recognise the
 * new government"). The party recognised is the object, or the country the "as" phrase names when the object is a
 * place of no country of its own or no actor the text codes ("the Golan Heights as ISRAELI territory" → ISR,
 * "Guaidó as the interim president of VENEZUELA" → VEN). Null when the clause grants no recognition; a verb that
 * matched a pattern of its block keeps the pattern's code.
 */
export function recognitionOf(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, coding: VerbCoding, targets: readonly ActorSpan[]): { target: ActorSpan } | null {
  if (coding.matched.length > 0 || !/^recogni[sz]e$/.test(s.lemma[clause.at]!)) return null;
  const objects = clause.passive ? clause.tree.subjects : clause.tree.objects;
  if (!objects.length) return null;
  const object = actorAt(actors, objects[0]!);
  const standing = standingPhrase(s, clause.at, objects[0]!);
  if (standing < 0) return object && namesState(object) && !targetsOther(targets, object) ? { target: object } : null;
  if (!STANDING.test(s.lemma[standing]!)) return null;
  const named = countryIn(s, actors, standing);
  if (named && (!object?.code || object.site || object.place || object.code.length !== 3) && (!object || named.code!.slice(0, 3) !== object.code?.slice(0, 3))) return { target: named };
  return object?.code ? { target: object } : named ? { target: named } : null;
}

/** The head of the "as" phrase of the verb or of its object ("recognised X AS a state"), -1 when there is none. */
function standingPhrase(s: SentenceWords, verb: number, object: number): number {
  for (const h of [verb, object]) for (const c of s.children[h]!) if (c > object && markedAs(s, c)) return c;
  return -1;
}

/** A phrase or clause opened by "as": a preposition ("as a state") or, as the parser reads it as often, a marker. */
function markedAs(s: SentenceWords, head: number): boolean {
  return caseOf(s, head) === 'as' || s.children[head]!.some((c) => s.relation[c] === 'mark' && s.lower[c] === 'as');
}

/** A country, or an agent of its state: what a state recognises with no "as" phrase. */
function namesState(a: ActorSpan): boolean {
  return !!a.code && (a.code.length === 3 || /^[A-Z]{3}GOV$/.test(a.code));
}

/** The object's own code is no party the roles read (the parse gave the object's words to another actor). */
function targetsOther(targets: readonly ActorSpan[], object: ActorSpan): boolean {
  return targets.length > 0 && !targets.includes(object);
}

/** The first actor coded with a country inside the "as" phrase ("as official ISRAELI territory", "as the capital OF ISRAEL"). */
function countryIn(s: SentenceWords, actors: readonly ActorSpan[], head: number): ActorSpan | null {
  const span = subtree(s, head);
  for (let w = span.start; w < span.end; w++) {
    const a = actorAt(actors, w);
    if (a?.code && !NO_COUNTRY.test(a.code)) return a;
  }
  return null;
}
