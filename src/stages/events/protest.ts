import type { VerbClause } from './clause.js';
import type { SentenceWords } from './sentence.js';

/** Heads of noun phrases that name people protesting. */
const PROTESTERS = /^(protester|protestor|demonstrator|marcher|rioter|picketer)s?$/;
/** Verbs of obstruction: what protesters do to passage ("blocking the exits", "surrounded the complex"). */
const OBSTRUCT = /^(block|barricade|surround|encircle|occupy|blockade|besiege|cordon)/;

/**
 * What protesters do is protest, whatever the verb's default: "thousands of Hong Kong protesters …
 * gathered around Hong Kong's principal police complex" (ASSEMBLE, 040) and "protesters rallied"
 * (MOBILIZE, 150) demonstrate (141); blocking or surrounding is obstruction (144); force or
 * coercion is a violent protest, a riot (145) — done in a passive too ("the building was demolished by
 * a protestor"). Other acts of protesters (demands, talks) keep
 * their code. The CAMEO codebook files these acts under 14 when their actors are protesters.
 */
export function protestCode(s: SentenceWords, clause: VerbClause, code: string): string {
  const root = code.slice(0, 2);
  const doers = clause.passive ? clause.tree.agents : clause.tree.subjects;
  if (!doers.some((h) => namesProtesters(s, h))) return code;
  if (OBSTRUCT.test(s.lemma[clause.at]!)) return '144';
  if (root === '04' || root === '15') return '141';
  if (root === '17' || root === '18' || root === '19' || root === '20') return '145';
  return code;
}

/** A subject that names protesters: its head, or the noun "of" a quantity ("thousands of Hong Kong protesters"). */
function namesProtesters(s: SentenceWords, head: number): boolean {
  return PROTESTERS.test(s.lower[head]!) || s.children[head]!.some((c) => s.relation[c] === 'nmod' && c > head && PROTESTERS.test(s.lower[c]!));
}
