import type { Doc } from '../../model/document.js';
import type { Timex } from '../../model/layers.js';
import { overlaps, type Span } from '../../model/span.js';
import { DocumentDates, isCalendarPoint } from '../../dates/date-for.js';
import type { TimeMLDocument } from './timeml.js';

/** Relations by which the linked time is the event's own time: dateFor should pick it. */
export const INCLUSION_RELATIONS: ReadonlySet<string> = new Set(['IS_INCLUDED', 'DURING', 'SIMULTANEOUS']);
/** Relations by which the event lies before, after or at a boundary of the time: dateFor should not pick it. */
export const ORDERING_RELATIONS: ReadonlySet<string> = new Set(['BEFORE', 'AFTER', 'IBEFORE', 'IAFTER', 'BEGINS', 'BEGUN_BY', 'ENDS', 'ENDED_BY']);

/** How often dateFor picked the linked timex, over links of one kind. */
export interface LinkTally { links: number; picked: number }

/** Counts over any number of documents; `summariseDateFor` turns them into rates. */
export interface DateForCounts {
  /** Gold event–timex pairs inside one sentence, each pair once. */
  pairs: number;
  /** Of those, pairs whose timex the time stage does not find as a calendar point (left out). */
  timexNotFound: number;
  inclusion: LinkTally;
  ordering: LinkTally;
  reportingInclusion: LinkTally;
  reportingOrdering: LinkTally;
}

export function emptyDateForCounts(): DateForCounts {
  const tally = () => ({ links: 0, picked: 0 });
  return { pairs: 0, timexNotFound: 0, inclusion: tally(), ordering: tally(), reportingInclusion: tally(), reportingOrdering: tally() };
}

/** The timex dateFor dates a span by; the document's `governingTimex` unless a test gives another. */
export type TimexChooser = (span: Span) => Timex | null;

/**
 * Adds one document: every gold TLINK between an event and a timex of the same sentence (by
 * the pipeline's sentences) is counted once per event–timex pair, by its first link in the
 * file. Links to the creation time fall out because it is not among the gold timexes (TimeML
 * keeps it in `<DCT>`, outside the text; MEANTIME's is the dateline's, left out of the text).
 * A pair counts only when the time stage found its timex as a calendar point (a system
 * DATE/TIME with a year overlapping it), since dateFor can pick nothing else; dateFor picks it
 * when the timex it chooses for the gold event's span is that system timex.
 */
export function countDateFor(counts: DateForCounts, gold: TimeMLDocument, doc: Doc, choose?: TimexChooser): void {
  const dates = DocumentDates.of(doc);
  const chosen = choose ?? ((span: Span) => dates.governingTimex(span));
  const sentences = doc.get('sentences');
  const sentenceOf = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const calendarTimexes = doc.get('timexes').filter(isCalendarPoint);
  const eventOf = new Map(gold.events.flatMap((e) => e.instances.map((eiid) => [eiid, e] as const)));
  const timexOf = new Map(gold.timexes.map((t) => [t.id, t]));
  const seen = new Set<string>();
  for (const link of gold.eventTimeLinks) {
    const event = eventOf.get(link.eventInstance);
    const timex = timexOf.get(link.timex);
    if (!event || !timex) continue;
    const sentence = sentenceOf(event.start);
    if (sentence < 0 || sentence !== sentenceOf(timex.start)) continue;
    const pair = `${event.id}/${timex.id}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    counts.pairs++;
    const found = calendarTimexes.find((t) => overlaps(t, timex));
    if (!found) { counts.timexNotFound++; continue; }
    const inclusion = INCLUSION_RELATIONS.has(link.relType);
    if (!inclusion && !ORDERING_RELATIONS.has(link.relType)) continue;
    const picked = chosen(event) === found ? 1 : 0;
    const reporting = event.class === 'REPORTING';
    const tallies = inclusion ? [counts.inclusion, ...(reporting ? [counts.reportingInclusion] : [])] : [counts.ordering, ...(reporting ? [counts.reportingOrdering] : [])];
    for (const tally of tallies) { tally.links++; tally.picked += picked; }
  }
}

export interface LinkAgreement { readonly links: number; readonly picked: number; readonly rate: number }

export interface DateForScores {
  readonly pairs: number;
  readonly timexNotFound: number;
  /** IS_INCLUDED/DURING/SIMULTANEOUS links; `rate` is agreement with the gold. */
  readonly inclusion: LinkAgreement;
  /** BEFORE/AFTER/IBEFORE/IAFTER/BEGINS/BEGUN_BY/ENDS/ENDED_BY links; `rate` is the error rate. */
  readonly ordering: LinkAgreement;
  /** The same two, for events of class REPORTING ("said", "told"). */
  readonly reporting: { readonly inclusion: LinkAgreement; readonly ordering: LinkAgreement };
}

const agreement = (t: LinkTally): LinkAgreement => ({ links: t.links, picked: t.picked, rate: t.links ? t.picked / t.links : 0 });

export function summariseDateFor(c: DateForCounts): DateForScores {
  return {
    pairs: c.pairs,
    timexNotFound: c.timexNotFound,
    inclusion: agreement(c.inclusion),
    ordering: agreement(c.ordering),
    reporting: { inclusion: agreement(c.reportingInclusion), ordering: agreement(c.reportingOrdering) },
  };
}
