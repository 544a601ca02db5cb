import { actorAt } from './actor-lookup.js';
import { NO_COUNTRY, type ActorSpan } from './actors.js';
import type { RawEvent } from './code.js';
import { FORCE_ROOTS } from './roots.js';
import type { SentenceWords } from './sentence.js';
import { caseOf } from './tree.js';

/** Prepositions that set an act in a place. */
const SETTING: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside']);
/** Phrases through which the tree reaches the place an act is set in: the verb's own, and those of its phrases ("killed in an air strike IN RAFAH"). */
const PHRASE_RELATIONS: ReadonlySet<string> = new Set(['obl', 'nmod']);

/**
 * "Three children were killed in an Israeli air strike in Rafah", "a journalist was killed in a mortar
 * attack in the north of Gaza": people an act of force (18–20) is done to, named only by their kind (---CVL,
 * ---MED, ---PPL), are of the country of the place the act is set in — the head of an "in", "at" or
 * "near" phrase of the verb or of one of its phrases, before any comma after the verb, as CAMEO coders read
 * it ("children killed in Rafah" PSECVL). A country that only modifies a phrase ("in an ISRAELI air strike") sets nothing. The event
 * unchanged when no such victim or place is named.
 */
export function withVictimsPlace(s: SentenceWords, actors: readonly ActorSpan[], e: RawEvent): RawEvent {
  if (!FORCE_ROOTS.test(e.code) || !e.clause || !e.targets.some(unplaced)) return e;
  const country = settingPlace(s, actors, e.clause.at)?.code!.slice(0, 3);
  if (!country) return e;
  const targets = e.targets.map((t) => (t && unplaced(t) ? { ...t, code: `${country}${t.code!.slice(3)}` } : t));
  return { ...e, targets, by: `${e.by}+setting` };
}

/** A party named by its kind of people alone: an agent code with no country ("---CVL"). */
function unplaced(t: ActorSpan | null): boolean {
  return t !== null && t.code !== null && t.code.startsWith('---') && t.code.length > 3 && !t.code.includes('/');
}

/**
 * "Opposition leaders agreed to postpone the demonstration in Baku", "the army retook a village in western Cambodia":
 * an act a verb reports that names no party it is done to is done in the country of the place it is set in, which
 * CAMEO and PLOVER coders take as its target (a strike, a protest, an attack, a promise there). The place is found as
 * for victims (`settingPlace`), the object's own phrases included ("a village IN CAMBODIA"); the event unchanged when
 * it has a party or names no place. Acts named by a noun are left as they are: over the 315 Wikinews articles the
 * places their phrases name were mostly no setting of a political act ("a PlayStation VR demonstration of Batman").
 */
export function withSettingTarget(s: SentenceWords, actors: readonly ActorSpan[], e: RawEvent): RawEvent {
  if (!e.clause || e.targets.some((t) => t !== null)) return e;
  const place = settingPlace(s, actors, e.clause.at, true);
  if (!place || e.sources.includes(place)) return e;
  return { ...e, targets: [place], by: `${e.by}+place` };
}

/**
 * The first place a setting phrase of `v` (or of one of its phrases, or with `objects` of its object's) names, null
 * when none; a phrase inside a setting phrase sets the act there too ("in the north OF GAZA", "in a suburb OF KABUL").
 */
function settingPlace(s: SentenceWords, actors: readonly ActorSpan[], v: number, objects = false): ActorSpan | null {
  const objectPhrases = objects ? s.children[v]!.filter((c) => s.relation[c] === 'obj') : [];
  const queue = [v, ...subjectlessParticiples(s, v), ...objectPhrases].flatMap((h) => s.children[h]!.filter((c) => PHRASE_RELATIONS.has(s.relation[c]!)))
    .map((head) => ({ head, setting: false }));
  for (let k = 0; k < queue.length; k++) {
    const { head } = queue[k]!;
    const setting = queue[k]!.setting || SETTING.has(caseOf(s, head));
    // a comma between the verb and the place ends the act's words: a place after it is often the reporter's ("…, killing 20 people, officials in Nairobi said")
    const place = setting && !(head > v && s.lastComma[head]! > v) ? actorAt(actors, head) : undefined;
    if (place?.code && s.upos[place.end - 1] === 'PROPN' && !NO_COUNTRY.test(place.code) && !place.place) return place;
    for (const c of s.children[head]!) if (PHRASE_RELATIONS.has(s.relation[c]!)) queue.push({ head: c, setting });
  }
  return null;
}

/**
 * Participles the parser hung on the verb as clauses of their own with no subject or marker, which are most often the
 * act's own noun misread as a verb ("were killed in Israeli tank SHELLING in the east of Gaza"): their places are the act's.
 */
function subjectlessParticiples(s: SentenceWords, v: number): number[] {
  return s.children[v]!.filter((c) => s.relation[c] === 'advcl' && s.upos[c] === 'VERB' && /ing$/.test(s.lower[c]!)
    && !s.children[c]!.some((d) => s.relation[d] === 'nsubj' || s.relation[d] === 'mark'));
}
