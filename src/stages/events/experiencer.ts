import type { VerbClause } from './clause.js';
import type { SentenceWords } from './sentence.js';

/**
 * Verbs of the dictionary's DISMAY block (110) whose object — the subject, in the passive — is the
 * one who feels it: "the United States was DISAPPOINTED by the Parliament's decision", "the ruling
 * SADDENED Kyiv". Disapproval is the feeler's, of whoever caused it, so the roles the clause gives
 * (the causer as subject or agent) turn round. ("Discourage", in the same block, is an act of its
 * subject on its object: "discouraged Israel from annexing".)
 */
const FEELING = /^(disappoint|dishearten|dismay|sadden)/;

/** The roles of a clause of such a verb turned round, the feeler first; other clauses' as they are. */
export function feelerFirst<T>(s: SentenceWords, clause: VerbClause, roles: { sources: T[]; targets: T[] }): { sources: T[]; targets: T[] } {
  if (!FEELING.test(s.lemma[clause.at]!)) return roles;
  const targets = roles.targets.filter((t) => t !== null);
  return targets.length ? { sources: targets, targets: roles.sources } : roles;
}
