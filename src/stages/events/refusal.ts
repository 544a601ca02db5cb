import type { VerbClause } from './clause.js';
import type { SentenceWords } from './sentence.js';

/**
 * CAMEO's root 12 (reject) mirrors the roots of cooperation: 121 rejects material cooperation
 * (06, 031), 122 aid (07, 033), 123 political reform (083, 034), 124 yielding (08, 035), 125
 * meetings (04, 036), 126 mediation (045, 038), 127 a settlement (057, 037). A refused act of
 * cooperation is coded as its rejection, as PETRARCH's gold does ("Obama said he would not provide
 * support to Israel" 121, "would not give permission to Russia" 124).
 */
const REJECTION: ReadonlyArray<[RegExp, string]> = [
  [/^0(?:31|6)([1-4])/, '121$1'], [/^0(?:31|6)/, '121'],
  [/^07([1-4])/, '122$1'], [/^033([1-4])/, '122$1'], [/^0(?:33|7)/, '122'],
  [/^0834|^0344/, '1234'], [/^083([1-3])/, '123$1'], [/^034([1-3])/, '123$1'], [/^0(?:83|34)/, '123'],
  [/^081|^0351/, '1241'], [/^082|^0352/, '1242'], [/^084|^0353/, '1243'], [/^085|^0354/, '1244'],
  [/^086|^0355/, '1245'], [/^087|^0356/, '1246'], [/^0(?:8|35)/, '124'],
  [/^045|^038/, '126'], [/^04|^036/, '125'],
  [/^057|^037/, '127'],
  [/^0[35]/, '120'],
];

/** The rejection code of refusing an act (null for acts that are not cooperation). */
export function rejectionCode(act: string): string | null {
  for (const [re, out] of REJECTION) {
    const m = re.exec(act);
    if (m) return out.replace('$1', m[1] ?? '');
  }
  return null;
}

const NEGATION = new Set(['not', "n't", 'never', 'cannot']);
/**
 * Auxiliaries that make a negated act a refusal, a stance its subject takes now ("will not accept",
 * "would not meet", "cannot abandon", "does not recognise"), not a report that an act did not happen
 * ("did not meet", "has not signed"), which stays negated.
 */
const REFUSING = new Set(['will', 'would', 'wo', 'shall', 'can', 'cannot', 'could', 'do', 'does']);

/** True when the clause's own verb group refuses its act: a negation with a modal or present "do". */
export function isRefusal(s: SentenceWords, clause: VerbClause): boolean {
  let negated = false;
  let refusing = false;
  for (let i = clause.groupStart; i < clause.at; i++) {
    const w = s.lower[i]!;
    if (NEGATION.has(w)) negated = true;
    if (REFUSING.has(w)) refusing = true;
  }
  return negated && refusing;
}

/**
 * Verbs of deserting an actor ("cannot abandon Ukraine", "will not desert its allies"): refusing
 * to desert an actor is standing by it, the intent of diplomatic cooperation (032), not a
 * refusal to yield to it. The dictionary codes these verbs as yielding (080) for giving up
 * positions and plans, which its patterns name.
 */
const DESERTION = /^(abandon|desert|forsake|forsook|betray)/;

/** The code of a refused act: its rejection, or standing by an actor one refuses to desert. */
export function refusedActCode(s: SentenceWords, clause: VerbClause, code: string, patternMatched: boolean, objectIsActor: boolean): string | null {
  if (!patternMatched && objectIsActor && DESERTION.test(s.lemma[clause.at]!)) return '032';
  return rejectionCode(code);
}
