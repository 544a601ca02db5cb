import type { Span } from '../../model/span.js';

/** A blank line (only whitespace between two line breaks) separates paragraphs. */
const PARAGRAPH_BREAK = /\r?\n[ \t\f\v\u00a0]*\r?\n\s*/g;

/** Paragraph spans, trimmed of surrounding whitespace; empty paragraphs are dropped. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, m.index!);
    from = m.index! + m[0].length;
  }
  push(from, text.length);
  return out;
}
