import { isCalendarPoint } from '../../dates/index.js';
import type { Doc } from '../../model/document.js';
import type { Timex } from '../../model/layers.js';
import { lowerBound } from '../../model/span.js';
import type { SentenceWords } from './sentence.js';

/** What a sentence's tree says of its calendar timexes: the verb each modifies, and the one that frames the sentence. */
export interface SentenceTimes {
  readonly byVerb: ReadonlyMap<number, Timex>;
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
      if (head >= 0 && s.relation[i]!.startsWith('obl') && !byVerb.has(head)) byVerb.set(head, t);
    }
    const opens = w === 0 || (w === 1 && s.pos[0] === 'ADP');
    if (!framing && last >= 0 && opens && s.lower[last + 1] === ',') framing = { timex: t, last };
  }
  return { byVerb, framing };
}

/** The timex of an event's verb by the sentence's tree, when any. */
export function timexOfVerb(times: SentenceTimes, verb: number | undefined): Timex | null {
  if (verb === undefined) return null;
  return times.byVerb.get(verb) ?? (times.framing && times.framing.last < verb ? times.framing.timex : null);
}
