import {
  addDays, addMonths, compareDays, formatDay, formatMonth, formatWeek, quarterOf, weekday, type Day,
} from './calendar.js';
import { UNITS } from './lexicon.js';

/** Which way an expression without a year points: news reports the past unless the clause looks ahead. */
export type Direction = 'past' | 'future';

/** The named weekday nearest the anchor in the given direction; the anchor day itself counts as past. */
export function resolveWeekday(anchor: Day, isoDay: number, direction: Direction): Day {
  const diff = isoDay - weekday(anchor);
  if (direction === 'past') return addDays(anchor, diff <= 0 ? diff : diff - 7);
  return addDays(anchor, diff > 0 ? diff : diff + 7);
}

/** The year of a month named without one: this year's, unless the direction says it is another. */
export function yearOfMonth(anchor: Day, month: number, direction: Direction): number {
  if (direction === 'past') return month <= anchor.month ? anchor.year : anchor.year - 1;
  return month >= anchor.month ? anchor.year : anchor.year + 1;
}

/**
 * A month and day named without a year: the occurrence closest to the anchor, an occurrence
 * against the direction counting `against` times its distance.
 */
export function yearOfMonthDay(anchor: Day, month: number, day: number, direction: Direction, against = 1.5): number {
  let best = anchor.year;
  let bestDistance = Infinity;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const signed = compareDays({ year, month, day }, anchor);
    const wrongWay = direction === 'past' ? signed > 0 : signed < 0;
    const distance = Math.abs(signed) * (wrongWay ? against : 1);
    if (distance < bestDistance) { best = year; bestDistance = distance; }
  }
  return best;
}

/** The anchor moved by `n` units, written at the unit's granularity ("two weeks ago" → a week). */
export function shifted(anchor: Day, unit: string, n: number): string | null {
  switch (unit) {
    case 'day': return formatDay(addDays(anchor, n));
    case 'week': return formatWeek(addDays(anchor, 7 * n));
    case 'month': { const d = addMonths(anchor, n); return formatMonth(d.year, d.month); }
    case 'quarter': { const d = addMonths(anchor, 3 * n); return `${d.year}-Q${quarterOf(d)}`; }
    case 'year': return String(anchor.year + n);
    case 'decade': return String(anchor.year + 10 * n);
    case 'century': return String(anchor.year + 100 * n);
    default: return null;
  }
}

/** A TIMEX3 duration: P3Y, PT2H, P1.5Y; null amount → PXY. */
export function duration(unit: string, amount: number | null): string {
  const u = UNITS[unit];
  // decades and centuries are counted in years, and so are vague ones: "decades-long" PXY (as TimeBank and MEANTIME)
  if (unit === 'decade' || unit === 'century') return amount === null ? 'PXY' : `P${amount * (unit === 'decade' ? 10 : 100)}Y`;
  const whole = amount === null ? null : Math.floor(amount);
  const part = FRACTION_IN[unit];
  // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the fraction in the next smaller unit when it comes out
  // whole there; else the decimal stays ("40.333 ± 0.004 days" is P0.004D, not a rounded PT0H; Wikinews)
  const exact = amount !== null && part ? (amount - whole!) * part.per : 0;
  if (amount !== null && whole !== amount && part && Math.abs(exact - Math.round(exact)) < 1e-6) {
    const rest = Math.round(exact);
    const restUnit = UNITS[part.unit];
    const head = whole ? `${whole}${u.letter}` : '';
    return `P${u.time ? 'T' : ''}${head}${restUnit.time && !u.time ? 'T' : ''}${rest}${restUnit.letter}`;
  }
  return `P${u.time ? 'T' : ''}${amount === null ? 'X' : amount}${u.letter}`;
}

/** How many of the next smaller unit make one of a unit, for fractional amounts. */
const FRACTION_IN: Readonly<Record<string, { unit: string; per: number }>> = {
  year: { unit: 'month', per: 12 }, week: { unit: 'day', per: 7 }, day: { unit: 'hour', per: 24 },
  hour: { unit: 'minute', per: 60 }, minute: { unit: 'second', per: 60 },
};
