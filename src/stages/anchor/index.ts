import type { Doc } from '../../model/document.js';
import type { DocumentDate } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { asActorsKb, perDocument, type ActorsKb } from '../../kb/view.js';
import { explicitDates, type DatedEvidence } from './explicit.js';
import { officeHints, warHints, type DateHint } from './offices.js';
import { addDays, intersect, type DayRange, type DaySet } from '../../dates/ranges.js';

/**
 * The date the document is anchored to. A caller-given publication date wins; otherwise
 * the text is dated no earlier than the latest absolute date it states (news reports
 * what has happened), and the estimate is that date — marked as an estimate.
 */
export const anchorStage: Stage<'anchor'> = {
  name: 'anchor',
  requires: [],
  provides: ['anchor'],
  resources: ['kb'],
  run(doc: Doc, ctx) {
    return { anchor: dateDocument(doc.text, doc.meta.published, perDocument(asActorsKb(ctx.resources.kb))) };
  },
};

/**
 * Dates a text. Without a given date: no earlier than the latest absolute date it states,
 * and — with a KB — within what its office holders and war anniversaries allow. Strong
 * hints (qualified titles, war years) are applied first, then plain titles; a hint that
 * contradicts the others is left out. The estimate is the latest stated day clipped into
 * the range, else the middle of a bounded range, else the middle of the latest stated
 * year (or the range's start when later), else its known end.
 */
export function dateDocument(text: string, published: string | null, kb?: ActorsKb): DocumentDate {
  if (published) return { value: published, source: 'given', earliest: published, latest: published, evidence: [] };
  const found = explicitDates(text);
  const days = found.filter((f) => f.precision === 'day');
  const basis = days.length > 0 ? days : found;
  const latest = basis.length ? basis.reduce((a, b) => (b.date > a.date ? b : a)) : null;
  const hints = kb ? [...officeHints(text, kb), ...warHints(text, kb)] : [];
  let range: DaySet = [{ from: latest?.date ?? null, to: null }];
  const used: DateHint[] = [];
  for (const strength of ['strong', 'weak'] as const) {
    for (const hint of hints.filter((h) => h.strength === strength)) {
      const narrowed = intersect(range, hint.dates);
      if (narrowed.length === 0) continue;
      range = narrowed;
      used.push(hint);
    }
  }
  if (!latest && used.length === 0) return { value: null, source: 'unknown', earliest: null, latest: null, evidence: [] };
  // Several terms fit ("President Trump": 2017–2021 or from 2025): the earliest window after the stated
  // dates wins — on the Wikinews corpus (2006–2023) it held the true date more often than the latest.
  const byStart = [...range].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const chosen = byStart[0];
  const evidence = [...(latest ? [{ start: latest.start, end: latest.end, by: latest.by }] : []), ...used.map((h) => ({ start: h.start, end: h.end, by: h.by }))]
    .sort((a, b) => a.start - b.start);
  return { value: estimate(chosen, latest, used.length > 0), source: 'estimated', earliest: chosen.from, latest: chosen.to, evidence };
}

function estimate(range: DayRange, latest: DatedEvidence | null, hinted: boolean): string | null {
  if (latest?.precision === 'day') return range.from && latest.date < range.from ? range.from : latest.date;
  if (range.from && range.to) {
    const middle = (Date.parse(range.from) + Date.parse(range.to)) / 2;
    return new Date(middle).toISOString().slice(0, 10);
  }
  if (latest) {
    const midYear = `${latest.date.slice(0, 4)}-07-01`;
    return !hinted || !range.from || range.from < midYear ? midYear : range.from;
  }
  return range.from ?? (range.to ? addDays(range.to, -1) : null);
}
