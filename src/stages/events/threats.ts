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
 * hangs the condition on the last infinitive), -1 when none.
 */
function conditionOf(s: SentenceWords, v: number, depth = 0): number {
  const own = s.children[v]!.find((c) => s.relation[c] === 'advcl' && s.children[c]!.some((m) => s.relation[m] === 'mark' && CONDITION.has(s.lower[m]!)));
  if (own !== undefined) return own;
  if (depth >= 2) return -1;
  for (const c of s.children[v]!) {
    if (s.relation[c] !== 'xcomp') continue;
    const inner = conditionOf(s, c, depth + 1);
    if (inner >= 0) return inner;
  }
  return -1;
}

/** The actors the condition's subject names, other than the threat's own sources. */
function conditionActors(s: SentenceWords, actors: readonly ActorSpan[], condition: number, sources: RawEvent['sources']): Array<ActorSpan | null> {
  return actorsOf(s, actors, treeRoles(s, condition).subjects).filter((a) => !sources.some((x) => x?.start === a.start));
}
