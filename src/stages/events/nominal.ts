import { actorsStartingIn, firstStartingFrom } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import { actorsOf, type RawEvent } from './code.js';
import { withConjuncts, type SentenceWords } from './sentence.js';
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
]);

const SOURCE_REACH = 3;
const TARGET_REACH = 4;

/**
 * The acts named by nouns of a sentence. A noun inside a verbal event's words is left to it,
 * except the object of a statement ("announced discussions with Macron"): the act it names is
 * what the statement reports, so it takes the statement's place (`replaced`).
 */
export function findNominalEvents(s: SentenceWords, actors: readonly ActorSpan[], verbal: readonly RawEvent[]): { events: RawEvent[]; replaced: Set<RawEvent> } {
  const events: RawEvent[] = [];
  const replaced = new Set<RawEvent>();
  for (let i = 0; i < s.words.length; i++) {
    const trigger = TRIGGERS.get(s.words[i]!);
    if (!trigger || s.pos[i] !== 'NOUN') continue;
    const holder = verbal.find((e) => e.evidence.start <= i && i < e.evidence.end);
    const statement = holder && holder.code.startsWith('01') && holder.clause && statedObject(s, holder.clause.at, i) ? holder : null;
    if (holder && !statement) continue;
    const source = statement?.sources[0] ?? modifierActor(s, actors, i) ?? phraseActor(s, actors, i, trigger.sourcePreps ?? BY) ?? byActor(s, actors, i) ?? verbSubject(s, actors, i);
    if (!source) continue;
    const target = phraseActor(s, actors, i, trigger.targetPreps) ?? targetActor(s, actors, i, trigger.targetPreps);
    if (target === source || (target && source && target.start === source.start)) continue;
    if (statement) replaced.add(statement);
    events.push({
      code: trigger.code,
      mode: statement?.mode ?? 'asserted',
      sources: [source],
      targets: [target],
      trigger: { start: i, end: i + 1 },
      evidence: { start: Math.min(source.start, statement?.trigger.start ?? i, i), end: Math.max(i + 1, target?.end ?? 0, source.end) },
      by: `cameo:noun/${s.words[i]}`,
      clause: null,
    });
  }
  return { events, replaced };
}

const BY = new Set(['by']);

/** Is the noun what the statement verb announces: a dependent after it, as object (or, misparsed between commas, as a conjunct or oblique)? */
function statedObject(s: SentenceWords, verb: number, i: number): boolean {
  return i > verb && s.head[i] === verb && (s.relation[i] === 'obj' || s.relation[i] === 'conj' || s.relation[i] === 'obl');
}
/** Verbs whose subject is the source of the act their object names: "held talks", "launched an attack", "filed his resignation". */
const SUPPORT_VERBS = /^(hold|have|conduct|launch|carry|stage|begin|start|open|resume|continue|announce|impose|mount|pursue|join|file|submit|tender|offer|hand)/;

/** The first actor ending at most SOURCE_REACH words before noun `i` with only modifiers between (actors are in order, so their ends are too). */
function modifierActor(s: SentenceWords, actors: readonly ActorSpan[], i: number): ActorSpan | undefined {
  let k = firstStartingFrom(actors, i);
  while (k > 0 && actors[k - 1]!.end >= i - SOURCE_REACH) k--;
  for (; k < actors.length && actors[k]!.start < i; k++) {
    const a = actors[k]!;
    if (a.end <= i && onlyModifiers(s, a.end, i)) return a;
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

/** The subject of the verb that holds or launches the act the noun names ("Russia launched an attack"). */
function verbSubject(s: SentenceWords, actors: readonly ActorSpan[], i: number): ActorSpan | undefined {
  const verb = s.head[i]!;
  if (verb < 0 || s.relation[i] !== 'obj' || !SUPPORT_VERBS.test(s.lemma[verb]!)) return undefined;
  return actorsOf(s, actors, treeRoles(s, verb).subjects)[0];
}

function onlyModifiers(s: SentenceWords, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(s.pos[i] === 'ADJ' || s.pos[i] === 'NOUN' || s.lower[i] === "'s" || s.lower[i] === "'")) return false;
  return true;
}

function byActor(s: SentenceWords, actors: readonly ActorSpan[], i: number): ActorSpan | undefined {
  for (let k = i + 1; k < Math.min(s.words.length, i + TARGET_REACH + 2); k++) {
    if (s.lower[k] === 'by') return actorsStartingIn(actors, k + 1, k + 4)[0];
  }
  return undefined;
}

function targetActor(s: SentenceWords, actors: readonly ActorSpan[], i: number, preps: ReadonlySet<string>): ActorSpan | null {
  for (let k = i + 1; k < Math.min(s.words.length, i + TARGET_REACH); k++) {
    if (!preps.has(s.lower[k]!)) continue;
    return actorsStartingIn(actors, k + 1, k + 4)[0] ?? null;
  }
  return null;
}
