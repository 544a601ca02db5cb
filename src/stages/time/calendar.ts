/** Calendar arithmetic on plain `{year, month, day}` values (UTC, proleptic Gregorian). */
export interface Day {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function parseDay(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

/** Adds whole months, clamping the day to the target month's length. */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(d: Day): number {
  return new Date(toUtc(d)).getUTCDay() || 7;
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((toUtc(thursday) - toUtc(jan1)) / 86_400_000 / 7) + 1 };
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}

/** The n-th (1-based; -1 = last) given ISO weekday of a month, e.g. Thanksgiving = 4th Thursday of November. */
export function nthWeekday(year: number, month: number, isoDay: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((isoDay - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekday(last) - isoDay + 7) % 7));
}
