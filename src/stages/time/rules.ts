import { addDays, addMonths, formatDay, formatMonth, formatWeek, compareDays, nthWeekday, parseDay, weekday, type Day } from './calendar.js';
import {
  DAY_PARTS, holiday, monthResolved, offsetOf, quarterResolved, relativeUnit, seasonResolved, yearAgo,
} from './anchoring.js';
import { date, lc, type Rule, type RuleContext } from './context.js';
import {
  AMOUNT, AMOUNT_MOD, AMOUNT_MODS, UNITS, OUTSIDE_MOD, OUTSIDE_MODS, MONTH, MONTH_UNDOTTED, ORDINAL_QUARTER, POINT_MOD, POINT_MODS, SEASON, SEASONS, UNIT, WEEKDAY,
  amountValue, anyOf, modOf, monthNumber, unitOf, weekdayNumber, word,
} from './lexicon.js';
import { duration, resolveWeekday, yearOfMonthDay, type Direction } from './resolve.js';

/** What precedes "a year" when it is a rate: "$500 million a year", "24 hours a day", "15%  a year". */
const RATE_BEFORE = /(?:\d|million|billion|thousand|hundred|percent|%|cents|dollars|times|hours|days|flights|seats)\W*$/i;
/**
 * What "over" follows where it means "more than" before a length: a preposition ("for over a year"),
 * a verb of lasting ("to last over a week", "have run over five months"), a copula, "a little", or nothing ("Over two years, …").
 */
const OVER_AS_MORE = /(?:\b(?:for|in|of|after|within|than|to|at|by|from|last|lasts|lasted|lasting|run|runs|ran|running|took|take|takes|taking|spent|spend|spends|spending|served|serve|waited|wait|is|was|are|were|be|been|being|little|somewhat|slightly|well|just)|[.,;:!?(—–"“]|^)\s*$/;
/** A quantity a few words before "per hour": "157 miles", "1,000 deaths", "two billion cubic meters". */
const QUANTITY_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion))\W+(?:[a-z]+\W+){0,2}$/i;
/** A match ends at a word's end, not inside a number ("2082.1") or a hyphenated word. */
const END = '(?![\\w-]|\\.\\d)';
/**
 * A rule's pattern, kept to whole words. Patterns learn what follows a match without taking it into
 * the match with `(?:(?=…)(?<flag>)|)`: the empty group `flag` is set (to "") when the lookahead holds.
 */
const rule = (name: string, source: string, resolve: Rule['resolve']): Rule =>
  ({ name, pattern: new RegExp(`(?<![\\w$.,:-])${source}${END}`, 'g'), resolve });


/** Zones a clock time may name; they belong to the extent (TimeBank values carry no offset). */
const ZONES = ['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'ET', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'local time'];
/**
 * A clock time is on the day named right after it, which TimeBank and MEANTIME mark with it ("5 p.m.
 * EST Nov. 6", "at noon Saturday", "16:00 UTC today"), or after its brackets, where the day keeps its own
 * timex ("10:35 a.m. (0735 GMT) Friday", "at 2am local time (0100 UTC) on Friday", "6 p.m. local time
 * (1700 UTC) tomorrow", and so "0735 GMT" in it; "4 in the morning (4 a.m. EDT Thursday)"),
 * else on the anchor day.
 */
const DAY_AFTER = `(?:(?=(?:\\s+\\([^()]{1,30}\\)|\\)),?\\s+(?:on\\s+)?(?:(?<parenWd>${WEEKDAY})|(?<parenMon>${MONTH})\\s+(?<parenDay>[0-3]?\\d)(?!\\d)|(?<parenDeictic>today|tomorrow|yesterday)\\b))|(?=\\s+\\([^()]{0,30}\\b(?<inParenWd>${WEEKDAY})\\))|)(?<after>,?\\s+(?:on\\s+)?(?:(?<nextWd>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?|(?<nextMon>${MONTH})\\s+(?<nextDay>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<nextYear>(?:1[89]|20)\\d\\d)(?!\\d))?|(?<nextDeictic>today|tomorrow|yesterday)\\b))?`;

/** A 12-hour local clock time right before an opening bracket: "8:30 p.m. BST (", "5 p.m. local time on Friday (". */
const LOCAL_CLOCK_BEFORE = /\b(1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*([apAP])\.?[mM]\.?\s+(?:(?:local\s+time|[A-Z]{2,4})\s+)*(?:on\s+\w+\s+)?\($/;

function dayNamedAfter(g: Record<string, string | undefined>, ctx: RuleContext, localHour?: number): string {
  const a = ctx.anchor;
  if (!a) return 'XXXX-XX-XX';
  const named = g.nextWd ?? g.parenWd ?? g.inParenWd;
  if (named) {
    const isoDay = weekdayNumber(named);
    return formatDay(weekday(a) === isoDay ? a : resolveWeekday(a, isoDay, ctx.ahead() ? 'future' : ctx.direction()));
  }
  const deictic = g.nextDeictic ?? g.parenDeictic;
  if (deictic) return formatDay(addDays(a, deictic === 'tomorrow' ? 1 : deictic === 'yesterday' ? -1 : 0));
  if (g.nextMon) {
    const month = monthNumber(g.nextMon);
    return formatDay({ year: g.nextYear ? +g.nextYear : yearOfMonthDay(a, month, +g.nextDay!, ctx.direction()), month, day: +g.nextDay! });
  }
  // "around 8:30 p.m. BST (1930 UTC) on August 27" (Wikinews): the day after the brackets
  if (g.parenMon) {
    const month = monthNumber(g.parenMon);
    return formatDay({ year: yearOfMonthDay(a, month, +g.parenDay!, ctx.direction()), month, day: +g.parenDay! });
  }
  // "On Saturday morning, a gunman shot shoppers … death toll rising on Monday … The shooting began at
  // 10:39 a.m.": the day whose named part holds the local hour, else the day just named ("made its first
  // flight Tuesday in Everett at 18:00 UTC")
  const inPart = localHour === undefined ? null : ctx.reference(undefined, false, true, (value) => partHolds(value, localHour));
  return inPart ? inPart.slice(0, 10) : dayInFocus(ctx, a, CLOCK_DAY_REACH);
}

/** The hours (local, from-to) of each part of the day a TIME value may name. */
const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = { MO: [0, 12], AF: [12, 18], EV: [17, 22], NI: [20, 29] };

/** Whether a value names a part of a day ("2019-08-03TMO") that holds the hour ("10:39 a.m."; 2 a.m. is in the night's 26). */
function partHolds(value: string, hour: number): boolean {
  const hours = PART_HOURS[value.slice(11)];
  return hours !== undefined && ((hour >= hours[0] && hour < hours[1]) || (hour + 24 >= hours[0] && hour + 24 < hours[1]));
}

/**
 * The day the text last named (within `within` characters, else the usual reach), when that point is
 * a day or a time of one, else the publication day: "ending the day", "in the morning", "that night".
 */
function dayInFocus(ctx: RuleContext, anchor: Day, within?: number): string {
  const reference = ctx.reference(within, false, true);
  return reference ? reference.slice(0, 10) : formatDay(anchor);
}

/**
 * How far back (in characters) a clock time without a day looks for the day it is on: a report names
 * the day once and gives the times a paragraph on ("A fire broke out yesterday … were called … at
 * 09:09am local time"), and its publication is mostly a day or more after the event.
 */
const CLOCK_DAY_REACH = 600;

/** Units of measure after a number, which make it no year: "the 2000 km long pipeline", "1000 megawatts". */
const MEASURE = '(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s|feet|ft|kg|kilograms?|tonnes?|tons|MW|megawatts?|hectares|acres|barrels|mph|kph|km/h)';

/** The amounts and units of a length in several units, and the units from the largest down. */
const COMPOUND_PART = new RegExp(`\\b(${AMOUNT})\\s+(${UNIT})`, 'g');
const UNIT_RANK = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** How far back (in characters) the weekday before a weekday may stand for the two to form a list. */
const LIST_REACH = 40;
/** A weekday and "or" or "and" right before a match: "late on Monday or early …", "Friday and …". */
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:or|and)\\s+(?:(?:early|late)\\s+)?(?:on\\s+)?$`);

/** The day with weekday `isoDay` nearest to `day` (up to three days either way). */
function nearestWeekday(day: Day, isoDay: number): Day {
  const diff = (isoDay - weekday(day) + 7) % 7;
  return addDays(day, diff <= 3 ? diff : diff - 7);
}

const REL = `(?<rel>${anyOf(['this past', 'this coming', 'this', 'last', 'next', 'the previous', 'the following', 'the next', 'the coming', 'the past', 'the current', 'the latest', 'the same', 'that', 'previous', 'past', 'coming', 'current'])})\\s+`;

/** The words before "the day" that make it the day in focus: "ending the day", "for the day", "later in the day". */
const DAY_IN_FOCUS_AFTER = /\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|[Ff]or|[Ii]n|(?:end|start|beginning|rest|remainder|middle|game|match|session) of)\s+$/;

/** "today's" before what belongs to an age, not a day: "today's youth", "in today's world", "today's personal computers". */
const TODAYS_GENERIC = `(?:(?=['’]s\\s+(?:[a-z]+\\s+)?(?:world|society|youth|young|generation|children|kids|teenagers|economy|technology|culture|families|consumers|computers|cars|media|politics|standards)\\b)(?<generic>)|)`;

/** Centuries spelled out, by number. */
const SPELLED_CENTURIES: Readonly<Record<string, number>> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

/** Years and decades as transcripts spell them: "nineteen ninety-six", "the nineties". */
const SPOKEN_TENS: Readonly<Record<string, number>> = { twenty: 2, thirty: 3, forty: 4, fifty: 5, sixty: 6, seventy: 7, eighty: 8, ninety: 9 };
const SPOKEN_ONES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SPOKEN_DECADES: Readonly<Record<string, string>> = { 'the twenties': '2', 'the thirties': '3', 'the forties': '4', 'the fifties': '5', 'the sixties': '6', 'the seventies': '7', 'the eighties': '8', 'the nineties': '9' };

const SPOKEN_YEAR = `nineteen\\s+(?<tens>${Object.keys(SPOKEN_TENS).join('|')})(?:-(?<ones>${Object.keys(SPOKEN_ONES).join('|')}))?`;
const spokenYear = (g: Record<string, string | undefined>) => 1900 + SPOKEN_TENS[g.tens!] * 10 + (g.ones ? SPOKEN_ONES[g.ones] : 0);

/** Like `anyOf`, each word of a phrase taking either case on its first letter: "Labor Day", "labor day". */
const anyOfWords = (phrases: readonly string[]) => `(?:${phrases.map((p) => p.split(' ').map(word).join('\\s+')).join('|')})`;

/**
 * The day a date named without its year is counted from when the text has just named a day of
 * another year: "the army moved on November 15, 2017 … his resignation on November 21".
 */
function nearbyYearOf(ctx: RuleContext): Day | null {
  const near = parseDay(ctx.reference(400, true));
  return near && ctx.anchor && near.year !== ctx.anchor.year ? near : null;
}

/** Ordinals that pick a week or a weekday of a month; -1 is the last. */
const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/**
 * How far back (in characters) "the next day" looks for the day it counts from when a year was named
 * since: a few paragraphs, not an interview's "yesterday" pages before a story told about 2016.
 */
const PASSED_YEAR_REACH = 1500;

/**
 * The point `n` units from the publication: "a year-and-a-half ago" is the month 18 months back, "just over
 * 24 hours ago" the day before (Wikinews; the hour of publication is not known).
 */
function pointAgo(ctx: RuleContext, unit: string, n: number): string | null {
  if (unit === 'year' && !Number.isInteger(n)) return yearAgo(ctx, 'month', Math.round(n * 12));
  if (unit === 'hour') return ctx.anchor ? formatDay(addDays(ctx.anchor, Math.round(n / 24))) : null;
  return yearAgo(ctx, unit, Math.round(n));
}

/** Relative words that count from the point the text last named, not from the publication date. */
const ANAPHORIC = /^(?:that|that same|the same|the following|the previous|the preceding)$/;

/**
 * Whether "the next month" counts from the point the text last named: in a past clause and not a
 * stretch of time ("Bayes withdrew in March 2019. The next month, the party nominated …"), unlike
 * "over the next year", "will rise in the next month".
 */
function nextCountsFromReference(ctx: RuleContext): boolean {
  return ctx.direction() === 'past' && !/\b(?:over|in|for|during|within|through|throughout)\s+$/i.test(ctx.before());
}

/**
 * A point `step` units from a reference value, at the unit's granularity, or null when the reference
 * is coarser than the unit ("that day" after "in 1998").
 */
function fromReference(reference: string, unit: string, step: number): string | null {
  const [year, month, day] = reference.slice(0, 10).split('-').map(Number);
  if (unit === 'year') return String(year + step);
  if (!month) return null;
  if (unit === 'month') { const d = addMonths({ year, month, day: 1 }, step); return formatMonth(d.year, d.month); }
  if (!day) return step === 0 && unit === 'day' ? `${formatMonth(year, month)}-XX` : null;
  if (unit === 'week') return formatWeek(addDays({ year, month, day }, 7 * step));
  return formatDay(addDays({ year, month, day }, step));
}

/**
 * "that September" is the September nearest the point the text last named ("Thunberg began her
 * climate protest on August 20, 2018 … That September, the Fridays for Future movement launched",
 * Wikinews), not the publication's; null when nothing with a year was named.
 */
function monthNearReference(ctx: RuleContext, month: number): string | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:$|T)/.exec(ctx.reference() ?? '');
  if (!m) return null;
  const year = m[2] ? yearOfMonthDay({ year: +m[1], month: +m[2], day: m[3] ? +m[3] : 15 }, month, 15, 'future', 1) : +m[1];
  return formatMonth(year, month);
}

/** How far back (in characters) "election day" looks for the day the text gave its election. */
const ELECTION_REACH = 3000;
const ELECTION_ON = new RegExp(`\\belections?\\b[^.]{0,80}?\\b(?:on|for)\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)\\b`, 'g');

/**
 * "election day" is the day the text gave its election ("the Belarusian presidential election to be
 * held on August 9 … asking voters to vote at the polls, not before election day", Wikinews), the
 * nearest such day; null when none was given (the US one is then meant).
 */
function electionNamed(ctx: RuleContext): string | null {
  const last = [...ctx.before(ELECTION_REACH).matchAll(ELECTION_ON)].pop()?.groups;
  if (!last) return null;
  const month = monthNumber(last.mon);
  const day = +last.day;
  if (!ctx.anchor || day < 1 || day > 31) return null;
  return formatDay({ year: yearOfMonthDay(ctx.anchor, month, day, 'future'), month, day });
}

/**
 * The US Election Day nearest the publication, of an even year (the federal elections; "ahead of
 * Election Day" and "as Election Day drew closer" in October 2020 are both 2020-11-03, not the
 * off-year 2019-11-05), one against the clause's direction counting 1.5 times its distance.
 */
function usElectionDay(a: Day, direction: Direction): string {
  let best: Day | null = null;
  let bestDistance = Infinity;
  for (let year = a.year - a.year % 2 - 2; year <= a.year + 2; year += 2) {
    const day = holiday('election day', year)!;
    const signed = compareDays(day, a);
    const distance = Math.abs(signed) * ((direction === 'past' ? signed > 0 : signed < 0) ? 1.5 : 1);
    if (distance < bestDistance) { best = day; bestDistance = distance; }
  }
  return formatDay(best!);
}

export const RULES: readonly Rule[] = [
  rule('month-day', `(?<rel>${anyOf(['last', 'next', 'this'])}\\s+)?(?:(?<mon>${MONTH})|(?<bareMon>${MONTH_UNDOTTED})(?=\\s+[0-3]?\\d,?\\s+(?:1[89]|20)\\d\\d))\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d)|\\s+(?<yrel>${anyOf(['last', 'this', 'next'])})\\s+year)?`, (g, ctx) => {
    const month = monthNumber(g.mon ?? g.bareMon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    if (g.yrel && ctx.anchor) return date(formatDay({ year: ctx.anchor.year + (offsetOf(g.yrel) ?? 0), month, day })); // "on March 20 last year"
    // "the fiscal year ended Jan. 31" is behind us, "the year ending June 30" mostly ahead
    const ended = /\b(?:ended|closed)\s+$/.test(ctx.before()) ? 'past' : /\bending\s+$/.test(ctx.before()) ? 'future' : null;
    // "shot to death last Oct. 23": the word says which way; TimeBank marks the date alone
    const said = g.rel ? (lc(g.rel).startsWith('next') ? 'future' : lc(g.rel).startsWith('last') ? 'past' : null) : null;
    const way = ended ?? said;
    // a day ahead ("must come out by October 31st") is not in the year of a past date named before it
    const from = ctx.ahead() || (way ?? ctx.direction()) === 'future' ? null : nearbyYearOf(ctx);
    const year = g.year ? +g.year : ctx.anchor && said === null && g.rel ? ctx.anchor.year : ctx.anchor ? yearOfMonthDay(from ?? ctx.anchor, month, day, way ?? ctx.direction(), way ? 100 : undefined) : null;
    return { ...date(year === null ? `XXXX-${formatMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}` : formatDay({ year, month, day })), trim: g.rel?.length ?? 0 };
  }),
  // "a court hearing the week of March 6": the week that day is in
  rule('week-of', `${word('the')}\\s+week\\s+of\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?`, (g, ctx) => {
    const month = monthNumber(g.mon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    const year = g.year ? +g.year : ctx.anchor ? yearOfMonthDay(ctx.anchor, month, day, ctx.direction()) : null;
    return date(year === null ? 'XXXX-WXX' : formatWeek({ year, month, day }));
  }),
  // "since 9/11", "the September 11th attacks", "9/11-related illnesses": the day of the 2001 attacks
  { name: 'nine-eleven', pattern: /(?<![\w/.-])(?:9\/11(?![/\d])|Sept(?:ember|\.)?\s+11(?:th)?(?<noun>\s+(?:terrorist\s+)?(?:attacks?|hijackings|strikes)\b))/g, resolve: (g, ctx) => {
    if (ctx.anchor && formatDay(ctx.anchor) < '2001-09-11') return null;
    return { ...date('2001-09-11'), trimEnd: g.noun?.length ?? 0 };
  } },
  // "the summit on April 24 and 25": the second day of the month just named
  rule('coordinated-day', `(?<=${MONTH}\\s+[0-3]?\\d(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?`, (g, ctx) => {
    const reference = ctx.reference(30);
    const day = +g.day!;
    if (!reference || !/^\d{4}-\d\d-\d\d$/.test(reference) || day < 1 || day > 31) return null;
    return date(`${reference.slice(0, 8)}${String(day).padStart(2, '0')}`);
  }),
  rule('day-month', `(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:(?<mon>${MONTH})(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?|(?<bareMon>${MONTH_UNDOTTED})\\s+(?<bareYear>(?:1[89]|20)\\d\\d))`, (g, ctx) => {
    const month = monthNumber(g.mon ?? g.bareMon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    const named = g.year ?? g.bareYear;
    const year = named ? +named : ctx.anchor ? yearOfMonthDay(ctx.anchor, month, day, ctx.direction()) : null;
    return date(year === null ? `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : formatDay({ year, month, day }));
  }),
  rule('iso-date', `(?<year>(?:19|20)\\d\\d)-(?<mon>[01]\\d)-(?<day>[0-3]\\d)`, (g) => date(`${g.year}-${g.mon}-${g.day}`)),
  rule('us-date', `(?<mon>[01]?\\d)/(?<day>[0-3]?\\d)/(?<year>(?:19|20)?\\d\\d)`, (g) => {
    const year = g.year!.length === 2 ? (+g.year! > 50 ? 1900 : 2000) + +g.year! : +g.year!;
    if (+g.mon! < 1 || +g.mon! > 12 || +g.day! < 1 || +g.day! > 31) return null;
    return date(formatDay({ year, month: +g.mon!, day: +g.day! }));
  }),
  rule('month-year', `(?<pm>${POINT_MOD})?(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?:(?<year>(?:1[89]|20)\\d\\d)|(?<yrel>${anyOf(['last', 'this', 'next'])})\\s+year|${SPOKEN_YEAR})`, (g, ctx) => {
    // "June last year", "January nineteen ninety-seven"
    const year = g.year ? +g.year : g.tens ? spokenYear(g) : ctx.anchor ? ctx.anchor.year + (offsetOf(g.yrel!) ?? 0) : null;
    const month = monthNumber(g.mon!);
    return date(year === null ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month), modOf(POINT_MODS, g.pm));
  }),
  // "the March for Life", "the March of the Combatant Mothers" are events, not months
  rule('month', `(?<pm>${POINT_MOD})?(?:${REL})?(?<mon>${MONTH})(?!\\s+(?:for|of)\\s+(?:the\\s+)?[A-Z])(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|)`, (g, ctx) => {
    // "its own tournament, March Madness": a month before a capitalised word, with no preposition or determiner before
    // it, is part of a name ("the September FOMC meeting" stays a month)
    if (g.nameNext !== undefined && !g.rel && !g.pm && !/\b(?:in|by|since|until|till|through|during|before|after|from|of|to|on|early|late|mid|last|next|this|the|a|an|its|their|his|her|our)\s+$/i.test(ctx.before())) return null;
    // "May" alone is as often the verb at a sentence start; after "in", "by", "since" it is the month
    if (g.mon === 'May' && !g.rel && !g.pm && !/\b(?:in|by|since|until|till|through|during|before|after|from|of|to|early|late|mid)\s+$/i.test(ctx.before())) return null;
    // "where Orangemen march each July": any year's
    if (!g.rel && !g.pm && /\b(?:[Ee]ach|[Ee]very)\s+$/.test(ctx.before(8))) return date(`XXXX-${String(monthNumber(g.mon!)).padStart(2, '0')}`);
    if (lc(g.rel) === 'that') {
      // "said that March would be the deadline": a conjunction, not part of the timex (only a sentence's
      // "That" or one after a preposition points back)
      if (g.rel === 'that' && !g.pm && !/\b(?:in|of|during|by|until|since|from|through)\s+$/i.test(ctx.before(12))) {
        return { ...date(monthResolved(ctx, monthNumber(g.mon!), undefined)), trim: g.rel.length + 1 };
      }
      const named = monthNearReference(ctx, monthNumber(g.mon!));
      if (named) return date(named, modOf(POINT_MODS, g.pm));
    }
    return date(monthResolved(ctx, monthNumber(g.mon!), g.rel), modOf(POINT_MODS, g.pm));
  }),
  // "the post-1959 politics", "pre-1990 levels": after or before the year
  rule('pre-post-year', `(?<side>${anyOf(['pre', 'post'])})-(?<year>(?:1[89]|20)\\d\\d)`, (g) =>
    date(g.year!, lc(g.side) === 'pre' ? 'BEFORE' : 'AFTER')),
  rule('year', `(?<pm>${POINT_MOD})?(?<fiscal>${word('fiscal')}\\s+)?(?:${word('the')}\\s+year\\s+)?(?<year>(?:1[89]|20)\\d\\d)(?![\\s-]+(?:years\\b|year[\\s-]+(?:old|long)\\b))(?!\\s+${WEEKDAY}(?:\\s+\\w+)?,?\\s+(?:UTC|GMT)\\b)(?:(?=\\s+${MEASURE}\\b)(?<measure>)|)(?<counted>\\s+(?!(?:was|has|this|does|goes|plus|versus|thus|always|perhaps)\\b)(?:[a-z]{2,}(?<![usi])s|people|children|men|women)\\b)?`, (g, ctx) => {
    if (g.measure !== undefined) return null; // "the 2000 km long pipeline": a distance, whatever comes before it
    // "1885 aftershocks had occurred", "2000 people marched": a count, unless a determiner or a
    // preposition makes it a year ("the 1998 elections", "in 1999 talks"); "census", "crisis", "virus"
    // are no plurals ("the upcoming 2020 census", Wikinews)
    if (g.counted && !g.pm && !g.fiscal && !/(?:\b(?:the|a|an|its|their|his|her|our|this|that|in|since|by|of|for|during|until|from|to|before|after)|'s)\s+$/i.test(ctx.before())) return null;
    return { ...date(g.year!, modOf(POINT_MODS, g.pm)), trimEnd: g.counted?.length ?? 0 };
  }),
  rule('decade', `(?<the>${word('the')}\\s+)?(?<pm>${anyOf(['early', 'mid', 'late'])}(?:\\s*-\\s*|\\s+))?(?:(?<dec>(?:1[89]|20)\\d)0['’]?s|['’](?<short>\\d)0s|(?<bare>[1-9])0s|(?<spelled>${anyOf(Object.keys(SPOKEN_DECADES))}))`, (g) => {
    // "in the 90s", "the early 80s": a decade without its apostrophe only after "the" ("in their 80s" is an age)
    if (g.bare && !g.the) return null;
    const short = g.short ?? g.bare;
    const decade = g.dec ?? (short ? `19${short}` : `19${SPOKEN_DECADES[lc(g.spelled)]}`);
    return date(decade, modOf(POINT_MODS, g.pm)); // TimeML writes a decade as its first three digits
  }),
  // "the 11th century temple", "a 20th century democrat", "the early nineteenth century": TimeML writes the first two digits
  rule('century', `(?<pm>${POINT_MOD})?(?:(?<n>[1-9]|1\\d|2[01])(?:st|nd|rd|th)|(?<spelled>${anyOf(Object.keys(SPELLED_CENTURIES))}))[\\s-]+(?<century>[Cc]entury)(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|)`, (g) =>
    // "in the 21st Century, every society …" (Wikinews) is the century; "20th Century Fox" a name
    (g.century === 'Century' && g.nameNext !== undefined ? null
      : date(String((g.n ? +g.n : SPELLED_CENTURIES[lc(g.spelled)]) - 1).padStart(2, '0'), modOf(POINT_MODS, g.pm)))),
  // "the lowest level since '82", "back in '68": a year by its last two digits, after a preposition
  rule('short-year', `['’](?<yy>\\d\\d)(?!s)`, (g, ctx) => {
    if (!/\b(?:since|in|of|from|until|to|by)\s+$/.test(ctx.before())) return null;
    const yy = +g.yy!;
    const century = ctx.anchor && yy > ctx.anchor.year % 100 ? Math.floor(ctx.anchor.year / 100) - 1 : Math.floor((ctx.anchor?.year ?? 1900) / 100);
    return date(String(century * 100 + yy));
  }),
  // "maybe two thousand degrees" (Wikinews), "two thousand years": a count, not the year
  rule('spoken-year', `(?:${word('the')}\\s+year\\s+)?(?:${SPOKEN_YEAR}|(?<millennium>two thousand)(?!\\s+(?:(?!(?:was|has|this|does|thus)\\b)[a-z]{2,}(?<![usi])s|people|children|men|women|${MEASURE})\\b))`, (g) =>
    date(g.millennium ? '2000' : String(spokenYear(g)))),
  rule('the-year', `(?<pm>${anyOf(['earlier', 'later'])}\\s+in\\s+)?${word('the')}\\s+(?<which>(?:${anyOf(['full', 'fiscal', 'current', 'latest', 'previous', 'prior', 'entire', 'whole'])}\\s+)*)year(?<ended>\\s+(?:ended|ending))?(?<relation>\\s+(?:before|after|earlier|later|ago))?`, (g, ctx) => {
    // "the year ended Sept. 30" is a fiscal year's length; "for the full year" is this year
    ctx.quarter = null; // nor is one about the year
    if (g.relation) return null; // "the year before": counted from another point
    if (g.ended) return { type: 'DURATION', value: 'P1Y', trimEnd: g.ended.length };
    if (!ctx.anchor) return null;
    if (g.which) return date(String(ctx.anchor.year - (/latest|previous|prior/i.test(g.which) ? 1 : 0)));
    // "earlier in the year", "for the year", "the first nine months of the year": this one
    if (g.pm) return date(String(ctx.anchor.year), lc(g.pm).startsWith('earlier') ? 'START' : 'END');
    return /\b(?:for|of)\s+$/i.test(ctx.before()) ? date(String(ctx.anchor.year)) : null;
  }),
  // "sanctioned Iran earlier in the month" (Wikinews), "later in the week": the publication's, as "earlier in the year"
  rule('in-the-month', `(?<pm>${anyOf(['earlier', 'later'])})\\s+in\\s+${word('the')}\\s+(?<unit>${anyOf(['month', 'week'])})`, (g, ctx) => {
    if (!ctx.anchor) return null;
    const mod = lc(g.pm) === 'earlier' ? 'START' : 'END';
    return date(lc(g.unit) === 'month' ? formatMonth(ctx.anchor.year, ctx.anchor.month) : formatWeek(ctx.anchor), mod);
  }),
  // the end of the year, as TimeML writes it: the year with mod END; "since year-end" is the last one's last day
  rule('year-end', `(?<y>${anyOf(['year-end', 'year end', "year's end"])})`, (g, ctx) => {
    if (!ctx.anchor) return date('XXXX', 'END');
    if (/\bsince\s+$/i.test(ctx.before())) return date(`${ctx.anchor.year - 1}-12-31`); // a change counted from a day
    return date(String(ctx.anchor.year), 'END');
  }),
  rule('weekday', `(?<pm>${anyOf(['early', 'late'])}\\s+(?:on\\s+)?)?(?:${REL})?(?<wd>${WEEKDAY})(?:\\s+(?<part>${anyOf(Object.keys(DAY_PARTS))}))?(?:,?\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?!\\d)(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?)?`, (g, ctx) => {
    const isoDay = weekdayNumber(g.wd!);
    // "Friday morning" is a part of that day (TMO, TAF, TEV); "Friday night" is marked whole, but TimeBank
    // values it as the day itself 10 times in 18, and news mostly means that day's events by it
    if (g.mon && (ctx.anchor || g.year)) {
      const month = monthNumber(g.mon);
      const year = g.year ? +g.year : yearOfMonthDay(ctx.anchor!, month, +g.day!, ctx.direction());
      return date(formatDay({ year, month, day: +g.day! }));
    }
    if (!ctx.anchor) return date(`XXXX-WXX-${isoDay}`);
    const offset = g.rel ? offsetOf(g.rel) : null;
    // "the previous Friday", "the following Monday", "the next Tuesday": before or after the day the text last named
    const reference = /^the (?:previous|following|next)$/.test(lc(g.rel)) ? parseDay(ctx.reference()) : null;
    if (reference && offset === 1) return date(formatDay(resolveWeekday(reference, isoDay, 'future')));
    if (reference && offset === -1) return date(formatDay(resolveWeekday(addDays(reference, -1), isoDay, 'past')));
    let day: Day;
    if (offset === 0) {
      day = addDays(ctx.anchor, isoDay - weekday(ctx.anchor));
      // "This Sunday, a French inventor crossed the Channel" in Tuesday's paper: the Sunday just gone
      if (isoDay > weekday(ctx.anchor) && ctx.cue() === 'past') day = addDays(day, -7);
    }
    else {
      // "late on Monday or early Tuesday", "statements made Friday and Thursday": the one nearest the weekday just named
      const listed = offset === null && WEEKDAY_BEFORE.test(ctx.before(40)) ? parseDay(ctx.reference(LIST_REACH, false, true)) : null;
      if (listed) day = nearestWeekday(listed, isoDay);
      // a bare weekday that is the publication's own weekday is that day, behind or ahead ("said Sunday",
      // "was set to land on Monday", "until Tuesday" in that day's paper); "next Monday" is a week on
      else if (offset === null && weekday(ctx.anchor) === isoDay) day = ctx.anchor;
      // a plan or an expectation told in the past may have come about before the writing or not yet:
      // the nearest ("Humberto was expected to pass by Bermuda late Wednesday night" in Thursday's
      // paper, Wikinews; "were planning to drive … on Monday" in Friday's)
      else if (offset === null && ctx.intendedInPast() && !ctx.ahead()) day = nearestWeekday(ctx.anchor, isoDay);
      else day = resolveWeekday(ctx.anchor, isoDay, offset === 1 || (offset === null && ctx.ahead()) ? 'future' : offset === -1 ? 'past' : ctx.direction());
      if (offset === -1 && day.day === ctx.anchor.day && day.month === ctx.anchor.month) day = addDays(day, -7);
    }
    // "early Tuesday", "late Sunday": the day's start or end, as TimeBank's mods say; it leaves the word
    // out of the extent as often as it marks it ("Late Monday", "early Friday morning")
    // "Late on Sunday, the SDF announced …" (Wikinews) takes the mod of "late Sunday"
    const mod = modOf(POINT_MODS, g.pm?.replace(/\s+on\s+$/i, ''));
    const trim = g.pm?.length ?? 0;
    if (g.part && lc(g.part) !== 'night') return { type: 'TIME', value: `${formatDay(day)}T${DAY_PARTS[lc(g.part)]}`, mod, trim };
    return { ...date(formatDay(day), mod), trim };
  }),
  // "the last weekend of July", "the first week of March", "the second Tuesday in May"
  rule('nth-of-month', `(?:${word('the')}\\s+)?(?<ord>${anyOf(Object.keys(NTH))})\\s+(?:(?<unit>${anyOf(['week', 'weekend'])})|(?<wd>${WEEKDAY}))\\s+(?:of|in)\\s+(?<mon>${MONTH})(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?`, (g, ctx) => {
    const month = monthNumber(g.mon!);
    if (!g.year && !ctx.anchor) return null;
    const year = g.year ? +g.year : +monthResolved(ctx, month, undefined).slice(0, 4);
    const n = NTH[lc(g.ord)];
    if (g.wd) return date(formatDay(nthWeekday(year, month, weekdayNumber(g.wd), n)));
    // a month's n-th week is the one holding its n-th Thursday (as ISO weeks are counted)
    if (lc(g.unit) === 'week') return date(formatWeek(nthWeekday(year, month, 4, n)));
    return date(`${formatWeek(nthWeekday(year, month, 6, n))}-WE`);
  }),
  rule('deictic-day', `(?<pm>${anyOf(['late', 'early'])}\\s+)?(?<w>${anyOf(['today', 'yesterday', 'tomorrow', 'tonight'])})(?:\\s+(?<part>${anyOf(Object.keys(DAY_PARTS))}))?${TODAYS_GENERIC}`, (g, ctx) => {
    const w = lc(g.w);
    // "according to USA Today", "Psychology Today": a capitalised word after a name is part of it
    if (g.w === 'Today' && /[A-Z]\w*\s+$/.test(ctx.before()) && !/(?:^|[.!?:;"“(]\s*)[A-Z]\w*\s+$/.test(ctx.before())) return null;
    // "USA Today noted the commission's scope" (Wikinews): after an acronym even when it opens the sentence
    if (g.w === 'Today' && /\b[A-Z]{2,}\s+$/.test(ctx.before())) return null;
    if (g.generic !== undefined && w === 'today') return date('PRESENT_REF'); // "today's youth", "in today's world"
    const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const part = w === 'tonight' ? 'NI' : g.part ? DAY_PARTS[lc(g.part)] : null;
    const day = ctx.anchor ? formatDay(addDays(ctx.anchor, shift)) : 'PRESENT_REF';
    // "late yesterday", "early today": the day's end or start, as TimeBank marks them
    return part && ctx.anchor ? { type: 'TIME', value: `${day}T${part}`, mod: modOf(POINT_MODS, g.pm) } : date(day, modOf(POINT_MODS, g.pm));
  }),
  rule('this-part-of-day', `(?<rel>${anyOf(['this', 'last'])})\\s+(?<part>${anyOf(['morning', 'afternoon', 'evening', 'night'])})`, (g, ctx) => {
    // "On the last night, Trump delivered a long acceptance speech" (Wikinews): the last of a run of nights
    if (!ctx.anchor || /\b(?:the|its|their|his|her)\s+$/i.test(ctx.before())) return null;
    const part = lc(g.part);
    const day = lc(g.rel) === 'last' && part !== 'night' ? addDays(ctx.anchor, -1) : lc(g.rel) === 'last' ? addDays(ctx.anchor, -1) : ctx.anchor;
    return { type: 'TIME', value: `${formatDay(day)}T${DAY_PARTS[part]}` };
  }),
  // "likely to have in future?", "In future, might you test this?" (Wikinews): British for "in the future";
  // "in future debates" is an adjective
  rule('in-future', `(?<pre>${word('in')}\\s+)future(?=\\s*[,.;:?!)]|\\s+(?:what|we|they|I|you|he|she|it|there|this|these|might|may|will|would|could|should|the|a|an)\\b)`, (g) =>
    ({ ...date('FUTURE_REF'), trim: g.pre!.length })),
  rule('reference', `(?<w>${anyOf(['right now', 'now', 'currently', 'nowadays', 'these days', 'recently', 'lately', 'the past', 'the future', 'the near future', 'the near term', 'the short term', 'the long term', 'the present', 'the time being'])})(?:(?=,|\\s+for\\b)(?<discourse>)|(?<=present)(?=\\s+(?!(?:day|and|or|is|was|are|were|the|a|an|in|of|to|as|with|we|it|they|and)\\b)[a-z])(?<adjective>)|)`, (g, ctx) => {
    const w = lc(g.w);
    // "The scientists behind the present study" (Wikinews): an adjective, "this", before its noun
    if (g.adjective !== undefined) return null;
    // "Now, Ms. Conlin said, …", "Now for today's quiz": a sentence opening with "Now," or "Now for" turns the
    // discourse, it names no time (TBAQ leaves all four unmarked)
    if (g.w === 'Now' && g.discourse !== undefined) return null;
    // "these 'events' every now and again", "every now and then": an idiom for "at times"
    if (w === 'now' && /\bevery\s+$/i.test(ctx.before())) return null;
    if (['right now', 'now', 'currently', 'nowadays', 'these days', 'the present', 'the time being'].includes(w)) return date('PRESENT_REF');
    if (w.endsWith('future') || w.endsWith('term')) return date('FUTURE_REF');
    return date('PAST_REF');
  }),
  // "offerings at a later date", "call back at a later time": some time ahead
  rule('later-date', `a\\s+later\\s+(?:date|time|stage)`, (g, ctx) =>
    (/\b(?:[Aa]t|[Oo]n|[Uu]ntil|[Tt]o)\s+$/.test(ctx.before(8)) ? date('FUTURE_REF') : null)),
  // "live without power for a while": a length left vague
  rule('a-while', `a\\s+while`, (g, ctx) =>
    (/\b(?:[Ff]or|[Aa]fter|[Ii]n)\s+(?:quite\s+)?$/.test(ctx.before(14)) ? { type: 'DURATION', value: 'PXX' } : null)),
  // "his current wife", "current market conditions", "the then current market price": the present (or a past one)
  rule('current', `(?<then>then[ -])?current(?=\\s+(?!(?:accounts?|assets?|liabilit(?:y|ies)|affairs|is|was|of|and|or|in|on|that|which|flows?|density|sea)\\b)[a-z])`, (g) =>
    date(g.then ? 'PAST_REF' : 'PRESENT_REF')),
  rule('relative-unit', `(?<pm>${POINT_MOD}|${anyOf(['earlier', 'later'])}\\s+)?(?:${REL}|(?<the>${word('the')})\\s+)(?<unit>${anyOf(['week', 'month', 'year', 'decade', 'century', 'weekend'])}|(?<season>${SEASON}))(?<half>\\s+and\\s+a\\s+half)?`, (g, ctx) => {
    if (g.the && !g.pm) return null; // "the year" alone is as often a duration as a date
    // "the past year and a half": a length of time
    if (g.half && g.unit && /^(?:the )?(?:past|last|next|coming)$/.test(lc(g.rel))) return { type: 'DURATION', value: duration(unitOf(g.unit), 1.5) };
    if (g.unit && /^[A-Z]/.test(g.unit)) return null; // "This Week with David Brinkley": a title
    if (g.unit && /^(?:week|month|year)$/i.test(g.unit) && (ANAPHORIC.test(lc(g.rel)) || (lc(g.rel) === 'the next' && nextCountsFromReference(ctx)))) return null; // anaphoric-unit's
    const pm = lc(g.pm).replace(/-$/, '').trim();
    const mod = pm === 'earlier' ? 'START' : pm === 'later' ? 'END' : modOf(POINT_MODS, g.pm);
    const trim = pm === 'earlier' || pm === 'later' ? g.pm!.length : 0;
    const found = relativeUnit(g, ctx, mod);
    return found && { ...found, trim };
  }),
  // "later that year", "the following month", "that same day": counted from the point the text last named
  rule('anaphoric-unit', `(?<pm>${anyOf(['earlier', 'later'])}\\s+)?(?<rel>${anyOf(['that', 'that same', 'the same', 'the following', 'the next', 'the previous', 'the preceding'])})\\s+(?<unit>${anyOf(['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year'])})`, (g, ctx) => {
    const rel = lc(g.rel);
    const unit = lc(g.unit);
    if (rel === 'the next' && (unit === 'week' || unit === 'month' || unit === 'year') && !nextCountsFromReference(ctx)) return null;
    const part = DAY_PARTS[unit] ?? null; // "He died that night", "again that evening": a part of the day last named
    // a day counts from the day last named, passing over a year named since ("On May 23 … the party's 1996
    // vice presidential nominee … The next day, …", Wikinews); a month named since is the one it is in
    // ("killed last October … crossed out that same day")
    const step = rel === 'the following' || rel === 'the next' ? 1 : rel === 'the previous' || rel === 'the preceding' ? -1 : 0;
    // a day before or after counts from a day, passing over a month named since ("On Thursday, Hatice
    // Cengiz addressed … Khashoggi was murdered last October … The previous day, PBS revealed", Wikinews)
    const last = ctx.reference();
    const reference = (part !== null || unit === 'day') && last !== null && !(step === 0 ? /^\d{4}-\d\d/ : /^\d{4}-\d\d-\d\d/).test(last) ? ctx.reference(PASSED_YEAR_REACH, false, true) : last;
    const pm = lc(g.pm);
    const mod = pm === 'earlier' ? 'START' : pm === 'later' ? 'END' : null;
    const value = reference ? fromReference(reference, part ? 'day' : unit, step) : null;
    if (value && part && unit !== 'morning') return { type: 'TIME', value: `${value}T${part}`, mod };
    if (value) return date(value, mod);
    // "Politico regarded the debate as … The next day, the Commission announced" (Wikinews), with only a month
    // named before: a day of that month
    if (!part && unit === 'day' && step !== 0 && last !== null && /^\d{4}-\d\d$/.test(last)) return date(`${last}-XX`, mod);
    // nothing named before: the publication date is the reference
    if (part || unit === 'day' || !ctx.anchor) return null;
    return relativeUnit({ unit, rel: g.rel }, ctx, mod);
  }),
  // "compared to the same month a year ago", "the same period last year": the point last named (the month,
  // else the quarter, of a sales report), a year back
  rule('same-period-ago', `${word('the')}\\s+(?:same|comparable)\\s+(?<unit>${anyOf(['period', 'month', 'quarter', 'day', 'time'])})\\s+(?:a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+)?(?:the\\s+)?last\\s+year|(?:of\\s+)?the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+before)`, (g, ctx) => {
    const unit = lc(g.unit);
    const reference = ctx.reference();
    const month = reference && /^\d{4}-\d\d/.test(reference) ? reference.slice(0, unit === 'day' || unit === 'time' ? 10 : 7) : null;
    // a report about a quarter compares quarters: "sales in the last quarter, which ended December 30, … the same period of the last year"
    const byMonth = unit !== 'quarter' && !(unit === 'period' && ctx.quarter);
    if (byMonth && month && (unit !== 'day' || month.length === 10)) return date(`${+month.slice(0, 4) - 1}${month.slice(4)}`);
    if (unit === 'quarter' || unit === 'period') return date(quarterResolved(ctx, null, 'year-ago', undefined));
    return ctx.anchor ? date(String(ctx.anchor.year - 1)) : null;
  }),
  // "down from $450 million the year before", "a decrease from the year before, when …": a unit before
  // (after) the point last named, else the publication's; "the day before the stock market plunge" is
  // counted from an event, which has no date here
  rule('unit-before', `${word('the')}\\s+(?<unit>${anyOf(['day', 'week', 'month', 'year'])})\\s+(?<dir>${anyOf(['before', 'after'])})(?=\\s*[,.;:)]|\\s+(?:and|but|when|while|as)\\b)`, (g, ctx) => {
    if (!ctx.anchor) return null;
    const reference = ctx.reference() ?? formatDay(ctx.anchor);
    const value = fromReference(reference, lc(g.unit), lc(g.dir) === 'before' ? -1 : 1);
    return value ? date(value) : null;
  }),
  // "ending the day down 31 points", "for the day", "later in the day", "the start of the day": the day the
  // text last named, else the publication day ("the day of the vote", "the day the debate was held" are others)
  rule('the-day', `${word('the')}\\s+day(?!\\s+(?:of|when|that|and|or|the|a|an|he|she|it|they|we|I|you)\\b|\\s+(?:before|after)\\s+(?![a-z]+ing\\b)\\w)`, (g, ctx) => {
    // "at the end of the day", "back in the day": idioms, not days
    if (!ctx.anchor || !DAY_IN_FOCUS_AFTER.test(ctx.before()) || /\b(?:[Aa]t the end of|[Bb]ack in)\s+$/.test(ctx.before())) return null;
    return date(dayInFocus(ctx, ctx.anchor));
  }),
  rule('the-weekend', `${word('the')}\\s+weekend`, (g, ctx) => {
    if (!ctx.anchor) return date('XXXX-WXX-WE');
    const back = weekday(ctx.anchor) < 5 && ctx.direction() === 'past' ? -7 : 0;
    return date(`${formatWeek(addDays(ctx.anchor, back))}-WE`);
  }),
  rule('ago', `(?<amod>${AMOUNT_MOD}|${OUTSIDE_MOD})?(?<amt>${AMOUNT})[\\s-]+(?<unit>${UNIT})(?<half>[\\s-]+and[\\s-]+a[\\s-]+half)?\\s+(?<dir>${anyOf(['ago', 'back', 'earlier', 'later', 'from now', 'hence', 'before', 'after'])})`, (g, ctx) => {
    if (!ctx.anchor) return null;
    const dir = lc(g.dir) === 'back' ? 'ago' : lc(g.dir); // "a sanctioned project ten years back"
    if (g.half && dir !== 'ago') return null; // "a minute and a half later": TimeBank marks the length alone
    const counted = amountValue(g.amt!);
    const n = counted !== null && g.half ? counted + 0.5 : counted;
    const sign = ['ago', 'earlier', 'before'].includes(dir) ? -1 : 1;
    const unit = unitOf(g.unit!);
    // "three days later", "a day earlier": TimeBank reads these as the distance, not the day; a
    // year earlier (a financial comparison) and anything "ago" or "from now" is a point.
    const point = dir === 'ago' || dir === 'from now' || dir === 'hence' || (dir === 'earlier' && (unit === 'year' || unit === 'quarter'));
    // "In 1984, Geraldine Ferraro was Walter Mondale's running mate … Eight years earlier, at the … convention"
    // (Wikinews): years earlier than the year the story last named, not than the publication
    const story = dir === 'earlier' && unit === 'year' && n !== null && n > 1 && Number.isInteger(n) ? ctx.reference() : null;
    if (story && /^\d{4}/.test(story)) return date(String(+story.slice(0, 4) - n!), modOf(AMOUNT_MODS, g.amod) ?? modOf(OUTSIDE_MODS, g.amod));
    // "two months after the team left": the relation word stays outside the extent
    const trimEnd = dir === 'before' || dir === 'after' ? g.dir!.length + 1 : 0;
    if (!point) return { type: 'DURATION', value: duration(unit, n), mod: modOf(AMOUNT_MODS, g.amod) ?? modOf(OUTSIDE_MODS, g.amod), trimEnd };
    const value = n === null ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : pointAgo(ctx, unit, sign * n);
    return value ? date(value, modOf(AMOUNT_MODS, g.amod) ?? modOf(OUTSIDE_MODS, g.amod)) : null;
  }),
  rule('year-ago-adjective', `(?<the>${word('the')}\\s+)?(?:${anyOf(['year-earlier', 'year-ago', 'year earlier'])})(?:\\s+(?<noun>period|quarter|level|levels|figure|figures|results))?`, (g, ctx) => {
    if (!ctx.anchor) return null;
    if (!g.noun || /period|quarter/.test(g.noun)) return date(yearAgo(ctx, 'year', -1)!);
    // "the year-ago results": TimeBank marks the adjective alone
    return { ...date(yearAgo(ctx, 'year', -1)!), trim: g.the?.length ?? 0, trimEnd: g.noun.length + 1 };
  }),
  rule('quarter', `(?:(?<yrel>${anyOf(['this', 'last', 'next'])})\\s+year's\\s+|(?<the>${word('the')}\\s+))?(?<pyear>(?:19|20)\\d\\d\\s+)?(?<rel>(?:${anyOf(['latest', 'last', 'current', 'next', 'previous', 'same', 'year-earlier', 'year-ago', 'fiscal', 'this', 'that', 'recent', 'comparable'])}\\s+)*)(?:(?:${word('fiscal')}-)?(?<ord>${anyOf(Object.keys(ORDINAL_QUARTER))})(?<hyphen>\\s+|-))?(?:${word('fiscal')}\\s+)?(?<noun>${word('quarter')}(?![\\s-]+century)|period)(?:\\s+(?:of|in)\\s+(?:${word('fiscal')}\\s+)?(?:(?<year>(?:19|20)\\d\\d)|(?:the\\s+)?(?<ofRel>${anyOf(['this', 'last', 'next'])})\\s+year))?(?<ago>\\s+a\\s+year\\s+(?:ago|earlier))?`, (g, ctx) => {
    if (!g.the && !g.rel && !g.ord && !g.yrel && !g.ofRel && !g.pyear) return null;
    const period = lc(g.noun) === 'period';
    if (period && !g.pyear && !/latest|year-|comparable|same/.test(lc(g.rel))) return null; // "the period" alone is anyone's
    // "from 2013 to 2019 … seized in the same period" (Wikinews): the same period as a span just named, not a
    // quarter, unless the text is about one
    if (period && !g.pyear && lc(g.rel).trim() === 'same' && !g.ago && !ctx.quarter) return null;
    const q = g.ord ? ORDINAL_QUARTER[lc(g.ord)] : null;
    // "last year's third quarter", "the first quarter of last year"
    const yrel = lc(g.yrel ?? g.ofRel);
    const shift = yrel === 'last' ? -1 : yrel === 'next' ? 1 : 0;
    const year = g.year ?? g.pyear?.trim() ?? (ctx.anchor && yrel ? String(ctx.anchor.year + shift) : undefined);
    let value: string;
    if (period && g.pyear) value = ctx.quarter ? `${year}-Q${ctx.quarter.q}` : year!;
    else value = quarterResolved(ctx, q, g.ago ? `year-ago ${g.rel ?? ''}` : g.rel ?? '', year); // "the quarter a year ago"
    const m = /^(\d{4})-Q(\d)$/.exec(value);
    // the quarter a report is about is over (or a fiscal one just ended): "the third quarter of 1990" and
    // "continue into the fourth quarter" are forecasts
    const index = m ? +m[1] * 4 + +m[2] : 0;
    const current = ctx.anchor ? ctx.anchor.year * 4 + Math.ceil(ctx.anchor.month / 3) : 0;
    const over = !ctx.anchor || index < current || (index === current && ctx.cue() !== 'future' && !/\binto\s+$/i.test(ctx.before()));
    if (m && over && !g.ago && !/year-(earlier|ago)/.test(lc(g.rel)) && !g.pyear && !shift) ctx.quarter = { year: +m[1], q: +m[2] };
    // "the third-quarter results", "that third-quarter charge": TimeBank marks the adjective, not the determiner
    const trim = g.hyphen !== '-' ? 0 : g.the && !g.rel ? g.the.length : !g.the && lc(g.rel) === 'that' ? g.rel!.length : 0;
    return { ...date(value), trim };
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
  // "in recent years", "the past few decades"; "his 1949 movie debut The Last Days of Dolwyn" is a title
  rule('recent-units', `(?:${word('the')}\\s+)?(?<dir>${anyOf(['recent', 'past', 'last', 'coming', 'next', 'previous'])})\\s+(?:${anyOf(['few', 'several', 'many'])}\\s+)?(?<unit>${anyOf(['days', 'weeks', 'months', 'quarters', 'years', 'decades'])})`, (g) =>
    (/^[A-Z]/.test(g.unit!) ? null : { type: 'DURATION', value: duration(unitOf(g.unit!), null) })),
  // "a decades-long dispute", "their third day-long meeting", "the worst single-day decline": lengths as adjectives
  rule('unit-long', `(?:(?<single>single)-)?(?<unit>${anyOf(['hour', 'day', 'week', 'month', 'year', 'decade'])})(?<plural>s)?(?<long>-long)?`, (g) => {
    if (!g.single === !g.long || (g.single && g.plural)) return null;
    return { type: 'DURATION', value: duration(unitOf(g.unit!), g.plural ? null : 1) };
  }),
  // "over the years": a vague length, marked with its article as TimeBank does
  rule('over-the-units', `${word('the')}\\s+(?<unit>${anyOf(['years', 'decades', 'months'])})(?!\\s+(?:of|since|ahead)\\b|\\s+to\\s+(?:\\d|the\\b|a\\b|an\\b|come\\b|[A-Z]))`, (g, ctx) =>
    // "the community has used these over the years to create mods" (Wikinews); "over the years to 2010" ends a span
    (/\b[Oo]ver\s+$/.test(ctx.before()) ? { type: 'DURATION', value: duration(unitOf(g.unit!), null) } : null)),
  rule('units-ahead', `${word('the')}\\s+(?<unit>${anyOf(['days', 'weeks', 'months', 'years'])})\\s+(?:ahead|to come)`, (g) =>
    ({ type: 'DURATION', value: duration(unitOf(g.unit!), null) })),
  rule('duration', `(?<omod>${OUTSIDE_MOD})?(?<amod>${AMOUNT_MOD})?(?<the>${word('the')}\\s+)?(?<lead>${anyOf(['past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'following', 'latest', 'initial'])}\\s+)?(?<amt>${AMOUNT})(?<andHalf>\\s+and\\s+a\\s+half)?(?<sep>\\s+|-)(?:${anyOf(['more', 'additional', 'straight', 'consecutive', 'trading', 'business', 'working'])}\\s+)?(?<unit>${UNIT})(?:(?<=second)(?=\\s+[a-z])(?<ordinal>)|(?<=\\b(?:a|one|two|three)\\s+quarters?)(?=\\s+of\\s+(?:the|its|their|his|her|all|those|these)\\b)(?<fractionOf>)|)(?<half>\\s+and\\s+a\\s+half)?(?<old>[\\s-]+(?:${anyOf(['long', 'old'])}))?`, (g, ctx) => {
    if (g.old && /old/i.test(g.old)) return null; // an age, not a period
    const unit = unitOf(g.unit!);
    const counted = amountValue(g.amt!);
    const n = counted !== null && (g.half || g.andHalf) ? counted + 0.5 : counted; // "a minute and a half", "two and a half years"
    if (g.ordinal !== undefined && /^(?:a|one)$/i.test(g.amt!)) return null; // "for a second consecutive day", "a second time"
    if (/^(?:1[89]|20)\d\d$/.test(g.amt!) && !/s$/i.test(g.unit!)) return null; // "World Cup 2018 day five": a year before a noun
    if (g.fractionOf !== undefined) return null; // "three quarters of the state legislatures": a fraction
    if (/\b(?:aged?|ages)\s+(?:of\s+)?(?:\d+\s*[–-]\s*)?$/i.test(ctx.before())) return null; // "at the age of four months", "aged 0–14 years"

    if (unit === 'quarter' && ((n !== null && n < 2) || g.sep === '-')) return null;
    if (/^[A-Z]/.test(g.unit!)) return null; // "60 Minutes": a title // "a quarter of", "three-quarters": fractions
    // "a second group", "one day he will": not periods unless a preposition asks for one
    if ((unit === 'second' || unit === 'day') && /^(a|one)$/i.test(g.amt!) && g.sep !== '-' && !/\b(?:for|in|within|after|over|of|last|past|next)\s*$/i.test(ctx.before())) return null; // but "Albright's one-day trip"
    // "more often than once a year", "twice a week": a frequency, marked on its unit as TimeBank does
    if (/^an?$/i.test(g.amt!) && !g.the && /\b(?:once|twice|times)\s+$/i.test(ctx.before())) return { type: 'SET', value: duration(unit, 1) };
    if (/^an?$/i.test(g.amt!) && RATE_BEFORE.test(ctx.before())) return null;
    // a report moving on to "the first nine months" is no longer about one quarter
    if (unit === 'month' && n !== null && n >= 6) ctx.quarter = null;
    // "over five months" is more than five; "over the last five months" is during them, and so is
    // "over" after a verb of doing ("evolved over several years", "spread over three days"; TimeBank)
    const across = g.the || (lc(g.omod) === 'over' && !OVER_AS_MORE.test(ctx.before()));
    const mod = modOf(AMOUNT_MODS, g.amod) ?? (across ? null : modOf(OUTSIDE_MODS, g.omod));
    // "the two-week delay": TimeBank marks the adjective, not the article
    // "In 1998, following ten years working for NationsBank, …" (Wikinews): without "the", "following" is "after"
    const after = !g.the && !g.amod && !g.omod && /^following\s/i.test(g.lead ?? '') ? g.lead!.length : 0;
    const trim = (g.omod?.length ?? 0) + (g.sep === '-' && g.the && !g.amod ? g.the.length : 0) + after;
    return { type: 'DURATION', value: duration(unit, n), mod, trim };
  }),
  // "1 hour 59 minutes 40.2 seconds", "15 years, 8 months": one length in falling units, as TimeML marks it
  rule('compound-duration', `(?<omod>${OUTSIDE_MOD})?(?<amod>${AMOUNT_MOD})?(?<parts>${AMOUNT}\\s+${UNIT}(?:,?\\s+(?:and\\s+)?${AMOUNT}\\s+${UNIT}){1,2})`, (g, ctx) => {
    if (/\b(?:aged?|ages)\s+(?:of\s+)?$/i.test(ctx.before())) return null; // "over the age of 70 years and six months"
    let value = 'P';
    let time = false;
    let previous = -1;
    for (const [, amount, unitWord] of g.parts!.matchAll(COMPOUND_PART)) {
      const unit = unitOf(unitWord);
      const rank = UNIT_RANK.indexOf(unit);
      const n = amountValue(amount);
      // "24 hours a day": the units must fall; "a few hours, 30 minutes" has no count to write
      if (rank <= previous || n === null) return null;
      previous = rank;
      if (UNITS[unit].time && !time) { value += 'T'; time = true; }
      value += `${n}${UNITS[unit].letter}`;
    }
    return { type: 'DURATION', value, mod: modOf(AMOUNT_MODS, g.amod) ?? modOf(OUTSIDE_MODS, g.omod), trim: g.omod?.length ?? 0 };
  }),
  // "between 60 and 90 days", "two to six days": the first amount counts the unit named after the second
  rule('range-start', `(?<amt>${AMOUNT})(?=\\s+(?:to|and|or)\\s+(?:${AMOUNT})\\s+(?<unit>${UNIT})(?<after>\\s+(?:old|ago|earlier|later|before|after)\\b)?${END})`, (g, ctx) => {
    // "aged 16 to 18 years", "12 or 11 years old": ages; "7 or 8 years ago": a point, not a length
    if (/^(?:an?)$/i.test(g.amt!) || /^[A-Z]/.test(g.unit!) || g.after || /\baged\s+$/.test(ctx.before())) return null;
    return { type: 'DURATION', value: duration(unitOf(g.unit!), amountValue(g.amt!)) };
  }),
  // "in decades", "for years", "after weeks of protests", "ending decades of conflict": a length not counted
  // "Hours after the public access was restored, …", "only days before the vote": a distance not counted
  rule('vague-duration', `(?<unit>${anyOf(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes'])})(?:(?=\\s+of\\s+[a-z])(?<ofNext>)|(?=\\s+(?:after|later|before|earlier)\\b)(?<relNext>)|)`, (g, ctx) => {
    const before = ctx.before();
    // "have tended to take hours to set" (Wikinews), "it took years", "waited hours": lengths
    const vague = /\b(?:[Oo]ver|[Ww]ithin|[Tt]aken|in|[Ff]or|take|takes|took|taking|lasted|lasting|waited|spent)\s+(?:(?:just|mere|only|a few)\s+)?$/.test(before)
      || (g.ofNext !== undefined && /\b(?:after|ending|ended|ends|follows|followed|following|despite|amid|through|of|with)\s+$/i.test(before))
      || (g.relNext !== undefined && (/\b(?:[Jj]ust|[Oo]nly|[Mm]ere)\s+$/.test(before) || (/^[A-Z]/.test(g.unit!) && /(?:^|[.!?"”]\s+|\n)$/.test(before))));
    return vague ? { type: 'DURATION', value: duration(unitOf(g.unit!), null) } : null;
  }),
  // "at 1922 UTC", "as of 14:48 UTC", "at 12:00 UTC Monday", "12:05:19 UTC": a 24-hour clock time with its zone; UTC is written Z
  rule('clock-24h', `(?:(?<h>[01]\\d|2[0-3])|(?<hc>[01]?\\d|2[0-3]):)(?<min>[0-5]\\d)(?::(?<sec>[0-5]\\d))?\\s+(?<zone>UTC|GMT|Z|${ZONES.join('|')})${DAY_AFTER}`, (g, ctx) => {
    const hour = (g.h ?? g.hc!).padStart(2, '0');
    const z = /^(?:UTC|GMT|Z)$/.test(g.zone!) ? 'Z' : '';
    let day = dayNamedAfter(g, ctx, g.zone === 'local time' ? +hour : undefined);
    // "at around 8:30 p.m. (0030 UTC)" (Wikinews): UTC past midnight is the local day's next day (no zone
    // is more than 12 hours behind or 14 ahead), unless the brackets name its own day ("(0300 UTC Monday)")
    const local = z && !g.nextWd && !g.nextDeictic && !g.nextMon && day.length === 10 ? LOCAL_CLOCK_BEFORE.exec(ctx.before(60)) : null;
    if (local) {
      const localHour = (+local[1] % 12) + (/p/i.test(local[2]) ? 12 : 0);
      const shift = +hour - localHour < -12 ? 1 : +hour - localHour > 14 ? -1 : 0;
      const parsed = parseDay(day);
      if (shift && parsed) day = formatDay(addDays(parsed, shift));
    }
    return { type: 'TIME', value: `${day}T${hour}:${g.min}${g.sec ? `:${g.sec}` : ''}${z}` };
  }),
  // "the polls closed at 22:30": a 24-hour clock time without a zone, after a preposition of time
  rule('clock-24h-bare', `(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?!\\s*(?:[ap]\\.?m\\b|[AP]M\\b|UTC|GMT|h\\b))${DAY_AFTER}`, (g, ctx) => {
    if (!/\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Aa]round|[Ff]rom|[Ss]ince)\s+(?:about\s+|around\s+)?$/.test(ctx.before())) return null;
    return { type: 'TIME', value: `${dayNamedAfter(g, ctx, +g.h!)}T${g.h!.padStart(2, '0')}:${g.min}` };
  }),
  // "at 4:42 local time on Saturday (2024 Friday, UTC)": a 24-hour time whose zone follows its day
  rule('clock-24h-day', `(?<h>[01]\\d|2[0-3])(?<min>[0-5]\\d)(?=\\s+(?<nextWd>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:UTC|GMT)\\b)`, (g, ctx) =>
    ({ type: 'TIME', value: `${dayNamedAfter(g, ctx)}T${g.h}:${g.min}Z` })),
  rule('clock', `(?:(?<part>${word('a')}\\s+quarter|${word('half')})\\s+(?<partRel>past|after|to|before)\\s+)?(?<h>[01]?\\d)(?::(?<min>[0-5]\\d)|\\.(?<dotMin>[0-5]\\d)(?=\\s*(?:[ap]\\.?m\\b|[AP]\\.?M\\b)))?(?:\\s*(?<ampm>[ap]\\.m\\.?|[AP]\\.M\\.?|[AP]M|[ap]m)|\\s+(?:o'clock\\s+)?in\\s+the\\s+(?<inPart>morning|afternoon|evening))(?:\\s+(?<zone>${ZONES.join('|')}))?${DAY_AFTER}`, (g, ctx) => {
    let hour = +g.h! % 12;
    if (g.ampm ? /^p/i.test(g.ampm) : g.inPart !== 'morning') hour += 12; // "4 in the morning", "8 in the evening"
    // "left his home a quarter before 11 a.m." (Wikinews): 10:45; "half past 2 p.m.": 14:30
    let minute = g.min ?? g.dotMin ?? '00';
    if (g.part) {
      if (g.min || g.dotMin) return null;
      const back = /^(?:to|before)$/.test(g.partRel!);
      const minutes = /quarter/i.test(g.part) ? 15 : 30;
      if (back) hour = (hour + 23) % 24;
      minute = String(back ? 60 - minutes : minutes);
    }
    const local = !g.zone || g.zone === 'local time' ? hour : undefined;
    // "We were called at 8.10am today" (Wikinews): British minutes after a dot
    return { type: 'TIME', value: `${dayNamedAfter(g, ctx, local)}T${String(hour).padStart(2, '0')}:${minute}` };
  }),
  rule('noon', `(?<w>${anyOf(['noon', 'midnight', 'midday'])})(?!\\s+sun\\b)(?<!${word('high')} \\w+)${DAY_AFTER}`, (g, ctx) =>
    ({ type: 'TIME', value: `${dayNamedAfter(g, ctx)}T${lc(g.w) === 'midnight' ? '24:00' : '12:00'}` })),
  // "at mid-afternoon yesterday", "by mid afternoon", "placed orders in the morning", "rose in morning
  // trading": a part of the day
  // named after it, else of the day the text last named, else of the publication day
  rule('day-part', `(?:(?<pm>${anyOf(['early', 'late', 'mid'])})(?:\\s*-\\s*|\\s+)|(?<=\\b(?:[Ii]n|[Dd]uring|[Bb]y|[Tt]hrough)\\s+)(?:${word('the')}\\s+|(?=\\w+\\s+(?:trading|session|deals)\\b)))(?<part>${anyOf(['morning', 'afternoon', 'evening'])})${DAY_AFTER}`, (g, ctx) => {
    // "Imus in the Morning": a title
    if (!ctx.anchor || /^[A-Z]/.test(g.part!) && !g.pm) return null;
    const day = g.after ? dayNamedAfter(g, ctx) : dayInFocus(ctx, ctx.anchor);
    return { type: 'TIME', value: `${day}T${DAY_PARTS[lc(g.part)]}`, mod: modOf(POINT_MODS, g.pm) };
  }),
  rule('set-adverb', `(?<w>${anyOf(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly'])})(?<name>\\s+[A-Z][a-z]+)?`, (g, ctx) => {
    // a publication's name: "the party daily Granma", "LA Weekly", "Daily Xtra"
    if (g.name || (/^[A-Z]/.test(g.w!) && /[A-Z][\w.]*\s+$/.test(ctx.before()))) return null;
    const unit: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H' };
    return { type: 'SET', value: unit[lc(g.w)] };
  }),
  rule('set-every', `(?<every>${anyOf(['every', 'each', 'per'])})\\s+(?:(?<wd>${WEEKDAY})|(?<unit>${anyOf(['day', 'week', 'month', 'year', 'quarter', 'hour', 'night', 'morning'])})|(?<amt>${AMOUNT})\\s+(?<units>${anyOf(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seconds'])})|other\\s+(?<other>${anyOf(['day', 'week', 'month', 'year'])}))`, (g, ctx) => {
    // "157 miles per hour", "two billion cubic meters per year": a rate, left unmarked as "$500 million a year" is
    if (lc(g.every) === 'per' && QUANTITY_BEFORE.test(ctx.before(40))) return null;
    if (g.wd) return { type: 'SET', value: `XXXX-WXX-${weekdayNumber(g.wd)}` };
    if (g.units && lc(g.every) !== 'every') return null; // "each two years" is no English; "per five days" a rate
    if (g.units) return { type: 'SET', value: duration(unitOf(g.units), amountValue(g.amt!)) }; // "every few years", "every two weeks"
    // "The World Athletics Championships are held every other year" (Wikinews): every second one
    if (g.other) return lc(g.every) === 'every' ? { type: 'SET', value: duration(unitOf(g.other), 2) } : null;
    const unit = lc(g.unit);
    if (unit === 'night' || unit === 'morning') return { type: 'SET', value: `XXXX-XX-XXT${DAY_PARTS[unit]}` };
    return { type: 'SET', value: duration(unit, 1) };
  }),
  rule('season', `(?<pm>${POINT_MOD})?(?<season>${anyOf(['summer', 'winter', 'autumn'])}|(?<=\\b(?:in|this|last|next|the)\\s+)${anyOf(['spring', 'fall'])})(?:\\s+(?:of\\s+)?(?:(?<year>(?:19|20)\\d\\d)|${SPOKEN_YEAR}))?(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|)`, (g, ctx) => {
    // "Google Summer of Code", "the Arab Spring", "the Winter Olympics": a season inside a name
    if (!g.year && !g.pm && /^[A-Z]/.test(g.season!) && (g.nameNext !== undefined || /[A-Z][\w.]*\s+$/.test(ctx.before()))) return null;
    const code = SEASONS[lc(g.season)];
    const year = g.year ?? (g.tens ? String(spokenYear(g)) : null);
    return date(year ? `${year}-${code}` : seasonResolved(ctx, code, undefined), modOf(POINT_MODS, g.pm));
  }),
  rule('holiday', `(?<name>${anyOfWords(['christmas day', 'christmas eve', 'christmas', "new year's day", "new year's eve", 'thanksgiving day', 'thanksgiving', 'independence day', 'the fourth of july', 'fourth of july', 'july fourth', 'halloween', 'labor day', 'memorial day', 'election day'])})(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|)`, (g, ctx) => {
    // "illustrator Johnnie Christmas", "the Great Orchestra of Christmas Charity": a name
    if (g.nameNext !== undefined || /\b[A-Z][a-z]+\s+$/.test(ctx.before()) && !/(?:^|[.!?:"“]\s*)[A-Z][a-z]+\s+$/.test(ctx.before())) return null;
    const name = lc(g.name).replace('’', "'");
    const a = ctx.anchor;
    if (!a) { const d = holiday(name, 2000); return d ? date(`XXXX-${formatDay(d).slice(5)}`) : null; }
    if (name === 'election day') return date(electionNamed(ctx) ?? usElectionDay(a, ctx.ahead() ? 'future' : ctx.direction()));
    const here = holiday(name, a.year);
    if (!here) return null;
    const direction = ctx.ahead() ? 'future' : ctx.direction();
    const thisYear = formatDay(here) <= formatDay(a);
    const year = direction === 'past' ? (thisYear ? a.year : a.year - 1) : (thisYear ? a.year + 1 : a.year);
    return date(formatDay(holiday(name, year)!));
  }),
];
