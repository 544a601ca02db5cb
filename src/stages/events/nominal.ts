import type { ActorSpan } from './actors.js';
import type { RawEvent } from './code.js';
import type { SentenceWords } from './sentence.js';

/**
 * Acts named by a noun rather than a verb: "talks with Macron", "an air strike on the city",
 * "Israeli tank shelling", "sanctions against Iran". The source stands before the noun (a
 * country adjective or possessive) or in a "by" phrase after it; the target in the phrase
 * the noun's preposition opens.
 */
interface NominalTrigger {
  readonly code: string;
  readonly targetPreps: ReadonlySet<string>;
}

const WITH = new Set(['with']);
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
]);

const SOURCE_REACH = 3;
const TARGET_REACH = 4;

export function findNominalEvents(s: SentenceWords, actors: readonly ActorSpan[], verbal: readonly RawEvent[]): RawEvent[] {
  const covered = new Set<number>();
  for (const e of verbal) for (let i = e.evidence.start; i < e.evidence.end; i++) covered.add(i);
  const out: RawEvent[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const trigger = TRIGGERS.get(s.words[i]!);
    if (!trigger || s.pos[i] !== 'NOUN' || covered.has(i)) continue;
    const source = actors.find((a) => a.end <= i && a.end >= i - SOURCE_REACH && onlyModifiers(s, a.end, i)) ?? byActor(s, actors, i);
    if (!source) continue;
    const target = targetActor(s, actors, i, trigger.targetPreps);
    if (target === source) continue;
    out.push({
      code: trigger.code,
      mode: 'asserted',
      sources: [source],
      targets: [target],
      trigger: { start: i, end: i + 1 },
      evidence: { start: Math.min(source.start, i), end: Math.max(i + 1, target?.end ?? 0, source.end) },
      by: `cameo:noun/${s.words[i]}`,
      clause: null,
    });
  }
  return out;
}

function onlyModifiers(s: SentenceWords, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(s.pos[i] === 'ADJ' || s.pos[i] === 'NOUN' || s.lower[i] === "'s" || s.lower[i] === "'")) return false;
  return true;
}

function byActor(s: SentenceWords, actors: readonly ActorSpan[], i: number): ActorSpan | undefined {
  for (let k = i + 1; k < Math.min(s.words.length, i + TARGET_REACH + 2); k++) {
    if (s.lower[k] === 'by') return actors.find((a) => a.start > k && a.start <= k + 3);
  }
  return undefined;
}

function targetActor(s: SentenceWords, actors: readonly ActorSpan[], i: number, preps: ReadonlySet<string>): ActorSpan | null {
  for (let k = i + 1; k < Math.min(s.words.length, i + TARGET_REACH); k++) {
    if (!preps.has(s.lower[k]!)) continue;
    return actors.find((a) => a.start > k && a.start <= k + 3) ?? null;
  }
  return null;
}
