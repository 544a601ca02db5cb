import { lc } from '../context.js';

/**
 * What a match's group values, and the values of points the text named before, say: named tests the resolvers
 * call instead of matching text themselves. predicates.test.ts holds cases for and against each.
 */

// group values
/** Whether a word of a match starts with a capital: "This Week with David Brinkley", "60 Minutes" are titles. */
export const capitalised = (word: string) => /^[A-Z]/.test(word);
/** Whether an amount is "a" or "one", a count of one that is as often no count ("a second group", "one day he left"). */
export const aOrOne = (amount: string) => /^(?:a|one)$/i.test(amount);
/** Whether an amount is the word "one" ("one day he left", "Islam will one day be"). */
export const theWordOne = (amount: string) => /^one$/i.test(amount);
/** Whether an amount is the article "a" or "an" ("twice a week", "$5 million a year"). */
export const article = (amount: string) => /^an?$/i.test(amount);
/** Whether an amount is written in figures ("97 years", not "ninety-seven years"). */
export const inFigures = (amount: string) => /^\d/.test(amount);
/** Whether an amount is a year of the last two centuries or this one ("World Cup 2018 day five"). */
export const yearLike = (amount: string) => /^(?:1[89]|20)\d\d$/.test(amount);
/** The fraction an amount ending in "quarter" or "half" names ("a quarter-century", "half a century"), else null. */
export const fractionNamed = (amount: string): number | null => (/quarter$/i.test(amount) ? 0.25 : /half$/i.test(amount) ? 0.5 : null);
/** Whether a unit is plural ("2018 years", not "2018 day"). */
export const plural = (unit: string) => /s$/i.test(unit);
/** Whether relative words count from the point the text last named: "the previous Friday", "the following Monday". */
export const fromPointNamed = (rel: string | undefined) => /^the (?:previous|following|next)$/.test(lc(rel));
/** Whether relative words with "and a half" make a length: "the past year and a half". */
export const spanningRel = (rel: string | undefined) => /^(?:the )?(?:past|last|next|coming)$/.test(lc(rel));
/** Whether a holiday moves with the moon (Easter and the days set by it), so has no day without a year. */
export const movableFeast = (name: string) => /easter|good friday|palm sunday/.test(name);

// TIMEX3 values
/** Whether a TIMEX3 value names a day ("2019-06-12"), a month ("2019-06"), a quarter ("2019-Q3"), and nothing finer. */
export const isDayValue = (value: string) => /^\d{4}-\d\d-\d\d$/.test(value);
export const isMonthValue = (value: string) => /^\d{4}-\d\d$/.test(value);
export const isQuarterValue = (value: string) => /^\d{4}-Q\d$/.test(value);
/** Whether a TIMEX3 value is a calendar year, month or day, perhaps with a time ("2019", "2019-06-12T10:00"), not "2019-Q3". */
export const isCalendarPoint = (value: string) => /^\d{4}(?:-\d\d){0,2}(?:$|T)/.test(value);
/** Whether a TIMEX3 value starts with a year, a month, a day ("2019-06-12T10:00" does all three; "PAST_REF" none). */
export const hasYear = (value: string) => /^\d{4}/.test(value);
export const hasMonth = (value: string) => /^\d{4}-\d\d/.test(value);
export const hasDay = (value: string) => /^\d{4}-\d\d-\d\d/.test(value);

/** The year, month and day of a calendar point ("2019-06" → 2019, 6), or null for any other value. */
export function calendarParts(value: string): { year: number; month?: number; day?: number } | null {
  const m = /^(?<year>\d{4})(?:-(?<month>\d\d)(?:-(?<day>\d\d))?)?(?:$|T)/.exec(value);
  if (!m) return null;
  const { year, month, day } = m.groups!;
  return { year: +year, month: month ? +month : undefined, day: day ? +day : undefined };
}

/** The year and quarter of a quarter value ("2019-Q3" → 2019, 3), or null for any other value. */
export function quarterParts(value: string): { year: number; q: number } | null {
  const m = /^(?<year>\d{4})-Q(?<q>\d)$/.exec(value);
  return m ? { year: +m.groups!.year, q: +m.groups!.q } : null;
}
