import type { Doc } from '../model/document.js';
import type { Timex } from '../model/layers.js';
import { lowerBound, type Span } from '../model/span.js';
import { tokenAt } from '../model/tokens.js';
import { describesNoun, isPastTense, relationOf, xposOf } from '../syntax/accessors.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import { DocumentDates, isCalendarPoint } from './date-for.js';
import { relationalTimexes } from './timex-roles.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day a story's narrative has reached at each sentence (TimeML's reference time): the last day named
 * in the sentences before it, however far back, when that day is not after the document's own date and no
 * relational preposition introduces it ("since Monday", "until Friday" bound a period, they do not place
 * the story), it does not stand in a clause that describes a noun ("the elections, which were held on June
 * 21"; "Cain … first received hospital treatment on July 1"), and the sentence names no day of its own. A report says when once ("Protesters clashed with police in Belgrade on Friday night.")
 * and goes on in the past tense without repeating it ("Police fired tear gas …"): a past-tense act of
 * the next sentences is dated by it, where the publication date would be a guess (`dateFrom: 'sentence'`).
 * `parley eval datefor` counts the past acts with no day in their own sentence whose day the gold time links
 * give: TimeBank and AQUAINT (TempEval-3 training) 1,143 of them, the publication date right for 29.9 %, the
 * day so reached (else the publication date) for 47.2 %; MEANTIME's 193, 38.3 % against 51.8 %. A day carried at
 * most 1, 2, 3, 5, 8 or 15 sentences dates 33.2, 36.8, 38.8, 41.7, 44.4 and 46.0 % of TBAQ's right (both its
 * parts gain at each step; MEANTIME annotates four sentences, where 3 already reaches all), and a year or month
 * named since that ends the day's reach loses (44.4 %; MEANTIME 49.7 %). Present-tense
 * acts are better dated by the publication date (the same count for them, by a switch of the eval not kept:
 * TBAQ 58.6 % against 58.0 % of 476, MEANTIME 71.8 % against 68.6 % of 156), so only past acts read it. Returns one entry per sentence, null where none applies.
 */
export function narrativeDays(doc: Doc): readonly (Timex | null)[] {
  const sentences = doc.get('sentences');
  const timexes = doc.get('timexes');
  const anchor = doc.get('anchor').value;
  const tokens = doc.get('tokens');
  const syntax = doc.has('syntax') ? doc.get('syntax') : null;
  const today = anchor ? anchor.slice(0, 10) : null;
  const out: (Timex | null)[] = new Array(sentences.length).fill(null);
  let last: Timex | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const inSentence: Timex[] = [];
    for (let k = lowerBound(timexes.length, (j) => timexes[j]!.start < sentence.start); k < timexes.length && timexes[k]!.start < sentence.end; k++) inSentence.push(timexes[k]!);
    // a sentence that names a day of its own is told at its own time, whichever of its acts that day dates
    const ownDay = inSentence.some((t) => isCalendarPoint(t) && DAY.test(t.value));
    if (!ownDay && last) out[i] = last;
    const relational = inSentence.length ? relationalTimexes(doc.text, inSentence) : null;
    for (const t of inSentence) {
      if (!isCalendarPoint(t) || !DAY.test(t.value) || relational!.has(t)) continue;
      if (today && t.value.slice(0, 10) > today) continue;
      if (syntax && describesNoun(syntax, tokenAt(tokens, t.start))) continue;
      last = t;
    }
  }
  return out;
}

/** Adverbs that place an act at another time than the one the story has reached ("Ten years later, he led …", "had previously served"). */
const TIME_SHIFT: ReadonlySet<string> = new Set(['later', 'earlier', 'previously', 'formerly', 'subsequently', 'afterwards', 'afterward', 'ago', 'since', 'once', 'before', 'already']);

/** Relations by which a clause hangs on a verb whose tense it is told in. */
const CLAUSAL: ReadonlySet<string> = new Set(['ccomp', 'xcomp', 'advcl', 'conj', 'parataxis']);

/**
 * Whether the act of the verb at token `verb` happens at the day a story's narrative has reached (`narrativeDays`):
 * it is told in the past tense, in a clause of the story's own telling — not a clause that describes a noun ("two
 * people who returned from Italy", "Amash, who changed his party registration"), not under a verb of another tense
 * ("Bolton claims Trump asked Xi") — and no adverb of its own moves it in time ("Ten years later, he led").
 */
export function toldInNarrative(doc: Doc, syntax: SyntaxLayer, verb: number): boolean {
  if (!isPastTense(syntax, verb)) return false;
  const tokens = doc.get('tokens');
  for (let c = syntax.childStart[verb]!; c < syntax.childStart[verb + 1]!; c++) {
    const child = syntax.children[c]!;
    if (relationOf(syntax, child) === 'advmod' && TIME_SHIFT.has(doc.text.slice(tokens.start[child], tokens.end[child]).toLowerCase())) return false;
  }
  if (describesNoun(syntax, verb)) return false;
  for (let at = verb, steps = 0; syntax.head[at]! >= 0 && steps < syntax.length; at = syntax.head[at]!, steps++) {
    if (CLAUSAL.has(relationOf(syntax, at)) && !isPastTense(syntax, syntax.head[at]!)) return false;
  }
  return true;
}

/** The story's narrative days of a document (`narrativeDays`), made once and shared by the stages that date acts. */
export function documentNarrative(doc: Doc): readonly (Timex | null)[] {
  return doc.view('narrative-days', ['sentences', 'timexes', 'anchor'], () => narrativeDays(doc));
}

/**
 * The date of an act a span names by a verb (a quote's verb of saying, a stance's cue): the timex that governs it
 * (`DocumentDates.dateFor`), else, for an act told in the past tense in the story's own telling (`toldInNarrative`;
 * its first verb decides), the day the story has reached, as events have it, else the publication date. Reporting
 * acts gain as the others do: TimeBank and AQUAINT's past REPORTING events with no day of their own, 605 with a day
 * the links give, are dated right by the publication date for 36.2 %, by the day reached for 42.5 %; MEANTIME's 73,
 * 46.6 % against 53.4 % (`parley eval datefor`, its count restricted to that class by a switch not kept).
 */
export function actDate(doc: Doc, span: Span, exclude?: Span): string | null {
  const dates = DocumentDates.of(doc);
  const governing = dates.governingTimex(span, exclude);
  if (governing) return governing.value;
  const reached = doc.has('syntax') ? reachedBy(doc, doc.get('syntax'), span) : null;
  return reached ? reached.value.slice(0, 10) : dates.publicationDate();
}

/** The narrative day of `span`'s sentence when the first verb of `span` is told in it (`toldInNarrative`), else null. */
function reachedBy(doc: Doc, syntax: SyntaxLayer, span: Span): Timex | null {
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const sentence = lowerBound(sentences.length, (i) => sentences[i]!.start <= span.start) - 1;
  const reached = sentence >= 0 ? documentNarrative(doc)[sentence] : null;
  if (!reached) return null;
  for (let t = lowerBound(tokens.length, (i) => tokens.end[i]! <= span.start); t < tokens.length && tokens.start[t]! < span.end; t++) {
    if (xposOf(syntax, t).startsWith('VB')) return toldInNarrative(doc, syntax, t) ? reached : null;
  }
  return null;
}
