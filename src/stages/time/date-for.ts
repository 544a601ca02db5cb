import type { Doc } from '../../model/document.js';
import type { Timex } from '../../model/layers.js';
import type { Span } from '../../model/span.js';

/** A timex that names a day (or a coarser calendar point) rather than a duration or a vague reference. */
const isCalendarPoint = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);

/** Characters between two spans that break a clause: a timex beyond them governs something else. */
const CLAUSE_BREAK = /[;:]|\b(?:but|while|whereas|after|before)\b/;

/**
 * The date of a span (an event, a quote): the value of the calendar timex that governs it
 * in its clause — the nearest one in the same sentence with no clause break between — else
 * the publication date; null when the document is undated. Timexes inside `exclude` do
 * not govern the span (a date inside a quotation is not when it was said).
 */
export function dateFor(doc: Doc, span: Span, exclude?: Span): string | null {
  const sentence = doc.get('sentences').find((s) => s.start <= span.start && span.start < s.end);
  const anchor = doc.get('anchor').value;
  const fallback = anchor ? anchor.slice(0, 10) : null;
  if (!sentence) return fallback;
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const t of doc.get('timexes')) {
    if (t.start < sentence.start || t.end > sentence.end || !isCalendarPoint(t)) continue;
    if (exclude && t.start < exclude.end && exclude.start < t.end) continue;
    if (t.start < span.end && span.start < t.end) return t.value;
    const between = t.end <= span.start ? doc.text.slice(t.end, span.start) : doc.text.slice(span.end, t.start);
    if (CLAUSE_BREAK.test(between)) continue;
    if (between.length < bestDistance) { best = t; bestDistance = between.length; }
  }
  return best ? best.value : fallback;
}
