import type { Doc } from '../model/document.js';
import type { Timex } from '../model/layers.js';
import { lowerBound } from '../model/span.js';
import { tokenAt } from '../model/tokens.js';
import { describesNoun } from '../syntax/accessors.js';
import { isCalendarPoint } from './date-for.js';
import { relationalTimexes } from './timex-roles.js';

/** How many sentences a story's day carries to: the sentence that names it and the next three at most. */
export const NARRATIVE_REACH = 3;

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day a story's narrative has reached at each sentence (TimeML's reference time): the last day named
 * in the NARRATIVE_REACH sentences before it, when that day is not after the document's own date and no
 * relational preposition introduces it ("since Monday", "until Friday" bound a period, they do not place
 * the story), it does not stand in a clause that describes a noun ("the elections, which were held on June
 * 21"; "Cain … first received hospital treatment on July 1"), and the sentence names no day of its own. A report says when once ("Protesters clashed with police in Belgrade on Friday night.")
 * and goes on in the past tense without repeating it ("Police fired tear gas …"): a past-tense act of
 * the next sentences is dated by it, where the publication date would be a guess (`dateFrom: 'sentence'`).
 * `parley eval datefor` counts the past acts with no day in their own sentence whose day the gold time links
 * give: TimeBank and AQUAINT (TempEval-3 training) 1,143 of them, the publication date right for 29.9 %, the
 * day so reached (else the publication date) for 38.8 %; MEANTIME's 193, 38.3 % against 51.8 %. Present-tense
 * acts are better dated by the publication date (the same count for them, by a switch of the eval not kept:
 * TBAQ 58.6 % against 58.0 % of 476, MEANTIME 71.8 % against 68.6 % of 156), so only past acts read it. Returns one entry per sentence, null where none applies.
 */
export function narrativeDays(doc: Doc): readonly (Timex | null)[] {
  const sentences = doc.get('sentences');
  const timexes = doc.get('timexes');
  const anchor = doc.get('anchor').value;
  const tokens = doc.get('tokens');
  const syntax = doc.has('syntax') ? doc.get('syntax') : null;
  const today = anchor ? anchor.slice(0, 10) : null;
  const out: (Timex | null)[] = new Array(sentences.length).fill(null);
  let last: { readonly timex: Timex; readonly sentence: number } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const inSentence: Timex[] = [];
    for (let k = lowerBound(timexes.length, (j) => timexes[j]!.start < sentence.start); k < timexes.length && timexes[k]!.start < sentence.end; k++) inSentence.push(timexes[k]!);
    // a sentence that names a day of its own is told at its own time, whichever of its acts that day dates
    const ownDay = inSentence.some((t) => isCalendarPoint(t) && DAY.test(t.value));
    if (!ownDay && last && i - last.sentence <= NARRATIVE_REACH) out[i] = last.timex;
    const relational = inSentence.length ? relationalTimexes(doc.text, inSentence) : null;
    for (const t of inSentence) {
      if (!isCalendarPoint(t) || !DAY.test(t.value) || relational!.has(t)) continue;
      if (today && t.value.slice(0, 10) > today) continue;
      if (syntax && describesNoun(syntax, tokenAt(tokens, t.start))) continue;
      last = { timex: t, sentence: i };
    }
  }
  return out;
}

