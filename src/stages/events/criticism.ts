import { EVALUATIVE, NEGATORS } from '../../language/evaluation.js';
import type { SentenceWords } from './sentence.js';

/** Criticism, CAMEO 111: what a judgement that condemns its object is. */
export const CRITICISM = '111';

const NONE: ReadonlySet<number> = new Set();
const NOT_ONLY: ReadonlySet<string> = new Set(['only', 'just', 'merely']);

/**
 * Whether the words `[from, to)` judge their object ill: the evaluative words' weights sum below
 * zero ("calling it "null and void" and "geographically ridiculous"", "a deeply dangerous and
 * irresponsible way to govern"); praise after a negator counts against ("not a fair deal"). Words in
 * `skip` are not read.
 */
export function condemns(s: SentenceWords, from: number, to: number, skip: ReadonlySet<number> = NONE): boolean {
  return judgementScore(s, from, to, skip) < 0;
}

/** Whether the words `[from, to)` judge their object well ("a model of honesty", "a great partner"): the mirror of `condemns`. */
export function praises(s: SentenceWords, from: number, to: number, skip: ReadonlySet<number> = NONE): boolean {
  return judgementScore(s, from, to, skip) > 0;
}

function judgementScore(s: SentenceWords, from: number, to: number, skip: ReadonlySet<number>): number {
  let score = 0;
  let negated = false;
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    // "not only a great temple of Christendom" praises
    if (NEGATORS.has(s.lower[i]!) && !(s.lower[i] === 'not' && NOT_ONLY.has(s.lower[i + 1] ?? ''))) negated = true;
    const weight = EVALUATIVE.get(s.lower[i]!) ?? EVALUATIVE.get(s.lemma[i]!) ?? 0;
    score += negated && weight > 0 ? -weight : negated ? 0 : weight;
  }
  return score;
}
