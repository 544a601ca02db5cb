import { addDays, formatMonth, formatWeek, nthWeekday, quarterOf, weekday, type Day } from './calendar.js';
import { date, lc, type Normalised, type RuleContext } from './context.js';
import { SEASONS } from './lexicon.js';
import { shifted, yearOfMonth, yearOfMonthDay } from './resolve.js';

/** How rules turn a named calendar unit into a value: against the anchor, the clause's direction and the quarter in focus. */

/** "last", "the previous" → -1; "next", "the coming" → +1; "this", "the current" → 0. */
export function offsetOf(rel: string): number | null {
  const r = lc(rel).replace(/^(?:the|this) (?=past|coming)/, '').replace(/^the /, ''); // "this past Friday", "this coming Friday"
  if (['last', 'previous', 'past', 'preceding', 'prior'].includes(r)) return -1;
  if (['next', 'coming', 'following', 'upcoming'].includes(r)) return 1;
  if (['this', 'current', 'present', 'same', 'that', ''].includes(r)) return 0;
  return null;
}

/**
 * With no publication date, "last week" can only be said to be past and "next month" ahead: a
 * reference that keeps the direction, which TimeML writes PAST_REF, PRESENT_REF, FUTURE_REF.
 */
export function undatedReference(rel: string | undefined): string {
  const offset = rel ? offsetOf(rel) : 0;
  return offset === -1 ? 'PAST_REF' : offset === 1 ? 'FUTURE_REF' : 'PRESENT_REF';
}

export const DAY_PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/**
 * A year that opens the sentence a bare month is in, set off by a comma: "In 2004, the party opened its
 * offices in mid-June"; "But in 2010, it waited until April". The month is of that year, not the one nearest
 * the publication.
 */
const SENTENCE_YEAR = /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|Yet|So)\s+)?[Ii]n\s+((?:1[89]|20)\d\d),\s[^.!?]*$/;
const SENTENCE_YEAR_REACH = 200;
/** How far back (in characters) the month before a bare month may stand for the two to form a list. */
const MONTH_LIST_REACH = 60;
/** What stands between the months of a list: a comma or "and" ("in June from $29.75 in March" is no list). */
const LIST_BETWEEN = /^(?:(?!\b(?:from|since|after|before|until|than)\b)[^.;])*(?:,|\band\b)[^,]*$/i;
/**
 * A month that ends a span opened by another: "in the three months from April through June", "between
 * March and May". It is the first such month from the opening one on, whatever the tense or "through" say.
 */
const RANGE_END = /\b(?:[Ff]rom|[Bb]etween)\s+(?:(?:early|mid|late)[\s-]*)?[A-Z][a-z]+\.?(?:\s+(?:1[89]|20)\d\d)?\s*(?:through|to|until|till|and|-|–)\s*$/;
const RANGE_REACH = 40;

export function monthResolved(ctx: RuleContext, month: number, rel: string | undefined): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-${String(month).padStart(2, '0')}`;
  const offset = rel ? offsetOf(rel) : null;
  let year: number;
  if (offset === 0) year = a.year;
  else if (offset !== null) year = yearOfMonth(a, month, offset === 1 ? 'future' : 'past');
  else {
    // A bare month follows its clause's tense; with no tense to go on, a list of months runs on from
    // the one before it ("in December, Mexico in January, Magi-Fest in February"), else the nearest one.
    const opened = RANGE_END.test(ctx.before(RANGE_REACH)) ? /^(\d{4})-(\d\d)$/.exec(ctx.reference(RANGE_REACH) ?? '') : null;
    const cue = opened ? null : ctx.cue();
    const previous = cue || !LIST_BETWEEN.test(ctx.before(MONTH_LIST_REACH)) ? null : /^(\d{4})-(\d\d)$/.exec(ctx.reference(MONTH_LIST_REACH) ?? '');
    const opening = SENTENCE_YEAR.exec(ctx.before(SENTENCE_YEAR_REACH));
    if (opened) year = month >= +opened[2] ? +opened[1] : +opened[1] + 1;
    else if (opening) year = +opening[1];
    else if (cue) year = yearOfMonth(a, month, cue);
    else if (previous) year = month >= +previous[2] ? +previous[1] : +previous[1] + 1;
    else year = yearOfMonthDay(a, month, 15, 'past', 2);
  }
  if (offset === -1 && month === a.month) year = a.year - 1;
  if (offset === 1 && month === a.month) year = a.year + 1;
  return formatMonth(year, month);
}

export function seasonResolved(ctx: RuleContext, code: string, rel: string | undefined): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-${code}`;
  const start = SEASON_START[code];
  const offset = rel ? offsetOf(rel) ?? 0 : null;
  const begun = a.month >= start;
  let year = a.year;
  const cue = offset === null ? ctx.cue() : null;
  // "during the 2012 campaign … signed a trade pact that fall": the season of the year the text last named
  // (a January or February named is in the winter that began the December before)
  const story = lc(rel).startsWith('that') ? /^(\d{4})(?:-(\d\d))?/.exec(ctx.reference() ?? '') : null;
  if (story) year = code === 'WI' && story[2] && +story[2] <= 2 ? +story[1] - 1 : +story[1];
  else if (offset === -1) year = a.month >= start + 3 ? a.year : a.year - 1; // "last summer" is over
  else if (cue === 'past') year = begun ? a.year : a.year - 1;
  else if (offset === 1) year = begun ? a.year + 1 : a.year;
  else if (cue === 'future') year = a.month >= start + 3 ? a.year + 1 : a.year; // ahead: this year's is over, so next year's
  // Nothing in the clause says which way ("raising money for the race in the fall" in May): the
  // nearest one, as a bare month is read; it used to be the one before (2015's fall in May 2016).
  else if (offset === null) year = nearestSeasonYear(a, start);
  return `${year}-${code}`;
}

/** The year of the season starting in month `start` nearest to the day `a` (the earlier one on a tie). */
function nearestSeasonYear(a: Day, start: number): number {
  const now = a.year * 12 + a.month - 1;
  let best = a.year - 1;
  let bestDistance = Infinity;
  for (const year of [a.year - 1, a.year, a.year + 1]) {
    const first = year * 12 + start - 1; // a winter runs from December into the next year
    const distance = now < first ? first - now : now > first + 2 ? now - first - 2 : 0;
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

export function quarterResolved(ctx: RuleContext, q: number | null, rel: string, year: string | undefined): string {
  const a = ctx.anchor;
  // "the 1988 quarter", "last year's quarter" in a report on a third quarter: that year's third quarter
  if (year) return `${year}-Q${q ?? ctx.focus.quarter?.q ?? 'X'}`;
  if (!a) return `XXXX-Q${q ?? 'X'}`;
  const current = quarterOf(a);
  const r = lc(rel);
  if (q === null) {
    if (/year-(earlier|ago)/.test(r)) return ctx.focus.quarter ? `${ctx.focus.quarter.year - 1}-Q${ctx.focus.quarter.q}` : `${a.year - 1}-QX`;
    const offset = /next|coming/.test(r) ? 1 : /current|this/.test(r) ? 0 : -1;
    // "the quarter" is the one the text is about; "the latest quarter" the last one reported
    if (ctx.focus.quarter && offset === -1) return `${ctx.focus.quarter.year}-Q${ctx.focus.quarter.q}`;
    const index = a.year * 4 + current - 1 + offset;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  const shiftYear = /year-(earlier|ago)/.test(r) ? -1 : /next/.test(r) ? 1 : 0;
  const y = (q > current && current === 1 && shiftYear === 0 && ctx.direction() === 'past' ? a.year - 1 : a.year) + shiftYear;
  return `${y}-Q${q}`;
}

export function yearAgo(ctx: RuleContext, unit: string, n: number): string | null {
  if (!ctx.anchor) return null;
  if (unit === 'year' && n === -1 && ctx.focus.quarter) return `${ctx.focus.quarter.year - 1}-Q${ctx.focus.quarter.q}`; // "up 19% from a year ago"
  return shifted(ctx.anchor, unit, n);
}

/** Western Easter Sunday of `year` (the anonymous Gregorian computus). */
export function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

export function holiday(name: string, year: number): Day | null {
  switch (name) {
    case 'christmas': case 'christmas day': return { year, month: 12, day: 25 };
    case 'christmas eve': return { year, month: 12, day: 24 };
    case "new year's day": return { year, month: 1, day: 1 };
    case "new year's eve": return { year, month: 12, day: 31 };
    case 'thanksgiving': case 'thanksgiving day': return nthWeekday(year, 11, 4, 4);
    case 'independence day': case 'the fourth of july': case 'fourth of july': case 'july fourth': return { year, month: 7, day: 4 };
    case 'halloween': return { year, month: 10, day: 31 };
    case 'easter': case 'easter sunday': return easter(year);
    case 'easter monday': return addDays(easter(year), 1);
    case 'good friday': return addDays(easter(year), -2);
    case 'palm sunday': return addDays(easter(year), -7);
    case 'labor day': return nthWeekday(year, 9, 1, 1);
    case 'memorial day': return nthWeekday(year, 5, 1, -1);
    case 'election day': { const monday = nthWeekday(year, 11, 1, 1); return { ...monday, day: monday.day + 1 }; } // U.S.: the Tuesday after the first Monday of November
    default: return null;
  }
}


/**
 * Which weekend, in ISO weeks from the publication's: "the coming weekend", "this coming weekend" are the
 * nearest one ahead, the one of the same week until Friday ("rallies planned for the coming weekend" on a
 * Tuesday), not the week after as "next" is; "this weekend" in a past clause is the one gone only early in the
 * week (on a Monday), as for "the weekend": on a Friday it is the one at hand ("set the stage for a rout this weekend").
 */
function weekendOffset(ctx: RuleContext, anchor: Day, rel: string, offset: number): number {
  const day = weekday(anchor);
  if (/\b(?:coming|upcoming)$/.test(rel)) return day < 6 ? 0 : 1;
  return offset === 0 && day < 5 && ctx.direction() === 'past' ? -1 : offset;
}

/** A whole year named earlier in the sentence: "last year" compared with it is a year too. */
const WHOLE_YEAR_BEFORE = /\b(?:this\s+year(?!['’]s)|for\s+the\s+(?:full\s+)?year|full[-\s]year|annual)\b[^.;!?]*$/i;

/** Words before "last year" that compare a figure with the year before. */
const COMPARISON = /(?:\bfrom|\bwith|\bversus|\bvs\.|\bperiod|\bbillion|\bmillion|\d|%)\W*$/i;

export function relativeUnit(g: Record<string, string | undefined>, ctx: RuleContext, mod: string | null): Normalised | null {
  if (g.season) return date(seasonResolved(ctx, SEASONS[lc(g.season)], g.rel), mod);
  if (!ctx.anchor) return date(undatedReference(g.rel), mod);
  const unit = lc(g.unit);
  const offset = g.rel ? offsetOf(g.rel) ?? 0 : 0;
  if (unit === 'weekend') return date(`${formatWeek(addDays(ctx.anchor, 7 * weekendOffset(ctx, ctx.anchor, lc(g.rel), offset)))}-WE`, mod);
  if (unit === 'decade') return date(String(Math.floor(ctx.anchor.year / 10) + offset), mod);
  // "this century" is written as "the 20th century" is, by its two leading digits ("19")
  if (unit === 'century') return date(String(Math.floor(ctx.anchor.year / 100) + offset), mod);
  // "compared with earnings of $33 million last year": in a quarterly report, the same quarter a year before
  // ("earnings of $4 a share for this year, up from last year's $3.27" compares whole years)
  if (unit === 'year' && offset === -1 && ctx.focus.quarter && COMPARISON.test(ctx.before()) && !WHOLE_YEAR_BEFORE.test(ctx.before(150))) return date(`${ctx.focus.quarter.year - 1}-Q${ctx.focus.quarter.q}`, mod);
  return date(shifted(ctx.anchor, unit, offset)!, mod);
}
