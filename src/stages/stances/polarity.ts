import type { Polarity } from '../../model/layers.js';
import { modeFromGovernor } from '../../language/mode.js';
import { headOf, verbGroup } from '../../syntax/accessors.js';
import { EVALUATIVE, NEGATORS } from './lexicon.js';
import type { StanceView } from './view.js';

/** Modals that turn a position into one under consideration: "could back", "might reject". */
const WEAKENING = new Set(['could', 'might', 'may']);
/** Modals of obligation: "it must be signed by President Trump" says what is required, not what anyone holds. */
const OBLIGATION = new Set(['must', 'should', 'ought', 'need']);

/** What negation makes of a position: "did not support" opposes, "did not oppose" is neutral, "would not consider" opposes, "would not rule out" considers. */
const NEGATED: Readonly<Record<Polarity, Polarity>> = { support: 'oppose', oppose: 'neutral', consider: 'oppose', neutral: 'neutral' };

/**
 * The polarity a cue verb's group gives its lexical polarity: negation flips or weakens it, a modal of
 * possibility weakens it to consideration, one of obligation leaves no position (null), and a refusing
 * governor ("declined to endorse") negates it.
 */
export function modulate(v: StanceView, verb: string, predicate: number, polarity: Polarity): Polarity | null {
  const group = verbGroup(v.syntax, predicate);
  const words = group.auxiliaries.map((a) => v.word(a));
  let negated = group.negation.length > 0 || words.some((w) => w === 'cannot' || w === "can't");
  const governor = headOf(v.syntax, predicate);
  if (['xcomp', 'advcl', 'ccomp'].includes(v.rel(predicate)) && governor >= 0) {
    // "declined to endorse", "would not commit to accepting the results"
    if (v.rel(predicate) === 'xcomp' && modeFromGovernor(v.word(governor)) === 'negated') negated = !negated;
    else if (v.rel(predicate) !== 'ccomp' && verbGroup(v.syntax, governor).negation.length > 0) negated = !negated;
  }
  if (words.some((w) => OBLIGATION.has(w))) return null;
  if (negated) return verb === 'rule out' ? 'consider' : NEGATED[polarity];
  if (words.some((w) => WEAKENING.has(w)) && polarity !== 'consider') return 'consider';
  return polarity;
}

/** The sum of the evaluative words of the tokens `[from, to)` outside `skip`, a negator turning the words after it round to the clause's end. */
export function evaluate(v: StanceView, from: number, to: number, skip: ReadonlyArray<readonly [number, number]> = []): { score: number; words: number[] } {
  let score = 0;
  let negatedUntil = -1;
  const words: number[] = [];
  for (let i = from; i < to; i++) {
    if (skip.some(([a, b]) => i >= a && i < b)) continue;
    const w = v.word(i);
    if (NEGATORS.has(w) && !(w === 'not' && ['only', 'just', 'merely'].includes(v.next(i)))) { // "not only a great temple" praises
      negatedUntil = to; // to the clause's end: "nothing to do with national security, international peace or promoting stability"
      continue;
    }
    if (w === '.' || w === ';' || w === ':' || w === 'but' || w === 'however') {
      negatedUntil = -1;
    }
    const weight = EVALUATIVE.get(w) ?? EVALUATIVE.get(v.lemma(i));
    if (!weight) continue;
    if (i <= negatedUntil) {
      if (weight > 0) score -= weight; // "nothing to do with … peace"; "not wrong" is no praise
    } else score += weight;
    words.push(i);
  }
  return { score, words };
}
