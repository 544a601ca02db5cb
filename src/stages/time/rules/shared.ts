import { formatDay, type Day } from '../calendar.js';
import { type Rule, type RuleContext, type RuleExample, type RuleFlags } from '../context.js';
import { anyOf } from '../lexicon.js';

/** What rules of several kinds share: the rule builder, relative words, the day in focus. */

/**
 * The source of an example written for a rule whose cases news rarely words so, or whose real cases are in
 * development data that may not be quoted (TimeBank's market reports): a sentence like theirs.
 */
export const MADE_UP = 'made up';

/**
 * A lookahead the match does not take in, which sets the empty named group `flag` (to "") when it holds:
 * how a pattern tells its resolver what follows, or what a repeated group holds.
 */
export const flagIf = (flag: string, lookahead: string) => `(?:(?=${lookahead})(?<${flag}>)|)`;

/** A match ends at a word's end, not inside a number ("2082.1") or a hyphenated word. */
export const END = '(?![\\w-]|\\.\\d)';

/** What a rule is made of, by name (see the README's "How rules work"). */
export interface RuleOptions {
  /** What its timexes' provenance says (`time/<name>`); nothing compares it. */
  readonly name: string;
  /**
   * The pattern's regular expression source, kept to whole words. Patterns learn what follows a match
   * without taking it into the match with `(?:(?=…)(?<flag>)|)`: the empty group `flag` is set (to "")
   * when the lookahead holds.
   */
  readonly pattern: string;
  /** The match's named groups and context → a timex, a new focus, or null. */
  readonly resolve: Rule['resolve'];
  readonly flags?: RuleFlags;
  /** Real sentences the rule must read (rules/examples.test.ts). */
  readonly examples?: readonly RuleExample[];
}

export const rule = ({ name, pattern, resolve, flags = {}, examples = [] }: RuleOptions): Rule =>
  ({ name, pattern: new RegExp(`(?<![\\w$.,:-])${pattern}${END}`, 'g'), resolve, flags, examples });

/**
 * The day the text last named (within `within` characters, else the usual reach), when that point is
 * a day or a time of one, else the publication day: "ending the day", "in the morning", "that night".
 */
export function dayInFocus(ctx: RuleContext, anchor: Day, within?: number): string {
  const reference = ctx.reference(within, false, true);
  return reference ? reference.slice(0, 10) : formatDay(anchor);
}

export const REL = `(?<rel>${anyOf(['this past', 'this coming', 'this', 'last', 'next', 'the previous', 'the following', 'the next', 'the coming', 'the past', 'the current', 'the latest', 'the same', 'that', 'previous', 'past', 'coming', 'current'])})\\s+`;

/** Years and decades as transcripts spell them: "nineteen ninety-six", "the nineties". */
export const SPOKEN_TENS: Readonly<Record<string, number>> = { twenty: 2, thirty: 3, forty: 4, fifty: 5, sixty: 6, seventy: 7, eighty: 8, ninety: 9 };
export const SPOKEN_ONES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
export const SPOKEN_YEAR = `nineteen\\s+(?<tens>${Object.keys(SPOKEN_TENS).join('|')})(?:-(?<ones>${Object.keys(SPOKEN_ONES).join('|')}))?`;
export const spokenYear = (g: Record<string, string | undefined>) => 1900 + SPOKEN_TENS[g.tens!] * 10 + (g.ones ? SPOKEN_ONES[g.ones] : 0);
