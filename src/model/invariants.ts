import type { AnalysisRecord } from './record.js';

/**
 * Checks the promise every record makes: each span lies inside the text, has
 * start < end (or start = end only where allowed), and wherever a span repeats the words
 * it covers (`text`), those are exactly `document.text.slice(start, end)`.
 * Returns one message per violation; an empty list means the record keeps its word.
 */
export function offsetViolations(record: AnalysisRecord): string[] {
  const text = record.document.text;
  const out: string[] = [];
  const check = (where: string, span: { start: number; end: number; text?: string }) => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) {
      out.push(`${where}: bad span [${span.start}, ${span.end}) for a text of ${text.length}`);
      return;
    }
    if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) {
      out.push(`${where}: says ${JSON.stringify(span.text)} but covers ${JSON.stringify(text.slice(span.start, span.end))}`);
    }
  };
  const ordered = (where: string, spans: ReadonlyArray<{ start: number; end: number }>) => {
    for (let i = 1; i < spans.length; i++) {
      if (spans[i].start < spans[i - 1].end) out.push(`${where}: ${i - 1} and ${i} overlap or are out of order`);
    }
  };
  record.sentences.forEach((s, i) => check(`sentences[${i}]`, s));
  ordered('sentences', record.sentences);
  record.paragraphs.forEach((p, i) => check(`paragraphs[${i}]`, p));
  ordered('paragraphs', record.paragraphs);
  for (const e of record.entities) e.mentions.forEach((m, i) => check(`entity ${e.id} mention ${i}`, m));
  record.timexes.forEach((t, i) => check(`timexes[${i}]`, t));
  record.quotes.forEach((q, i) => {
    check(`quotes[${i}]`, q);
    if (q.speakerSpan) check(`quotes[${i}].speakerSpan`, q.speakerSpan);
    if (q.cueSpan) check(`quotes[${i}].cueSpan`, q.cueSpan);
  });
  record.events.forEach((e, i) => check(`events[${i}]`, e));
  record.stances.forEach((s, i) => check(`stances[${i}]`, s));
  const ids = new Set(record.entities.map((e) => e.id));
  record.quotes.forEach((q, i) => { if (q.speaker !== null && !ids.has(q.speaker)) out.push(`quotes[${i}]: speaker ${q.speaker} is no entity`); });
  return out;
}
