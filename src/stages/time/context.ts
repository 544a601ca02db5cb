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
   * `accept`, only one whose value and rule flags it accepts.
   */
  reference(within?: number, yearNamed?: boolean, dayNamed?: boolean, accept?: AcceptTimex): string | null;
  /**
   * The value of the last timex before the match, within `within` characters, that `accept` takes, ahead
   * of the publication or not: the day a weekday named again stands for ("parades on Sunday, September 1 …
   * grandstands await Sunday's parades", made up).
   */
  namedBefore(within: number, accept: AcceptTimex): string | null;
  /**
   * The day the text gave, before the match, right after the words `phrase` (within `gap` characters): "was
   * shot to death last Oct. 23 … was shot to death at 10 p.m." — the same happening told twice.
   */
  dayAfterPhrase(phrase: string, gap: number): string | null;
  /** What the report is about so far (read only: a rule moves it by returning a new focus). */
  readonly focus: ReportFocus;
}

/**
 * The discourse state of a report, carried from one match to the next in text order: the fiscal quarter
 * the text last named ("the third quarter"), for "the quarter" and "a year earlier", and the months a
 * report last turned to ("the first nine months"), for "the year-earlier period".
 */
export interface ReportFocus {
  readonly quarter: { readonly year: number; readonly q: number } | null;
  readonly months: number | null;
}

export const NO_FOCUS: ReportFocus = Object.freeze({ quarter: null, months: null });

export interface Normalised {
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string | null;
  /** Characters to leave out of the extent at the start of the match (words TimeBank does not mark). */
  readonly trim?: number;
  /** Characters to leave out at the end (words TimeBank does not mark: "after" in "two months after the team left"). */
  readonly trimEnd?: number;
  /** The report's focus from this match on, when the match moves it. */
  readonly focus?: ReportFocus;
}

/** A match that is no timex but moves the report's focus ("the year before" still leaves the quarter). */
export interface FocusOnly {
  readonly type?: undefined;
  readonly focus: ReportFocus;
}

/** What a rule's resolver gives: a timex (perhaps moving the focus), only a new focus, or nothing. */
export type Resolution = Normalised | FocusOnly | null;

/** `resolved` with the focus moved to `focus` (kept when undefined). */
export function refocused(resolved: Normalised | null, focus: ReportFocus | undefined): Resolution {
  if (!focus) return resolved;
  return resolved ? { ...resolved, focus } : { focus };
}

/** What the rest of the stage needs to know of the timexes a rule finds, so that it never compares rule names. */
export interface RuleFlags {
  /** They name the writer's or speaker's own day ("today", "this morning"), which inside a quotation need not be the publication's. */
  readonly speakersDay?: boolean;
  /** They name a weekday ("Tuesday", "late Sunday"): one weekday named alone stands for one day throughout a story. */
  readonly weekday?: boolean;
  /** They name a day of a month ("March 6", "Oct. 23"). */
  readonly monthDay?: boolean;
  /** They name an event by its date ("9/11"), which before a noun ("9/11 families") is no time of the narrative. */
  readonly namesEvent?: boolean;
}

/** Which earlier timexes a rule may count from, by their value and the flags of the rule that found them. */
export type AcceptTimex = (value: string, found: RuleFlags) => boolean;

/**
 * A real sentence a rule reads and what it must give there: the rows of the table that drives the rule's
 * test (rules/examples.test.ts) through the real tokenised path.
 */
export interface RuleExample {
  readonly text: string;
  /** The publication date the sentence is read on. */
  readonly published: string;
  /** The words of the timex. */
  readonly phrase: string;
  readonly value: string;
  /** Where the sentence comes from: a Wikinews article (CC BY 2.5) by its title, or "made up". */
  readonly source: string;
}

export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly flags: RuleFlags;
  readonly examples: readonly RuleExample[];
  resolve(groups: Record<string, string | undefined>, ctx: RuleContext): Resolution;
}

export const lc = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
export const date = (value: string, mod: string | null = null): Normalised => ({ type: 'DATE', value, mod });
