import type { VerbClause } from './clause.js';
import type { VerbCoding } from './match.js';
import type { SentenceWords } from './sentence.js';

/**
 * Defeats in elections and games are no use of force: "Hagan defeated incumbent Republican US
 * Senator Elizabeth Dole", "Junius Ho defeating Lee Cheuk-yan by around five thousand votes",
 * "Sweden defeated South Korea 1 – 0", "Caloundra defeated Maroochydore in round 3 of the … Rugby
 * Union season" — 15 of the 23 DEFEAT events of the 315 Wikinews articles were such contests
 * coded as force (190). A verb of winning over someone, coded by its default or by a pattern of a bare preposition
 * (DESTROY's `- * (WITH)` 130: "Biden defeats President Trump with an electoral count of 319 to 219"), in a sentence
 * that speaks of a contest (votes, an election, a race, a seat, a game, a score) codes nothing; "US troops had
 * defeated ISIS" stays, and so do the dictionary's patterns of words ("defeated the proposal" 121).
 */
export function defeatInContest(s: SentenceWords, clause: VerbClause, coding: VerbCoding): boolean {
  if (coding.matched.some((w) => s.upos[w] !== 'ADP') || !WINNING.has(s.lemma[clause.at]!.toLowerCase()) || clause.end !== clause.at + 1) return false;
  return s.lower.some((w, i) => CONTEST.test(w) || (SCORE.test(w) && DASH.test(s.lower[i + 1] ?? '') && SCORE.test(s.lower[i + 2] ?? '')) || /^\d+[–-]\d+$/.test(w));
}

/**
 * A standing in a contest is no act either: "Biden led Trump 47 percent to 40 percent with 5 percent for Amash",
 * "Joe Biden leading President Donald Trump … in the RealClearPolitics polling average" — 8 events of the 315
 * Wikinews articles, coded as cooperation (HEAD's `- * TO` 030, OVERSEE_MANAGE's 060) or a visit (`- * (FOR)` 042).
 * A verb of leading or trailing in a sentence that speaks of a contest (a common noun: "the Space Race" is a name)
 * or gives shares in percent codes nothing, whatever pattern matched; "led the delegation to Moscow" stays.
 */
export function standingInContest(s: SentenceWords, clause: VerbClause): boolean {
  if (!STANDING.has(s.lemma[clause.at]!.toLowerCase())) return false;
  return s.lower.some((w, i) => (CONTEST.test(w) && s.upos[i] !== 'PROPN') || (PERCENT.test(w) && SCORE_OR_SHARE.test(s.lower[i - 1] ?? '')));
}

const STANDING: ReadonlySet<string> = new Set(['lead', 'trail']);
const PERCENT = /^(percent|per|%|percentage)$/;
const SCORE_OR_SHARE = /^\d+([.,]\d+)?%?$/;

const WINNING: ReadonlySet<string> = new Set(['defeat', 'beat', 'trounce', 'outvote']);

const CONTEST =
  /^(votes?|voters?|elections?|electoral|polls?|polling|ballots?|race|seats?|primary|primaries|constituency|district|candidates?|incumbent|nomination|referendum|match|games?|cup|league|season|round|tournament|championship|final|points|goals?|score|innings|wickets?|cricket|football|rugby|soccer|basketball|tennis|hockey|baseball)$/;
const SCORE = /^\d+$/;
const DASH = /^[–—-]$|^to$/;
