import type { TimexType } from '../../model/layers.js';
import type { Day } from './calendar.js';
import type { Direction } from './resolve.js';

/** What a rule learns from the text around a match. */
export interface RuleContext {
  /** The publication date (or the estimate); null when the text is undated. */
  readonly anchor: Day | null;
  /** The direction of the clause the match is in (computed on demand: most rules don't need it). */
  direction(): Direction;
  /** The clause's own cue ("by August" looks ahead), or null when nothing in it says which way. */
  cue(): Direction | null;
  /** Whether the match's verb tells of a plan or an expectation in the past ("was expected to pass", "were planning to drive"). */
  intendedInPast(): boolean;
  /** Whether the verb the match attaches to is in a past tense ("was thrown into question on Feb. 9"); false without tokens. */
  toldInPast(): boolean;
  /** Whether a preposition right before the match looks ahead ("until", "by"). */
  ahead(): boolean;
  /** The few words before the match ("$500 million" before "a year" makes it a rate): 30 characters, or `chars`. */
  before(chars?: number): string;
  /** The words of the match's sentence before it (the sentence as the segmenter found it). */
  sentenceBefore(): string;
  /** The few characters after the match: 30, or `chars`. */
  after(chars?: number): string;
  /**
   * The calendar point the text last named before the match (its value cut to what it fixes:
   * "June 1998" → 1998-06), for anaphoric expressions: "later that year", "the following month".
   * With `within`, only a point ending at most that many characters before the match; with
   * `yearNamed`, only one whose words name its year ("November 15, 2017", not "Oct. 23"); with
   * `dayNamed`, only one that fixes a day, passing over coarser ones ("in February", "last year"); with
   * `accept`, only one whose value and rule it accepts.
   */
  reference(within?: number, yearNamed?: boolean, dayNamed?: boolean, accept?: (value: string, by: string) => boolean): string | null;
  /**
   * The value of the last timex before the match, within `within` characters, that `accept` takes, ahead
   * of the publication or not: the day a weekday named again stands for ("parades on Sunday, September 1 …
   * grandstands await Sunday's parades", made up).
   */
  namedBefore(within: number, accept: (value: string, by: string) => boolean): string | null;
  /**
   * The day the text gave, before the match, right after the words `phrase` (within `gap` characters): "was
   * shot to death last Oct. 23 … was shot to death at 10 p.m." — the same happening told twice.
   */
  dayAfterPhrase(phrase: string, gap: number): string | null;
  /** The fiscal quarter the text last named ("the third quarter"), for "the quarter", "a year earlier". */
  quarter: { year: number; q: number } | null;
  /** The months a report last turned to ("the first nine months"), for "the year-earlier period": their count. */
  months: number | null;
}

export interface Normalised {
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string | null;
  /** Characters to leave out of the extent at the start of the match (words TimeBank does not mark). */
  readonly trim?: number;
  /** Characters to leave out at the end (words TimeBank does not mark: "after" in "two months after the team left"). */
  readonly trimEnd?: number;
}

export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, ctx: RuleContext): Normalised | null;
}

export const lc = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
export const date = (value: string, mod: string | null = null): Normalised => ({ type: 'DATE', value, mod });
