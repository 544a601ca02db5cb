/**
 * Scores the time stage's timexes against ECB+'s time mentions. ECB+ marks the times of the events
 * it annotated, not every time, so only recall is measured; the system timexes without a gold
 * time are counted and listed, not called wrong.
 */
import type { Timex } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { ECB_TIME_TYPES, type EcbDocument, type EcbTimeType } from './ecb-times.js';

/**
 * The types of the headline recall. ECB+'s TIME_REPETITION is mostly what TimeML does not mark
 * ("second time", "again"), so it is reported apart.
 */
export const HEADLINE_TYPES: readonly EcbTimeType[] = ['TIME_DATE', 'TIME_OF_THE_DAY', 'TIME_DURATION'];

export interface Recall { readonly gold: number; readonly found: number; readonly recall: number }

export interface EcbCounts {
  readonly byType: Record<EcbTimeType, { gold: number; found: number }>;
  /** System timexes that start in an annotated sentence, and how many of them overlap a gold time. */
  readonly system: { inAnnotatedSentences: number; overlappingGold: number };
}

/** A gold time no timex overlaps: its type, words, the sentence around it and the file. */
export interface EcbMiss { readonly type: EcbTimeType; readonly words: string; readonly context: string; readonly file: string }
/** A system timex in an annotated sentence that overlaps no gold time. */
export interface EcbExtra { readonly words: string; readonly value: string; readonly file: string }

export function emptyEcbCounts(): EcbCounts {
  const byType = Object.fromEntries(ECB_TIME_TYPES.map((t) => [t, { gold: 0, found: 0 }])) as EcbCounts['byType'];
  return { byType, system: { inAnnotatedSentences: 0, overlappingGold: 0 } };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Adds one document: a gold time is found when a timex overlaps it. */
export function countEcbTimes(
  counts: EcbCounts, doc: EcbDocument, timexes: readonly Timex[],
  onMiss?: (miss: EcbMiss) => void, onExtra?: (extra: EcbExtra) => void,
): void {
  for (const time of doc.times) {
    counts.byType[time.type].gold++;
    if (timexes.some((t) => overlaps(t, time))) counts.byType[time.type].found++;
    else {
      const sentence = doc.annotated.find((s) => s.start <= time.start && time.end <= s.end);
      onMiss?.({ type: time.type, words: time.text, context: sentence ? doc.text.slice(sentence.start, sentence.end) : time.text, file: doc.id });
    }
  }
  for (const timex of timexes) {
    if (!doc.annotated.some((s) => s.start <= timex.start && timex.start < s.end)) continue;
    counts.system.inAnnotatedSentences++;
    if (doc.times.some((g) => overlaps(g, timex))) counts.system.overlappingGold++;
    else onExtra?.({ words: doc.text.slice(timex.start, timex.end), value: timex.value, file: doc.id });
  }
}

export function recall(gold: number, found: number): Recall {
  return { gold, found, recall: gold === 0 ? 0 : found / gold };
}

export function summariseEcb(counts: EcbCounts): { byType: Record<EcbTimeType, Recall>; headline: Recall } {
  const byType = Object.fromEntries(ECB_TIME_TYPES.map((t) => [t, recall(counts.byType[t].gold, counts.byType[t].found)])) as Record<EcbTimeType, Recall>;
  const sum = (key: 'gold' | 'found') => HEADLINE_TYPES.reduce((n, t) => n + counts.byType[t][key], 0);
  return { byType, headline: recall(sum('gold'), sum('found')) };
}
