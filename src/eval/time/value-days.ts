/**
 * The days a TIMEX3 date value covers, to compare values of different granularity: "2015"
 * covers 2015-01-01 … 2015-12-31, "2015-W38-WE" the Saturday and Sunday of that ISO week.
 */

/** An inclusive run of days, counted from 1970-01-01. */
export interface Days { readonly first: number; readonly last: number }

const day = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date) / 86_400_000;
const months = (year: number, first: number, last: number): Days => ({ first: day(year, first, 1), last: day(year, last + 1, 0) });
const SEASONS: Readonly<Record<string, [number, number]>> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The Monday of ISO week `week` of `year` (week 1 holds January 4th). */
function isoMonday(year: number, week: number): number {
  const jan4 = day(year, 1, 4);
  const weekday = (new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday + 7 * (week - 1);
}

/** The year's digits of a value: a year, a decade (3 digits, or "196X"), a century (2, or "19XX"), or XXXX. */
const VALUE = /^(?:(\d{4})|(\d{3})|(\d{2})|XXXX)(?:-(.*))?$/;

/**
 * The days `value` covers; the time of day is left out ("2010-09-04T22:30" is that day). A value
 * without a year ("XXXX-10") is placed in `yearIfMissing`, or has no days without one. Null for
 * what is not a calendar date: durations, PRESENT_REF, sets.
 */
export function valueDays(value: string, yearIfMissing?: number): Days | null {
  const m = VALUE.exec(value.replace(/T.*$/, '').replace(/^(\d{3})X$|^(\d{2})XX$/, '$1$2'));
  if (!m) return null;
  const [, year4, decade, century, rest] = m;
  if (year4 === undefined && decade === undefined && century === undefined) {
    return yearIfMissing === undefined ? null : valueDays(`${yearIfMissing}${value.slice(4)}`);
  }
  if (rest === undefined) {
    if (decade !== undefined) return { first: day(Number(decade) * 10, 1, 1), last: day(Number(decade) * 10 + 9, 12, 31) };
    if (century !== undefined) return { first: day(Number(century) * 100, 1, 1), last: day(Number(century) * 100 + 99, 12, 31) };
    return months(Number(year4), 1, 12);
  }
  if (year4 === undefined) return null;
  const year = Number(year4);
  let part: RegExpExecArray | null;
  if ((part = /^(\d\d)(?:-(\d\d))?$/.exec(rest))) {
    const month = Number(part[1]);
    return part[2] === undefined ? months(year, month, month) : { first: day(year, month, Number(part[2])), last: day(year, month, Number(part[2])) };
  }
  if ((part = /^W(\d\d)(?:-(WE|[1-7]))?$/.exec(rest))) {
    const monday = isoMonday(year, Number(part[1]));
    if (part[2] === 'WE') return { first: monday + 5, last: monday + 6 };
    if (part[2] !== undefined) return { first: monday + Number(part[2]) - 1, last: monday + Number(part[2]) - 1 };
    return { first: monday, last: monday + 6 };
  }
  if ((part = /^Q([1-4])$/.exec(rest))) return months(year, 3 * Number(part[1]) - 2, 3 * Number(part[1]));
  if ((part = /^H([12])$/.exec(rest))) return months(year, 6 * Number(part[1]) - 5, 6 * Number(part[1]));
  if (rest in SEASONS) return months(year, ...SEASONS[rest]);
  return null;
}

/**
 * Whether a date value falls within the bounds GUM gives a date (`notBefore`, `notAfter`, either
 * may be missing), at the value's own granularity: a month or a year counts as inside when it
 * overlaps the bounds. Bounds without a year ("XXXX-12" to "XXXX-03", "winter") are placed in the
 * value's year and the year before, and run across New Year when the end comes before the start;
 * a value without a year is then compared on months and days alone (in a leap year).
 */
export function withinBounds(value: string, notBefore: string | undefined, notAfter: string | undefined): boolean {
  const yearless = [notBefore, notAfter].some((b) => b?.startsWith('XXXX'));
  const valueYear = /^\d{4}/.test(value) ? Number(value.slice(0, 4)) : undefined;
  const year = yearless ? valueYear ?? 2000 : undefined;
  const ours = valueDays(value, year);
  if (!ours) return false;
  const placements = year === undefined ? [undefined] : [year, year - 1];
  return placements.some((y) => {
    const first = notBefore === undefined ? -Infinity : valueDays(notBefore, y)?.first;
    let last = notAfter === undefined ? Infinity : valueDays(notAfter, y)?.last;
    if (first === undefined || last === undefined) return false;
    if (y !== undefined && last < first) last = valueDays(notAfter!, y + 1)?.last ?? last;
    return ours.first <= last && first <= ours.last;
  });
}
