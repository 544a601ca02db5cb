import { formatDay, formatMonth, formatWeek, parseDay, type Day } from '../calendar.js';
import { monthResolved, offsetOf } from '../anchoring.js';
import { date, lc, refocused, type Normalised, type Rule, type RuleContext } from '../context.js';
import { MONTH, MONTH_UNDOTTED, POINT_MOD, POINT_MODS, WEEKDAY, anyOf, modOf, monthNumber, word } from '../lexicon.js';
import { yearOfMonth, yearOfMonthDay } from '../resolve.js';
import { rule, REL, SPOKEN_YEAR, spokenYear } from './shared.js';

/** Units of measure after a number, which make it no year: "the 2000 km long pipeline", "1000 megawatts". */
const MEASURE = '(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s|feet|ft|kg|kilograms?|tonnes?|tons|MW|megawatts?|hectares|acres|barrels|mph|kph|km/h)';

/** A sentence end, not the dot of a title ("the voters Mrs. Smith needs in November") or an initial. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|[A-Z]))[.!?]\s/;
/** Words that give a name: "a joint venture called Orion 1980". */
const CALLED = /\b(?:called|named|dubbed|known\s+as)\s+[A-Z][a-z]+\s+$/;
/** Nouns after a number that make it part of a name: "the Russel 2000 Index". */
const NAME_AFTER = /^\s+(?:Index|Fund|Model|Series)\b/;
/**
 * Capitalised words before a year that do not make it part of a name even after "called", or make it the
 * time of an event named so: months, weekdays, seasons, feasts, "a fair called Expo 2020".
 */
const NOT_A_NAME = new RegExp(`^(?:${MONTH.replace(/\\\./g, '')}|${WEEKDAY}|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Thanksgiving|Ramadan|Copyright|Conference|Congress|Summit|Expo|Cup|Games|Olympics|Championships?|Festival|Comicon|Forum|Convention|Fair|Week|Show|Awards|Elections?|Census|Budget)$`);
/** Words of an election campaign before "November" in its sentence. */
const ELECTION_TALK = /\b(?:[Ee]lect(?:s|ed|ing|ion|ions|oral)?|[Vv]ot(?:e|es|ed|ing|ers)|[Bb]allots?|[Pp]rimar(?:y|ies)|[Cc]ampaigns?|[Nn]ominees?)\b/;

/**
 * What a market report trades for delivery in a month: "November soybeans fell", "June T-bonds closed higher",
 * "the March 98 call options", "June Eurodollars eased" (made up). Between the month and the goods may stand
 * the contract's two-digit year, "mid-curve" or a strike price ("June 94.10 to 94.20 call spreads").
 */
const CONTRACT = `(?:\\s+(?<contractYear>\\d\\d)(?![\\d.,]))?(?:\\s+(?:mid-curve|\\d+(?:\\.\\d+)?(?:\\s+to\\s+\\d+(?:\\.\\d+)?)?))?\\s+${anyOf([
  'delivery', 'contract', 'contracts', 'futures', 'options', 'put options', 'call options', 'put spreads', 'call spreads', 'calendar spread',
  'crude', 'Brent', 'heating oil', 'unleaded', 'gasoline', 'gas oil', 'natural gas', 'cotton', 'wheat', 'corn', 'soybeans', 'soymeal',
  'soyoil', 'coffee', 'cocoa', 'sugar', 'copper', 'aluminium', 'live cattle', 'hogs', 'pork bellies', 'T-bonds', 'T-bills',
  'T-notes', 'bonds', 'Eurodollars', 'Euromarks', 'Bunds',
])}\\b`;

/** Centuries spelled out, by number. */
const SPELLED_CENTURIES: Readonly<Record<string, number>> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

const SPOKEN_DECADES: Readonly<Record<string, string>> = { 'the twenties': '2', 'the thirties': '3', 'the forties': '4', 'the fifties': '5', 'the sixties': '6', 'the seventies': '7', 'the eighties': '8', 'the nineties': '9' };

/**
 * The day a date named without its year is counted from when the text has just named a day of
 * another year: "the army moved on November 15, 2017 … his resignation on November 21".
 */
function nearbyYearOf(ctx: RuleContext): Day | null {
  const near = parseDay(ctx.reference(400, true));
  return near && ctx.anchor && near.year !== ctx.anchor.year ? near : null;
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

/**
 * A day whose clause says nothing of its direction takes the way of a day its sentence named before it, when
 * that one lies ahead: "new flights would leave Bombay from March 30, with the third departing each Thursday
 * from August 6" (in February) is a schedule of days to come.
 */
function aheadLikeDayBefore(ctx: RuleContext, month: number, day: number): 'future' | null {
  if (!ctx.anchor || ctx.cue() !== null) return null;
  const before = ctx.namedBefore(ctx.sentenceBefore().length, (_, found) => found.monthDay === true);
  const a = ctx.anchor;
  const later = before !== null && before.slice(0, 10) > formatDay(a) && before.slice(0, 4) === String(a.year);
  // the day named after it falls later in the same year
  return later && formatDay({ year: a.year, month, day }) > before!.slice(0, 10) ? 'future' : null;
}

/** "the year", "the fiscal year", "earlier in the year": the publication's year, or a fiscal year's length. */
function theYear(g: Record<string, string | undefined>, ctx: RuleContext): Normalised | null {
  // "the year ended Sept. 30" is a fiscal year's length; "for the full year" is this year
  if (g.relation) return null; // "the year before": counted from another point
  if (g.ended) return { type: 'DURATION', value: 'P1Y', trimEnd: g.ended.length };
  if (!ctx.anchor) return null;
  if (g.which) return date(String(ctx.anchor.year - (/latest|previous|prior/i.test(g.which) ? 1 : 0)));
  // "earlier in the year", "for the year", "the first nine months of the year": this one
  if (g.pm) return date(String(ctx.anchor.year), lc(g.pm).startsWith('earlier') ? 'START' : 'END');
  return /\b(?:for|of)\s+$/i.test(ctx.before()) ? date(String(ctx.anchor.year)) : null;
}

/**
 * Calendar dates: days of a month ("March 6", "20 Nov 2019", "9/11"), months, years, decades and centuries.
 */
export const DATE_RULES: readonly Rule[] = [
  rule('month-day', `(?<rel>${anyOf(['last', 'next', 'this'])}\\s+)?(?:(?<mon>${MONTH})|(?<bareMon>${MONTH_UNDOTTED})(?=\\s+[0-3]?\\d(?:,?\\s+(?:1[89]|20)\\d\\d|(?:st|nd|rd|th)?(?![\\d%]|[.,:/-]\\d))))(?:\\s+|(?<=\\.)(?=[0-3]?\\d\\b))(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d)|\\s+(?<yrel>${anyOf(['last', 'this', 'next'])})\\s+year)?`, (g, ctx) => {
    const month = monthNumber(g.mon ?? g.bareMon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    if (g.yrel && ctx.anchor) return date(formatDay({ year: ctx.anchor.year + (offsetOf(g.yrel) ?? 0), month, day })); // "on March 20 last year"
    // "the fiscal year ended Jan. 31" is behind us, "the year ending June 30" mostly ahead
    const ended = /\b(?:ended|closed)\s+$/.test(ctx.before()) ? 'past' : /\bending\s+$/.test(ctx.before()) ? 'future' : null;
    // "shot to death last Oct. 23": the word says which way; TimeBank marks the date alone
    const said = g.rel ? (lc(g.rel).startsWith('next') ? 'future' : lc(g.rel).startsWith('last') ? 'past' : null) : null;
    const way = ended ?? said ?? (g.year ? null : aheadLikeDayBefore(ctx, month, day));
    // "a letter on March 3, 2011 … why the March 3rd letter came so late": the day named before with its
    // year, named again (beyond the 400 characters within which nearbyYearOf holds)
    const suffix = `-${formatMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}`;
    const again = !g.year && !g.rel && !way ? ctx.reference(undefined, true, true, (v) => v.slice(4, 10) === suffix) : null;
    if (again) return date(again.slice(0, 10));
    // a day ahead ("must come out by October 31st") is not in the year of a past date named before it
    const from = ctx.ahead() || (way ?? ctx.direction()) === 'future' ? null : nearbyYearOf(ctx);
    // a day whose verb is in the past stays behind unless the one ahead is three times nearer: "was thrown
    // into question on Feb. 9" in a September paper is the February gone (it weighed 1.5 times: the next one);
    // but "created an office, effective Feb. 1" (TimeBank) sets a day ahead. Cue words alone are not
    // enough ("Article last amended: Mar 5" on a Wikinews page is a later amendment)
    const against = way ? 100 : !from && !ctx.ahead() && !/\beffective\s+$/i.test(ctx.before(12)) && ctx.toldInPast() ? 3 : undefined;
    const year = g.year ? +g.year : ctx.anchor && said === null && g.rel ? ctx.anchor.year : ctx.anchor ? yearOfMonthDay(from ?? ctx.anchor, month, day, way ?? ctx.direction(), against) : null;
    return { ...date(year === null ? `XXXX-${formatMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}` : formatDay({ year, month, day })), trim: g.rel?.length ?? 0 };
  }, { monthDay: true }),
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
  }, flags: { namesEvent: true }, examples: [] },
  // "the summit on April 24 and 25": the second day of the month just named
  rule('coordinated-day', `(?<=${MONTH}\\s+[0-3]?\\d(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?`, (g, ctx) => {
    const reference = ctx.reference(30);
    const day = +g.day!;
    if (!reference || !/^\d{4}-\d\d-\d\d$/.test(reference) || day < 1 || day > 31) return null;
    return date(`${reference.slice(0, 8)}${String(day).padStart(2, '0')}`);
  }),
  rule('day-month', `(?<day>[0-3]?\\d)(?<gap>(?:st|nd|rd|th)?\\s+(?:of\\s+)?)(?:(?<mon>${MONTH})(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?|(?<bareMon>${MONTH_UNDOTTED})\\s+(?<bareYear>(?:1[89]|20)\\d\\d))`, (g, ctx) => {
    const month = monthNumber(g.mon ?? g.bareMon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    const named = g.year ?? g.bareYear;
    // "the 7-1/2 Nov 2005 bond" (made up): a coupon's fraction, no day; the month and year alone are the date
    if (/\d\/$/.test(ctx.before())) return named ? { ...date(formatMonth(+named, month)), trim: g.day!.length + g.gap!.length } : null;
    const year = named ? +named : ctx.anchor ? yearOfMonthDay(ctx.anchor, month, day, ctx.direction()) : null;
    return date(year === null ? `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : formatDay({ year, month, day }));
  }),
  rule('iso-date', `(?<year>(?:19|20)\\d\\d)-(?<mon>[01]\\d)-(?<day>[0-3]\\d)`, (g) => date(`${g.year}-${g.mon}-${g.day}`)),
  // "9/27/2013" month first, as American news writes it; "27/09/2013", whose first number cannot be a month, day first
  rule('us-date', `(?<mon>[0-3]?\\d)/(?<day>[0-3]?\\d)/(?<year>(?:19|20)?\\d\\d)`, (g) => {
    const year = g.year!.length === 2 ? (+g.year! > 50 ? 1900 : 2000) + +g.year! : +g.year!;
    const [month, day] = +g.mon! > 12 ? [+g.day!, +g.mon!] : [+g.mon!, +g.day!];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return date(formatDay({ year, month, day }));
  }),
  // "27.09.2013": day first with dots, as European news writes it
  rule('dotted-date', `(?<day>[0-3]?\\d)\\.(?<mon>[01]?\\d)\\.(?<year>(?:19|20)\\d\\d)(?![.\\d])`, (g) => {
    if (+g.mon! < 1 || +g.mon! > 12 || +g.day! < 1 || +g.day! > 31) return null;
    return date(formatDay({ year: +g.year!, month: +g.mon!, day: +g.day! }));
  }),
  rule('month-year', `(?<pm>${POINT_MOD})?(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?:(?<year>(?:1[89]|20)\\d\\d)|(?<yrel>${anyOf(['last', 'this', 'next'])})\\s+year|${SPOKEN_YEAR})`, (g, ctx) => {
    // "June last year", "January nineteen ninety-seven"
    const year = g.year ? +g.year : g.tens ? spokenYear(g) : ctx.anchor ? ctx.anchor.year + (offsetOf(g.yrel!) ?? 0) : null;
    const month = monthNumber(g.mon!);
    return date(year === null ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month), modOf(POINT_MODS, g.pm));
  }),
  // "the March for Life", "the March of the Combatant Mothers" are events, not months; after a point mod or a
  // preposition it is the month ("an announcement in mid-September of Japan's output figures")
  rule('month', `(?<pm>${POINT_MOD})?(?:${REL})?(?<mon>${MONTH})(?:(?=${CONTRACT})(?<contract>)|(?=\\s+of\\s+that\\s+year\\b)(?<ofThatYear>)|)(?:(?=\\s+(?:for|of)\\s+(?:the\\s+)?[A-Z])(?<ofName>)|)(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|(?<=March)(?=\\s+(?:on|against|to)\\s+[A-Z])(?<march>)|)`, (g, ctx) => {
    // a contract month is the next such month from the publication on (this month's is the spot one), or
    // the year the contract names
    if (g.contract !== undefined && !g.rel && ctx.anchor) {
      const month = monthNumber(g.mon!);
      const century = Math.floor(ctx.anchor.year / 100) * 100;
      const year = g.contractYear ? century + +g.contractYear + (century + +g.contractYear < ctx.anchor.year - 50 ? 100 : 0) : yearOfMonth(ctx.anchor, month, 'future');
      return date(formatMonth(year, month), modOf(POINT_MODS, g.pm));
    }
    // "broke with them in 1994, taking part in the elections in April of that year": the year named before
    if (g.ofThatYear !== undefined && !g.rel) {
      const named = monthNearReference(ctx, monthNumber(g.mon!));
      if (named) return date(named, modOf(POINT_MODS, g.pm));
    }
    if (g.ofName !== undefined && !g.pm && !/\b(?:in|by|since|until|till|through|during|before|after|from)\s+$/i.test(ctx.before())) return null;
    // "the 1963 March on Washington", "the March on Rome": a march, named
    if (g.march !== undefined && !g.rel && !g.pm && /\b(?:[Tt]he|\d{4})\s+$/.test(ctx.before(12))) return null;
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
    // "the party needs young voters in November", "polls this early say little about the vote in November":
    // the November of the coming elections, not the one just past of a spring paper (unless the clause
    // tells of the past: "won the election in November")
    if (monthNumber(g.mon!) === 11 && !g.rel && ctx.anchor && ELECTION_TALK.test(ctx.before(150).split(SENTENCE_END).pop()!) && ctx.cue() !== 'past') {
      return date(formatMonth(ctx.anchor.year + (ctx.anchor.month > 11 ? 1 : 0), 11), modOf(POINT_MODS, g.pm));
    }
    return date(monthResolved(ctx, monthNumber(g.mon!), g.rel), modOf(POINT_MODS, g.pm));
  }),
  // "a manuscript dating from 1555 and found in 1740 in Rome": a year before 1800 is taken only after "in",
  // "since", "until" or "dating from" and before punctuation or a word that ends the phrase, where a count
  // ("in 1500 cases") or a market level ("up from 1500") cannot stand
  rule('early-year', `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|(?:dating|dates|dated)\\s+from)\\s+)(?<year>1[0-7]\\d\\d)(?=\\s*[,;)]|\\.(?!\\d)|\\s+(?:and|or|in|at|on|when|while|under|during|after|before|with|as|but|to\\s+(?:the|a|an|its|his|her|their)\\b)\\b)`, (g) => date(g.year!)),
  // "the post-1959 politics", "pre-1990 levels": after or before the year
  rule('pre-post-year', `(?<side>${anyOf(['pre', 'post'])})-(?<year>(?:1[89]|20)\\d\\d)`, (g) =>
    date(g.year!, lc(g.side) === 'pre' ? 'BEFORE' : 'AFTER')),
  rule('year', `(?<pm>${POINT_MOD})?(?<fiscal>${word('fiscal')}\\s+)?(?:${word('the')}\\s+year\\s+)?(?<year>(?:1[89]|20)\\d\\d)(?![\\s-]+(?:years\\b|year[\\s-]+(?:old|long)\\b))(?!\\s+${WEEKDAY}(?:\\s+\\w+)?,?\\s+(?:UTC|GMT)\\b)(?:(?=\\s+${MEASURE}\\b)(?<measure>)|)(?<counted>\\s+(?!(?:was|has|this|does|goes|plus|versus|thus|always|perhaps)\\b)(?:[a-z]{2,}(?<![usi])s|people|children|men|women)\\b)?`, (g, ctx) => {
    if (g.measure !== undefined) return null; // "the 2000 km long pipeline": a distance, whatever comes before it
    // "a joint venture called Orion 1980", "the Russel 2000 Index": a number after a name that is called so, or
    // before a word that makes it a name, is part of the name ("in Spring 2019", "Fan Expo Canada 2016" are times)
    const name = /(?<=[a-z,;]\s)([A-Z][a-z]+)\s+$/.exec(ctx.before())?.[1];
    if (name && !g.pm && !g.fiscal && !NOT_A_NAME.test(name) && (CALLED.test(ctx.before(40)) || NAME_AFTER.test(ctx.after(12)))) return null;
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
  rule('the-year', `(?<pm>${anyOf(['earlier', 'later'])}\\s+in\\s+)?${word('the')}\\s+(?<which>(?:${anyOf(['full', 'fiscal', 'current', 'latest', 'previous', 'prior', 'entire', 'whole'])}\\s+)*)year(?<ended>\\s+(?:ended|ending))?(?<relation>\\s+(?:before|after|earlier|later|ago))?(?:(?=['’]s\\b)(?<possessive>)|)`, (g, ctx) =>
    // a text about the year is about no quarter, but "the current year's figures" in passing leaves it be
    refocused(theYear(g, ctx), g.possessive === undefined ? { ...ctx.focus, quarter: null } : undefined)),
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
];
