/**
 * How a clause presents an act: as done (asserted), denied or not done (negated), planned or
 * promised (intended), possible or conditional (hypothetical), or as one actor's claim about
 * another's act (reported). Shared by every stage that reports acts (events, stances).
 */
export type EventMode = 'asserted' | 'negated' | 'intended' | 'hypothetical' | 'reported';

const NEGATION = new Set(['not', "n't", 'never', 'no', 'cannot', 'neither', 'nor', 'without']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', "'d", 'wo']);
const POSSIBLE = new Set(['may', 'might', 'could', 'should', 'must', 'can', 'ought']);

/** Verbs and adjectives whose infinitive complement is a planned act: "agreed to send", "is ready to", "plans to". */
const INTENT = /^(agree|promis|pledg|vow|plan|intend|decid|offer|prepar|want|wish|seek|sought|aim|hop|expect|mean|set|due|about|ready|willing|determined|poised|go(ing)?|resolv|undert(ake|ook)|commit|schedul|arrang|propos|announc|vote|voted|try|tri|attempt|seek|look)/;
/** Governors that deny the act of their complement: "refused to allow", "failed to", "declined to". */
const REFUSAL = /^(refus|declin|fail|den(y|ie)|reject|unwilling|unable|reluctant|hesitat|stop|ceas|avoid|abandon)/;
/** Governors that make the complement possible, conditional or owed: "threatened to", "warned it could", "they need to stand by us". */
const POSSIBILITY = /^(threat|warn|consider|need|weigh|mull|contemplat|might|may|could|able|likely|unlikely|possibl)/;
/** Verbs of claiming: what they report is the speaker's claim ("claimed that", "alleged that", "accused … of"). */
const CLAIM = /^(claim|alleg|accus|insist|assert|contend|charg|deni|deny|rumou?r|suspect|blame)/;

/** The mode the words of a verb group give the verb they precede ("will not", "could", "has never"), lower case. */
export function modeOfVerbGroup(words: readonly string[]): EventMode {
  let mode: EventMode = 'asserted';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NEGATION.has(w)) return 'negated';
    // "has yet to sign", "is yet to respond": the act has not been done
    if (w === 'yet' && words[i + 1] === 'to') return 'negated';
    if (POSSIBLE.has(w)) mode = 'hypothetical';
    // "a bill that WOULD HAVE allowed China to extradite": the act that did not happen (a counterfactual), not a plan
    else if (w === 'would' && (words[i + 1] === 'have' || words[i + 1] === "'ve")) mode = 'hypothetical';
    else if (FUTURE.has(w) && mode === 'asserted') mode = 'intended';
    else if (w === 'going' && words[i + 1] === 'to' && mode === 'asserted') mode = 'intended';
  }
  return mode;
}

/**
 * Verbs of desire: their complement is an act someone wants done. Done by the one who wants it,
 * it is planned ("hoped to meet" intended); done by another, it is only wished for ("hoped French
 * officials would be indicted", "wants Hamas leaders arrested", "expects Iran to comply"): hypothetical.
 */
const DESIRE = /^(want|wish|hop|expect|prefer|need)/;

/**
 * Verbs of asking and pressing: the act their infinitive asks of another is not done by the asking
 * ("urged Germany to impose sanctions", "has been encouraging allies to restrict Mahan's
 * operations", "called on Turkey to halt"): hypothetical. A clause they report ("told the press his
 * nephew needed a dose") is no request. Whole words (lemma or inflected form), since their stems
 * open other words ("press" → "president", "beg" → "began").
 */
const REQUEST = /^(urg|ask|encourag|press|pressur|push|request|demand|appeal|invit|persuad|convinc|lobb|implor|exhort|petition|tell|told|call)(e|s|es|ed|d|ing|ies|ied|y|ying)?$/;

/**
 * The mode a governing word gives its complement ("planned" → intended, "refused" → negated), or
 * null; `ownAct` false when the complement has a doer of its own, not the governor's subject.
 */
export function modeFromGovernor(word: string, ownAct = true): EventMode | null {
  const w = word.toLowerCase();
  if (!ownAct && DESIRE.test(w)) return 'hypothetical';
  if (REFUSAL.test(w)) return 'negated';
  if (POSSIBILITY.test(w)) return 'hypothetical';
  if (INTENT.test(w)) return 'intended';
  return null;
}

/** True for a verb of asking or pressing, whose infinitive complement is an act asked of another: "urged Germany TO IMPOSE", "called on Turkey TO HALT". */
export function isRequestVerb(word: string): boolean {
  return REQUEST.test(word.toLowerCase());
}

/** True for a verb of desire, whose complement with a doer of its own is only wished for ("hoped [that] France would …"). */
export function isDesireVerb(word: string): boolean {
  return DESIRE.test(word.toLowerCase());
}

/** True when a word introducing a clause makes it a claim of the speaker ("claimed", "alleged"). */
export function isClaimVerb(word: string): boolean {
  return CLAIM.test(word.toLowerCase());
}

/** Words that open a condition: an act inside such a clause is hypothetical. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest']);

const RANK: Record<EventMode, number> = { asserted: 0, intended: 1, reported: 2, hypothetical: 3, negated: 4 };

/** The stronger of two modes: negation outweighs a condition, which outweighs a claim or an intention. */
export function combineModes(a: EventMode, b: EventMode | null): EventMode {
  if (b === null) return a;
  return RANK[b] > RANK[a] ? b : a;
}
