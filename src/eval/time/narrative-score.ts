import type { Doc } from '../../model/document.js';
import { lowerBound } from '../../model/span.js';
import { isCalendarPoint } from '../../dates/date-for.js';
import { narrativeDays } from '../../dates/narrative.js';
import { INCLUSION_RELATIONS } from './datefor-score.js';
import type { TimeMLDocument } from './timeml.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Relations by which one event's day is the other's: "a SIMULTANEOUS b", "a IDENTITY b", "a IS_INCLUDED b" (a's day is b's). */
const SAME_DAY: ReadonlySet<string> = new Set(['SIMULTANEOUS', 'IDENTITY', 'DURING']);

/**
 * How the events of past acts with no day of their own sentence are dated: by the publication date, or by
 * the day the story's narrative has reached (`narrativeDays`, which the events stage reads for past acts).
 * Counted over gold events in the past tense (the file's tense) whose sentence (by the pipeline's sentences)
 * holds no calendar day the time stage finds, and whose day the gold links give or deny: a link placing
 * the event in a day timex or in the creation time gives that day; one from an event of the same day
 * ("SIMULTANEOUS", "IDENTITY", "IS_INCLUDED" in it) carries its day on; an event before the creation
 * time is not on the publication day (either date is right only if it is before it).
 */
export interface NarrativeCounts {
  /** Past events with no day in their sentence whose day the links give or deny. */
  events: number;
  /** Of those, the ones a day before them in the text reaches (`narrativeDays` gives a day). */
  reached: number;
  /** How many the publication date dates right. */
  publication: number;
  /** How many the narrative day (else the publication date) dates right. */
  narrative: number;
}

export const emptyNarrativeCounts = (): NarrativeCounts => ({ events: 0, reached: 0, publication: 0, narrative: 0 });

/** Adds one document's past events to `counts`. */
export function countNarrative(counts: NarrativeCounts, gold: TimeMLDocument, doc: Doc): void {
  const published = DAY.exec(gold.dct)?.[0];
  if (!published) return;
  const { days, beforeCreation } = goldDays(gold, published);
  const sentences = doc.get('sentences');
  const ownDay = sentencesWithDays(doc);
  const narrative = narrativeDays(doc);
  for (const event of gold.events) {
    if (event.tense !== 'PAST') continue;
    const instance = event.instances.find((i) => days.has(i) || beforeCreation.has(i));
    if (instance === undefined) continue;
    const sentence = lowerBound(sentences.length, (i) => sentences[i]!.start <= event.start) - 1;
    if (sentence < 0 || ownDay.has(sentence)) continue;
    const day = days.get(instance);
    const right = (date: string) => (day !== undefined ? date === day : date < published);
    const reached = narrative[sentence]?.value.slice(0, 10) ?? null;
    counts.events++;
    if (reached) counts.reached++;
    if (right(published)) counts.publication++;
    if (right(reached ?? published)) counts.narrative++;
  }
}

/** The sentences (indices) in which the time stage found a calendar day. */
function sentencesWithDays(doc: Doc): Set<number> {
  const sentences = doc.get('sentences');
  const out = new Set<number>();
  for (const t of doc.get('timexes')) {
    if (!isCalendarPoint(t) || !DAY.test(t.value)) continue;
    out.add(lowerBound(sentences.length, (i) => sentences[i]!.start <= t.start) - 1);
  }
  return out;
}

/** Each event instance's day by the gold links, and the instances the links put before the creation time. */
function goldDays(gold: TimeMLDocument, published: string): { days: Map<string, string>; beforeCreation: Set<string> } {
  const days = new Map<string, string>();
  const beforeCreation = new Set<string>();
  const timexDay = new Map(gold.timexes.filter((t) => DAY.test(t.value)).map((t) => [t.id, t.value.slice(0, 10)]));
  for (const link of gold.eventTimeLinks) {
    const day = timexDay.get(link.timex);
    if (day && INCLUSION_RELATIONS.has(link.relType) && !days.has(link.eventInstance)) days.set(link.eventInstance, day);
  }
  for (const link of gold.creationTimeLinks) {
    if (INCLUSION_RELATIONS.has(link.relType) && !days.has(link.eventInstance)) days.set(link.eventInstance, published);
    else if (link.relType === 'BEFORE') beforeCreation.add(link.eventInstance);
  }
  // a day passes along links of the same day, both ways, and from what includes an event to it, until nothing changes
  for (let changed = true; changed; ) {
    changed = false;
    for (const { from, to, relType } of gold.eventEventLinks) {
      const pairs: [string, string][] = SAME_DAY.has(relType) ? [[from, to], [to, from]] : relType === 'IS_INCLUDED' ? [[to, from]] : relType === 'INCLUDES' ? [[from, to]] : [];
      for (const [known, other] of pairs) {
        const day = days.get(known);
        if (day && !days.has(other)) { days.set(other, day); changed = true; }
      }
    }
  }
  return { days, beforeCreation };
}
