import type { RawEvent } from './code.js';
import { THREAT_VERB } from './intent.js';
import type { SentenceWords } from './sentence.js';

/** Criticism, rejection and threat (11, 12, 13): acts of their subject whose party often goes unnamed. */
const STANCE_ROOTS = /^1[123]/;
/**
 * The verbs that are such an act by their meaning alone. The dictionary also files under 11–13
 * verbs that are one only towards a party ("claimed", "argued", "failed", "expressed", "kept",
 * "declining"): without one, on the 315 Wikinews articles, they were mostly no act at all.
 */
const STANCE_VERB = /^(condemn|denounc|decr[iy]|deplor|criticis|criticiz|censur|rebuk|accus|blam|reject|refus|veto|rebuff|repudiat|threat)/;

/**
 * "Albania on Friday denounced as an ugly crime Serbia's suppression of …", "Russia has threatened
 * to stop negotiations … if …", "The German government strongly condemned the attack": criticism,
 * rejection or a threat aimed at something (an object, a complement or a prepositional phrase; for
 * an act a threat governs, the threat's clause is read: "threatened to hold a general strike") is
 * complete with no party named — unless its clause is subordinate: the same verbs in an adverbial,
 * infinitival or relative clause ("citing domestic opposition", "to forestall more violence", "whom
 * authorities blame for …") are too often no act of their subject to code without a party. Read by
 * what the clause is not, since the parse of the main clause is the one most often wrong at a
 * sentence's start ("The Palestinians reject/NN proposed Israeli changes" is still missed: the
 * tagger's noun leaves the verb no clause).
 */
export function stanceWithoutParty(s: SentenceWords, e: RawEvent): boolean {
  const clause = e.clause;
  if (!clause || !STANCE_ROOTS.test(e.code)) return false;
  const verb = clause.governor !== null && THREAT_VERB.test(s.lower[clause.governor]!) ? clause.governor : clause.at;
  if (!STANCE_VERB.test(s.lower[verb]!)) return false;
  const aimed = clause.tree.objects.length > 0 || clause.tree.complement >= 0 || clause.tree.obliques.length > 0 || clause.after.end > clause.after.start;
  return aimed && !subordinate(s, verb);
}

const SUBORDINATE = new Set(['advcl', 'advcl:relcl', 'acl', 'acl:relcl', 'xcomp', 'csubj', 'csubj:pass']);

/** A verb heading (or conjoined with) an adverbial, infinitival or relative clause, or one with a relative pronoun of its own. */
function subordinate(s: SentenceWords, v: number): boolean {
  let at = v;
  while (s.relation[at] === 'conj' && s.head[at]! >= 0) at = s.head[at]!;
  if (SUBORDINATE.has(s.relation[at]!) || s.lower[clauseStart(s, v)] === 'to') return true;
  return [v, at].some((x) => s.children[x]!.some((c) => RELATIVE_WORDS.has(s.lower[c]!) && s.relation[c] !== 'mark'));
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'which', 'whose']);

/** The first word of a verb's own group ("to" of "to forestall"). */
function clauseStart(s: SentenceWords, v: number): number {
  let k = v;
  while (k > 0 && (s.relation[k - 1] === 'mark' || s.relation[k - 1] === 'aux' || s.relation[k - 1] === 'advmod') && s.head[k - 1] === v) k--;
  return k;
}
