import type { VerbClause } from './clause.js';
import type { VerbCoding } from './match.js';
import type { SentenceWords } from './sentence.js';

/**
 * "Release" frees people and property (084) as often as it publishes: "a statement released by the
 * Supreme Court", "the White House released a summary of a phone call", "John Bolton released a
 * book", "no cause had yet been released for the fire" — 15 of the 26 RELEASE events of the 315
 * Wikinews articles were such publications coded as freeing someone. A release coded by the verb's default whose released thing is something said,
 * written or made public is a statement (010); released people ("released him on bail") and the
 * dictionary's patterns (`- * &HOSTAGE [0841]`) keep their codes.
 */
export function publishes(s: SentenceWords, clause: VerbClause, coding: VerbCoding): boolean {
  if (coding.matched.length > 0 || s.lemma[clause.at] !== 'release' || clause.end !== clause.at + 1) return false;
  return releasedThings(s, clause).some((h) => PUBLISHED.test(s.lemma[h]!.toLowerCase()));
}

/**
 * "Add" with a clause says it: "Yvette Cooper added, "Boris Johnson is trying …"", "adding Iran will
 * pursue the prosecution of Trump" are statements (010), not the giving of the GRANT block (060),
 * which "added 3,000 troops" keeps.
 */
export function addsWords(s: SentenceWords, clause: VerbClause, coding: VerbCoding): boolean {
  const c = clause.tree.complement;
  return coding.matched.length === 0 && s.lemma[clause.at] === 'add' && c >= 0 && s.relation[c] === 'ccomp';
}

/** What is released: the object, or the subject of a passive, or the noun a participle modifies ("a statement released by"). */
function releasedThings(s: SentenceWords, clause: VerbClause): number[] {
  const v = clause.at;
  if (s.relation[v] === 'acl' && s.head[v]! >= 0) return [s.head[v]!];
  return clause.tree.passive || clause.passive ? [...clause.tree.subjects] : [...clause.tree.objects];
}

const PUBLISHED =
  /^(statement|report|finding|document|name|summary|study|book|album|song|film|movie|game|episode|identity|video|footage|data|figure|detail|list|record|transcript|letter|message|photo|photograph|image|picture|result|survey|poll|version|update|software|return|memo|paper|cause|evidence|information|text|recording|audio|tape|account|analysis|review|guideline|note|communique|communiqué)s?$/;
