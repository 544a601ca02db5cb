import type { ActorSpan } from './actors.js';
import { actorsOf, type RawEvent } from './code.js';
import { threatCode } from './intent.js';
import { subtree, type SentenceWords } from './sentence.js';
import { treeRoles } from './tree.js';

/** Words that open a condition on an act: the act is held over its target's head. */
const CONDITION = new Set(['if', 'unless']);
/** Roots of acts that, promised on a condition, threaten: protest, reducing relations, coercion and force. */
const COERCIVE = /^(1[4-9]|20)/;

/**
 * A conditional threat, as the CAMEO codebook's 13 reads one: "China will impose sanctions on
 * Japan if it sends warships" is a threat of sanctions (1312), "the Community may halt mediation
 * efforts … if cooperation founders" a threat to halt mediation (135) — a coercive act a speaker
 * says it will or may do on a condition is the threat, made now (asserted), not a hypothetical act.
 * A threat that names no target is aimed at the actor of its condition ("threatened to stop
 * negotiations if THE UNITED STATES goes ahead", "unless ISRAEL rescinded its annexation").
 */
export function asConditionalThreat(s: SentenceWords, actors: readonly ActorSpan[], e: RawEvent): RawEvent {
  if (!e.clause || !doneBySubject(s, e)) return e;
  const verbs = [e.clause.at, e.clause.governor ?? -1, e.clause.tree.complement].filter((v) => v >= 0);
  const condition = verbs.map((v) => conditionOf(s, v)).find((c) => c >= 0) ?? -1;
  if (condition < 0) return e;
  const isThreat = e.code.startsWith('13');
  const pending = e.mode === 'intended' || e.mode === 'hypothetical';
  const code = isThreat ? e.code : pending && COERCIVE.test(e.code) ? threatCode(e.code) : null;
  if (!code) return e;
  const targets = e.targets[0] === null ? conditionActors(s, actors, condition, e.sources) : e.targets;
  return { ...e, code, mode: isThreat ? e.mode : 'asserted', targets: targets.length ? targets : e.targets, by: isThreat ? e.by : `${e.by}+if` };
}

/**
 * A threat is its speaker's own act: its source is named in the verb's subject, in the active voice ("he
 * would then face trial in the Senate" and "women will be harmed" threaten nothing).
 */
function doneBySubject(s: SentenceWords, e: RawEvent): boolean {
  const clause = e.clause!;
  const phrases = clause.tree.subjects.map((h) => subtree(s, h));
  return !clause.passive && e.sources.some((x) => x !== null && phrases.some((p) => x.start >= p.start && x.end <= p.end));
}

/**
 * The verb of the "if" or "unless" clause that hangs on verb `v` or on an infinitive it governs
 * ("threatened to stop negotiations to reduce weapons IF the United States goes ahead": the parser
 * hangs the condition on the last infinitive) or between `v` and the report that follows it (`reportedBy`), -1 when none.
 */
function conditionOf(s: SentenceWords, v: number, depth = 0): number {
  const own = s.children[v]!.find((c) => isCondition(s, c));
  if (own !== undefined) return own;
  if (depth >= 2) return -1;
  for (const reporter of depth === 0 ? reportersOf(s, v) : []) {
    const between = s.children[reporter]!.find((c) => c > v && c < reporter && isCondition(s, c));
    if (between !== undefined) return between;
  }
  for (const c of s.children[v]!) {
    if (s.relation[c] !== 'xcomp') continue;
    const inner = conditionOf(s, c, depth + 1);
    if (inner >= 0) return inner;
  }
  return -1;
}

function isCondition(s: SentenceWords, c: number): boolean {
  return s.relation[c] === 'advcl' && s.children[c]!.some((m) => s.relation[m] === 'mark' && CONDITION.has(s.lower[m]!));
}

/**
 * The verbs of a report that follows the clause of verb `v` ("Iran has threatened to leave the talks … if Britain goes
 * ahead …, THE NEWSPAPER REPORTED"), as the parser hangs it: above `v`, taking it as its complement, or
 * below it as an adverbial clause. A condition between the two that the parser hangs on the report is the act's: no
 * report is conditional.
 */
function reportersOf(s: SentenceWords, v: number): number[] {
  const h = s.head[v]!;
  const above = h > v && CLAUSE_LINKS.has(s.relation[v]!) && REPORTING.test(s.lemma[h]!) ? [h] : [];
  return [...above, ...s.children[v]!.filter((c) => c > v && CLAUSE_LINKS.has(s.relation[c]!) && REPORTING.test(s.lemma[c]!))];
}

const CLAUSE_LINKS: ReadonlySet<string> = new Set(['ccomp', 'parataxis', 'advcl']);
/** Verbs that report what a source said. */
const REPORTING = /^(say|report|tell|add|announce|quote|state|write|cite)$/;

/** The actors the condition's subject names, other than the threat's own sources. */
function conditionActors(s: SentenceWords, actors: readonly ActorSpan[], condition: number, sources: RawEvent['sources']): Array<ActorSpan | null> {
  return actorsOf(s, actors, treeRoles(s, condition).subjects).filter((a) => !sources.some((x) => x?.start === a.start));
}
