/**
 * The first day a TIMEX3 date value denotes, as `YYYY-MM-DD`, so that days, ISO weeks,
 * months, quarters and years can be filtered by one date range; null for values that are
 * not calendar dates (durations, PRESENT_REF …).
 */
export function firstDay(value: string | null | undefined): string | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return isoWeekMonday(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})$/.exec(value);
  if (m) return `${m[1]}-01-01`;
  return null;
}

function isoWeekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = new Date(jan4 - jan4Weekday * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** The last day a date value denotes: the end bound of a range given as a week, month, quarter or year. */
export function lastDay(value: string | null | undefined): string | null {
  const first = firstDay(value);
  if (!first || !value) return first;
  const [y, m] = first.split('-').map(Number);
  const dayBefore = (utc: number) => new Date(utc - 86_400_000).toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return first;
  if (/^\d{4}-W\d{2}$/.test(value)) return new Date(Date.parse(first) + 6 * 86_400_000).toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(value)) return dayBefore(Date.UTC(y, m, 1));
  if (/^\d{4}-Q[1-4]$/.test(value)) return dayBefore(Date.UTC(y, m + 2, 1));
  return `${y}-12-31`;
}

/** The ISO week (`2025-W03`) a `YYYY-MM-DD` day falls in. */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
