import { isClaimVerb } from '../../language/mode.js';
import type { RawEvent } from './code.js';
import { actorsOf } from './code.js';
import { actorAt } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import { dependents, subtree, type SentenceWords } from './sentence.js';
import { condemns, praises } from './criticism.js';
import { treeRoles } from './tree.js';
import { FORCE_ROOTS } from './roots.js';

/**
 * What a statement (CAMEO 01) says about another actor's act, read as PETRARCH's verb
 * transformations read it: a report that another actor used force or coercion accuses it (112), that the
 * speaker used force (roots 18–20) claims responsibility (015); a report
 * that another actor must or should act demands (100) or asks (020) it of that actor.
 */
export function withStatementReadings(s: SentenceWords, actors: readonly ActorSpan[], events: readonly RawEvent[]): RawEvent[] {
  return withJudgements(s, actors, withObligations(s, actors, withAccusations(s, events)));
}

/** Auxiliaries that make a judgement a guess, not a verdict ("said Iran could be a threat"). */
const HEDGES: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'should', 'can']);

/**
 * "He said Zelensky is "a model of honesty for me"", "the minister said Iran was a threat to the
 * region": a statement whose clause is a copular judgement of another actor praises it (051) when
 * the words said of it praise and criticises it (111) when they condemn (`src/language/evaluation.ts`,
 * a negator turning praise round). A hedged judgement, one of the speaker or the speaker's own country or of no actor,
 * and one that neither praises nor condemns stay the statement.
 */
function withJudgements(s: SentenceWords, actors: readonly ActorSpan[], events: readonly RawEvent[]): RawEvent[] {
  const out = [...events];
  for (const statement of events) {
    const c = statement.clause?.tree.complement ?? -1;
    if (!statement.code.startsWith('01') || c < 0 || s.relation[c] !== 'ccomp' || !dependents(s, c, 'cop').length) continue;
    if (dependents(s, c, 'aux').some((a) => HEDGES.has(s.lower[a]!))) continue;
    const subjects = dependents(s, c, 'nsubj');
    // the subject is the actor itself ("Zelensky is …"), not a thing of one ("the success of the AfCFTA will be …")
    const judged = actorsOf(s, actors, subjects.filter((w) => actorAt(actors, w))).filter((a) => a.code !== null && !a.code.startsWith('---') && !statement.sources.some((x) => x?.start === a.start || (!!x?.entity && x.entity === a.entity) || (!!x?.code && a.code === x.code.slice(0, 3))));
    if (!judged.length) continue;
    const said = subtree(s, c);
    const skip = new Set<number>();
    for (const w of subjects) for (let i = subtree(s, w).start; i < subtree(s, w).end; i++) skip.add(i);
    const code = praises(s, said.start, said.end, skip) ? '051' : condemns(s, said.start, said.end, skip) ? '111' : null;
    if (!code) continue;
    out.push({ ...statement, code, targets: judged, evidence: { start: statement.evidence.start, end: Math.max(statement.evidence.end, said.end) }, by: `${statement.by}+judged` });
  }
  return out;
}

/** Roots of acts of force and coercion: one actor saying another did them accuses it. */
const HOSTILE_ROOTS = new Set(['17', '18', '19', '20']);

/**
 * "The US said that Iraq had attacked", "claimed that ISIL had taken Mosul": a statement whose
 * clause reports another actor's act of force as done is an accusation of that actor (112, as PETRARCH's
 * verb transformations code it), and the act itself is the speaker's report (mode `reported`).
 */
function withAccusations(s: SentenceWords, events: readonly RawEvent[]): RawEvent[] {
  const out: Array<RawEvent | null> = [...events];
  const done = (e: RawEvent) => e.clause && HOSTILE_ROOTS.has(e.code.slice(0, 2)) && (e.mode === 'asserted' || e.mode === 'reported');
  const hostileAt = firstBy(events.map((e, i) => ({ e, i })).filter(({ e }) => done(e)), ({ e }) => e.clause!.at);
  events.forEach((statement, k) => {
    const clause = statement.clause;
    if (!(statement.code.startsWith('01') || isAllegation(s, statement)) || !clause || clause.tree.complement < 0) return;
    const at = hostileAt.get(clause.tree.complement)?.i;
    const act = at === undefined ? undefined : out[at];
    if (at === undefined || !act) return;
    const accused = act.sources.filter((a) => a && !statement.sources.some((x) => x?.start === a.start || (x?.code && sameSide(x.code, a.code))));
    // reported is one actor's claim about another's act: a speaker's word on its own side's act is no such claim
    if (accused.length || act.sources.every((a) => a === null)) out[at] = { ...act, mode: 'reported' };
    // responsibility is claimed for violence: a speaker's own arrest or sanction (17) it reports is only its report ("police said they had arrested a man")
    const claimed = FORCE_ROOTS.test(act.code) && act.sources.some((a) => a !== null) && act.targets.some((t) => t !== null);
    const reading = accused.length ? readingOf(statement, act, '112', accused) : claimed ? readingOf(statement, act, '015', act.targets) : null;
    if (reading && isAllegation(s, statement)) out[k] = null;
    if (reading) out.push(reading);
  });
  return out.filter((e): e is RawEvent => e !== null);
}

/**
 * Two actor codes of one side: the same code, or the same country's state ("representatives from Iran" IRNLEG and
 * "their government" IRNGOV); a country's rebels or opposition are no side of its government ("Yemen's information
 * minister" YEMGOVMED and the Houthis YEMREB).
 */
function sameSide(a: string, b: string | null): boolean {
  if (a === b) return true;
  return b !== null && !a.startsWith('---') && a.slice(0, 3) === b.slice(0, 3) && ofTheState(a) && ofTheState(b);
}

/** A country's own code or one of its state's sectors. */
function ofTheState(code: string): boolean {
  return code.length === 3 || STATE_SECTORS.test(code.slice(3));
}

const STATE_SECTORS = /^(GOV|MIL|LEG|JUD|COP|SPY)/;

/**
 * A verb of the dictionary's ALLEGE block ("claimed", "alleged", "swore"), coded 110 by default:
 * PETRARCH's transformations read "the US claimed that ISIL had attacked Iraq" as the accusation
 * (112) and "the US claimed that they had attacked Iraq" as the claim of responsibility (015),
 * which take the plain disapproval's place.
 */
function isAllegation(s: SentenceWords, e: RawEvent): boolean {
  return e.code === '110' && e.clause !== null && isClaimVerb(s.lower[e.clause.at]!);
}

/**
 * The statement read as what it says of the act: an accusation of the act's doers (112), or, when the
 * speaker reports its own act of force as done ("the rebels said they had shot down a helicopter"), a
 * claim of responsibility to the act's targets (015), as PETRARCH's verb transformations code them.
 */
function readingOf(statement: RawEvent, act: RawEvent, code: string, targets: RawEvent['targets']): RawEvent {
  return {
    ...statement,
    code,
    targets,
    evidence: { start: Math.min(statement.evidence.start, act.evidence.start), end: Math.max(statement.evidence.end, act.evidence.end) },
    by: `${statement.by}+${act.by}`,
  };
}

/** The first item for each key (a sentence can hold thousands of clauses: no scan per clause). */
export function firstBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T> {
  const out = new Map<number, T>();
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item);
  return out;
}


/** Modals of obligation and the code of saying another actor is under it: "must" demands, "should" asks. */
const OBLIGATION: ReadonlyMap<string, string> = new Map([['must', '100'], ['should', '020'], ['ought', '020']]);

/**
 * "The Bush administration declared Tuesday that China must drop barriers", "a British minister
 * reiterated that Libya must hand over alleged bombers": a statement whose clause puts another
 * actor under an obligation is a demand of that actor (100), "should" an appeal (020), whether or
 * not the dictionary knows the act demanded. The statement's mode carries over. A speaker's own
 * country is not another actor ("Johnson has repeatedly stated that Britain must leave").
 */
function withObligations(s: SentenceWords, actors: readonly ActorSpan[], events: readonly RawEvent[]): RawEvent[] {
  const out = [...events];
  for (const statement of events) {
    const c = statement.clause?.tree.complement ?? -1;
    if (!statement.code.startsWith('01') || c < 0 || s.relation[c] !== 'ccomp') continue;
    const modal = dependents(s, c, 'aux').map((a) => OBLIGATION.get(s.lower[a]!)).find((code) => code !== undefined);
    if (!modal || dependents(s, c, 'advmod').some((a) => s.lower[a] === 'not' || s.lower[a] === "n't")) continue;
    const obliged = actorsOf(s, actors, treeRoles(s, c).subjects).filter((a) => !statement.sources.some((x) => x?.start === a.start || (x?.code && (x.code === a.code || x.code.slice(0, 3) === a.code))));
    if (!obliged.length) continue;
    out.push({ ...statement, code: modal, targets: obliged, evidence: { start: statement.evidence.start, end: Math.max(statement.evidence.end, c + 1) }, by: `${statement.by}+${s.lower[c]}` });
  }
  return out;
}
