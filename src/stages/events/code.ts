import { quadClassOf } from './dictionary/codebook.js';
import type { EventMode } from '../../language/mode.js';
import { actorAt, actorsStartingIn, firstStartingFrom } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import type { VerbClause } from './clause.js';
import { adjunctGovernor, caseOf, chargingVerb, infinitive, treeRoles } from './tree.js';
import type { VerbCoding } from './match.js';
import { dependents, type SentenceWords } from './sentence.js';
import { FORCE_ROOTS } from './roots.js';
import { eachOther } from './reciprocal.js';

/** One coded act before it becomes a record event: words, not offsets. */
export interface RawEvent {
  readonly code: string;
  readonly mode: EventMode;
  readonly sources: readonly (ActorSpan | null)[];
  readonly targets: readonly (ActorSpan | null)[];
  /** Trigger words `[start, end)` and the evidence stretch. */
  readonly trigger: { readonly start: number; readonly end: number };
  readonly evidence: { readonly start: number; readonly end: number };
  readonly by: string;
  readonly clause: VerbClause | null;
}

const LIST_GLUE = new Set([',', 'and', 'or', 'as', 'well', 'both', 'nor', 'neither', 'the', 'either']);

/** Actors of a stretch that stand for its subject: the first, and those coordinated with it ("Mordor, Rohan and Bree"). */
export function leadingActors(s: SentenceWords, actors: readonly ActorSpan[], from: number, to: number): ActorSpan[] {
  const inside = actorsStartingIn(actors, from, to + 1).filter((a) => a.end <= to && !afterPreposition(s, a.start, from));
  return inside.length ? leadingActorsFrom(s, inside) : [];
}

/** True when the words before `at` (back to `from`) put it inside a prepositional phrase ("in Iraq", "on Wednesday"). */
function afterPreposition(s: SentenceWords, at: number, from: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    if (s.pos[i] === 'ADP') return s.lower[i] !== 'of' || i === from;
    if (s.pos[i] !== 'DET' && s.pos[i] !== 'ADJ' && s.pos[i] !== 'NUM') return false;
  }
  return false;
}

/**
 * Word-window fallback: the actors a verb's objects name, starting at `at` (a pattern's phrase) or
 * at the first actor after the verb. A pattern's phrase ends at a comma: an actor past it belongs
 * to another clause ("wounded two British soldiers in a bomb attack on Thursday, POLICE said" —
 * the phrase "in a bomb attack" names no party, and the object is the target).
 */
function objectActors(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, at: number | null, matched: readonly number[] = [], code: string | null = null): ActorSpan[] {
  const { start, end } = clause.after;
  const from = at ?? start;
  const found = actorsStartingIn(actors, from, end).filter((a) => !accordingTo(s, a.start) && !(commaBetween(s, clause.end, a.start) && subjectOfAnother(s, a, clause.at)) && !reporter(s, a));
  const candidates = at === null ? withoutSettings(s, found, code, s.lemma[clause.at]!) : found;
  if (!candidates.length || (at !== null && commaBetween(s, at, candidates[0]!.start))) return [];
  if (at !== null && candidates[0]!.start > phraseNounAt(s, at, matched)) return [];
  return leadingActorsFrom(s, candidates);
}

/**
 * Where a pattern's phrase ends when the pattern names its noun ("ENGAGE * (IN FIREFIGHT)"): at that
 * noun, so "engaged Filipino peacekeepers in a firefight IN GOLAN HEIGHTS" reads no party in the
 * phrase, and the tree's object is the target; a complement of the noun goes with it ("in support OF
 * US President Donald Trump", "in protest AT"), a place does not. A phrase of a bare preposition
 * ("(WITH)") runs on.
 */
function phraseNounAt(s: SentenceWords, at: number, matched: readonly number[]): number {
  const last = matched.reduce((m, w) => Math.max(m, w), -1);
  if (last < at) return Infinity;
  return NOUN_COMPLEMENT.has(s.lower[last + 1] ?? '') ? Infinity : last;
}

/** Prepositions that open a complement of the noun before them rather than a place or time. */
const NOUN_COMPLEMENT: ReadonlySet<string> = new Set(['of', 'against', 'at', 'for', 'with', 'to', 'from', 'over', 'between', 'among']);

/**
 * "A complaint was filed AGAINST ISRAEL by the Palestinian Authority": where a passive's subject is
 * the thing a pattern names, the party acted on is found after the verb, as the active's would be,
 * in a phrase that names a party ("against", "with", "on" …), not the doer's "by" phrase, a place
 * or a purpose ("was filed IN the U.S. District Court FOR the Northern District of California").
 */
const PARTY_PREPS = new Set(['against', 'with', 'to', 'toward', 'towards', 'on', 'upon', 'from']);

/** Prepositions of where force was aimed: "fired AT it", "fired INTO Israel", "dropped ON the town". */
const AIMED_PREPS: ReadonlySet<string> = new Set(['at', 'into', 'on', 'upon', 'against']);

/** Actors that do not start where one of `doers` does: the party acted on is not the doer. */
const notAmong = (doers: ReadonlyArray<ActorSpan | null>) => (a: ActorSpan) => !doers.some((d) => d !== null && d.start === a.start);

/**
 * "A mortar bomb was fired AT IT from the Gaza Strip" (`- MORTAR * [193]`): a passive act of force
 * whose subject is a weapon, no party, was done to the party a phrase of aim names.
 */
function aimedAt(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, doers: ReadonlyArray<ActorSpan | null>): ActorSpan[] {
  const phrases = clause.tree.obliques.filter((o) => AIMED_PREPS.has(o.prep));
  const named = actorsOf(s, actors, phrases.map((o) => o.head)).filter(notAmong(doers));
  return named.length ? named : phrases.some((o) => s.lower[o.head] === 'it') ? reporterOfIt(s, actors, clause) : [];
}

/**
 * "Israel said a mortar bomb was fired at IT from the Gaza Strip": in a clause a country or
 * organisation reports, force aimed at "it" is aimed at the reporter (the pronoun resolver leaves a
 * bare "it" alone: it mostly stands for things). The reporter's actors with a code, or [].
 */
function reporterOfIt(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause): ActorSpan[] {
  const reporter = REPORTED.has(s.relation[clause.at]!) ? s.head[clause.at]! : -1;
  if (reporter < 0 || !OWN_STATEMENT.test(s.lemma[reporter]!)) return [];
  return actorsOf(s, actors, treeRoles(s, reporter).subjects).filter((a) => a.code !== null && !a.code.startsWith('---'));
}

function frontedTargets(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, coding: VerbCoding, doers: ReadonlyArray<ActorSpan | null>): ActorSpan[] {
  const notDoer = notAmong(doers);
  // the phrase the pattern names comes first: "Rockets were fired AT ISRAEL from Lebanon" (`- * ROCKET (AT +)`)
  if (coding.targetAt !== null && s.lower[coding.targetAt] === 'it') return reporterOfIt(s, actors, clause);
  const named = coding.targetAt === null ? [] : objectActors(s, actors, clause, coding.targetAt, coding.matched, coding.code).filter(notDoer);
  if (named.length) return named;
  const phrases = clause.tree.obliques.filter((o) => PARTY_PREPS.has(o.prep));
  return actorsOf(s, actors, phrases.map((o) => o.head)).filter(notDoer);
}

/**
 * An actor past a comma that the tree makes the subject of another verb is no object of this one:
 * "crowds burned down its embassy, A SENIOR BREE OFFICIAL said" (the official is the subject of "said").
 */
function subjectOfAnother(s: SentenceWords, a: ActorSpan, verb: number): boolean {
  for (let w = a.start; w < a.end; w++) {
    if (s.head[w]! >= a.start && s.head[w]! < a.end) continue;
    let at = w;
    for (let steps = 0; NOUN_MODIFIER.has(s.relation[at]!) && s.head[at]! >= 0 && steps < 4; steps++) at = s.head[at]!;
    if (s.relation[at]!.startsWith('nsubj') && s.head[at] !== verb) return true;
  }
  return false;
}

/**
 * An actor past a comma followed by a verb of saying is the report's source, whatever the tree made
 * of it: "… by promoting biofuels and other alternatives to oil, US Deputy Secretary of Energy
 * Jeffrey Kupfer SAID", "…, the ministry TOLD reporters" (a long sentence's reporter is where the
 * parse goes wrong most: it hangs the reporter on the object as an apposition). Names after the actor's
 * words are its own ("Secretary of Energy Jeffrey Kupfer").
 */
function reporter(s: SentenceWords, a: ActorSpan): boolean {
  if (s.lower[a.start - 1] !== ',') return false;
  let at = a.end;
  while (at < s.words.length && at - a.end < 4 && s.upos[at] === 'PROPN') at++;
  return at < s.words.length && s.upos[at] === 'VERB' && REPORTING_VERBS.has(s.lemma[at]!);
}

const REPORTING_VERBS = new Set(['say', 'tell', 'add', 'state', 'report', 'write', 'note', 'explain']);

/** Relations of a word inside a noun phrase to its head ("a Malian ARMY spokesman"). */
const NOUN_MODIFIER = new Set(['compound', 'amod', 'nmod:poss', 'flat']);

function commaBetween(s: SentenceWords, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.lower[i] === ',') return true;
  return false;
}

/**
 * The first actor and those listed with it ("Mordor, Rohan, Fornost and Bree"). A list held
 * together by commas alone is one actor named twice ("Youssef Chahed, the Prime Minister of
 * Tunisia,"): its first name, with the most specific code of the two.
 */
export function leadingActorsFrom(s: SentenceWords, candidates: readonly ActorSpan[]): ActorSpan[] {
  // "The purchase was financed by a loan": a "by" phrase that names no actor gives no agent (it gave [undefined]).
  if (candidates.length === 0) return [];
  const out = [candidates[0]!];
  let conjoined = false;
  for (const next of candidates.slice(1)) {
    const prev = out.at(-1)!;
    let glued = true;
    for (let i = prev.end; i < next.start; i++) {
      if (!LIST_GLUE.has(s.lower[i]!) && s.pos[i] !== 'ADJ') glued = false;
      if (s.pos[i] === 'CCONJ') conjoined = true;
    }
    if (!glued) break;
    out.push(next);
  }
  if (out.length < 2 || conjoined) return out;
  const code = out.map((a) => a.code).filter((c): c is string => c !== null).sort((a, b) => b.length - a.length)[0] ?? null;
  return [{ ...out[0]!, code }];
}

function accordingTo(s: SentenceWords, at: number): boolean {
  return at >= 2 && s.lower[at - 1] === 'to' && s.lower[at - 2] === 'according';
}

/**
 * Word-window fallback: the agent of a passive, the actor in its "by" phrase; a doer no one names (null) where the
 * phrase names no actor ("were killed by a roadside bomb", "was financed by a loan").
 */
function agentActors(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause): Array<ActorSpan | null> {
  const { start, end } = clause.after;
  let by = start;
  while (by < end && s.lower[by] !== 'by') by++;
  if (by >= end) return [];
  const named = leadingActorsFrom(s, actorsStartingIn(actors, by + 1, end)).slice(0, 4);
  return named.length ? named : [null];
}

/** Dependents that open a clause or a list of their own: they are not part of the noun phrase that names an actor. */
const OUTSIDE_PHRASE = new Set(['acl:relcl', 'acl', 'advcl', 'ccomp', 'xcomp', 'parataxis', 'punct', 'dep']);
/** Words of a phrase searched for its actor: a noun phrase longer than this is a misparse (or no prose). */
const PHRASE_LIMIT = 60;
/** Relative pronouns stand for the noun their clause modifies. */
const RELATIVE = new Set(['which', 'who', 'whom', 'that']);
/** Prepositional phrases that never name the party acted on. */
const NOT_TARGET_PREPS = new Set(['according', 'despite', 'during', 'since', 'until', 'after', 'before', 'like', 'than', 'as']);

/**
 * The actors a noun phrase headed by word `head` names: the actor over its head, else the first
 * actor inside the phrase ("a resumption of ties with OSGILIATH"), with the actors coordinated
 * with it ("ties between Gondor and Osgiliath", "Eriadori and Calenardhon leaders"). An
 * apposition with a more specific code lends it ("Youssef Chahed, the Prime Minister of Tunisia").
 */
export function actorsOfPhrase(s: SentenceWords, actors: readonly ActorSpan[], head: number, pastOwner = false): ActorSpan[] {
  const at = RELATIVE.has(s.lower[head]!) && s.relation[s.head[head]!] === 'acl:relcl' ? s.head[s.head[head]!]! : head;
  if (at < 0) return [];
  const own = actorAt(actors, at);
  const found = own ?? firstActorIn(s, actors, at, pastOwner);
  if (!found) return [];
  return [moreSpecific(s, actors, found, at), ...(found.partner ? [found.partner] : []), ...coordinatedWith(s, actors, found)];
}

/** A phrase inside another that names no party of the act: "near the base, ACCORDING TO Iraqi military" (the parser hung the source of the report on "base"). */
function notAParty(s: SentenceWords, c: number): boolean {
  return (s.relation[c] === 'nmod' || s.relation[c] === 'obl') && NOT_TARGET_PREPS.has(caseOf(s, c));
}

function firstActorIn(s: SentenceWords, actors: readonly ActorSpan[], head: number, pastOwner = false): ActorSpan | undefined {
  const words = new Set<number>();
  const todo = [head];
  const acted = ACTED_ON.has(s.relation[head]!);
  while (todo.length && words.size < PHRASE_LIMIT) {
    const t = todo.pop()!;
    words.add(t);
    for (const c of s.children[t]!) {
      if ((!OUTSIDE_PHRASE.has(s.relation[c]!) || ownedBy(s, c)) && !(t === head && s.relation[c] === 'conj') && !notAParty(s, c)) todo.push(c);
      else if (acted && t === head) todo.push(...madeBy(s, c));
    }
  }
  let first: ActorSpan | undefined;
  for (const w of [...words]) if (ownedBy(s, w)) words.add(ownerAfter(s, w));
  for (const w of words) {
    const a = actorAt(actors, w);
    if (a?.start === w && (!first || w < first.start) && !(pastOwner && possessivePronoun(s, w)) && !reporter(s, a)) first = a;
  }
  return first;
}

/**
 * "Russia condemned the sanctions IMPOSED BY Ukraine", "a plan proposed by the British Red Cross was rejected by
 * Boris Johnson": the agent of a participle that modifies the thing acted on (an object, a passive's subject) itself is the
 * thing's author, as "Ukraine's sanctions" and "the proposal by Kyiv" name it; the participle's other phrases stay
 * outside ("imposed ON RUSSIA by Ukraine"). A doer's phrase keeps its own head: "the project, funded by the
 * National Science Foundation, meant to …" is the project's act.
 */
const ACTED_ON = new Set(['obj', 'nsubj:pass']);

function madeBy(s: SentenceWords, c: number): number[] {
  if (s.relation[c] !== 'acl' || s.pos[c] !== 'VERB' || s.lower[c]!.endsWith('ing')) return [];
  return s.children[c]!.filter((a) => s.relation[a] === 'obl:agent' && caseOf(s, a) === 'by');
}

/** Participles of ownership: the actor they name owns the thing the phrase names. */
const OWNING = /^(belong|own|operate|run|control)$/;

/**
 * "Oil facilities BELONGING TO Saudi Arabia's state-owned Saudi Aramco", "a tanker OWNED BY
 * Iran", "a base operated by the US military": a participle of ownership that modifies a noun
 * names the noun's owner, the party an act on the thing is done to, as "Saudi Aramco's oil
 * facilities" would; other participles open a clause of their own ("a man CARRYING a US passport").
 */
function ownedBy(s: SentenceWords, c: number): boolean {
  return s.relation[c] === 'acl' && OWNING.test(s.lemma[c]!);
}

/**
 * The first word of the owner a participle of ownership names after its preposition ("belonging TO
 * Saudi Arabia's …", "owned BY Iran"), read by the words: the parser often hangs that phrase on a
 * later verb ("oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco were hit", read
 * as an infinitive "to … were hit"). The participle itself when no preposition follows it.
 */
function ownerAfter(s: SentenceWords, participle: number): number {
  const prep = participle + 1;
  if (s.lower[prep] !== 'to' && s.lower[prep] !== 'by') return participle;
  let at = prep + 1;
  while (at < s.words.length && s.upos[at] === 'DET') at++;
  return at < s.words.length ? at : participle;
}

export function possessivePronoun(s: SentenceWords, w: number): boolean {
  return s.relation[w] === 'nmod:poss' && s.upos[w] === 'PRON';
}

/** Actors joined to `actor` by a conjunction, inside or outside its words. */
function coordinatedWith(s: SentenceWords, actors: readonly ActorSpan[], actor: ActorSpan): ActorSpan[] {
  const out: ActorSpan[] = [];
  const add = (w: number) => {
    const a = actorAt(actors, w);
    if (a && a !== actor && !out.includes(a)) out.push(a);
  };
  for (let x = actor.start; x < actor.end; x++) {
    if (s.relation[x] === 'conj' && (s.head[x]! < actor.start || s.head[x]! >= actor.end)) add(s.head[x]!);
    for (const c of s.children[x]!) if (s.relation[c] === 'conj' && (c < actor.start || c >= actor.end)) add(c);
  }
  return out;
}

/**
 * An apposition names the same party: one with a more specific code lends it ("Youssef Chahed, the Prime Minister of
 * Tunisia"), and a name set beside a title is the title's holder, who acts ("the governor of Puerto Rico, WANDA
 * VÁZQUEZ GARCED, declared", "the mayor of London, SADIQ KHAN, thanked"), with the more specific of the two codes.
 */
function moreSpecific(s: SentenceWords, actors: readonly ActorSpan[], actor: ActorSpan, head: number): ActorSpan {
  for (const c of s.children[head]!) {
    if (s.relation[c] !== 'appos') continue;
    const other = actorAt(actors, c);
    if (!other || other === actor) continue;
    if (s.upos[head] === 'NOUN' && s.upos[c] === 'PROPN' && other.entity !== null && !other.site && !other.place && other.start === c) {
      return (actor.code?.length ?? 0) > (other.code?.length ?? 0) ? { ...other, code: actor.code } : other;
    }
    if (other.code && other.code.length > (actor.code?.length ?? 0)) return { ...actor, code: other.code };
  }
  return actor;
}

/** The actors of noun phrases headed by `heads` (each once, in text order). */
export function actorsOf(s: SentenceWords, actors: readonly ActorSpan[], heads: readonly number[], pastOwner = false): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const h of heads) for (const a of actorsOfPhrase(s, actors, h, pastOwner)) if (!out.some((o) => o.start === a.start)) out.push(a);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi AGAINST the Houthi
 * rebellion" (Wikinews, CC BY 2.5, wn-8a4f3602c870): an act of cooperation (roots 03–08) is done for
 * its object; its "against" phrase names whom the cooperation is aimed at, never whom it helps.
 */
function opponentOfCooperation(prep: string, code: string | null): boolean {
  return prep === 'against' && /^0[3-8]/.test(code ?? '');
}

/**
 * The party a verb acts on by the tree: its objects, else the first prepositional phrase that
 * names an actor. Objects that are the source's own people ("offered ITS TROOPS to Lebanon", "will
 * send 200 Argentine soldiers to Haiti") are what the source gives or moves: the party acted on is
 * the other country a prepositional phrase names, when one does.
 */
function treeTargets(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, sources: readonly ActorSpan[], code: string | null): ActorSpan[] {
  const objects = ownersPassed(s, actors, clause.tree.objects, sources);
  const ownPeople = objects.length > 0 && objects.every((o) => sameCountry(o, sources));
  if (objects.length && !ownPeople) return objects;
  const phrases = ownPeople ? [...clause.tree.obliques, ...objectModifiers(s, clause.tree.objects)] : clause.tree.obliques;
  // a phrase of place is whom the act reached only when no other phrase names a party: "clashed in front of
  // parliament WITH THE POLICE", "fired a live round ON A PROTESTER in Hong Kong"
  // (arrivals and visits excepted: the place one comes to is whom one comes to)
  const placeIsParty = (code !== null && VISITS.test(code)) || ARRIVAL_VERBS.has(s.lemma[clause.at]!);
  const byPlace = (o: { prep: string }) => (LOCATIVE_PREPS.has(o.prep) && !placeIsParty ? 1 : 0);
  for (const o of [...phrases].sort((a, b) => byPlace(a) - byPlace(b))) {
    if (NOT_TARGET_PREPS.has(o.prep) || ('echoes' in o && o.echoes !== undefined) || opponentOfCooperation(o.prep, code)) continue;
    const found = actorsOf(s, actors, [o.head, ...echoesOf(clause, o.head)]);
    if (found.length && settingOnly(o.prep, found, code, s.lemma[clause.at]!)) continue;
    if (found.length && !(ownPeople && found.every((f) => sameCountry(f, sources)))) return found;
  }
  return objects;
}

/** Prepositions of place: "spoke IN Washington", "told a guard … IN French", "studied NEAR …". */
const LOCATIVE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'near', 'across', 'throughout', 'within', 'around']);
/** Visits and hosting (CAMEO 042, 043): the place visited is the party visited ("visited troops IN Iraq"). */
const VISITS = /^04[23]/;
/** Verbs of arrival: where one arrives is whom one comes to (PETRARCH's ARRIVE, 040: "Saddam Hussein arrived IN AMMAN"). */
const ARRIVAL_VERBS: ReadonlySet<string> = new Set(['arrive', 'come', 'land', 'return']);

/**
 * A place named alone after a preposition of place is where a verbal act (CAMEO roots 01–05 and
 * 09–13: statements, appeals, intents, meetings, cooperation in words; investigations, demands,
 * criticism, rejections, threats) happened, not the party it was aimed at: "Biden introduced an
 * economic plan in a speech IN PENNSYLVANIA", "She told a guard at the door, IN FRENCH and English",
 * "a disease first recognized about two months ago IN WUHAN". A place inside the object's phrase is
 * not a setting ("criticised the situation in Syria"). Material acts keep the place ("stabbed several
 * people … IN LONDON", "protested IN BELGIUM"), and so do visits and arrivals ("arrived IN MECCA").
 */
function settingOnly(prep: string, found: readonly ActorSpan[], code: string | null, verb: string): boolean {
  if (!LOCATIVE_PREPS.has(prep) || code === null || VISITS.test(code) || ARRIVAL_VERBS.has(verb)) return false;
  const quad = quadClassOf(code.slice(0, 2));
  return (quad === 1 || quad === 3) && found.every((a) => a.site);
}

/** Words that carry a place phrase on to the next place: "in the US states OF Idaho, Michigan AND Washington". */
const SETTING_GOES_ON: ReadonlySet<string> = new Set(['of', ',', 'and', 'or']);

/**
 * Actors found after a verb without the places that are only its setting (`settingOnly`), with the
 * places listed on in the same phrase ("held primary elections IN THE US states OF IDAHO, MICHIGAN …").
 */
function withoutSettings(s: SentenceWords, found: readonly ActorSpan[], code: string | null, verb: string): ActorSpan[] {
  const out: ActorSpan[] = [];
  let setting = false;
  for (const a of found) {
    const before = prepositionBefore(s, a.start) || s.lower[a.start - 1] || '';
    setting = settingOnly(before, [a], code, verb) || (setting && !!a.site && SETTING_GOES_ON.has(before));
    if (!setting) out.push(a);
  }
  return out;
}

/** The preposition right before word `at`, past a "the" ("in THE United States"); '' when there is none. */
function prepositionBefore(s: SentenceWords, at: number): string {
  const before = s.lower[at - 1] === 'the' ? at - 2 : at - 1;
  return before >= 0 && s.pos[before] === 'ADP' ? s.lower[before]! : '';
}

/**
 * The actors of the verb's objects; where those are only the subject's own possessive pronoun
 * ("Mordor, Rohan, Fornost and Bree welcomed THEIR resumption of ties with Osgiliath"), the act is
 * the subject's own and the party acted on is the one named after it in the phrase.
 */
function ownersPassed(s: SentenceWords, actors: readonly ActorSpan[], heads: readonly number[], sources: readonly ActorSpan[]): ActorSpan[] {
  const objects = actorsOf(s, actors, heads);
  const own = (o: ActorSpan) => possessivePronoun(s, o.start) && (o.code === null || sources.some((x) => x.entity !== null && x.entity === o.entity));
  return objects.length && objects.every(own) ? actorsOf(s, actors, heads, true) : objects;
}

/** Heads of the phrases that repeat the verb's phrase headed by `head` ("met with the IMF, then with President Trump"). */
function echoesOf(clause: VerbClause, head: number): number[] {
  return clause.tree.obliques.filter((o) => o.echoes === head).map((o) => o.head);
}

/** Prepositional phrases the parser hung on an object rather than its verb ("offered its troops TO LEBANON's president"). */
function objectModifiers(s: SentenceWords, objects: readonly number[]): Array<{ prep: string; head: number }> {
  const out: Array<{ prep: string; head: number }> = [];
  for (const o of objects) for (const c of s.children[o]!) if (s.relation[c] === 'nmod' && caseOf(s, c) !== 'of') out.push({ prep: caseOf(s, c), head: c });
  return out;
}

/** True when the actor's code starts with the country of one of `sources` ("ARGMIL" of "ARG"). */
function sameCountry(actor: ActorSpan, sources: readonly ActorSpan[]): boolean {
  const country = actor.code?.slice(0, 3);
  return !!country && /^[A-Z]{3}$/.test(country) && sources.some((x) => x.code?.slice(0, 3) === country);
}

/**
 * "His associates had alleged NAVALNY was poisoned": a claim (11) is not aimed at whom the act it
 * reports was done to, the subject of its passive clausal complement, which the word window takes.
 */
function withoutSufferer(s: SentenceWords, clause: VerbClause, coding: VerbCoding, targets: ActorSpan[]): ActorSpan[] {
  const c = clause.tree.complement;
  if (c < 0 || !(coding.code ?? '').startsWith('11')) return targets;
  const suffered = treeRoles(s, c).subjects.filter((w) => s.relation[w] === 'nsubj:pass');
  return targets.filter((t) => !suffered.some((w) => w >= t.start && w < t.end));
}

/**
 * The party a governing verb (an appeal, demand, threat, promise; not a statement, which is
 * not addressed to the subject of what it reports) acts on when it names none itself: the subject of the clause it
 * governs ("demanded that North Korea forsake"), else that clause's objects ("threatened to cut
 * off electricity to Nakhichevan").
 */
function complementTargets(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, sources: readonly ActorSpan[], claim = false): ActorSpan[] {
  const c = clause.tree.complement;
  if (c < 0) return [];
  const inner = treeRoles(s, c);
  const others = (found: ActorSpan[]) => found.filter((a) => !sources.some((x) => x.start === a.start));
  // in a claim, a passive's subject suffered the act the claim is about, it is not who the claim is aimed
  // at ("his associates had alleged Navalny WAS POISONED"); a hope or an appeal is aimed at it ("hopes that
  // Osgiliath could be drawn into the peace process")
  const active = claim ? inner.subjects.filter((w) => s.relation[w] !== 'nsubj:pass') : inner.subjects;
  const subject = s.relation[c] === 'ccomp' ? others(actorsOf(s, actors, active)) : [];
  if (subject.length) return subject;
  const objects = others(actorsOf(s, actors, inner.objects));
  if (objects.length) return objects;
  for (const o of inner.obliques) {
    if (NOT_TARGET_PREPS.has(o.prep)) continue;
    const found = others(actorsOf(s, actors, [o.head]));
    if (found.length) return found;
  }
  return [];
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
/** Clausal complements through which a reporting verb's subject reaches a pronoun ("said it would", "said that he had"). */
const REPORTED = new Set(['ccomp', 'parataxis']);

/**
 * "Syria says it will not accept any more refugees", "Obama said he would not provide support":
 * a pronoun subject of a reported clause is the subject of the verb that reports it, the verb
 * that governs it, when that subject is an actor — also when coreference made the pronoun a mention of an
 * entity with no code ("the rebels said THEY had shot down"). Null when the subject is no pronoun or no reporter names one.
 */
function reportersOfPronoun(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, mention: boolean): ActorSpan[] | null {
  const pronoun = clause.tree.subjects.length === 1 ? clause.tree.subjects[0]! : -1;
  if (pronoun < 0 || !SUBJECT_PRONOUNS.has(s.lower[pronoun]!)) return null;
  // the predicate the pronoun is the subject of: the clause's own, or the one whose infinitive it controls ("said it is ready TO HELP")
  const own = s.relation[pronoun]!.startsWith('nsubj') && s.head[pronoun]! >= 0 ? s.head[pronoun]! : clause.at;
  const reporter = REPORTED.has(s.relation[own]!) ? s.head[own]! : -1;
  if (reporter < 0 || (mention && !OWN_STATEMENT.test(s.lemma[reporter]!))) return null;
  const named = treeRoles(s, reporter).subjects.filter((w) => actorAt(actors, w) && !(s.lower[pronoun] === 'it' && pluralNoun(s, w)));
  const found = actorsOf(s, actors, named);
  return found.length && (!mention || found.some((a) => a.code !== null)) ? found : null;
}

/**
 * A plural common noun ("officials", "rebels"): no "it" stands for one — "Officials said IT killed nine people" tells of
 * a fire, not of a claim by the officials. Names are left alone ("the United States said it", "the Syrian Democratic
 * Forces announced it"): both taggers must call the word a noun, but for the capital that opens a sentence.
 */
function pluralNoun(s: SentenceWords, w: number): boolean {
  return s.upos[w] === 'NOUN' && (s.pos[w] === 'NOUN' || w === 0) && s.lower[w]!.endsWith('s') && s.lemma[w] !== s.lower[w];
}

/** Roots of acts an "-ing" adjunct names on its governor's subject's behalf: appeals, demands, disapproval, rejection, threats. */
const ADJUNCT_ROOTS = /^(02|1[0-3])/;

/**
 * "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks"
 * (Wikinews, CC BY 2.5, wn-8a4f3602c870), "Russia recalled its ambassador, accusing Ukraine of
 * provocations": an "-ing" adjunct of appeal, demand, criticism, rejection or threat says what its
 * governor's subject did by the act. Other adjuncts ("…, leaving", "…, including") are too often
 * circumstance rather than an act to code: they take their governor's subject only where the words
 * before them name an actor, which would otherwise be read as their doer ("the U.S. military has taken
 * action to protect U.S. PERSONNEL abroad by killing Soleimani", "the airline transports … FIGHTERS …,
 * supporting the Iranian regime": the military kills, the airline supports).
 */
function adjunctSubject(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, coding: VerbCoding): ActorSpan[] {
  const governor = adjunctGovernor(s, clause.at);
  if (governor < 0) return [];
  if (!ADJUNCT_ROOTS.test(coding.code ?? '') && !leadingActors(s, actors, clause.subject.start, clause.subject.end).some((a) => a && !a.place)) return [];
  return actorsOf(s, actors, treeRoles(s, governor).subjects);
}

/**
 * "The United States accused Iran of attacking two tankers", "his critics blame him for encouraging farmers", "Germany
 * thanked France for sending troops", "two men were arrested for smuggling weapons": an "-ing" clause opened by "of",
 * "for" or "with" on a verb with a party as its object (or, passive, as its subject) is that party's act, not the
 * accuser's. [] when the clause is no such adjunct or the party is no actor ("praised the plan for reducing costs").
 */
function charged(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause): ActorSpan[] {
  const governor = chargingVerb(s, clause.at);
  if (governor < 0) return [];
  const party = dependents(s, governor, 'obj');
  // the phrase's head is the party ("accused IRAN", "punish THE MAYOR of Fort Lee"), not a thing of one ("discussed his PLANS for leading")
  const heads = (party.length ? party : dependents(s, governor, 'nsubj:pass')).filter((h) => actorAt(actors, h));
  return actorsOf(s, actors, heads).filter((a) => !a.place);
}

/** Roots of asking: appeals (02) and demands (10). */
const ASKING_ROOTS = /^(02|10)/;

/**
 * "Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity", "the
 * minister turned to Washington, urging to lift the ban": an appeal or demand made by an "-ing" adjunct
 * with no object of its own is addressed to the party its governor's "to" phrase names (the word window
 * would take an actor inside the act asked for, "HER diplomatic immunity"). [] when the clause is no such
 * adjunct or its governor names no addressee.
 */
function governorsAddressee(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, coding: VerbCoding): ActorSpan[] {
  if (!ASKING_ROOTS.test(coding.code ?? '') || clause.tree.objects.length) return [];
  const governor = adjunctGovernor(s, clause.at);
  if (governor < 0) return [];
  // the phrase's head must be the party ("wrote to THE US EMBASSY"), not a thing of one ("responded to HER letter")
  return actorsOf(s, actors, treeRoles(s, governor).obliques.filter((o) => o.prep === 'to' && actorAt(actors, o.head)).map((o) => o.head));
}

/** Verbs of command: their object carries out the act of the infinitive after it on the commander's behalf. */
const COMMAND = /^(instruct|order|direct|task|commission|authorize|authorise|mandate)$/;

/**
 * "He also instructed security agencies to investigate who leaked the recording" (Wikinews, CC BY
 * 2.5, wn-28108ad63c0e): the act commanded of a party no actor code names is the commander's act;
 * the subjects of the command verb, [] when the verb is no command or governs nothing.
 */
function commanderOf(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause): ActorSpan[] {
  const governor = clause.tree.governor;
  if (governor === null || !clause.tree.objectControl || !COMMAND.test(s.lemma[governor]!)) return [];
  return actorsOf(s, actors, treeRoles(s, governor).subjects);
}

/**
 * Verbs whose pronoun subject is their own subject even where coreference linked it to an entity
 * with no code ("the rebels SAID they had shot down", "Syria CLAIMED it had"); after other verbs
 * ("'He's hanging out with the celebrities', Wilkins said") the pronoun is someone else.
 */
const OWN_STATEMENT = /^(say|claim|announce|state|declare|insist|confirm|admit|deny|vow|pledge|promise|threaten|warn)$/;

/** A participle that modifies a noun ("territory CONTROLLED by the Taliban"): its subject is that noun, not an actor named before it. */
function modifiesNoun(s: SentenceWords, clause: VerbClause): boolean {
  // an infinitive on a noun ("a resolution TO EXPEL") is done by the subject of the verb above it, which the clause reads
  return s.relation[clause.at] === 'acl' && clause.tree.subjects.length > 0 && !infinitive(s, clause.at);
}

/**
 * Source and target actors of a coded verb clause, passives and reversed codes turned round.
 * The tree's subject, objects and agent come first; the word stretches answer when the tree
 * names no actor there, and where a dictionary pattern placed the target.
 */
export function assignRoles(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause, coding: VerbCoding): { sources: Array<ActorSpan | null>; targets: Array<ActorSpan | null> } {
  // a capital that modifies the subject is the act's place, not its doer ("a KABUL car bombing killed five")
  // a subject before its verb holds no words after it: an actor there is the parser's misattachment into the verb's own
  // clause ("video clips containing abuse of children, INCLUDING toddlers and INFANTS" hung on "clips")
  const before = clause.tree.subjects.every((h) => h < clause.at);
  const ownSubject = clause.tree.subjects.length ? actorsOf(s, actors, clause.tree.subjects).filter((a) => !a.place && !(before && a.start > clause.at)) : [];
  // an adjunct's subject by the tree may be no actor: the noun it was read as modifying ("a MESSAGE … blaming Iran")
  const controlled = ownSubject.length ? [] : charged(s, actors, clause);
  const bySubject = ownSubject.length ? ownSubject : controlled.length ? controlled : adjunctSubject(s, actors, clause, coding);
  const commander = bySubject.some((a) => a.code !== null) ? [] : commanderOf(s, actors, clause);
  const treeSubject = commander.length ? commander : bySubject;
  const subject = treeSubject.some((a) => a.code !== null)
    ? treeSubject
    : reportersOfPronoun(s, actors, clause, treeSubject.length > 0) ?? (treeSubject.length || modifiesNoun(s, clause) ? treeSubject : leadingActors(s, actors, clause.subject.start, clause.subject.end).filter((a) => !a?.place));
  if (clause.passive) {
    const agents = actorsOf(s, actors, clause.tree.agents);
    const doers = agents.length ? agents : agentActors(s, actors, clause);
    if (coding.fronted && !subject.length) return { sources: doers, targets: frontedTargets(s, actors, clause, coding, doers) };
    if (!subject.length && FORCE_ROOTS.test(coding.code ?? '')) {
      const aimed = aimedAt(s, actors, clause, doers);
      if (aimed.length) return { sources: doers, targets: aimed };
    }
    return coding.code === null && coding.reverse !== null ? { sources: subject, targets: doers } : { sources: doers, targets: subject };
  }
  const sourceIndex = coding.sourceAt === null ? -1 : firstStartingFrom(actors, coding.sourceAt);
  const sources = sourceIndex < 0 ? subject : actors.slice(sourceIndex, sourceIndex + 1);
  const byTree = coding.targetAt === null ? treeTargets(s, actors, clause, sources, coding.code) : [];
  const addressed = byTree.length ? [] : governorsAddressee(s, actors, clause, coding);
  let targets = byTree.length ? byTree : addressed.length ? addressed : withoutSufferer(s, clause, coding, objectActors(s, actors, clause, coding.targetAt, coding.matched, coding.code));
  // A pattern's phrase that names a thing, not a party ("blaming Iran (FOR ATTACK)s"): the tree's object is the target.
  if (!targets.length && coding.targetAt !== null) targets = treeTargets(s, actors, clause, sources, coding.code);
  if (!targets.length && !(coding.code ?? '').startsWith('01')) targets = complementTargets(s, actors, clause, sources, (coding.code ?? '').startsWith('11'));
  if (!targets.length) targets = governorsObject(s, actors, clause);
  if (!targets.length) targets = [...eachOther(s, clause, coding, sources)];
  // "won THEIR prize", "received HIS award": what one receives is one's own, its possessor gives nothing
  if (coding.code === null && coding.reverse !== null) return { sources: targets.filter((a) => !(a && possessivePronoun(s, a.start))), targets: sources };
  return { sources, targets };
}

/** Pronouns that, as the object of a participle adjunct, stand for its governor's object. */
const ADJUNCT_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);

/**
 * "He commented on the Turkish-Libyan maritime border agreement, calling IT "null and void"", "welcomed
 * the deal, describing IT as historic": the pronoun object of a participle adjunct (an "-ing" verb hung
 * on the verb before it) is that verb's object or prepositional object, the actors it names.
 */
function governorsObject(s: SentenceWords, actors: readonly ActorSpan[], clause: VerbClause): ActorSpan[] {
  const heads = pronounObjectAntecedents(s, clause);
  return heads.length ? actorsOf(s, actors, heads) : [];
}

/** The heads of the phrases the pronoun object of a participle adjunct stands for (`governorsObject`), [] when there is no such pronoun. */
export function pronounObjectAntecedents(s: SentenceWords, clause: VerbClause): number[] {
  const governor = s.head[clause.at]!;
  if (governor < 0 || s.relation[clause.at] !== 'advcl' || !s.lower[clause.at]!.endsWith('ing')) return [];
  if (!clause.tree.objects.some((o) => ADJUNCT_OBJECT_PRONOUNS.has(s.lower[o]!))) return [];
  const phrases = dependents(s, governor, 'obj');
  return phrases.length ? phrases : dependents(s, governor, 'obl');
}
