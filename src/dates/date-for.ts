import type { Doc } from '../model/document.js';
import type { Sentence, Timex } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { lowerBound, overlaps } from '../model/span.js';
import { tokenAt } from '../model/tokens.js';
import { clauseIds, isPredicate } from './clauses.js';
import { isPrenominal, modifiesNoun, relationalTimexes } from './timex-roles.js';

/** A timex that names a day (or a coarser calendar point) rather than a duration or a vague reference. */
export const isCalendarPoint = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);

/**
 * The dates a document's text gives its spans (events, quotes, stances), from its tokens,
 * sentences, timexes and anchor. Ask one object every question about a document (`of` shares
 * it between stages): it reads each sentence once, on the first question about it (a sentence
 * with many quotes would otherwise be read once per quote).
 */
export class DocumentDates {
  private readonly readings = new Map<Sentence, SentenceReading>();

  constructor(private readonly doc: Doc) {}

  /** The document's dates, shared by every stage that dates spans in it (quotes, events, stances). */
  static of(doc: Doc): DocumentDates {
    return doc.view('dates', ['tokens', 'sentences', 'timexes'], () => new DocumentDates(doc));
  }

  /**
   * The date of a span (an event, a quote): the value of the timex that governs it
   * (`governingTimex`), else the publication date; null when the document is undated.
   */
  dateFor(span: Span, exclude?: Span): string | null {
    return this.governingTimex(span, exclude)?.value ?? this.publicationDate();
  }

  /** The day the document is anchored to (its publication date), or null when it is undated. */
  publicationDate(): string | null {
    const anchor = this.doc.get('anchor').value;
    return anchor ? anchor.slice(0, 10) : null;
  }

  /** The calendar timex that places `span` in time (see `governingTimex`), or null. */
  governingTimex(span: Span, exclude?: Span): Timex | null {
    const sentences = this.doc.get('sentences');
    // binary search: sentences are in text order, and a document may hold thousands
    const sentence = sentences[lowerBound(sentences.length, (i) => sentences[i].start <= span.start) - 1];
    if (!sentence || span.start >= sentence.end) return null;
    let reading = this.readings.get(sentence);
    if (!reading) this.readings.set(sentence, (reading = readSentence(this.doc, sentence)));
    // a sentence without a calendar timex dates nothing
    return reading.calendar.length === 0 ? null : governingTimex(this.doc, sentence, reading, span, exclude);
  }
}

/** How many tokens away a timex may stand from the span it dates. */
const REACH = 60;

/** More tokens than one timex spans. */
const LONGEST = 20;

/** What dating needs of a sentence, independent of the span asked about. */
interface SentenceReading {
  readonly clause: Int32Array;
  /** The sentence's calendar timexes in text order, and the first token of each (relative to the sentence). */
  readonly calendar: readonly Timex[];
  readonly calendarFirst: Int32Array;
  readonly relational: ReadonlySet<Timex>;
}

const NO_CALENDAR: SentenceReading = Object.freeze({ clause: new Int32Array(0), calendar: [], calendarFirst: new Int32Array(0), relational: new Set<Timex>() });

function readSentence(doc: Doc, sentence: Sentence): SentenceReading {
  const timexes = doc.get('timexes');
  const tokens = doc.get('tokens');
  const inSentence: Timex[] = [];
  for (let i = lowerBound(timexes.length, (k) => timexes[k].start < sentence.start); i < timexes.length && timexes[i].start < sentence.end; i++) {
    if (timexes[i].end <= sentence.end) inSentence.push(timexes[i]);
  }
  const calendar = inSentence.filter(isCalendarPoint);
  // a sentence without a calendar timex dates nothing: its clauses are not read
  if (calendar.length === 0) return NO_CALENDAR;
  const reading: SentenceReading = {
    clause: clauseIds(doc, sentence, inSentence),
    calendar,
    calendarFirst: Int32Array.from(calendar, (t) => Math.min(tokenAt(tokens, t.start), sentence.tokenEnd - 1) - sentence.tokenStart),
    relational: relationalTimexes(doc.text, inSentence),
  };
  return reading;
}

/** An inclusive range of token indices, relative to the sentence start. */
interface TokenRange { readonly first: number; readonly last: number }

/** 1 for adjacent ranges, more the further apart they are. */
const gap = (a: TokenRange, b: TokenRange) => (a.last < b.first ? b.first - a.last : a.first - b.last);

/**
 * The calendar timex that places a span in time, as TimeML links an event IS_INCLUDED in a
 * time. It stands in the span's sentence and clause (clauses.ts: not in a relative clause,
 * a subordinate clause or another clause than the span's), is not introduced by a relational
 * preposition ("since mid-December", "until Tuesday"), does not modify the verb's object
 * ("reported third-quarter earnings") and is not inside `exclude` (a date inside a quotation
 * is not when it was said). Of those, one that attaches to the span — the span is the
 * nearest verb to it: "said Monday", "announced, on Monday, …", "On Monday, X said" — wins
 * over one attached to another verb of the clause, and the nearest wins among equals. A timex
 * overlapping the span, or modifying it as a noun ("Tuesday's announcement"), governs it.
 */
function governingTimex(doc: Doc, sentence: Sentence, reading: SentenceReading, span: Span, exclude?: Span): Timex | null {
  const { clause, calendar, calendarFirst } = reading;
  const tokens = doc.get('tokens');
  const tokenIn = (offset: number) => Math.min(tokenAt(tokens, offset), sentence.tokenEnd - 1) - sentence.tokenStart;
  const range = (s: Span): TokenRange => ({ first: tokenIn(s.start), last: tokenIn(s.end - 1) });
  const target = range(span);
  // only the calendar timexes within reach of the span (a timex is never LONGEST tokens long)
  const lo = lowerBound(calendar.length, (i) => calendarFirst[i] < target.first - REACH - LONGEST);
  const hi = lowerBound(calendar.length, (i) => calendarFirst[i] <= target.last + REACH);
  const candidates = calendar.slice(lo, hi).filter((t) => !(exclude && overlaps(t, exclude)));
  const direct = candidates.find((t) => overlaps(t, span) || modifiesNoun(doc, t, span));
  if (direct) return direct;

  const isVerb = (i: number) => isPredicate(tokens, sentence.tokenStart + i);
  let head = target.first;
  while (head < target.last && !isVerb(head)) head++;
  const spanIsVerb = isVerb(head);
  if (!spanIsVerb) head = target.first;
  // A timex further than REACH tokens from the span governs nothing of it; reading only that far
  // keeps a sentence thousands of tokens long from costing its length per question.
  const from = Math.max(0, target.first - 2 * REACH);
  const to = Math.min(clause.length, target.last + 2 * REACH + 1);
  const otherVerbs: number[] = [];
  for (let i = from; i < to; i++) if (clause[i] === clause[head] && (i < target.first || i > target.last) && isVerb(i)) otherVerbs.push(i);
  const relational = reading.relational;

  let best: Timex | null = null;
  let bestScore = Infinity;
  for (const t of candidates) {
    const timex = range(t);
    if (clause[timex.first] !== clause[head]) continue;
    // "the quarter ended Sept. 30" relates the quarter to Sept. 30 but dates the ending itself.
    if (relational.has(t) && !(span.end <= t.start && /^\s*$/.test(doc.text.slice(span.end, t.start)))) continue;
    // A timex modifying the verb's object dates the object ("reported third-quarter
    // earnings"); one in the subject dates the clause ("third-quarter profit jumped").
    if (spanIsVerb && t.start >= span.end && isPrenominal(doc, t)) continue;
    const distance = gap(target, timex);
    if (distance > REACH) continue;
    // A timex attaches to the nearest verb of its clause; on a tie, to the one before it, as a
    // post-verbal adjunct attaches left ("said the deal was signed in March" dates the signing).
    const attachedElsewhere = otherVerbs.some((v) => {
      if (timex.first <= v && v <= timex.last) return false;
      const d = gap({ first: v, last: v }, timex);
      return d < distance || (d === distance && v < timex.first && target.first > timex.last);
    });
    // On a tie the timex after the span wins: it is the verb's own adjunct or object, the one
    // before may be its subject ("the third quarter ended Sept. 30").
    const score = 2 * distance + (t.end <= span.start ? 1 : 0) + (attachedElsewhere ? 2 * clause.length : 0);
    if (score < bestScore) { best = t; bestScore = score; }
  }
  return best;
}
