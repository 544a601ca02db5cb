import { quarterResolved } from '../anchoring.js';
import { quarterOf } from '../calendar.js';
import { date, lc, type Rule } from '../context.js';
import { MONTH, ORDINAL_QUARTER, anyOf, monthNumber, word } from '../lexicon.js';
import { yearOfMonthDay } from '../resolve.js';
import { rule } from './shared.js';

/** Words before "this quarter's profit" that make it a forecast, not the quarter reported. */
const FORWARD_BEFORE = /\b(?:expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|projects?|projected|estimates?|sees|saw|will|would|could|may|might|should)\b[^.;]*$/i;

/** Words that make what a clause tells a habit: "is usually conducted in the second and fourth quarters". */
const HABITUAL = /\b(?:usually|typically|generally|normally|traditionally|customarily|tends?\s+to)\b/i;

/** How far back (characters) "that quarter" looks for the quarter it points at. */
const THAT_QUARTER_REACH = 600;

/** Quarters counted from year 0, so that two can be compared. */
const quarterIndex = (year: number, q: number) => year * 4 + q;

/**
 * Quarters and halves of (fiscal) years: "the third quarter", "the year-ago quarter", "Q2 2019", "FY2020".
 */
export const QUARTER_RULES: readonly Rule[] = [
  rule('quarter', `(?:(?<yrel>${anyOf(['this', 'last', 'next'])})\\s+year's\\s+|(?<the>${word('the')}\\s+))?(?<pyear>(?:19|20)\\d\\d\\s+)?(?<rel>(?:${anyOf(['latest', 'last', 'current', 'next', 'previous', 'same', 'year-earlier', 'year-ago', 'fiscal', 'this', 'that', 'recent', 'comparable'])}\\s+)*)(?:(?:${word('fiscal')}-)?(?<ord>${anyOf(Object.keys(ORDINAL_QUARTER))})(?<hyphen>\\s+|-))?(?:${word('fiscal')}\\s+|(?<=(?:first|second|third|fourth)\\s+)fundraising\\s+)?(?<noun>${word('quarter')}(?![\\s-]+century)|period)(?:\\s+(?:of|in)\\s+(?:${word('fiscal')}\\s+)?(?:(?<year>(?:19|20)\\d\\d)|(?:the\\s+)?(?<ofRel>${anyOf(['this', 'last', 'next'])})\\s+year))?(?<ago>\\s+a\\s+year\\s+(?:ago|earlier))?(?:(?=\\s+ended\\b(?:\\s+(?<endMonth>${MONTH})\\s+(?<endDay>\\d{1,2})\\b)?)(?<ended>)|)(?:(?=,\\s+the\\s+(?<appOrd>${anyOf(['first', 'second', 'third', 'fourth'])})\\s+quarter\\s+ended\\s+(?<appMonth>${MONTH})\\s+(?<appDay>\\d{1,2})\\b)|)(?:(?=['’]s\\s+(?:net\\s+)?(?:loss|losses|profit|profits|earnings|results|income|sales|revenue)\\b)(?<results>)|)`, (g, ctx) => {
    if (!g.the && !g.rel && !g.ord && !g.yrel && !g.ofRel && !g.pyear) return null;
    const period = lc(g.noun) === 'period';
    if (period && !g.pyear && !/latest|year-|comparable|same/.test(lc(g.rel))) return null; // "the period" alone is anyone's
    // "from 2013 to 2019 … seized in the same period" (Wikinews): the same period as a span just named, not a
    // quarter, unless the text is about one
    if (period && !g.pyear && lc(g.rel).trim() === 'same' && !g.ago && !ctx.quarter) return null;
    // "the comparable year-ago quarter, the second quarter ended Oct. 31,": the apposition names the quarter
    const apposed = g.appOrd !== undefined && !g.ord;
    const q = g.ord ? ORDINAL_QUARTER[lc(g.ord)] : apposed ? ORDINAL_QUARTER[lc(g.appOrd)] : null;
    // "last year's third quarter", "the first quarter of last year"
    const yrel = lc(g.yrel ?? g.ofRel);
    const shift = yrel === 'last' ? -1 : yrel === 'next' ? 1 : 0;
    // "the second quarter ended Oct. 31" on October 27: the quarter of the year that Oct. 31 is gone in
    const endMonth = apposed ? g.appMonth : g.endMonth;
    const endDay = apposed ? g.appDay : g.endDay;
    const endedIn = q !== null && endMonth && ctx.anchor && (apposed || !/year-|same/.test(lc(g.rel))) ? String(yearOfMonthDay(ctx.anchor, monthNumber(endMonth), +endDay!, 'past', 100)) : undefined;
    const year = g.year ?? g.pyear?.trim() ?? (ctx.anchor && yrel ? String(ctx.anchor.year + shift) : endedIn);
    const pointed = !q && !year && lc(g.rel).trim() === 'that' ? ctx.namedBefore(THAT_QUARTER_REACH, (v) => /^\d{4}-Q\d$/.test(v)) : null;
    let value: string;
    if (period && g.pyear) value = ctx.quarter ? `${year}-Q${ctx.quarter.q}` : year!;
    // "Results for that quarter": the quarter named last, which need not be the one the report is about
    else if (pointed) value = pointed;
    else value = quarterResolved(ctx, q, g.ago ? `year-ago ${g.rel ?? ''}` : g.rel ?? '', year); // "the quarter a year ago"
    const current = ctx.anchor ? quarterIndex(ctx.anchor.year, quarterOf(ctx.anchor)) : 0;
    const focus = ctx.quarter ? quarterIndex(ctx.quarter.year, ctx.quarter.q) : 0;
    // the report is about a quarter that is over (a quarter still under way, "this quarter's loss", may be in focus too)
    const reportedOver = ctx.quarter !== null && focus < current;
    // "This quarter's loss includes charges" in a report on a quarter that is over: the quarter reported
    if (g.results !== undefined && !q && !year && /^this$/i.test(lc(g.rel)) && reportedOver && ctx.cue() !== 'future' && !FORWARD_BEFORE.test(ctx.before(60))) value = `${ctx.quarter!.year}-Q${ctx.quarter!.q}`;
    const m = /^(\d{4})-Q(\d)$/.exec(value);
    // the quarter a report is about is over (or a fiscal one just ended): "the third quarter of 1990" and
    // "continue into the fourth quarter" are forecasts
    const index = m ? quarterIndex(+m[1], +m[2]) : 0;
    const over = !ctx.anchor || index < current || (index === current && ctx.cue() !== 'future' && !/\binto\s+$/i.test(ctx.before()));
    // an earlier quarter named in passing ("after a flat second quarter") leaves a reported quarter in focus, and so
    // does the one under way ("no estimate of the impact on fourth-quarter results"), unless it has just ended, as a
    // fiscal quarter may ("its fourth quarter ended Sept. 30"); a quarter under way in focus gives way to one that is over
    const earlier = reportedOver && (index < focus || (index === current && g.ended === undefined));
    if (m && over && !earlier && !g.ago && !/year-(earlier|ago)/.test(lc(g.rel)) && !g.pyear && !shift) [ctx.quarter, ctx.months] = [{ year: +m[1], q: +m[2] }, null];
    // "the third-quarter results", "that third-quarter charge": TimeBank marks the adjective, not the determiner
    const trim = g.hyphen !== '-' ? 0 : g.the && !g.rel ? g.the.length : !g.the && lc(g.rel) === 'that' ? g.rel!.length : 0;
    return { ...date(value), trim };
  }),
  // "conducted in the second and fourth quarters": two quarters, TimeBank marks "second" and "fourth quarters";
  // what is usually done then is done every year
  rule('quarter-pair', `(?:(?<first>${anyOf(Object.keys(ORDINAL_QUARTER))})(?=\\s+(?:and|or)\\s+(?:${anyOf(Object.keys(ORDINAL_QUARTER))})\\s+quarters\\b(?:\\s+of\\s+(?<year1>(?:19|20)\\d\\d))?)|(?<=\\b(?:${anyOf(Object.keys(ORDINAL_QUARTER))})\\s+(?:and|or)\\s+)(?<second>${anyOf(Object.keys(ORDINAL_QUARTER))})\\s+quarters(?:\\s+of\\s+(?<year2>(?:19|20)\\d\\d))?)`, (g, ctx) => {
    const q = ORDINAL_QUARTER[lc(g.first ?? g.second)];
    const year = g.year1 ?? g.year2;
    if (!year && HABITUAL.test(ctx.sentenceBefore())) return { type: 'SET', value: `XXXX-Q${q}` };
    return date(quarterResolved(ctx, q, '', year));
  }),
  // "output in the April-June quarter", "the July-September period": a calendar quarter named by its first and
  // last months, as Japanese and European statistics are reported (a fiscal quarter is named so too)
  rule('month-span-quarter', `(?:${word('the')}\\s+)?(?<from>${MONTH})[-–](?<to>${MONTH})\\s+(?:quarter|period)(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d))?`, (g, ctx) => {
    const from = monthNumber(g.from!);
    if (from % 3 !== 1 || monthNumber(g.to!) !== from + 2) return null;
    return date(quarterResolved(ctx, (from + 2) / 3, '', g.year));
  }),
  // "celebrated the quarter century anniversary" (Wikinews): twenty-five years; "its quarter-century low"
  // is a comparison TimeBank leaves unmarked
  rule('quarter-century', `(?<the>${word('the')}\\s+)?(?:${word('a')}\\s+)?quarter[\\s-]+century(?!\\s+(?:low|high)s?\\b)`, (g) =>
    ({ type: 'DURATION', value: 'P25Y', trim: g.the?.length ?? 0 })),
  rule('quarter-code', `(?<q>Q[1-4])(?:\\s+|-)?(?<year>(?:19|20)\\d\\d)?`, (g, ctx) => {
    const q = +g.q!.slice(1);
    return date(quarterResolved(ctx, q, '', g.year));
  }),
  rule('fiscal-code', `FY\\s?(?<year>(?:19|20)?\\d\\d)`, (g) =>
    date(g.year!.length === 2 ? `20${g.year}` : g.year!)),
  rule('half', `(?:${word('the')}\\s+)?(?<ord>${anyOf(['first', 'second', 'last'])})\\s+half(?<of>\\s+of\\s+(?:${word('the')}\\s+year|(?<year>(?:19|20)\\d\\d)))?`, (g, ctx) => {
    // "the last half of the '80s"; "in the second half" of a match is no half-year
    if (!g.of) return null;
    const year = g.year ?? (ctx.anchor ? String(ctx.anchor.year) : 'XXXX');
    return date(`${year}-H${lc(g.ord) === 'first' ? 1 : 2}`);
  }),
];
