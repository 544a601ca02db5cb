import { isCalendarPoint, toldInNarrative } from '../../dates/index.js';
import type { Doc } from '../../model/document.js';
import type { Timex } from '../../model/layers.js';
import { lowerBound } from '../../model/span.js';
import type { SentenceWords } from './sentence.js';

/** What a sentence's tree says of its calendar timexes: the verb each modifies, and the one that frames the sentence. */
export interface SentenceTimes {
  readonly byVerb: ReadonlyMap<number, Timex>;
  /** The verb the tree hangs each calendar timex on, by the timex's start. */
  readonly verbOf: ReadonlyMap<number, number>;
  readonly framing: { readonly timex: Timex; readonly last: number } | null;
}

/**
 * For verbs too far from their timex for `governingTimex`'s word reach: the calendar timex the
 * tree attaches to a verb as a modifier of time, and the one that opens the sentence set off by a
 * comma ("On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and
 * helmets gathered …"), which dates the verbs after it. One pass over the sentence's timexes
 * (found by binary search) and words: linear in the sentence, however many timexes it holds.
 */
export function sentenceTimes(doc: Doc, s: SentenceWords): SentenceTimes {
  const byVerb = new Map<number, Timex>();
  const verbOf = new Map<number, number>();
  let framing: SentenceTimes['framing'] = null;
  const timexes = doc.getOr('timexes', []);
  let w = 0;
  for (let k = lowerBound(timexes.length, (i) => timexes[i]!.start < s.sentence.start); k < timexes.length && timexes[k]!.start < s.sentence.end; k++) {
    const t = timexes[k]!;
    while (w < s.words.length && s.end(w) <= t.start) w++;
    if (!isCalendarPoint(t)) continue;
    let last = -1;
    for (let i = w; i < s.words.length && s.start(i) < t.end; i++) {
      last = i;
      const head = s.head[i]!;
      if (head < 0 || !s.relation[i]!.startsWith('obl')) continue;
      if (!byVerb.has(head)) byVerb.set(head, t);
      if (!verbOf.has(t.start)) verbOf.set(t.start, head);
    }
    const opens = w === 0 || (w === 1 && s.pos[0] === 'ADP');
    if (!framing && last >= 0 && opens && s.lower[last + 1] === ',') framing = { timex: t, last };
  }
  return { byVerb, verbOf, framing };
}

/**
 * The timex that dates an event: the nearest governing one (`governing`, by word reach) unless the
 * tree hangs it inside a clause that modifies a noun ("Tsikhanouskaya, an opposition candidate for
 * the … election to be held on August 9, held a rally": that date is the election's, the rally is
 * dated by "On Thursday"); else the one the tree hangs on the verb, else the one that frames the
 * sentence.
 */
export function eventTimex(s: SentenceWords, times: SentenceTimes | null, verb: number | undefined, governing: Timex | null): Timex | null {
  if (!times || verb === undefined) return governing;
  if (governing && !inNounClause(s, times.verbOf.get(governing.start), verb)) return governing;
  return times.byVerb.get(verb) ?? (times.framing && times.framing.last < verb ? times.framing.timex : null);
}

/**
 * Whether `host` (the verb a timex hangs on) heads a clause that modifies a noun and holds no
 * `verb`: a verb under it ("counterparts … gathered in Cairo on Wednesday to DISCUSS") shares its date.
 */
function inNounClause(s: SentenceWords, host: number | undefined, verb: number): boolean {
  if (host === undefined || !s.relation[host]!.startsWith('acl')) return false;
  for (let at = verb, steps = 0; at >= 0 && steps < s.words.length; at = s.head[at]!, steps++) if (at === host) return false;
  return true;
}

/** Whether the act of the verb at `verb` happens at the day the story's narrative has reached (`toldInNarrative`). */
export function inNarrative(doc: Doc, s: SentenceWords, verb: number): boolean {
  return doc.has('syntax') && toldInNarrative(doc, doc.get('syntax'), s.sentence.tokenStart + verb);
}
