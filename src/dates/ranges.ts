/** A half-open range of ISO days `[from, to)`; null is unbounded. */
export interface DayRange {
  readonly from: string | null;
  readonly to: string | null;
}

/** A set of possible dates: the union of its ranges. */
export type DaySet = readonly DayRange[];

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

export function intersect(a: DaySet, b: DaySet): DayRange[] {
  const out: DayRange[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = later(x.from, y.from);
      const to = earlier(x.to, y.to);
      if (from === null || to === null || from < to) out.push({ from, to });
    }
  }
  return out;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function addYears(day: string, n: number): string {
  return `${String(Number(day.slice(0, 4)) + n).padStart(4, '0')}${day.slice(4)}`;
}
