import type { EventMode } from '../../language/mode.js';
import { actorsStartingIn, firstStartingFrom } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import { actorsOf, type RawEvent } from './code.js';
import { bombingCode } from './means.js';
import { verbAbove, withConjuncts, type SentenceWords } from './sentence.js';
import { caseOf, treeRoles } from './tree.js';

/**
 * Acts named by a noun rather than a verb: "talks with Macron", "an air strike on the city",
 * "Israeli tank shelling", "sanctions against Iran", "resistance from Russia". The source stands
 * before the noun (a country adjective or possessive), in a "by" (or "from") phrase after it, or
 * is the subject of the verb that announces or holds it ("Zelensky announced discussions with
 * Macron"); the target in the phrase the noun's preposition opens.
 */
interface NominalTrigger {
  readonly code: string;
  readonly targetPreps: ReadonlySet<string>;
  /** Prepositions whose phrase names the source ("resistance FROM Russia"); "by" always does. */
  readonly sourcePreps?: ReadonlySet<string>;
}

const WITH = new Set(['with']);
const FROM = new Set(['from']);
const ON = new Set(['on', 'against', 'in', 'at']);
const TO = new Set(['to', 'in']);

/** Nouns that name an act by themselves, with the CAMEO code of the act (CAMEO 1.1b3 codebook examples). */
const TRIGGERS: ReadonlyMap<string, NominalTrigger> = new Map([
  ...['TALKS', 'NEGOTIATIONS'].map((w) => [w, { code: '046', targetPreps: WITH }] as const),
  ...['DISCUSSIONS', 'DISCUSSION', 'MEETING', 'MEETINGS', 'CONSULTATIONS'].map((w) => [w, { code: '040', targetPreps: WITH }] as const),
  ['VISIT', { code: '042', targetPreps: TO }],
  ...['ATTACK', 'ATTACKS', 'OFFENSIVE', 'ASSAULT', 'RAID', 'RAIDS', 'SHELLING', 'SHELLFIRE'].map((w) => [w, { code: '190', targetPreps: ON }] as const),
  ...['AIRSTRIKE', 'AIRSTRIKES', 'AIR-STRIKE', 'BOMBING', 'BOMBINGS', 'BOMBARDMENT'].map((w) => [w, { code: '195', targetPreps: ON }] as const),
  ...['SANCTIONS', 'EMBARGO'].map((w) => [w, { code: '163', targetPreps: new Set(['on', 'against']) }] as const),
  ...['PROTEST', 'PROTESTS', 'DEMONSTRATION', 'DEMONSTRATIONS', 'RALLY', 'RALLIES'].map((w) => [w, { code: '141', targetPreps: new Set(['against']) }] as const),
  ...['RESISTANCE', 'REJECTION'].map((w) => [w, { code: '120', targetPreps: new Set(['to']), sourcePreps: FROM }] as const),
  ...['CRITICISM', 'CONDEMNATION'].map((w) => [w, { code: '111', targetPreps: new Set(['of']), sourcePreps: FROM }] as const),
  ...['RESIGNATION', 'RESIGNATIONS'].map((w) => [w, { code: '083', targetPreps: new Set<string>() }] as const),
  ...['INVASION', 'INCURSION', 'OCCUPATION'].map((w) => [w, { code: '192', targetPreps: new Set(['of', 'into']) }] as const),
  ...['MEDIATION'].map((w) => [w, { code: '045', targetPreps: new Set(['between', 'with']) }] as const),
  ...['INVESTIGATION', 'INQUIRY', 'PROBE', 'HEARING'].map((w) => [w, { code: '090', targetPreps: new Set(['into', 'of', 'against']) }] as const),
  ...['WITHDRAWAL', 'PULLOUT', 'PULL-OUT'].map((w) => [w, { code: '0874', targetPreps: new Set(['from']) }] as const),
  ...['BLOCKADE', 'SIEGE'].map((w) => [w, { code: '191', targetPreps: new Set(['of', 'on', 'against']) }] as const),
  ...['CEASEFIRE', 'CEASE-FIRE', 'TRUCE'].map((w) => [w, { code: '0871', targetPreps: WITH }] as const),
  ...['STRIKE', 'STRIKES', 'BOYCOTT'].map((w) => [w, { code: '143', targetPreps: new Set(['against', 'on']) }] as const),
  ...['DEMANDS', 'DEMAND'].map((w) => [w, { code: '100', targetPreps: new Set(['on']), sourcePreps: new Set(['from', 'of']) }] as const),
  // threats made or issued ("Iraqi militias had made threats against U.S. personnel", "the threat from Iran")
  ...['THREAT', 'THREATS'].map((w) => [w, { code: '130', targetPreps: new Set(['against', 'to']), sourcePreps: FROM }] as const),
  // legal action on a person (173: arrest, detain or charge with legal action): "will pursue the prosecution of Trump"
  ...['PROSECUTION', 'ARREST', 'ARRESTS', 'INDICTMENT', 'DETENTION'].map((w) => [w, { code: '173', targetPreps: new Set(['of', 'against']) }] as const),
  ['SUSPENSION', { code: '160', targetPreps: new Set(['with', 'to']) }],
  ['CURFEW', { code: '1723', targetPreps: new Set(['in', 'on']) }],
  ['EMERGENCY', { code: '1724', targetPreps: new Set(['in', 'on']) }],
]);

/**
 * Nouns that only measure or frame the act their "of" phrase names: "declared a STATE of siege in
 * Haiti", "announced a state of emergency", "launched a WAVE of air strikes", "a SERIES of raids":
 * the verb holds or reports the act itself. A "state of" siege or emergency is a legal regime, the
 * codebook's 1724 (impose a state of emergency or martial law), not a military siege (191).
 */
const FRAME_NOUNS: ReadonlySet<string> = new Set(['STATE', 'WAVE', 'SERIES', 'CAMPAIGN', 'ROUND', 'SPATE']);

/**
 * A state of siege or emergency (1724) is imposed on the place it is declared in, whatever the noun inside
 * its frame: "declared a state of siege IN BOLIVIA" reads the frame noun's "in" phrase as EMERGENCY does.
 */
const REGIME_CODE = '1724';
const REGIME_PREPS = TRIGGERS.get('EMERGENCY')!.targetPreps;

/** The phrase a verb holds when it holds the noun's act: the noun itself, the noun it is a compound of, or the frame noun it completes. */
function actPhrase(s: SentenceWords, i: number): number {
  const h = s.head[i]!;
  if (h > i && s.relation[i] === 'compound') return h;
  if (h >= 0 && h < i && s.relation[i] === 'nmod' && caseOf(s, i) === 'of' && FRAME_NOUNS.has(s.words[h]!)) return h;
  return i;
}

/** Whether a noun names a use of force ("shelling", "air strike", "raid"): its phrase names who used it. */
export function namesForce(word: string): boolean {
  return /^(18|19|20)/.test(TRIGGERS.get(word)?.code ?? '');
}

/** Whether the noun at word i names a use of force, alone or as its modifier makes it ("drone strikes", not "a general strike"). */
export function namesForceAt(s: SentenceWords, i: number): boolean {
  if (namesForce(s.words[i]!)) return true;
  const modifiers = MODIFIED.get(s.words[i]!);
  return !!modifiers && s.children[i]!.some((c) => /^(18|19|20)/.test(modifiers.get(s.words[c]!) ?? ''));
}

/** "A hunger strike" is 142, "a general strike" 143, "an air strike" 195: a strike is coded only as its modifier makes it (alone the word is a labour strike as often as an attack). */
const STRIKE_KINDS: ReadonlyMap<string, string> = new Map([['HUNGER', '142'], ['GENERAL', '143'], ['AIR', '195'], ['MISSILE', '195'], ['DRONE', '195']]);
const MODIFIED: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([['STRIKE', STRIKE_KINDS], ['STRIKES', STRIKE_KINDS]]);

/**
 * Verbs that end, halt or suspend the act their object names, with the CAMEO code of ending it
 * by the act's root: "halted mediation efforts" is 165, "broke off talks" 164, "stopped aid"
 * 162, "ended the siege" 087, "lifted the blockade" 0872.
 */
const ENDING_VERBS = /^(halt|end|stop|suspend|break|freeze|abandon|cease|terminate|lift|ease)/;
const ENDED: ReadonlyArray<[RegExp, string]> = [[/^04[0-4]|^046/, '164'], [/^045/, '165'], [/^07/, '162'], [/^191/, '0872'], [/^1[89]|^20/, '087']];

function endedCode(code: string): string | null {
  return ENDED.find(([re]) => re.test(code))?.[1] ?? null;
}

const SOURCE_REACH = 3;
const TARGET_REACH = 4;

/**
 * The acts named by nouns of a sentence. A noun inside a verbal event's words is left to it,
 * except the object of a statement or of a verb that only holds it ("announced discussions with
 * Macron", "organized a general strike"): the act it names is what that verb reports or holds,
 * so it takes the verb's place (`replaced`). A verb that ends the act ends it ("halted mediation").
 */
export function findNominalEvents(s: SentenceWords, actors: readonly ActorSpan[], verbal: readonly RawEvent[]): { events: RawEvent[]; replaced: Set<RawEvent> } {
  const events: RawEvent[] = [];
  const replaced = new Set<RawEvent>();
  for (let i = 0; i < s.words.length; i++) {
    const trigger = TRIGGERS.get(s.words[i]!);
    if (!trigger || s.pos[i] !== 'NOUN') continue;
    const verb = holdingVerb(s, i);
    if (verb < 0 && s.relation[i] === 'compound') continue;
    const governor = verbAbove(s, i);
    const holder = verbal.find((e) => e.clause ? e.clause.at === governor : e.evidence.start <= i && i < e.evidence.end);
    const yielding = holder && yieldsToObject(s, holder, i) ? holder : null;
    if (holder && !yielding && !concessive(s, i) && !doneByRelative(s, i)) continue;
    const code = actCode(s, i, trigger.code, verb);
    if (!code) continue;
    const source = yielding?.sources[0] ?? modifierActor(s, actors, i) ?? phraseActor(s, actors, i, trigger.sourcePreps ?? BY) ?? byActor(s, actors, i, trigger.sourcePreps ?? BY) ?? verbSubject(s, actors, verb);
    if (!source) continue;
    const phraseHead = actPhrase(s, i);
    const preps = code === REGIME_CODE ? REGIME_PREPS : trigger.targetPreps;
    const target = phraseActor(s, actors, i, preps) ?? phraseActor(s, actors, phraseHead, preps) ?? targetActor(s, actors, phraseHead, preps) ?? ofPhraseActor(s, actors, i, preps) ?? copularTarget(s, actors, i, code) ?? opposedActor(s, actors, i, code);
    if (target === source || (target && source && target.start === source.start)) continue;
    if (yielding) replaced.add(yielding);
    events.push({
      code,
      mode: expectedOf(s, i, yielding?.mode ?? (verb >= 0 ? treeRoles(s, verb).mode : 'asserted')),
      sources: [source],
      targets: [target],
      trigger: { start: i, end: i + 1 },
      evidence: { start: Math.min(source.start, yielding?.trigger.start ?? i, verb >= 0 ? verb : i, i), end: Math.max(i + 1, target?.end ?? 0, source.end) },
      by: `cameo:noun/${s.words[i]}`,
      clause: null,
    });
  }
  return { events, replaced };
}

const BY = new Set(['by']);

/** Adjectives that put a named act ahead of its time ("an IMMINENT incursion", "a PLANNED strike") or make it one that may be ("a POSSIBLE attack"). */
const EXPECTED: ReadonlyMap<string, 'intended' | 'hypothetical'> = new Map([
  ['imminent', 'intended'], ['future', 'intended'], ['planned', 'intended'], ['proposed', 'intended'], ['expected', 'intended'], ['looming', 'intended'], ['upcoming', 'intended'], ['impending', 'intended'], ['threatened', 'intended'],
  ['possible', 'hypothetical'], ['potential', 'hypothetical'], ['feared', 'hypothetical'], ['likely', 'hypothetical'],
]);

/**
 * "Both nations issued statements speaking of an IMMINENT incursion into northeast Syria" (Wikinews,
 * CC BY 2.5, wn-4a036a6152d8): an act a noun names with an adjective of expectation before it has not
 * happened — it is intended, or hypothetical when it only may happen; null when no such adjective
 * modifies the noun (or the phrase it is a compound of).
 */
function expectedOf(s: SentenceWords, i: number, mode: EventMode): EventMode {
  return mode === 'asserted' ? expectedMode(s, i) ?? mode : mode;
}

/** Nouns of a plan or threat: an act named as their compound ("attack PLANS", "a bomb PLOT", "strike THREATS") is not done. */
const PLANNED_BY_HEAD: ReadonlyMap<string, 'intended' | 'hypothetical'> = new Map([
  ['plan', 'intended'], ['plot', 'intended'], ['scheme', 'intended'], ['threat', 'hypothetical'],
]);

function expectedMode(s: SentenceWords, i: number): 'intended' | 'hypothetical' | null {
  const head = s.relation[i] === 'compound' && s.head[i]! > i ? s.head[i]! : i;
  const planned = head === i ? undefined : PLANNED_BY_HEAD.get(s.lemma[head]!);
  if (planned) return planned;
  for (const c of [...s.children[i]!, ...(head === i ? [] : s.children[head]!)]) {
    const mode = s.relation[c] === 'amod' ? EXPECTED.get(s.lower[c]!) : undefined;
    if (mode) return mode;
  }
  return null;
}

/**
 * Is the noun what the statement verb announces: a dependent after it, as object (or, misparsed between commas, as a
 * conjunct or oblique)? A phrase that opposes the act or only dates the statement names no act of the speaker: "spoke
 * out AGAINST the attack", "spoke AFTER the talks". Other phrases report it ("announced a withdrawal …, BEYOND the
 * withdrawal first announced seven days earlier"; "said IN a meeting with Honcharuk").
 */
function statedObject(s: SentenceWords, verb: number, i: number): boolean {
  const p = actPhrase(s, i);
  if (p <= verb || s.head[p] !== verb) return false;
  return s.relation[p] === 'obj' || s.relation[p] === 'conj' || (s.relation[p] === 'obl' && !NOT_STATED.has(caseOf(s, p)));
}

/** Prepositions of a phrase that sets an act against a statement or dates the statement by it. */
const NOT_STATED: ReadonlySet<string> = new Set(['against', 'after', 'before', 'since', 'until', 'following', 'despite', 'amid', 'unlike']);

/**
 * A verbal event gives way to the act its object names when it only reports it (a statement,
 * "announced discussions with Macron") or only holds it: a verb of holding or launching coded by
 * its default, no pattern of its own ("organized a general strike" is the strike, not 050).
 */
function yieldsToObject(s: SentenceWords, holder: RawEvent, i: number): boolean {
  if (!holder.clause) return false;
  // a claim or denial of responsibility names the act it owns or disowns: `responsibility.ts` finds its doer
  if (holder.code === '015' || holder.code === '016') return false;
  // a verb of naming or judging reports no act of its subject: "calling the investigation 'Soviet-style'" is no inquiry of the caller's
  if (JUDGING.test(s.lemma[holder.clause.at]!)) return false;
  if (holder.code.startsWith('01')) return statedObject(s, holder.clause.at, i);
  return !holder.by.includes('/') && holdingVerb(s, i) === holder.clause.at && (holdsAct(s, holder.clause.at) || ENDING_VERBS.test(s.lemma[holder.clause.at]!));
}

/** Verbs of naming and judging: their object is what they name or judge ("called the probe a witch hunt", "described the talks as"). */
const JUDGING = /^(call|describe|label|brand|dub|term|characteri[sz]e|deem)$/;

/** The verb whose object is the noun, or the head of that object ("ended MEDIATION efforts"); -1 when none. */
function holdingVerb(s: SentenceWords, i: number): number {
  const object = actPhrase(s, i);
  const verb = s.head[object]!;
  return verb >= 0 && s.relation[object] === 'obj' && s.upos[verb] === 'VERB' ? verb : -1;
}

/** The code of the act the noun names, as its modifiers and the verb that holds it make it; null when the act is not coded. */
function actCode(s: SentenceWords, i: number, code: string, verb: number): string | null {
  if (s.words[actPhrase(s, i)] === 'STATE') return '1724';
  const modifiers = MODIFIED.get(s.words[i]!);
  const modified = modifiers ? s.children[i]!.map((c) => modifiers.get(s.words[c]!)).find((m) => m !== undefined) : undefined;
  if (modifiers && !modified) return null;
  const act = modified ?? (namesForce(s.words[i]!) ? bombingCode(s, i) : null) ?? code;
  if (verb >= 0 && ENDING_VERBS.test(s.lemma[verb]!)) return endedCode(act);
  return act;
}
/**
 * Verbs whose subject is the source of the act their object names: "held talks", "launched an attack", "filed his
 * resignation", "made threats against U.S. personnel", "issued demands", the verbs of organising or carrying out an act ("orchestrated attacks on coalition bases",
 * "masterminded the bombing", "perpetrated an attack", "waged a bombing campaign", "executed an airstrike"), and
 * those of doing it more or sooner ("intensified its air strikes on Gaza", "escalated its bombing campaign",
 * "sped up the withdrawal of its troops"), which the dictionary's BOOST block codes 060 by default.
 */
const SUPPORT_VERBS = /^(hold|have|make|made|issu|deliver|conduct|launch|carry|stage|begin|start|open|resume|continue|extend|prolong|renew|maintain|tighten|announce|impose|mount|pursue|join|file|submit|tender|offer|hand|undert(ake|ook)|complete|conclude|organi[sz]e|orchestrat|mastermind|perpetrat|wage|execut|unleash|spearhead|intensif|escalat|accelerat|speed|sped|hasten|expand|redoubl)/;

/** Whether verb `v` holds the act its object names; by its word as well as its lemma, which the lemmatiser misses for some irregular forms ("sped" read as "s"). */
function holdsAct(s: SentenceWords, v: number): boolean {
  return SUPPORT_VERBS.test(s.lemma[v]!) || SUPPORT_VERBS.test(s.lower[v]!);
}

/** The first actor ending at most SOURCE_REACH words before noun `i` with only modifiers between, a place excepted (actors are in order, so their ends are too). */
function modifierActor(s: SentenceWords, actors: readonly ActorSpan[], i: number): ActorSpan | undefined {
  let k = firstStartingFrom(actors, i);
  while (k > 0 && actors[k - 1]!.end >= i - SOURCE_REACH) k--;
  for (; k < actors.length && actors[k]!.start < i; k++) {
    const a = actors[k]!;
    if (a.end <= i && !a.place && onlyModifiers(s, a.end, i)) return a;
  }
  return undefined;
}

/** The actor of a phrase on the noun opened by one of `preps` ("talks WITH Macron"), by the tree. */
function phraseActor(s: SentenceWords, actors: readonly ActorSpan[], i: number, preps: ReadonlySet<string>): ActorSpan | undefined {
  for (const c of s.children[i]!) {
    if (s.relation[c] !== 'nmod' || !preps.has(caseOf(s, c))) continue;
    const found = actorsOf(s, actors, withConjuncts(s, c));
    if (found.length) return found[0];
  }
  return undefined;
}

/** The party named in the noun's "of" phrase, where the act is on what that phrase names: "a suspension of air links WITH Serbia", "the suspension of talks with Iran". */
function ofPhraseActor(s: SentenceWords, actors: readonly ActorSpan[], i: number, preps: ReadonlySet<string>): ActorSpan | undefined {
  const of = s.children[i]!.find((c) => s.relation[c] === 'nmod' && caseOf(s, c) === 'of');
  return of === undefined ? undefined : phraseActor(s, actors, of, preps);
}

/** Nouns that name the one an act was done to: "was the TARGET of an attack", "were the victims of a bombing". */
const SUFFERER = /^(target|victim)s?$/;

/**
 * "In 2006, Abqaiq was the target of an Al-Qaeda suicide attack", "the embassy was the target of a
 * rocket attack": an act of force in the "of" phrase of a copular "target" or "victim" is done to
 * the copula's subject. Undefined when the noun stands in no such phrase or the subject names no actor.
 */
function copularTarget(s: SentenceWords, actors: readonly ActorSpan[], i: number, code: string): ActorSpan | undefined {
  const h = s.head[i]!;
  if (!/^(18|19|20)/.test(code) || h < 0 || s.relation[i] !== 'nmod' || caseOf(s, i) !== 'of' || !SUFFERER.test(s.lower[h]!)) return undefined;
  if (!s.children[h]!.some((c) => s.relation[c] === 'cop')) return undefined;
  return actorsOf(s, actors, s.children[h]!.filter((c) => s.relation[c] === 'nsubj'))[0];
}

/** The subject of the verb that holds, launches or ends the act the noun names ("Russia launched an attack", "Syria ended mediation efforts"). */
function verbSubject(s: SentenceWords, actors: readonly ActorSpan[], verb: number): ActorSpan | undefined {
  if (verb < 0 || !(holdsAct(s, verb) || ENDING_VERBS.test(s.lemma[verb]!))) return undefined;
  return actorsOf(s, actors, treeRoles(s, verb).subjects)[0];
}

function onlyModifiers(s: SentenceWords, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(s.pos[i] === 'ADJ' || s.pos[i] === 'NOUN' || s.lower[i] === "'s" || s.lower[i] === "'")) return false;
  return true;
}

/**
 * The actor of a "by" phrase (or the noun's own source preposition: "criticism FROM Australia") after the noun,
 * where the tree missed it ("an attack on the embassy by militants"); a verb between them owns the phrase
 * instead: "The attack was condemned by Iraq" names who condemned, not who attacked.
 */
function byActor(s: SentenceWords, actors: readonly ActorSpan[], i: number, preps: ReadonlySet<string>): ActorSpan | undefined {
  for (let k = i + 1; k < Math.min(s.words.length, i + TARGET_REACH + 2); k++) {
    if (s.upos[k] === 'VERB' || s.upos[k] === 'AUX') return undefined;
    if (s.lower[k] === 'by' || preps.has(s.lower[k]!)) return actorsStartingIn(actors, k + 1, k + 4)[0];
  }
  return undefined;
}

/** Prepositions that set an act against what the clause reports: "despite criticism by …", "amid protests from …". */
const CONCESSIVE = new Set(['despite', 'amid', 'amidst', 'notwithstanding']);

/**
 * "He announced this change … despite criticism by the Greek foreign minister" (Wikinews, CC BY
 * 2.5, wn-b46612ade28e): disapproval, rejection or protest named in a concessive phrase is aimed at
 * the subject of the clause it qualifies — the verb above the noun — when the noun names no target.
 * It is no part of that verb's act, so a coded verb does not take its place.
 */
/**
 * "I asked John for his resignation, which was given to me this morning" (Wikinews, CC BY 2.5,
 * wn-45c8e423037d): a relative clause that says the act was handed over, held or carried out
 * ("which was given", "which he tendered") reports it done, whatever the verb above the noun asks
 * of it: the act is coded on its own.
 */
function doneByRelative(s: SentenceWords, i: number): boolean {
  return s.children[i]!.some((c) => s.relation[c] === 'acl:relcl' && (SUPPORT_VERBS.test(s.lemma[c]!) || DONE_VERBS.test(s.lemma[c]!)));
}

/** Verbs of a relative clause that report the act of the noun it modifies as done, besides the verbs that hold it. */
const DONE_VERBS = /^(give|accept|deliver|carry|complete|approve)$/;

function concessive(s: SentenceWords, i: number): boolean {
  return s.children[i]!.some((c) => s.relation[c] === 'case' && CONCESSIVE.has(s.lower[c]!));
}

function opposedActor(s: SentenceWords, actors: readonly ActorSpan[], i: number, code: string): ActorSpan | null {
  if (!/^1[1-4]/.test(code) || !concessive(s, i)) return null;
  const verb = verbAbove(s, i);
  return verb < 0 ? null : actorsOf(s, actors, treeRoles(s, verb).subjects)[0] ?? null;
}

function targetActor(s: SentenceWords, actors: readonly ActorSpan[], i: number, preps: ReadonlySet<string>): ActorSpan | null {
  for (let k = i + 1; k < Math.min(s.words.length, i + TARGET_REACH); k++) {
    if (!preps.has(s.lower[k]!)) continue;
    return actorsStartingIn(actors, k + 1, k + 4)[0] ?? null;
  }
  return null;
}
