import { quarterResolved } from '../anchoring.js';
import { quarterOf } from '../calendar.js';
import { date, lc, type ReportFocus, type Rule, type RuleExample } from '../context.js';
import { MONTH, ORDINAL_QUARTER, anyOf, monthNumber, word } from '../lexicon.js';
import { yearOfMonthDay } from '../resolve.js';
import { MADE_UP, flagIf, rule } from './shared.js';
import { isQuarterValue, quarterParts } from './predicates.js';
import { afterInto } from './cues.js';

/** Words before "this quarter's profit" that make it a forecast, not the quarter reported. */
const FORWARD_BEFORE = /\b(?:expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|projects?|projected|estimates?|sees|saw|will|would|could|may|might|should)\b[^.;]*$/i;

/** Words that make what a clause tells a habit: "is usually conducted in the second and fourth quarters". */
const HABITUAL = /\b(?:usually|typically|generally|normally|traditionally|customarily|tends?\s+to)\b/i;

/** How far back (characters) "that quarter" looks for the quarter it points at. */
const THAT_QUARTER_REACH = 600;

/** Quarters counted from year 0, so that two can be compared. */
const quarterIndex = (year: number, q: number) => year * 4 + q;

/** The parts of a quarter's name, in the order they come: "last year's", "the", "1990", "latest", "third", "fiscal", "quarter", … */
const YEAR_WORD = anyOf(['this', 'last', 'next']);
const YEAR_NUMBER = String.raw`(?:19|20)\d\d`;
/** "last year's third quarter", or an article. */
const OPENING = String.raw`(?:(?<yrel>${YEAR_WORD})\s+year's\s+|(?<the>${word('the')}\s+))?`;
/** "the 1988 quarter". */
const YEAR_BEFORE = String.raw`(?<pyear>${YEAR_NUMBER}\s+)?`;
/** Words that say which quarter: "the latest", "the year-ago", "the same comparable". */
const RELATIVE_WORD = anyOf(['latest', 'last', 'current', 'next', 'previous', 'same', 'year-earlier', 'year-ago', 'fiscal', 'this', 'that', 'recent', 'comparable']);
/** Whether one of those words is `words`: the flag `flag` (a repeated group keeps only its last word). */
const relativeHas = (flag: string, words: readonly string[]) => flagIf(flag, String.raw`(?:${RELATIVE_WORD}\s+)*?${anyOf(words)}\s`);
/** The flags `yearAgoRel` ("the year-ago quarter"), `sameRel`, `latestRel`, `comparableRel`. */
const RELATIVE_FLAGS = [relativeHas('yearAgoRel', ['year-earlier', 'year-ago']), relativeHas('sameRel', ['same']), relativeHas('latestRel', ['latest']), relativeHas('comparableRel', ['comparable'])].join('');
const RELATIVE = String.raw`${RELATIVE_FLAGS}(?<rel>(?:${RELATIVE_WORD}\s+)*)`;
/** "third ", "third-", "fiscal-third " (the hyphen tells an adjective: "the third-quarter results"). */
const ORDINAL = String.raw`(?:(?:${word('fiscal')}-)?(?<ord>${anyOf(Object.keys(ORDINAL_QUARTER))})(?<hyphen>\s+|-))?`;
/** "fiscal quarter", "second fundraising quarter". */
const QUALIFIER = String.raw`(?:${word('fiscal')}\s+|(?<=(?:first|second|third|fourth)\s+)fundraising\s+)?`;
/** The noun itself; a "quarter century" is no quarter. */
const NOUN = String.raw`(?<noun>${word('quarter')}(?![\s-]+century)|period)`;
/** "of 1990", "in fiscal 1989", "of last year", "of the next year". */
const OF_YEAR = String.raw`(?:\s+(?:of|in)\s+(?:${word('fiscal')}\s+)?(?:(?<year>${YEAR_NUMBER})|(?:the\s+)?(?<ofRel>${YEAR_WORD})\s+year))?`;
/** "the quarter a year ago". */
const A_YEAR_AGO = String.raw`(?<ago>\s+a\s+year\s+(?:ago|earlier))?`;
/** Followed by "ended" (and the day it ended: "ended Sept. 30"), not taken into the match. */
const ENDED_NEXT = String.raw`(?:(?=\s+ended\b(?:\s+(?<endMonth>${MONTH})\s+(?<endDay>\d{1,2})\b)?)(?<ended>)|)`;
/** Followed by an apposition that names it: ", the second quarter ended Oct. 31". */
const APPOSITION_NEXT = String.raw`(?:(?=,\s+the\s+(?<appOrd>${anyOf(['first', 'second', 'third', 'fourth'])})\s+quarter\s+ended\s+(?<appMonth>${MONTH})\s+(?<appDay>\d{1,2})\b)|)`;
/** Followed by the figures it is the quarter of: "this quarter's net loss". */
const RESULTS_NEXT = String.raw`(?:(?=['’]s\s+(?:net\s+)?(?:loss|losses|profit|profits|earnings|results|income|sales|revenue)\b)(?<results>)|)`;

const QUARTER = [OPENING, YEAR_BEFORE, RELATIVE, ORDINAL, QUALIFIER, NOUN, OF_YEAR, A_YEAR_AGO, ENDED_NEXT, APPOSITION_NEXT, RESULTS_NEXT].join('');

/** Wikinews articles (CC BY 2.5) the examples below come from, by title. */
const CAMPAIGN_TRAIL = 'Wikinews, "On the campaign trail in the USA, October 2020"';
const CARRIE_LAM = 'Wikinews, "Hong Kong\'s Carrie Lam delivers speech on video after protests in legislature"';
const FAN_EXPO = 'Wikinews, "Fan Expo Canada 2019 offers celebrities, cosplay, panels"';
const ROCKY_LINUX = 'Wikinews, "Gregory Kurtzer discusses plans for Rocky Linux with Wikinews as Red Hat announces moving focus away from CentOS"';

const QUARTER_EXAMPLES: readonly RuleExample[] = [
  { text: 'The Commerce department released a report showing growth in GDP of 33.1 percent in the third quarter of 2020.', published: '2020-11-02', phrase: 'the third quarter of 2020', value: '2020-Q3', source: CAMPAIGN_TRAIL },
  { text: 'This was the largest growth for the nation in a quarter since World War II, topping the record of 16.7 percent in the first quarter of 1950.', published: '2020-11-02', phrase: 'the first quarter of 1950', value: '1950-Q1', source: CAMPAIGN_TRAIL },
  { text: '"The Hong Kong economy has already slipped into a technical recession since the third quarter.', published: '2019-10-16', phrase: 'the third quarter', value: '2019-Q3', source: CARRIE_LAM },
];

const QUARTER_PAIR_EXAMPLES: readonly RuleExample[] = [
  { text: 'Losses in the second and third quarters of 2019 wiped out the gains.', published: '2020-02-10', phrase: 'third quarters of 2019', value: '2019-Q3', source: MADE_UP },
];

const MONTH_SPAN_QUARTER_EXAMPLES: readonly RuleExample[] = [
  { text: 'Output fell 0.6% in the April-June quarter, the cabinet office said.', published: '2019-08-09', phrase: 'the April-June quarter', value: '2019-Q2', source: MADE_UP },
  { text: 'Growth in the July-September period was the weakest in a year.', published: '2019-11-14', phrase: 'the July-September period', value: '2019-Q3', source: MADE_UP },
];

const FISCAL_CODE_EXAMPLES: readonly RuleExample[] = [
  { text: 'The agency asked for $2 billion more in its FY2020 budget.', published: '2019-03-12', phrase: 'FY2020', value: '2020', source: MADE_UP },
  { text: 'The cuts take effect in FY 21.', published: '2020-06-12', phrase: 'FY 21', value: '2021', source: MADE_UP },
];

const HALF_EXAMPLES: readonly RuleExample[] = [
  { text: 'Growth slowed in the first half of the year.', published: '2019-08-09', phrase: 'the first half of the year', value: '2019-H1', source: MADE_UP },
  { text: 'Sales rose in the second half of 2018.', published: '2019-02-09', phrase: 'the second half of 2018', value: '2018-H2', source: MADE_UP },
];

/**
 * Quarters and halves of (fiscal) years: "the third quarter", "the year-ago quarter", "Q2 2019", "FY2020".
 */
export const QUARTER_RULES: readonly Rule[] = [
  rule({ name: 'quarter', pattern: QUARTER, resolve: (g, ctx) => {
    if (!g.the && !g.rel && !g.ord && !g.yrel && !g.ofRel && !g.pyear) return null;
    const period = lc(g.noun) === 'period';
    if (period && !g.pyear && g.latestRel === undefined && g.yearAgoRel === undefined && g.comparableRel === undefined && g.sameRel === undefined) return null; // "the period" alone is anyone's
    // "from 2013 to 2019 … seized in the same period" (Wikinews): the same period as a span just named, not a
    // quarter, unless the text is about one
    if (period && !g.pyear && lc(g.rel).trim() === 'same' && !g.ago && !ctx.focus.quarter) return null;
    // "the comparable year-ago quarter, the second quarter ended Oct. 31,": the apposition names the quarter
    const apposed = g.appOrd !== undefined && !g.ord;
    const q = g.ord ? ORDINAL_QUARTER[lc(g.ord)] : apposed ? ORDINAL_QUARTER[lc(g.appOrd)] : null;
    // "last year's third quarter", "the first quarter of last year"
    const yrel = lc(g.yrel ?? g.ofRel);
    const shift = yrel === 'last' ? -1 : yrel === 'next' ? 1 : 0;
    // "the second quarter ended Oct. 31" on October 27: the quarter of the year that Oct. 31 is gone in
    const endMonth = apposed ? g.appMonth : g.endMonth;
    const endDay = apposed ? g.appDay : g.endDay;
    const endedIn = q !== null && endMonth && ctx.anchor && (apposed || (g.yearAgoRel === undefined && g.sameRel === undefined)) ? String(yearOfMonthDay(ctx.anchor, monthNumber(endMonth), +endDay!, 'past', 100)) : undefined;
    const year = g.year ?? g.pyear?.trim() ?? (ctx.anchor && yrel ? String(ctx.anchor.year + shift) : endedIn);
    const pointed = !q && !year && lc(g.rel).trim() === 'that' ? ctx.namedBefore(THAT_QUARTER_REACH, isQuarterValue) : null;
    let value: string;
    if (period && g.pyear) value = ctx.focus.quarter ? `${year}-Q${ctx.focus.quarter.q}` : year!;
    // "Results for that quarter": the quarter named last, which need not be the one the report is about
    else if (pointed) value = pointed;
    else value = quarterResolved(ctx, q, g.ago ? `year-ago ${g.rel ?? ''}` : g.rel ?? '', year); // "the quarter a year ago"
    const current = ctx.anchor ? quarterIndex(ctx.anchor.year, quarterOf(ctx.anchor)) : 0;
    const focus = ctx.focus.quarter ? quarterIndex(ctx.focus.quarter.year, ctx.focus.quarter.q) : 0;
    // the report is about a quarter that is over (a quarter still under way, "this quarter's loss", may be in focus too)
    const reportedOver = ctx.focus.quarter !== null && focus < current;
    // "This quarter's loss includes charges" in a report on a quarter that is over: the quarter reported
    if (g.results !== undefined && !q && !year && lc(g.rel) === 'this' && reportedOver && ctx.cue() !== 'future' && !FORWARD_BEFORE.test(ctx.before(60))) value = `${ctx.focus.quarter!.year}-Q${ctx.focus.quarter!.q}`;
    const named = quarterParts(value);
    // the quarter a report is about is over (or a fiscal one just ended): "the third quarter of 1990" and
    // "continue into the fourth quarter" are forecasts
    const index = named ? quarterIndex(named.year, named.q) : 0;
    const over = !ctx.anchor || index < current || (index === current && ctx.cue() !== 'future' && !afterInto(ctx));
    // an earlier quarter named in passing ("after a flat second quarter") leaves a reported quarter in focus, and so
    // does the one under way ("no estimate of the impact on fourth-quarter results"), unless it has just ended, as a
    // fiscal quarter may ("its fourth quarter ended Sept. 30"); a quarter under way in focus gives way to one that is over
    const earlier = reportedOver && (index < focus || (index === current && g.ended === undefined));
    let refocus: ReportFocus | undefined;
    if (named && over && !earlier && !g.ago && g.yearAgoRel === undefined && !g.pyear && !shift) refocus = { quarter: named, months: null };
    // "the third-quarter results", "that third-quarter charge": TimeBank marks the adjective, not the determiner
    const trim = g.hyphen !== '-' ? 0 : g.the && !g.rel ? g.the.length : !g.the && lc(g.rel) === 'that' ? g.rel!.length : 0;
    return { ...date(value), trim, focus: refocus };
  }, examples: QUARTER_EXAMPLES }),
  // "conducted in the second and fourth quarters": two quarters, TimeBank marks "second" and "fourth quarters";
  // what is usually done then is done every year
  rule({ name: 'quarter-pair', pattern: `(?:(?<first>${anyOf(Object.keys(ORDINAL_QUARTER))})(?=\\s+(?:and|or)\\s+(?:${anyOf(Object.keys(ORDINAL_QUARTER))})\\s+quarters\\b(?:\\s+of\\s+(?<year1>(?:19|20)\\d\\d))?)|(?<=\\b(?:${anyOf(Object.keys(ORDINAL_QUARTER))})\\s+(?:and|or)\\s+)(?<second>${anyOf(Object.keys(ORDINAL_QUARTER))})\\s+quarters(?:\\s+of\\s+(?<year2>(?:19|20)\\d\\d))?)`, resolve: (g, ctx) => {
    const q = ORDINAL_QUARTER[lc(g.first ?? g.second)];
    const year = g.year1 ?? g.year2;
    if (!year && HABITUAL.test(ctx.sentenceBefore())) return { type: 'SET', value: `XXXX-Q${q}` };
    return date(quarterResolved(ctx, q, '', year));
  }, examples: QUARTER_PAIR_EXAMPLES }),
  // "output in the April-June quarter", "the July-September period": a calendar quarter named by its first and
  // last months, as Japanese and European statistics are reported (a fiscal quarter is named so too)
  rule({ name: 'month-span-quarter', pattern: `(?:${word('the')}\\s+)?(?<from>${MONTH})[-–](?<to>${MONTH})\\s+(?:quarter|period)(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d))?`, resolve: (g, ctx) => {
    const from = monthNumber(g.from!);
    if (from % 3 !== 1 || monthNumber(g.to!) !== from + 2) return null;
    return date(quarterResolved(ctx, (from + 2) / 3, '', g.year));
  }, examples: MONTH_SPAN_QUARTER_EXAMPLES }),
  // "celebrated the quarter century anniversary" (Wikinews): twenty-five years; "its quarter-century low"
  // is a comparison TimeBank leaves unmarked
  rule({ name: 'quarter-century', pattern: `(?<the>${word('the')}\\s+)?(?:${word('a')}\\s+)?quarter[\\s-]+century(?!\\s+(?:low|high)s?\\b)`, resolve: (g) =>
    ({ type: 'DURATION', value: 'P25Y', trim: g.the?.length ?? 0 }), examples: [
    { text: 'In late August, the Canadian city of Toronto celebrated the quarter century anniversary of Fan Expo Canada, a massive annual pop culture convention.', published: '2019-09-02', phrase: 'quarter century', value: 'P25Y', source: FAN_EXPO },
  ] }),
  rule({ name: 'quarter-code', pattern: `(?<q>Q[1-4])(?:\\s+|-)?(?<year>(?:19|20)\\d\\d)?`, resolve: (g, ctx) => {
    const q = +g.q!.slice(1);
    return date(quarterResolved(ctx, q, '', g.year));
  }, examples: [
    { text: 'If I were to make a SWAG [Scientific wild-ass guess], it will be near the end of Q1 or beginning of Q2 2021.', published: '2020-12-18', phrase: 'Q2 2021', value: '2021-Q2', source: ROCKY_LINUX },
  ] }),
  rule({ name: 'fiscal-code', pattern: `FY\\s?(?<year>(?:19|20)?\\d\\d)`, resolve: (g) =>
    date(g.year!.length === 2 ? `20${g.year}` : g.year!), examples: FISCAL_CODE_EXAMPLES }),
  rule({ name: 'half', pattern: `(?:${word('the')}\\s+)?(?<ord>${anyOf(['first', 'second', 'last'])})\\s+half(?<of>\\s+of\\s+(?:${word('the')}\\s+year|(?<year>(?:19|20)\\d\\d)))?`, resolve: (g, ctx) => {
    // "the last half of the '80s"; "in the second half" of a match is no half-year
    if (!g.of) return null;
    const year = g.year ?? (ctx.anchor ? String(ctx.anchor.year) : 'XXXX');
    return date(`${year}-H${lc(g.ord) === 'first' ? 1 : 2}`);
  }, examples: HALF_EXAMPLES }),
];
