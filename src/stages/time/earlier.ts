import type { Sentence } from '../../model/layers.js';
import { lowerBound } from '../../model/span.js';
import type { AcceptTimex } from './context.js';
import { sentenceAt, type Found, type Match } from './matches.js';
import { quotedStretches, stretchAt } from './quoted.js';
import { RULES } from './rules/index.js';

/** How far back (characters) an anaphoric expression looks for the point it counts from. */
export const REFERENCE_REACH = 5000;

/** More characters than any one match spans ("the comparable year-ago quarter of fiscal 1989"). */
const LONGEST_MATCH = 200;

const YEAR_NAMED = /\b(?:1[89]|20)\d\d\b/;
const FIXES_DAY = /^\d{4}-\d\d-\d\d(?:$|T)/;
const FIXES_POINT = /^\d{4}(?:-\d\d){0,2}(?:$|T)/;

/**
 * The timexes found so far, in text order, and the questions rules ask of them: the point the text
 * last named, the day it gave after some words. Each question is asked for the match being resolved.
 */
export class EarlierTimexes {
  readonly found: Found[] = [];
  // read when a reference first needs it
  private quoted: Array<readonly [number, number]> | null = null;

  constructor(private readonly text: string, private readonly anchorValue: string | null, private readonly sentences: readonly Sentence[]) {}

  /** Whether found[i] lies inside a longer match (which starts at most LONGEST_MATCH before it). */
  private insideLonger(i: number): boolean {
    const found = this.found;
    const t = found[i];
    for (let j = i - 1; j >= 0 && found[j].start >= t.start - LONGEST_MATCH; j--) {
      if (found[j].end >= t.end && found[j].end - found[j].start > t.end - t.start) return true;
    }
    for (let j = i + 1; j < found.length && found[j].start === t.start; j++) if (found[j].end > t.end) return true;
    return false;
  }

  /** The calendar point last named before `current` (see RuleContext.reference). */
  reference(current: Match, within = REFERENCE_REACH, yearNamed = false, dayNamed = false, accept?: AcceptTimex): string | null {
    for (let i = this.found.length - 1; i >= 0; i--) {
      const t = this.found[i].timex;
      if (this.found[i].start < current.start - within - LONGEST_MATCH) break; // found is in text order
      if (t.end < current.start - within) continue;
      if (yearNamed && !YEAR_NAMED.test(this.text.slice(t.start, t.end))) continue;
      if (t.end > current.start || (t.type !== 'DATE' && t.type !== 'TIME') || !(dayNamed ? FIXES_DAY : FIXES_POINT).test(t.value)) continue;
      const flags = RULES[this.found[i].rule].flags;
      if (accept && !accept(t.value, flags)) continue;
      if (!this.narrativeTime(i, current)) continue;
      // a match inside a longer one ("1998" in "October 1998") loses to it, as it will in the output
      if (this.insideLonger(i)) continue;
      return t.value;
    }
    return null;
  }

  /** Whether found[i] can be the time the narrative is at when it reaches `current`. */
  private narrativeTime(i: number, current: Match): boolean {
    const t = this.found[i].timex;
    const flags = RULES[this.found[i].rule].flags;
    // "the 2011 raid that killed 9/11 plotter Osama bin Laden … earlier in the day": a date that names
    // an event before a noun ("9/11 families", "the Sept. 11 terrorist attacks") is not the narrative's time
    if (flags.namesEvent && /^\s+[a-z]/.test(this.text.slice(t.end, t.end + 3))) return false;
    // "We received a mass casualty alert following the plane crash … this morning," said a doctor
    // on the day of the crash: the narrative's "later that day" is not the quotation's day
    if (flags.speakersDay) {
      this.quoted ??= quotedStretches(this.text);
      const inQuote = stretchAt(this.quoted, t.start);
      if (inQuote >= 0 && inQuote !== stretchAt(this.quoted, current.start)) return false;
    }
    // the narrative's time is not ahead of the publication: "set to take office on January 20th" is no
    // reference for a later sentence, though "on October 14, the same day" is one within its own
    const day = t.value.slice(0, 10);
    const ahead = this.anchorValue !== null && day > this.anchorValue.slice(0, day.length);
    return !(ahead && sentenceAt(this.sentences, t.start) !== sentenceAt(this.sentences, current.start));
  }

  /** The last timex before `current`, within `within` characters, that `accept` takes (see RuleContext.namedBefore). */
  namedBefore(current: Match, within: number, accept: AcceptTimex): string | null {
    // found is in order of start: a shorter match inside a longer one ("Oct." in "Oct. 12") may end first
    for (let i = this.found.length - 1; i >= 0 && this.found[i].start >= current.start - within - LONGEST_MATCH; i--) {
      const t = this.found[i].timex;
      if (t.end < current.start - within) continue;
      if (t.end <= current.start && !this.insideLonger(i) && accept(t.value, RULES[this.found[i].rule].flags)) return t.value;
    }
    return null;
  }

  /** The day given right after the words `phrase`, before `current` (see RuleContext.dayAfterPhrase). */
  dayAfterPhrase(current: Match, phrase: string, gap: number): string | null {
    const lowest = Math.max(0, current.start - REFERENCE_REACH);
    for (let at = this.text.lastIndexOf(phrase, current.start - phrase.length - 1); at >= lowest; at = this.text.lastIndexOf(phrase, at - 1)) {
      const from = at + phrase.length;
      for (let i = lowerBound(this.found.length, (k) => this.found[k].start < from); i < this.found.length && this.found[i].start <= from + gap; i++) {
        const t = this.found[i].timex;
        if (t.start >= from && /^\d{4}-\d\d-\d\d/.test(t.value) && !this.insideLonger(i)) return t.value.slice(0, 10);
      }
      if (at === 0) break;
    }
    return null;
  }
}
