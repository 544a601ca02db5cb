import type { ActorSpan } from './actors.js';
import type { VerbClause } from './clause.js';
import { actorsStartingIn } from './actor-lookup.js';
import { actorsOf } from './code.js';
import { namesForce, namesForceAt } from './nominal.js';
import type { SentenceWords } from './sentence.js';
import { FORCE_ROOTS } from './roots.js';

/**
 * Roots of acts done to someone that a news report states without their doer: "three civilians
 * have been killed in a car bombing" (19), "a missionary was arrested in Lebanon" (17), "the
 * leader was accused of fraud" (11). Cooperation with no named party ("was given aid") is too
 * often a misread clause to code.
 */
const ACTS_ON_SOMEONE = /^(1[1-9]|20)/;

/** Prepositions of the place where an act was done. */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'inside']);

/** Prepositions of the act by which something was done ("killed IN Israeli tank shelling", "wounded DURING an Israeli raid"). */
const MEANS_PREPS: ReadonlySet<string> = new Set(['in', 'by', 'during', 'under', 'from']);

/**
 * The doer of an agentless passive: the actor of the use of force it was done in ("were killed in
 * ISRAELI tank shelling"), else the country where it happened when that is not the country of the
 * party it was done to ("was arrested in LEBANON", "were killed in UKRAINE": the authority of the
 * place, as PETRARCH's gold reads it), else an unknown source (null) when the party acted on has a
 * code and no other party is named in a phrase of the verb ("believed linked TO AL-QAEDA" relates
 * two named parties, not an act of someone unknown). An agent that names force is the means, not the doer
 * ("were hit BY multiple drone strikes" is read as "in drone strikes": an act of someone unknown). Empty when the verb governs a clause ("was
 * BELIEVED linked to", "is said to"): the passive reports what someone thinks, not an act. Empty when the clause is no agentless passive of an act done to someone.
 */
export function unnamedAgent(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, code: string, targets: readonly ActorSpan[]): Array<ActorSpan | null> {
  if (!passiveOfSentence(s, clause) || clause.tree.agents.some((a) => !namesForceAt(s, a)) || clause.tree.complement >= 0 || !targets.length || !ACTS_ON_SOMEONE.test(code)) return [];
  const means = [...clause.tree.agents.map((head) => ({ prep: 'by', head })), ...clause.tree.obliques];
  for (const o of means) {
    if (!MEANS_PREPS.has(o.prep) || !namesForceAt(s, o.head)) continue;
    const doer = actorsOf(s, actors, [o.head]).filter((a) => !targets.includes(a) && namedAsDoer(s, a, o.head));
    if (doer.length) return doer;
  }
  const byWords = forceDoerByWords(s, actors, clause, targets);
  if (byWords.length) return byWords;
  // "rockets were fired at Israel FROM LEBANON", "a mortar bomb was fired at it FROM THE GAZA STRIP": force
  // comes from where it was launched, whose authority is its doer as a place's is for what happens in it
  const origin = FORCE_ROOTS.test(code) ? placeNamed(s, actors, clause, ORIGIN_PREPS, targets, (a) => !a.code!.startsWith('---')) : undefined;
  const place = origin ?? placeNamed(s, actors, clause, PLACE_PREPS, targets, isCountryNamedAsPlace);
  if (place) return [place];
  const otherParty = clause.tree.obliques.some((o) => !MEANS_PREPS.has(o.prep) && actorsOf(s, actors, [o.head]).some((a) => !targets.includes(a)));
  return targets.some((t) => t.code !== null) && !otherParty ? [null] : [];
}

/** Prepositions of where force was launched from. */
const ORIGIN_PREPS: ReadonlySet<string> = new Set(['from']);

/**
 * The first actor with a code, of another country than every target's, that `accept` takes, in a
 * phrase of the verb opened by one of `preps`: the place an act was done in or launched from.
 */
function placeNamed(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, preps: ReadonlySet<string>, targets: readonly ActorSpan[], accept: (a: ActorSpan) => boolean): ActorSpan | undefined {
  for (const o of clause.tree.obliques) {
    if (!preps.has(o.prep)) continue;
    const found = actorsOf(s, actors, [o.head]).find((a) => a.code !== null && accept(a) && !targets.some((t) => t.code?.slice(0, 3) === a.code!.slice(0, 3)));
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether an actor in the phrase of a noun of force names its doer: a modifier before the noun
 * ("ISRAELI tank shelling", "an AL-QAEDA suicide attack") or a "by" phrase after it, not the place
 * a phrase after it names ("a car bombing IN BAGHDAD") or a capital named as the place.
 */
function namedAsDoer(s: SentenceWords, a: ActorSpan, noun: number): boolean {
  if (a.place) return false;
  if (a.start < noun) return true;
  for (let p = a.start; p >= 0 && p !== noun; p = s.head[p]!) {
    if (s.head[p] === noun) return s.children[p]!.some((c) => s.relation[c] === 'case' && s.lower[c] === 'by');
  }
  return a.start <= noun && noun < a.end;
}

const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words a noun phrase of force may hold before its head: "in Israeli tank shelling". */
const PHRASE_WORDS = 6;

/**
 * The doer named in a phrase of force right after the verb, read word by word where the parser
 * made the force noun a verb of its own ("were killed in Israeli tank SHELLING", read as "shelling"
 * an adverbial clause): a means preposition, then a noun phrase ending in a noun of force, and the
 * actor among its modifiers.
 */
function forceDoerByWords(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, targets: readonly ActorSpan[]): ActorSpan[] {
  const k = clause.end;
  if (k >= clause.after.end || !MEANS_PREPS.has(s.lower[k]!)) return [];
  let end = k + 1;
  while (end < s.words.length && end - k <= PHRASE_WORDS && PHRASE_POS.has(s.pos[end]!) && !namesForce(s.words[end]!)) end++;
  if (end >= s.words.length || !namesForce(s.words[end]!)) return [];
  return actorsStartingIn(actors, k + 1, end).filter((a) => a.end <= end && !targets.includes(a)).slice(0, 1);
}

/**
 * "The country's military has been placed on high alert", "troops were put on alert along the border":
 * a force's alert raised or its posture shown (CAMEO 15, demonstrate military or police power) in an
 * agentless passive is that force's own act — the party the passive names is its doer, with no target.
 * Empty when the clause is no such passive.
 */
export function ownPostureRaised(s: SentenceWords, clause: VerbClause, code: string, named: readonly ActorSpan[]): ActorSpan[] {
  if (!code.startsWith('15') || !passiveOfSentence(s, clause) || clause.tree.agents.length) return [];
  return [...named];
}

/**
 * A passive that is one: not a "participle" the parser hung on a noun it made the root of a
 * sentence with no verb ("The Bolivian senate THREATENED on Friday to break …" is the main verb).
 */
function passiveOfSentence(s: SentenceWords, clause: VerbClause): boolean {
  const at = clause.at;
  return clause.passive && !(s.relation[at] === 'acl' && s.head[at]! >= 0 && s.head[s.head[at]!] === -1);
}

/** A country named as such: a three-letter code with no agent. */
function isCountry(a: ActorSpan): boolean {
  return a.code !== null && /^[A-Z]{3}$/.test(a.code) && a.code !== '---';
}

/**
 * A place coded as its country, named as a place ("was arrested in LEBANON", "in the capital, KABUL"): not an
 * organisation coded by the city in its name, which the phrase names as part of something else ("was convicted …
 * for his participation in a LONDON STOCK EXCHANGE bomb plan" is no act of the United Kingdom).
 */
function isCountryNamedAsPlace(a: ActorSpan): boolean {
  return isCountry(a) && (a.site === true || a.place === true);
}
