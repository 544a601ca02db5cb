import type { Span } from '../../model/span.js';

/** A stretch of text between quotation marks. `start`/`end` exclude the marks. */
export interface QuotedSpan extends Span {
  /** Offsets of the opening and closing marks (the closing one is `end` when the quote is unclosed). */
  readonly open: number;
  readonly close: number;
  /** Index of the run: quotes continued across paragraphs (a paragraph reopening an unclosed quote) share it. */
  readonly run: number;
}

const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/:,;]/;
/** How far a quote may run over line breaks looking for its closing mark. */
const MAX_QUOTE = 2500;

/**
 * Finds double-quoted spans (straight, curly, and '' pairs). A straight mark opens when it follows
 * whitespace or an opening bracket, and closes otherwise. A quote left open at the end of a
 * paragraph continues when the next paragraph reopens with a mark (the news convention
 * for a long quotation), or when its closing mark comes after the line break before any
 * new opening mark (a quote broken over lines); otherwise it ends with its paragraph.
 * Single marks are left alone: ’ is also an apostrophe.
 */
export function findQuoted(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  // '' is how some wires (NYT archive text) write a double quotation mark
  // (found once, in order: searching again from each paragraph would rescan the text after it)
  const marks = [...text.matchAll(/["\u201c\u201d]|''/g)];
  let nextMark = 0;
  let run = 0;
  let open = -1;
  /** Closing marks awaited by quotes nested in the open one ("… “…” …", "“… “hell” …”"). */
  const nested: string[] = [];
  const push = (from: number, to: number, closed: boolean) => {
    let start = from + markLength(text, from);
    let end = to;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, open: from, close: closed ? to : end, run });
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    if (open >= 0 && isOpening(text, i)) i++; // the mark that reopens a continued quote
    while (nextMark < marks.length && marks[nextMark].index < i) nextMark++;
    for (; nextMark < marks.length && marks[nextMark].index < para.end; nextMark++) {
      const found = marks[nextMark];
      i = found.index;
      const c = found[0];
      if (open < 0) {
        if (isOpening(text, i)) open = i;
        continue;
      }
      if (isOpening(text, i) && atLineStart(text, i)) {
        // a line that opens a quotation while one is open: the earlier line left it unclosed (a continued quote)
        push(open, i, false);
        nested.length = 0;
        open = i;
        continue;
      }
      if (nested.length > 0) {
        if (c === nested[nested.length - 1] || (c === '\u201c' && isOpening(text, i))) {
          if (c === '\u201c') nested.push('\u201d');
          else nested.pop();
        }
        continue;
      }
      if (isOpening(text, i)) {
        // curly marks nest in anything; a straight mark inside a straight quote means the first was never closed
        if (c === '\u201c') nested.push('\u201d');
        else if (text[open] === '\u201c') nested.push(c);
        else open = i;
        continue;
      }
      push(open, i, true);
      open = -1;
      run++;
    }
    if (open < 0) continue;
    nested.length = 0;
    const next = paragraphs[p + 1];
    if (next && isOpening(text, next.start)) {
      push(open, para.end, false);
      open = next.start; // the reopened quote continues the same run
      continue;
    }
    if (next && closesAcrossLines(text, para.end, Math.min(text.length, open + MAX_QUOTE))) continue;
    push(open, para.end, false);
    open = -1;
    run++;
  }
  if (open >= 0) push(open, text.length, false);
  return out;
}

function atLineStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  return k < 0 || text[k] === '\n';
}

function markLength(text: string, i: number): number {
  return text.startsWith("''", i) ? 2 : 1;
}

/**
 * The quotation mark at `i` opens a quotation: a curly opening mark, or a straight one after whitespace or an opening
 * bracket and before a non-space that can begin a quotation — not a comma or stop ("… I'm a drummer' ", he recalled":
 * a space before the closing mark), but an ellipsis ("...and then").
 */
export function isOpening(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\u201c') return true;
  if (c !== '"' && !text.startsWith("''", i)) return false;
  const before = i === 0 ? ' ' : text[i - 1];
  const at = i + markLength(text, i);
  const after = text[at] ?? ' ';
  return OPENERS_BEFORE.test(before) && !/\s/.test(after) && !(CLOSES_CLAUSE.test(after) && text[at + 1] !== '.');
}

/** What follows a closing mark, never an opening one. */
const CLOSES_CLAUSE = /[,.;:!?)]/;

/** True when a closing mark comes after `from` (and after a line break) before any opening mark. */
function closesAcrossLines(text: string, from: number, limit: number): boolean {
  for (let i = from; i < limit; i++) {
    const c = text[i];
    const straight = c === '"' || text.startsWith("''", i);
    if (c === '\u201d' || (straight && !isOpening(text, i))) return true;
    if (c === '\u201c' || straight) return false;
  }
  return false;
}
