import type { Event } from '../../model/layers.js';
import type { RawEvent } from './code.js';
import type { SentenceWords } from './sentence.js';

/** Nouns that name an act by what it is to the one who judges it: "criticized the move", "rejected the decision". */
const ANY_ACT_NOUNS = /^(move|decision|step|plan|measure|action|announcement|change|policy|proposal|pledge)s?$/;
/**
 * Nouns that name one kind of act, and the roots of the acts they can name back: "the operation" is an earlier act of
 * force (15, 17–20), "the withdrawal" a de-escalation (087), "the ban" a sanction (17). The nouns of ANY_ACT_NOUNS
 * ("the move", "the decision") name any doing.
 */
const KIND_ROOTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(operation|offensive|invasion|incursion|intervention|attack|strike|airstrike|annexation|blockade|crackdown|deployment)s?$/, /^(15|1[7-9]|20)/],
  [/^withdrawals?$/, /^087/],
  [/^bans?$/, /^17/],
];

/** The roots of the acts a noun of an act names back: any doing's (null) or one kind's; undefined when the word names no act. */
function actKind(word: string): RegExp | null | undefined {
  if (ANY_ACT_NOUNS.test(word)) return null;
  return KIND_ROOTS.find(([nouns]) => nouns.test(word))?.[1];
}
/** Determiners that name an act met before. */
const DEFINITE = /^(the|this|that|these|those)$/;
/** Codes of judging an act: disapproval and criticism (11), rejection (12). */
const JUDGING = /^(11|12)/;
/**
 * Roots of the acts a "move" names: intents, meetings, cooperation, aid, yielding, investigation,
 * threats, protest, coercion and force — doings, not the statements and judgements (01, 02, 10–12)
 * that react to them.
 */
const DOINGS = /^(0[3-9]|1[3-9]|20)/;
/** Sentences back in which the act judged may have been reported. */
const MOVE_REACH = 10;

/**
 * "Erdoğan pledged converting Hagia Sophia … to a mosque. … The United States Commission on
 * International Religious Freedom also criticized the move", "Russia annexed Crimea; the EU
 * rejected the decision", "Turkey began a military offensive … The operation was condemned by members
 * of the European Union": a criticism or rejection whose object (a passive's subject) is a definite noun
 * of an act ("the move", "this decision", "the plan", "the operation", "the invasion") and which names no party is aimed at the doer of the latest
 * act reported before it (a doing, not a statement or judgement; asserted or intended) by an actor
 * of another country than the judge's. Null when the judgement names a party or no such act is in
 * reach.
 */
export function judgedMove(s: SentenceWords, e: RawEvent, events: readonly Event[]): Event | null {
  if (!JUDGING.test(e.code) || e.targets.some((t) => t !== null) || !e.clause) return null;
  // what is judged: the object, or the subject of a passive ("The operation was condemned by members of the EU")
  const judged = e.clause.passive ? [...e.clause.tree.objects, ...e.clause.tree.subjects] : e.clause.tree.objects;
  const noun = judged.find((o) => actKind(s.lower[o]!) !== undefined && s.children[o]!.some((c) => s.relation[c] === 'det' && DEFINITE.test(s.lower[c]!)));
  const side = e.sources[0]?.code?.slice(0, 3);
  if (noun === undefined || !side) return null;
  const kind = actKind(s.lower[noun]!);
  const before = s.start(e.trigger.start);
  for (let k = events.length - 1; k >= 0; k--) {
    const act = events[k]!;
    if (act.sentence < s.index - MOVE_REACH) break;
    if (act.sentence === s.index && act.trigger.start >= before) continue;
    if (!DOINGS.test(act.code) || (act.mode !== 'asserted' && act.mode !== 'intended') || !(kind?.test(act.code) ?? true)) continue;
    if (act.sourceActor && !act.sourceActor.startsWith('---') && act.sourceActor.slice(0, 3) !== side) return act;
  }
  return null;
}
