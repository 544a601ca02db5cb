import type { Span } from '../../model/span.js';
import type { Direction } from './resolve.js';

/** Words that put a clause in the future; news otherwise reports what has happened. */
const FUTURE = /\b(?:will|shall|won't|going to|set to|scheduled|due to|plans? to|planning to|expected to|is to|are to|to be held|as early as|as soon as)\b|'ll\b/i;
const PAST = /\b(?:said|was|were|had|did|last|ago|earlier)\b/i;

/**
 * The direction of the clause around a span: the words before it in its sentence (back to
 * the previous clause break) and a few after it. A future cue wins unless a past cue sits
 * nearer to the span.
 */
export function clauseDirection(text: string, span: Span, sentence: Span): Direction {
  const from = Math.max(sentence.start, span.start - 50);
  const before = text.slice(from, span.start);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' but '));
  const window = `${before.slice(clauseStart + 1)} ${text.slice(span.end, Math.min(sentence.end, span.end + 20))}`;
  const future = FUTURE.exec(window);
  if (!future) return 'past';
  const past = PAST.exec(window);
  return past && Math.abs(past.index - before.length) < Math.abs(future.index - before.length) ? 'past' : 'future';
}
