/**
 * Scores the time stage's timexes against GUM's `<date>`s. GUM marks dates only (not durations,
 * sets or times of day alone), so only recall and the value are measured, no precision.
 */
import type { Span } from '../../model/span.js';
import type { GumDate } from './gum-dates.js';
import { withinBounds } from './value-days.js';

export interface DateCounts {
  /** Dates with a `when` value: how many, how many a timex overlaps, how many of those have that value. */
  dates: { gold: number; found: number; right: number };
  /** Dates GUM bounds (`notBefore`/`notAfter`): how many, found, and found with a value within the bounds. */
  ranges: { gold: number; found: number; inside: number };
}

export interface DateScores {
  readonly dates: { gold: number; found: number; rightValue: number; valueAccuracy: number; foundRate: number };
  readonly ranges: { gold: number; found: number; inside: number };
}

/** A gold date the stage missed or gave another value: its words, the gold value, ours (null when missed). */
export interface DateError {
  readonly document: string;
  readonly text: string;
  readonly gold: string;
  readonly ours: string | null;
}

export function emptyDateCounts(): DateCounts {
  return { dates: { gold: 0, found: 0, right: 0 }, ranges: { gold: 0, found: 0, inside: 0 } };
}

/** The gold value as the error list shows it: the `when`, or the bounds ("2004..2015", "..2012-03"). */
export function goldValue(date: GumDate): string {
  return date.when ?? `${date.notBefore ?? ''}..${date.notAfter ?? ''}`;
}

/**
 * Whether a value says what a `when` says: the same string, or a part of the day named by a day-only
 * `when` ("Thursday afternoon" 2015-08-20TAF for 2015-08-20: GUM dates the day, TimeML adds its part).
 */
function sameWhen(value: string, when: string): boolean {
  return value === when || (/^\d{4}-\d\d-\d\d$/.test(when) && /^T(?:MO|AF|EV|NI)$/.test(value.slice(when.length)) && value.startsWith(when));
}

/**
 * Adds one document: each gold date is compared with the system timex that overlaps it and starts
 * first. A `when` date is right when the value is the same string (or a part of that day); a bounded date when the value
 * is a calendar date within the bounds. `onError` sees every miss and wrong value.
 */
export function countDates(
  counts: DateCounts, document: string, gold: readonly GumDate[], system: ReadonlyArray<Span & { value: string }>,
  onError?: (error: DateError) => void,
): void {
  for (const date of gold) {
    const overlapping = system.filter((t) => t.start < date.end && date.start < t.end);
    const timex = overlapping.length > 0 ? overlapping.reduce((a, b) => (b.start < a.start ? b : a)) : null;
    const value = timex?.value ?? null;
    const right = value !== null && (date.when !== undefined ? sameWhen(value, date.when) : withinBounds(value, date.notBefore, date.notAfter));
    if (date.when !== undefined) {
      counts.dates.gold++;
      if (timex) counts.dates.found++;
      if (right) counts.dates.right++;
    } else {
      counts.ranges.gold++;
      if (timex) counts.ranges.found++;
      if (right) counts.ranges.inside++;
    }
    if (!right) onError?.({ document, text: date.text, gold: goldValue(date), ours: value });
  }
}

export function summariseDates(counts: DateCounts): DateScores {
  const { gold, found, right } = counts.dates;
  const rate = (n: number) => (gold === 0 ? 0 : n / gold);
  return { dates: { gold, found, rightValue: right, valueAccuracy: rate(right), foundRate: rate(found) }, ranges: { ...counts.ranges } };
}
