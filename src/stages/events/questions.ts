import type { RawEvent } from './code.js';
import type { SentenceWords } from './sentence.js';

/** Marks that may close a sentence after its question mark: quotation marks and brackets. */
const CLOSING = /^["”’')\]]+$/;

/**
 * Subordinators whose clause a question takes as given: "AFTER Russia attacked, what will NATO do?" asks about NATO,
 * not whether Russia attacked.
 */
const PRESUPPOSING: ReadonlySet<string> = new Set(['after', 'since', 'because', 'as', 'when', 'while', 'before', 'although', 'though', 'once']);

/**
 * "WN: Will Red Hat employees be barred from contributing to forks of CentOS?", "Should schools encourage students to
 * play chess?", "What can you do, as president, to improve race relations?": a question reports no act — it asks
 * whether one happened or will — so an act its sentence asks about is hypothetical, kept and labelled, never asserted
 * (interviews put dozens of such questions in a story). An act in a clause the question takes as given keeps its mode
 * ("after Russia attacked, …?").
 */
export function asAsked(s: SentenceWords, e: RawEvent): RawEvent {
  if (e.mode === 'hypothetical' || !isQuestion(s) || presupposed(s, e.trigger.start)) return e;
  return { ...e, mode: 'hypothetical' };
}

/** The sentence ends in a question mark, closing quotation marks and brackets aside. */
function isQuestion(s: SentenceWords): boolean {
  let i = s.words.length - 1;
  while (i >= 0 && CLOSING.test(s.words[i]!)) i--;
  return i >= 0 && s.words[i] === '?';
}

/** Word `w` lies in an adverbial clause opened by a subordinator of something given. */
function presupposed(s: SentenceWords, w: number): boolean {
  for (let at = w; at >= 0; at = s.head[at]!) {
    if (s.relation[at] === 'advcl' && s.children[at]!.some((c) => s.relation[c] === 'mark' && PRESUPPOSING.has(s.lower[c]!))) return true;
  }
  return false;
}
