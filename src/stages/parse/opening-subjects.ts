import { hasChild } from './appositions.js';

/**
 * "On Twitter, ADRIAN WOJNAROWSKI, US sport columnist from ESPN, said …", "On Thursday, SVIATLANA TSIKHANOUSKAYA, an
 * opposition candidate …, held a rally": after a phrase that opens the sentence and its comma, the parser sometimes takes
 * the subject for a second item of that phrase (a conjunct of "Twitter", of "Thursday") and leaves the verb with no
 * subject, so the act had no doer. In EWT train and GUM's training documents (gold trees) a noun, name or pronoun after a
 * comma is never a conjunct or an apposition of a verb's oblique when no conjunct of it has "and", "or" or "but" and that
 * verb, later in the sentence, has no subject, nor is a name an oblique with no preposition of an opening adverbial clause
 * whose verb has none ("Acting via his lawyers, Volodoymyr Zhukovskyy, 23, pleaded"; twice for a common noun of time:
 * "wakes up one morning"); the first such word becomes the verb's subject.
 */
export interface OpeningSubjectLabels {
  readonly conj: number;
  readonly appos: number;
  readonly advcl: number;
  readonly case: number;
  readonly cc: number;
  readonly nsubj: number;
  readonly nsubjPass: number;
  readonly auxPass: number;
  /** Labels of a verb's oblique: obl, obl:tmod, obl:unmarked, obl:npmod. */
  readonly obliques: ReadonlySet<number>;
  /** Labels of a clause's own subject. */
  readonly subjects: ReadonlySet<number>;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Re-hangs the first such conjunct or apposition on the verb as its subject, and those after it on the subject as its
 * appositions ("In a DW report in March of last year, DAVE LEWIS, CEO OF TESCO, stated": both hung on "report");
 * heads: word indices, -1 for the root.
 */
export function attachOpeningSubjects(forms: readonly string[], uposOf: (i: number) => string, heads: Int32Array, labels: Uint8Array, n: number, ids: OpeningSubjectLabels): void {
  let made: number[] | null = null;
  for (let c = 1; c < n; c++) {
    const phrase = heads[c];
    if (phrase < 0 || phrase > c || !NOMINAL.has(uposOf(c))) continue;
    const ofOblique = (labels[c] === ids.conj || labels[c] === ids.appos) && ids.obliques.has(labels[phrase]);
    // "Acting via his lawyers, VOLODOYMYR ZHUKOVSKYY, 23, pleaded": a name hung, with no preposition, on the opening clause
    const ofClause = uposOf(c) === 'PROPN' && ids.obliques.has(labels[c]) && labels[phrase] === ids.advcl && !hasChild(heads, labels, n, c, ids.case);
    if (!ofOblique && !ofClause) continue;
    const verb = heads[phrase];
    if (verb <= c || uposOf(verb) !== 'VERB' || !afterComma(forms, heads, c)) continue;
    const subject = made?.find((m) => heads[m] === verb && m < c);
    if (subject !== undefined) {
      heads[c] = subject;
      labels[c] = ids.appos;
      continue;
    }
    const clause = clauseOf(heads, labels, n, verb, phrase, ids);
    if (clause.taken) continue;
    heads[c] = verb;
    labels[c] = clause.passive ? ids.nsubjPass : ids.nsubj;
    (made ??= []).push(c);
  }
}

/** Whether `verb` has a subject, or its opening phrase a coordinating conjunction (then a real list), and whether it is passive. */
function clauseOf(heads: Int32Array, labels: Uint8Array, n: number, verb: number, phrase: number, ids: OpeningSubjectLabels): { taken: boolean; passive: boolean } {
  let taken = false;
  let passive = false;
  for (let i = 0; i < n; i++) {
    const h = heads[i];
    if (labels[i] === ids.cc && (h === phrase || (h >= 0 && heads[h] === phrase && labels[h] === ids.conj))) taken = true;
    if (h !== verb) continue;
    if (ids.subjects.has(labels[i])) taken = true;
    if (labels[i] === ids.auxPass) passive = true;
  }
  return { taken, passive };
}

/** Whether the words of `c`'s phrase before it (names, modifiers) follow a comma. */
function afterComma(forms: readonly string[], heads: Int32Array, c: number): boolean {
  let start = c;
  while (start > 0 && heads[start - 1] === c && forms[start - 1] !== ',') start--;
  return start > 0 && forms[start - 1] === ',';
}
