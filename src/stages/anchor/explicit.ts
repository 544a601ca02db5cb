import type { Provenance, Span } from '../../model/span.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';

/** Full calendar dates written out in the text: "January 20, 2025", "20 January 2025", "2025-01-20". */
const FULL_DATE = new RegExp(
  `\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})|((?:19|20)\\d{2})-(\\d{2})-(\\d{2}))\\b`, 'g');
/** A year on its own ("in 2019", "the 2024 election"). */
const YEAR = /\b(?:19[5-9]\d|20\d{2})\b/g;

export interface DatedEvidence extends Span, Provenance {
  readonly date: string;
  readonly precision: 'day' | 'year';
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m && date.getUTCDate() === d ? `${y}-${pad(m + 1)}-${pad(d)}` : null;
}

/** Absolute dates and years the text states; relative expressions ("last week") are the time stage's. */
export function explicitDates(text: string): DatedEvidence[] {
  const out: DatedEvidence[] = [];
  const taken: Span[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    let date: string | null;
    if (m[1]) date = validDay(Number(m[3]), monthIndex(m[1]), Number(m[2]));
    else if (m[5]) date = validDay(Number(m[6]), monthIndex(m[5]), Number(m[4]));
    else date = validDay(Number(m[7]), Number(m[8]) - 1, Number(m[9]));
    if (!date) continue;
    const span = { start: m.index!, end: m.index! + m[0].length };
    taken.push(span);
    out.push({ ...span, date, precision: 'day', by: 'anchor/explicit-date' });
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index!;
    if (taken.some((t) => t.start <= start && start < t.end)) continue;
    out.push({ start, end: start + 4, date: `${m[0]}-01-01`, precision: 'year', by: 'anchor/explicit-year' });
  }
  return out.sort((a, b) => a.start - b.start);
}
