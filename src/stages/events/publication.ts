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
 * which "added 3,000 troops" keeps. "Argue" and "contend" with a clause, or alone before a quote, make a
 * case (010), not the verbal conflict of their block (110): "Trump argued Biden had …", "Hawkins, Blankenship,
 * and Carroll all argued they should not be mandatory" (20 of the 21 ARGUE events of the 315 Wikinews
 * articles); "argued against Universal Basic Income", "argued with", "over" and "about" keep 110.
 */
export function makesStatement(s: SentenceWords, clause: VerbClause, coding: VerbCoding): boolean {
  const lemma = s.lemma[clause.at]!;
  if (coding.matched.length > 0) return false;
  if (REVEALING.has(lemma)) return true;
  if (!SAYING_WITH_CLAUSE.has(lemma)) return false;
  const c = clause.tree.complement;
  if (c >= 0 && s.relation[c] === 'ccomp') return true;
  return lemma !== 'add' && !clause.tree.objects.length && !clause.tree.obliques.some((o) => QUARRELLING.has(o.prep));
}

/**
 * Verbs that make something known, coded by the DISCLOSE block's default (050, cooperation) where its own verb
 * DISCLOSE is a statement (010): "PBS revealed …", "Magyar Nemzet revealed a deal whereby …", "excerpts from
 * Bob Woodward's book revealed Trump downplayed …" say something (all 11 REVEAL events of the 315 Wikinews
 * articles); the block's patterns keep their codes ("unveiled a plan" 010, "unveiled currency aid" 071).
 */
const REVEALING: ReadonlySet<string> = new Set(['reveal', 'divulge', 'unveil', 'expose']);

/** Verbs that say what their clause holds ("added that", "argued that"). */
const SAYING_WITH_CLAUSE: ReadonlySet<string> = new Set(['add', 'argue', 'contend']);
/** Prepositions of a quarrel: "argued AGAINST the plan", "argued WITH the minister", "OVER Brexit". */
const QUARRELLING: ReadonlySet<string> = new Set(['against', 'with', 'over', 'about']);

/** What is released: the object, or the subject of a passive, or the noun a participle modifies ("a statement released by"). */
function releasedThings(s: SentenceWords, clause: VerbClause): number[] {
  const v = clause.at;
  if (s.relation[v] === 'acl' && s.head[v]! >= 0) return [s.head[v]!];
  return clause.tree.passive || clause.passive ? [...clause.tree.subjects] : [...clause.tree.objects];
}

const PUBLISHED =
  /^(statement|report|finding|document|name|summary|study|book|album|song|film|movie|game|episode|identity|video|footage|data|figure|detail|list|record|transcript|letter|message|photo|photograph|image|picture|result|survey|poll|version|update|software|return|memo|paper|cause|evidence|information|text|recording|audio|tape|account|analysis|review|guideline|note|communique|communiqué)s?$/;
