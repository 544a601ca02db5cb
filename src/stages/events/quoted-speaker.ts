import { entityCode, type Entity, type Quote } from '../../model/layers.js';
import { actorAt } from './actor-lookup.js';
import type { ActorSpan } from './actors.js';
import type { SentenceWords } from './sentence.js';

/** First-person pronouns: in a speaker's quoted words they are the speaker, or the group the speaker speaks for. */
const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);
const QUOTE_MARKS = /["“”]/g;

/**
 * "'These attacks are our right, and we warn the Saudis that our targets will keep expanding',
 * Saree said" (Wikinews, CC BY 2.5, wn-8a4f3602c870): a first-person pronoun inside the quoted
 * words of a speaker the quotes stage named is that speaker (a spokesman's "we" is coded as the
 * spokesman, whose code carries the group's). Actors for those pronouns, to merge with a
 * sentence's others; words another actor already covers are left to it.
 */
export function quotedSpeakerActors(s: SentenceWords, text: string, quotes: readonly Quote[], entities: ReadonlyMap<string, Entity>, taken: readonly ActorSpan[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  const from = s.sentence.start;
  const to = s.sentence.end;
  for (const q of quotes) {
    if (q.kind === 'indirect' || q.speaker === null || q.end <= from || q.start >= to) continue;
    const speaker = entities.get(q.speaker);
    if (!speaker) continue;
    const code = entityCode(speaker);
    for (let i = firstWordFrom(s, q.start); i < s.words.length && s.start(i) < q.end; i++) {
      const at = s.start(i);
      if (s.end(i) > q.end || !FIRST_PERSON.has(s.lower[i]!)) continue;
      if (q.kind === 'mixed' && !insideMarks(text, q.start, at)) continue;
      if (actorAt(taken, i)) continue;
      out.push({ start: i, end: i + 1, code, entity: speaker.id, quoted: true });
    }
  }
  return out;
}

/** The first word of the sentence starting at or after `offset` (binary search: a quote is read in its own words only). */
export function firstWordFrom(s: SentenceWords, offset: number): number {
  let lo = 0;
  let hi = s.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an odd number of quotation marks stands between a mixed quote's start and `at`: the word is in the quoted part. */
function insideMarks(text: string, start: number, at: number): boolean {
  return (text.slice(start, at).match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
}

/**
 * Roots a speaker's "I" or "we" (or "me", "us") is coded for: praise, criticism, rejection, threats, protest and
 * force ("we warn the Saudis" 130, "I disagreed strongly with many of his suggestions" 11). In the
 * first person, speech is mostly thought, wish and plan ("I think", "we need", "I hope", "we will
 * go"), which the dictionary codes as consultation, demands or appeals that no one made.
 */
const QUOTED_ROOTS = /^(05|1[1-9]|20)/;

/** Whether an event may stand with a quoted pronoun as its source or its target. */
export function quotedSourceCounts(code: string, by: string): boolean {
  return QUOTED_ROOTS.test(code) && !by.endsWith('+not');
}
