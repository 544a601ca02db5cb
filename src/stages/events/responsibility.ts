import type { Event } from '../../model/layers.js';
import type { ActorSpan } from './actors.js';
import { actorsOf } from './code.js';
import { namesForceAt } from './nominal.js';
import type { SentenceWords } from './sentence.js';
import { caseOf, treeRoles } from './tree.js';

/**
 * A claim of responsibility for an act of force a definite noun names again ("The Taliban claimed
 * responsibility for THE ATTACK"), or for nothing named ("The Taliban have claimed responsibility.", the story's
 * act): who claims it, where, and whether the noun is plural (the attacks: every act of the stretch before it) or one act.
 */
export interface ResponsibilityClaim {
  readonly sentence: number;
  /** Document offset of the claim's verb: an act before it in the same sentence may be the one claimed. */
  readonly at: number;
  readonly claimers: ReadonlyArray<{ readonly entity: string | null; readonly code: string; readonly text: string }>;
  readonly plural: boolean;
  /** A claim that names no act ("The Taliban have claimed responsibility."): the story's act before it, however far back. */
  readonly bare: boolean;
}

/** Verbs that take responsibility: "claimed", "accepted", "admitted", "took", "assumed" responsibility. */
const TAKING = /^(claim|accept|admit|take|assume)$/;
/** Determiners that name an act met before: "the attack", "these bombings", "that raid". */
const DEFINITE = /^(the|these|those|this|that)$/;

/**
 * The claims of responsibility of a sentence for an act of force named again by a definite noun:
 * "The Yemen-based Houthi movement claimed responsibility for the attacks", "Al-Shabaab has
 * claimed responsibility for Monday's bombing". Only asserted claims by a coded actor count ("no
 * group has claimed responsibility" names none; "denied responsibility" takes none).
 */
export function responsibilityClaims(s: SentenceWords, actors: readonly ActorSpan[], text: string): ResponsibilityClaim[] {
  const out: ResponsibilityClaim[] = [];
  for (let i = 0; i < s.words.length; i++) {
    if (s.lower[i] !== 'responsibility' || s.relation[i] !== 'obj') continue;
    const verb = s.head[i]!;
    if (verb < 0 || !TAKING.test(s.lemma[verb]!)) continue;
    const roles = treeRoles(s, verb);
    if (roles.mode !== 'asserted') continue;
    const phrases = [...s.children[i]!, ...s.children[verb]!].filter((c) => caseOf(s, c) === 'for');
    const act = phrases.find((c) => namesForceAt(s, c) && namedBefore(s, c));
    const bare = phrases.length === 0;
    if (act === undefined && !bare) continue;
    const claimers = actorsOf(s, actors, roles.subjects).filter((a) => !a.place && a.code !== null && a.code !== '---');
    if (!claimers.length) continue;
    out.push({
      sentence: s.index,
      at: s.start(verb),
      claimers: claimers.map((a) => ({ entity: a.entity, code: a.code!, text: text.slice(s.start(a.start), s.end(a.end - 1)) })),
      plural: act !== undefined && s.lower[act]!.endsWith('s') && !s.lower[act]!.endsWith('ss'),
      bare,
    });
  }
  return out;
}

/** Whether the noun names an act met before: a definite or demonstrative determiner, or a possessive ("Monday's bombing"). */
function namedBefore(s: SentenceWords, noun: number): boolean {
  return s.children[noun]!.some((c) => (s.relation[c] === 'det' && DEFINITE.test(s.lower[c]!)) || s.relation[c] === 'nmod:poss');
}

/** Sentences back from a claim in which the act it claims may have been reported. */
const CLAIM_REACH = 3;

/**
 * "Oil facilities belonging to Saudi Aramco were hit by multiple drone strikes. … The Yemen-based
 * Houthi movement claimed responsibility for the attacks": an act of force reported with no doer
 * (`passive.ts`, `weapon-subject.ts`: source unknown) whose responsibility an actor claims in the
 * same sentence or one of the next three is that actor's act, as wire reports mean it; the act keeps
 * its words, target, mode and date, the doer's name is read from the claim (`by` says so). A claim
 * of "the attack" takes the nearest such act, one of "the attacks" every such act of the stretch.
 * Returns the events with the claimed acts' doers filled in (the others unchanged).
 */
export function withClaimedDoers(events: readonly Event[], claims: readonly ResponsibilityClaim[]): Event[] {
  if (!claims.length) return [...events];
  const out = [...events];
  const extra: Event[] = [];
  for (const claim of claims) {
    const unknown = out
      .map((e, k) => ({ e, k }))
      .filter(({ e }) => e.source === null && e.sourceActor === null && e.targetActor !== null && /^(18|19|20)/.test(e.code) && (claim.bare || e.sentence >= claim.sentence - CLAIM_REACH) && (e.sentence < claim.sentence || (e.sentence === claim.sentence && e.trigger.start < claim.at)));
    if (!unknown.length) continue;
    const nearest = unknown.reduce((a, b) => (b.e.trigger.start > a.e.trigger.start ? b : a));
    for (const { e, k } of claim.plural ? unknown : [nearest]) {
      const [first, ...others] = claim.claimers.map((c) => ({ ...e, source: c.entity, sourceActor: c.code, sourceText: c.text, by: `${e.by}+claimed` }));
      out[k] = first!;
      extra.push(...others);
    }
  }
  return [...out, ...extra.map((e, n) => ({ ...e, id: `v${out.length + n + 1}` }))];
}
