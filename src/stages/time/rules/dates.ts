import { formatDay, formatMonth, formatWeek, parseDay, type Day } from '../calendar.js';
import { monthResolved, offsetOf } from '../anchoring.js';
import { date, lc, refocused, type Normalised, type Rule, type RuleContext, type RuleExample } from '../context.js';
import { MONTH, MONTH_UNDOTTED, POINT_MOD, POINT_MODS, WEEKDAY, anyOf, modOf, monthNumber, word } from '../lexicon.js';
import { yearOfMonth, yearOfMonthDay } from '../resolve.js';
import { MADE_UP, flagIf, rule, REL, SPOKEN_YEAR, spokenYear } from './shared.js';
import { calendarParts, isDayValue } from './predicates.js';
import { afterEachOrEvery, afterEffective, afterEnded, afterEnding, afterForOrOf, afterFractionSlash, afterMonthPreposition, afterPointPreposition, afterPrepositionOrDeterminer, afterShortYearPreposition, afterSince, afterTheOrYear, afterTimePreposition, afterYearDeterminer, nameBefore } from './cues.js';

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
  const point = calendarParts(ctx.reference() ?? '');
  if (!point) return null;
  const year = point.month !== undefined ? yearOfMonthDay({ year: point.year, month: point.month, day: point.day ?? 15 }, month, 15, 'future', 1) : point.year;
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

/** Words that say which year "the year" is: "the full fiscal year", "the previous year". */
const WHICH_YEAR_WORDS = anyOf(['full', 'fiscal', 'current', 'latest', 'previous', 'prior', 'entire', 'whole']);
/** Whether one of them is a year before the publication's ("the latest fiscal year"): the flag `yearBefore`. */
const YEAR_BEFORE_WORD = flagIf('yearBefore', `(?:${WHICH_YEAR_WORDS}\\s+)*?${anyOf(['latest', 'previous', 'prior'])}\\s`);

/** "the year", "the fiscal year", "earlier in the year": the publication's year, or a fiscal year's length. */
function theYear(g: Record<string, string | undefined>, ctx: RuleContext): Normalised | null {
  // "the year ended Sept. 30" is a fiscal year's length; "for the full year" is this year
  if (g.relation) return null; // "the year before": counted from another point
  if (g.ended) return { type: 'DURATION', value: 'P1Y', trimEnd: g.ended.length };
  if (!ctx.anchor) return null;
  if (g.which) return date(String(ctx.anchor.year - (g.yearBefore !== undefined ? 1 : 0)));
  // "earlier in the year", "for the year", "the first nine months of the year": this one
  if (g.pm) return date(String(ctx.anchor.year), lc(g.pm).startsWith('earlier') ? 'START' : 'END');
  return afterForOrOf(ctx) ? date(String(ctx.anchor.year)) : null;
}

/* Each rule's table of real sentences (English Wikinews, CC BY 2.5, by article title), run by examples.test.ts. */
const MONTH_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'A sudden rain storm on Sunday night (March 4) caused a mass exodus of people to head for the station prompting lines that backed up into the street.', published: '2007-03-05', phrase: 'March 4', value: '2007-03-04', source: 'Wikinews, "Lantern Festival in Taipei lights up the night"' },
  { text: 'Whitmore stated Montalvo left Scientology-related employment in Los Angeles on September 24.', published: '2010-10-09', phrase: 'September 24', value: '2010-09-24', source: 'Wikinews, "Scientology defector arrested after attempting to leave organization"' },
  { text: 'USI\'s exhibit, which is located in Evansville, Indiana, is to run from January 23 through March 9.', published: '2014-01-28', phrase: 'January 23', value: '2014-01-23', source: 'Wikinews, "Warhol\'s photo legacy spread by university exhibits"' },
];

const COORDINATED_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'Friday, March 29, 2019 Toronto Comicon 2019 returned to its titular city from March 15 to 17, as one of the largest pop culture events in Canada.', published: '2019-03-29', phrase: '17', value: '2019-03-17', source: 'Wikinews, "Toronto Comicon 2019 welcomes fans with celebrities, creativity, cosplay"' },
  { text: 'Spread between four venues over three days, May 24 to 26, the event featured J-pop maid idols, voice actors, writers, and more.', published: '2019-05-31', phrase: '26', value: '2019-05-26', source: 'Wikinews, "Toronto\'s Anime North 2019 brings thousands of fans together"' },
  { text: 'Wikinews attended the Texas Haunters Convention on the last weekend of July — July 27–28 — in Mesquite, Texas.', published: '2019-08-05', phrase: '28', value: '2019-07-28', source: 'Wikinews, "Wikinews attends Texas Haunters Convention"' },
];

const MONTH_YEAR_EXAMPLES: readonly RuleExample[] = [
  { text: 'The Indonesian Palm Oil Producers Association reports a value of US$473.60 per metric ton of crude palm oil as of November 2018, with the price decreasing that month.', published: '2019-01-10', phrase: 'November 2018', value: '2018-11', source: 'Wikinews, "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod"' },
  { text: 'NG: This study started in 1982, long before my joining the lab in March of 2016.', published: '2019-01-27', phrase: 'March of 2016', value: '2016-03', source: 'Wikinews, "Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris"' },
  { text: 'The decision is pending and expected in June of this year.', published: '2019-02-02', phrase: 'June of this year', value: '2019-06', source: 'Wikinews, "Report indicates Mexican monarch butterfly population at ten-year high, reasons unclear"' },
];

const MONTH_EXAMPLES: readonly RuleExample[] = [
  { text: 'Pelosi has proposed legislation that would fund the government through September.', published: '2019-01-04', phrase: 'September', value: '2019-09', source: 'Wikinews, "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in"' },
  { text: 'In late December, Indonesian cargo ship MV Namse Bangdzod vanished in local waters.', published: '2019-01-10', phrase: 'late December', value: '2018-12', source: 'Wikinews, "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod"' },
  { text: 'All 189 on the aircraft died when the flight came down last October.', published: '2019-01-16', phrase: 'last October', value: '2018-10', source: 'Wikinews, "Lion Air disaster: Crashed jet\'s voice recorder recovered from Java Sea"' },
];

const YEAR_EXAMPLES: readonly RuleExample[] = [
  { text: 'This is not the first time deadly stampedes have taken place during the Hajj, with the deadliest stampede during the 1991 Hajj, in which 1,426 pilgrims were trampled.', published: '2006-01-12', phrase: '1991', value: '1991', source: 'Wikinews, "Hundreds dead in Hajj stampede"' },
  { text: 'Started in 1990, the Taipei lantern festival continues a 2000 year old tradition of light related festivals marking the end of the Chinese New Year celebrations.', published: '2007-03-05', phrase: '1990', value: '1990', source: 'Wikinews, "Lantern Festival in Taipei lights up the night"' },
  { text: 'scientology, which posted internal church documents in 1994.', published: '2008-01-20', phrase: '1994', value: '1994', source: 'Wikinews, "Hackers attack Church of Scientology website"' },
];

const DECADE_EXAMPLES: readonly RuleExample[] = [
  { text: 'So even back in the sixties, he was very aware of this part of our culture.', published: '2014-01-28', phrase: 'the sixties', value: '196', source: 'Wikinews, "Warhol\'s photo legacy spread by university exhibits"' },
  { text: '..so I can\'t even imagine what it was like in the 1980s.', published: '2019-01-27', phrase: 'the 1980s', value: '198', source: 'Wikinews, "Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris"' },
  { text: 'The hibernation area was as large as 21 hectares in the 1990s and as low as under a hectare in 2014.', published: '2019-02-02', phrase: 'the 1990s', value: '199', source: 'Wikinews, "Report indicates Mexican monarch butterfly population at ten-year high, reasons unclear"' },
];

const CENTURY_EXAMPLES: readonly RuleExample[] = [
  { text: 'The earliest moai date to the 13th century.', published: '2019-01-12', phrase: '13th century', value: '12', source: 'Wikinews, "Scientists report correlation between locations of Easter Island statues and water resources"' },
  { text: 'The world-famous cathedral, completed in the 13th century, is one of the most well-known monuments in France.', published: '2019-04-16', phrase: '13th century', value: '12', source: 'Wikinews, "Notre Dame in Paris catches fire"' },
  { text: 'Just like the Spanish Flu that shaped the 20th century, COVID-19 is shaping our time and the city is ill prepared for the post COVID world.', published: '2020-10-22', phrase: '20th century', value: '19', source: 'Wikinews, "Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng"' },
];

const SHORT_YEAR_EXAMPLES: readonly RuleExample[] = [
  { text: 'Christian Keysers: Yeah, in \'69, so that\'s kind of 50 years ago.', published: '2020-04-30', phrase: '\'69', value: '1969', source: 'Wikinews, "Neuroscientists tell Wikinews about empathy and harm aversion observed in lab rats"' },
];

const YEAR_END_EXAMPLES: readonly RuleExample[] = [
  { text: 'At fiscal year-end, the sold units held a value of 681 million pounds in the books.', published: '2020-06-21', phrase: 'year-end', value: '2020', source: 'Wikinews, "British supermarket chain Tesco to sell its Polish branch to Salling Group A/S"' },
  { text: 'The forms are part of Prime Minister Rishi Sunak\'s effort to clear the nation\'s 92,000 asylum claim- \'legacy backlog\' by year end.', published: '2023-02-23', phrase: 'year end', value: '2023', source: 'Wikinews, "Reports: \'streamlined\' UK asylum process to replace interview with questionnaire for five nationalities"' },
];

const NINE_ELEVEN_EXAMPLES: readonly RuleExample[] = [
  { text: 'Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US of 2001.', published: '2019-09-17', phrase: '9/11', value: '2001-09-11', source: 'Wikinews, "US President Trump says Osama bin Laden\'s son killed"' },
];

const WEEK_OF_EXAMPLES: readonly RuleExample[] = [
  { text: 'According to a court clerk, arguments in the case would be scheduled as soon as the week of October 21, with briefs from both parties due in the intervening time until then.', published: '2019-10-10', phrase: 'the week of October 21', value: '2019-W43', source: 'Wikinews, "U.S. judge orders release of President Trump\'s tax records, appeals court issues delay"' },
  { text: 'The two sides met the week of March 6 to discuss the ceasefire.', published: '2023-03-20', phrase: 'the week of March 6', value: '2023-W10', source: MADE_UP },
];

const DAY_MONTH_EXAMPLES: readonly RuleExample[] = [
  { text: 'Since the Mass Vaccination Campaign on 20 Nov 2019, the Ministry has successfully vaccinated 58,150 individuals."', published: '2019-12-07', phrase: '20 Nov 2019', value: '2019-11-20', source: 'Wikinews, "Samoan government temporarily shuts down for nationwide measles vaccination drive"' },
  { text: 'And from 1st of March to 10th of March we have to celebrate, then we have to organise some talks, lectures; then, basically, anything which comes in the public purview to highlight the steps taken by Indian Railways for the empowerment of women, enhancing the role of women in all fields.', published: '2020-03-08', phrase: '10th of March', value: '2020-03-10', source: 'Wikinews, "Wikinews discusses International Women\'s Day celebration with Mysore Divisional Railway Manager"' },
  { text: '10am today, 10 September, to reports of a serious collision on Wellhouse Lane, Winchester, after a school bus collided with a railway bridge causing significant damage to the top of the bus.', published: '2020-09-10', phrase: '10 September', value: '2020-09-10', source: 'Wikinews, "Three children seriously injured as bus hits bridge in Winchester, England"' },
];

const ISO_DATE_EXAMPLES: readonly RuleExample[] = [
  { text: 'The ministry published the list on 2019-06-14 and withdrew it a day later.', published: '2019-06-20', phrase: '2019-06-14', value: '2019-06-14', source: MADE_UP },
  { text: 'Applications close 2021-01-31, the agency said.', published: '2020-12-02', phrase: '2021-01-31', value: '2021-01-31', source: MADE_UP },
];

const US_DATE_EXAMPLES: readonly RuleExample[] = [
  { text: 'The filing, dated 9/27/2013, lists three creditors.', published: '2013-10-02', phrase: '9/27/2013', value: '2013-09-27', source: MADE_UP },
  { text: 'The ceasefire was signed on 27/09/2013 in Addis Ababa.', published: '2013-10-02', phrase: '27/09/2013', value: '2013-09-27', source: MADE_UP },
];

const DOTTED_DATE_EXAMPLES: readonly RuleExample[] = [
  { text: 'The decree of 27.09.2013 was annulled by the constitutional court.', published: '2014-02-11', phrase: '27.09.2013', value: '2013-09-27', source: MADE_UP },
  { text: 'Police said the march registered for 1.5.2019 had been banned.', published: '2019-04-28', phrase: '1.5.2019', value: '2019-05-01', source: MADE_UP },
];

const EARLY_YEAR_EXAMPLES: readonly RuleExample[] = [
  { text: '"Under commonly understood legal theory in 1789," writes Martin, "a natural born citizen had both parents born in the United States.', published: '2020-09-30', phrase: '1789', value: '1789', source: 'Wikinews, "On the campaign trail in the USA, August 2020"' },
  { text: 'The manuscript, dating from 1555, was found in Rome.', published: '2019-05-02', phrase: '1555', value: '1555', source: MADE_UP },
];

const PRE_POST_YEAR_EXAMPLES: readonly RuleExample[] = [
  { text: 'Exports have not returned to pre-2008 levels.', published: '2012-04-03', phrase: 'pre-2008', value: '2008', source: MADE_UP },
  { text: 'The post-1959 politics of the island shaped the talks.', published: '2015-07-01', phrase: 'post-1959', value: '1959', source: MADE_UP },
];

const SPOKEN_YEAR_EXAMPLES: readonly RuleExample[] = [
  { text: 'It was in nineteen ninety-six that the treaty was signed.', published: '2016-05-02', phrase: 'nineteen ninety-six', value: '1996', source: MADE_UP },
  { text: 'The company was founded in the year two thousand.', published: '2016-05-02', phrase: 'the year two thousand', value: '2000', source: MADE_UP },
];

const THE_YEAR_EXAMPLES: readonly RuleExample[] = [
  { text: 'Thunberg received the award, with which Time credits an individual as having done "for better or for worse [...] the most to influence the events of the year", for her work drawing attention to the issue of climate change.', published: '2019-12-14', phrase: 'the year', value: '2019', source: 'Wikinews, "Greta Thunberg named 2019 Time Person of the Year"' },
  { text: 'Profit for the fiscal year ended Sept. 30 rose 12%.', published: '1989-11-02', phrase: 'the fiscal year', value: 'P1Y', source: MADE_UP },
  { text: 'Sales rose 4% in the previous year.', published: '2019-02-10', phrase: 'the previous year', value: '2018', source: MADE_UP },
];

const IN_THE_MONTH_EXAMPLES: readonly RuleExample[] = [
  { text: 'The move comes after the European Union sanctioned Iran earlier in the month over alleged Revolutionary Guards assassination plots against dissidents in nations including Denmark, France, and the Netherlands.', published: '2019-01-23', phrase: 'earlier in the month', value: '2019-01', source: 'Wikinews, "Germany bans Mahan Air of Iran, citing \'security\'"' },
  { text: 'The foreign ministers will meet again later in the week.', published: '2019-01-23', phrase: 'later in the week', value: '2019-W04', source: MADE_UP },
];

/**
 * Calendar dates: days of a month ("March 6", "20 Nov 2019", "9/11"), months, years, decades and centuries.
 */
export const DATE_RULES: readonly Rule[] = [
  rule({ name: 'month-day', pattern: `(?<rel>${anyOf(['last', 'next', 'this'])}\\s+)?(?:(?<mon>${MONTH})|(?<bareMon>${MONTH_UNDOTTED})(?=\\s+[0-3]?\\d(?:,?\\s+(?:1[89]|20)\\d\\d|(?:st|nd|rd|th)?(?![\\d%]|[.,:/-]\\d))))(?:\\s+|(?<=\\.)(?=[0-3]?\\d\\b))(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d)|\\s+(?<yrel>${anyOf(['last', 'this', 'next'])})\\s+year)?`, resolve: (g, ctx) => {
    const month = monthNumber(g.mon ?? g.bareMon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    if (g.yrel && ctx.anchor) return date(formatDay({ year: ctx.anchor.year + (offsetOf(g.yrel) ?? 0), month, day })); // "on March 20 last year"
    // "the fiscal year ended Jan. 31" is behind us, "the year ending June 30" mostly ahead
    const ended = afterEnded(ctx) ? 'past' : afterEnding(ctx) ? 'future' : null;
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
    const against = way ? 100 : !from && !ctx.ahead() && !afterEffective(ctx) && ctx.toldInPast() ? 3 : undefined;
    const year = g.year ? +g.year : ctx.anchor && said === null && g.rel ? ctx.anchor.year : ctx.anchor ? yearOfMonthDay(from ?? ctx.anchor, month, day, way ?? ctx.direction(), against) : null;
    return { ...date(year === null ? `XXXX-${formatMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}` : formatDay({ year, month, day })), trim: g.rel?.length ?? 0 };
  }, flags: { monthDay: true }, examples: MONTH_DAY_EXAMPLES }),
  // "a court hearing the week of March 6": the week that day is in
  rule({ name: 'week-of', pattern: `${word('the')}\\s+week\\s+of\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?`, resolve: (g, ctx) => {
    const month = monthNumber(g.mon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    const year = g.year ? +g.year : ctx.anchor ? yearOfMonthDay(ctx.anchor, month, day, ctx.direction()) : null;
    return date(year === null ? 'XXXX-WXX' : formatWeek({ year, month, day }));
  }, examples: WEEK_OF_EXAMPLES }),
  // "since 9/11", "the September 11th attacks", "9/11-related illnesses": the day of the 2001 attacks
  { name: 'nine-eleven', pattern: /(?<![\w/.-])(?:9\/11(?![/\d])|Sept(?:ember|\.)?\s+11(?:th)?(?<noun>\s+(?:terrorist\s+)?(?:attacks?|hijackings|strikes)\b))/g, resolve: (g, ctx) => {
    if (ctx.anchor && formatDay(ctx.anchor) < '2001-09-11') return null;
    return { ...date('2001-09-11'), trimEnd: g.noun?.length ?? 0 };
  }, flags: { namesEvent: true }, examples: NINE_ELEVEN_EXAMPLES },
  // "the summit on April 24 and 25": the second day of the month just named
  rule({ name: 'coordinated-day', pattern: `(?<=${MONTH}\\s+[0-3]?\\d(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?`, resolve: (g, ctx) => {
    const reference = ctx.reference(30);
    const day = +g.day!;
    if (!reference || !isDayValue(reference) || day < 1 || day > 31) return null;
    return date(`${reference.slice(0, 8)}${String(day).padStart(2, '0')}`);
  }, examples: COORDINATED_DAY_EXAMPLES }),
  rule({ name: 'day-month', pattern: `(?<day>[0-3]?\\d)(?<gap>(?:st|nd|rd|th)?\\s+(?:of\\s+)?)(?:(?<mon>${MONTH})(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?|(?<bareMon>${MONTH_UNDOTTED})\\s+(?<bareYear>(?:1[89]|20)\\d\\d))`, resolve: (g, ctx) => {
    const month = monthNumber(g.mon ?? g.bareMon!);
    const day = +g.day!;
    if (day < 1 || day > 31) return null;
    const named = g.year ?? g.bareYear;
    // "the 7-1/2 Nov 2005 bond" (made up): a coupon's fraction, no day; the month and year alone are the date
    if (afterFractionSlash(ctx)) return named ? { ...date(formatMonth(+named, month)), trim: g.day!.length + g.gap!.length } : null;
    const year = named ? +named : ctx.anchor ? yearOfMonthDay(ctx.anchor, month, day, ctx.direction()) : null;
    return date(year === null ? `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : formatDay({ year, month, day }));
  }, examples: DAY_MONTH_EXAMPLES }),
  rule({ name: 'iso-date', pattern: `(?<year>(?:19|20)\\d\\d)-(?<mon>[01]\\d)-(?<day>[0-3]\\d)`, resolve: (g) => date(`${g.year}-${g.mon}-${g.day}`), examples: ISO_DATE_EXAMPLES }),
  // "9/27/2013" month first, as American news writes it; "27/09/2013", whose first number cannot be a month, day first
  rule({ name: 'us-date', pattern: `(?<mon>[0-3]?\\d)/(?<day>[0-3]?\\d)/(?<year>(?:19|20)?\\d\\d)`, resolve: (g) => {
    const year = g.year!.length === 2 ? (+g.year! > 50 ? 1900 : 2000) + +g.year! : +g.year!;
    const [month, day] = +g.mon! > 12 ? [+g.day!, +g.mon!] : [+g.mon!, +g.day!];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return date(formatDay({ year, month, day }));
  }, examples: US_DATE_EXAMPLES }),
  // "27.09.2013": day first with dots, as European news writes it
  rule({ name: 'dotted-date', pattern: `(?<day>[0-3]?\\d)\\.(?<mon>[01]?\\d)\\.(?<year>(?:19|20)\\d\\d)(?![.\\d])`, resolve: (g) => {
    if (+g.mon! < 1 || +g.mon! > 12 || +g.day! < 1 || +g.day! > 31) return null;
    return date(formatDay({ year: +g.year!, month: +g.mon!, day: +g.day! }));
  }, examples: DOTTED_DATE_EXAMPLES }),
  rule({ name: 'month-year', pattern: `(?<pm>${POINT_MOD})?(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?:(?<year>(?:1[89]|20)\\d\\d)|(?<yrel>${anyOf(['last', 'this', 'next'])})\\s+year|${SPOKEN_YEAR})`, resolve: (g, ctx) => {
    // "June last year", "January nineteen ninety-seven"
    const year = g.year ? +g.year : g.tens ? spokenYear(g) : ctx.anchor ? ctx.anchor.year + (offsetOf(g.yrel!) ?? 0) : null;
    const month = monthNumber(g.mon!);
    return date(year === null ? `XXXX-${String(month).padStart(2, '0')}` : formatMonth(year, month), modOf(POINT_MODS, g.pm));
  }, examples: MONTH_YEAR_EXAMPLES }),
  // "the March for Life", "the March of the Combatant Mothers" are events, not months; after a point mod or a
  // preposition it is the month ("an announcement in mid-September of Japan's output figures")
  rule({ name: 'month', pattern: `(?<pm>${POINT_MOD})?(?:${REL})?(?<mon>${MONTH})(?:(?=${CONTRACT})(?<contract>)|(?=\\s+of\\s+that\\s+year\\b)(?<ofThatYear>)|)(?:(?=\\s+(?:for|of)\\s+(?:the\\s+)?[A-Z])(?<ofName>)|)(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|(?<=March)(?=\\s+(?:on|against|to)\\s+[A-Z])(?<march>)|)`, resolve: (g, ctx) => {
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
    if (g.ofName !== undefined && !g.pm && !afterTimePreposition(ctx)) return null;
    // "the 1963 March on Washington", "the March on Rome": a march, named
    if (g.march !== undefined && !g.rel && !g.pm && afterTheOrYear(ctx)) return null;
    // "its own tournament, March Madness": a month before a capitalised word, with no preposition or determiner before
    // it, is part of a name ("the September FOMC meeting" stays a month)
    if (g.nameNext !== undefined && !g.rel && !g.pm && !afterPrepositionOrDeterminer(ctx)) return null;
    // "May" alone is as often the verb at a sentence start; after "in", "by", "since" it is the month
    if (g.mon === 'May' && !g.rel && !g.pm && !afterMonthPreposition(ctx)) return null;
    // "where Orangemen march each July": any year's
    if (!g.rel && !g.pm && afterEachOrEvery(ctx)) return date(`XXXX-${String(monthNumber(g.mon!)).padStart(2, '0')}`);
    if (lc(g.rel) === 'that') {
      // "said that March would be the deadline": a conjunction, not part of the timex (only a sentence's
      // "That" or one after a preposition points back)
      if (g.rel === 'that' && !g.pm && !afterPointPreposition(ctx)) {
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
  }, examples: MONTH_EXAMPLES }),
  // "a manuscript dating from 1555 and found in 1740 in Rome": a year before 1800 is taken only after "in",
  // "since", "until" or "dating from" and before punctuation or a word that ends the phrase, where a count
  // ("in 1500 cases") or a market level ("up from 1500") cannot stand
  rule({ name: 'early-year', pattern: `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|(?:dating|dates|dated)\\s+from)\\s+)(?<year>1[0-7]\\d\\d)(?=\\s*[,;)]|\\.(?!\\d)|\\s+(?:and|or|in|at|on|when|while|under|during|after|before|with|as|but|to\\s+(?:the|a|an|its|his|her|their)\\b)\\b)`, resolve: (g) => date(g.year!), examples: EARLY_YEAR_EXAMPLES }),
  // "the post-1959 politics", "pre-1990 levels": after or before the year
  rule({ name: 'pre-post-year', pattern: `(?<side>${anyOf(['pre', 'post'])})-(?<year>(?:1[89]|20)\\d\\d)`, resolve: (g) =>
    date(g.year!, lc(g.side) === 'pre' ? 'BEFORE' : 'AFTER'), examples: PRE_POST_YEAR_EXAMPLES }),
  rule({ name: 'year', pattern: `(?<pm>${POINT_MOD})?(?<fiscal>${word('fiscal')}\\s+)?(?:${word('the')}\\s+year\\s+)?(?<year>(?:1[89]|20)\\d\\d)(?![\\s-]+(?:years\\b|year[\\s-]+(?:old|long)\\b))(?!\\s+${WEEKDAY}(?:\\s+\\w+)?,?\\s+(?:UTC|GMT)\\b)(?:(?=\\s+${MEASURE}\\b)(?<measure>)|)(?<counted>\\s+(?!(?:was|has|this|does|goes|plus|versus|thus|always|perhaps)\\b)(?:[a-z]{2,}(?<![usi])s|people|children|men|women)\\b)?`, resolve: (g, ctx) => {
    if (g.measure !== undefined) return null; // "the 2000 km long pipeline": a distance, whatever comes before it
    // "a joint venture called Orion 1980", "the Russel 2000 Index": a number after a name that is called so, or
    // before a word that makes it a name, is part of the name ("in Spring 2019", "Fan Expo Canada 2016" are times)
    const name = nameBefore(ctx);
    if (name && !g.pm && !g.fiscal && !NOT_A_NAME.test(name) && (CALLED.test(ctx.before(40)) || NAME_AFTER.test(ctx.after(12)))) return null;
    // "1885 aftershocks had occurred", "2000 people marched": a count, unless a determiner or a
    // preposition makes it a year ("the 1998 elections", "in 1999 talks"); "census", "crisis", "virus"
    // are no plurals ("the upcoming 2020 census", Wikinews)
    if (g.counted && !g.pm && !g.fiscal && !afterYearDeterminer(ctx)) return null;
    return { ...date(g.year!, modOf(POINT_MODS, g.pm)), trimEnd: g.counted?.length ?? 0 };
  }, examples: YEAR_EXAMPLES }),
  rule({ name: 'decade', pattern: `(?<the>${word('the')}\\s+)?(?<pm>${anyOf(['early', 'mid', 'late'])}(?:\\s*-\\s*|\\s+))?(?:(?<dec>(?:1[89]|20)\\d)0['’]?s|['’](?<short>\\d)0s|(?<bare>[1-9])0s|(?<spelled>${anyOf(Object.keys(SPOKEN_DECADES))}))`, resolve: (g) => {
    // "in the 90s", "the early 80s": a decade without its apostrophe only after "the" ("in their 80s" is an age)
    if (g.bare && !g.the) return null;
    const short = g.short ?? g.bare;
    const decade = g.dec ?? (short ? `19${short}` : `19${SPOKEN_DECADES[lc(g.spelled)]}`);
    return date(decade, modOf(POINT_MODS, g.pm)); // TimeML writes a decade as its first three digits
  }, examples: DECADE_EXAMPLES }),
  // "the 11th century temple", "a 20th century democrat", "the early nineteenth century": TimeML writes the first two digits
  rule({ name: 'century', pattern: `(?<pm>${POINT_MOD})?(?:(?<n>[1-9]|1\\d|2[01])(?:st|nd|rd|th)|(?<spelled>${anyOf(Object.keys(SPELLED_CENTURIES))}))[\\s-]+(?<century>[Cc]entury)(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|)`, resolve: (g) =>
    // "in the 21st Century, every society …" (Wikinews) is the century; "20th Century Fox" a name
    (g.century === 'Century' && g.nameNext !== undefined ? null
      : date(String((g.n ? +g.n : SPELLED_CENTURIES[lc(g.spelled)]) - 1).padStart(2, '0'), modOf(POINT_MODS, g.pm))), examples: CENTURY_EXAMPLES }),
  // "the lowest level since '82", "back in '68": a year by its last two digits, after a preposition
  rule({ name: 'short-year', pattern: `['’](?<yy>\\d\\d)(?!s)`, resolve: (g, ctx) => {
    if (!afterShortYearPreposition(ctx)) return null;
    const yy = +g.yy!;
    const century = ctx.anchor && yy > ctx.anchor.year % 100 ? Math.floor(ctx.anchor.year / 100) - 1 : Math.floor((ctx.anchor?.year ?? 1900) / 100);
    return date(String(century * 100 + yy));
  }, examples: SHORT_YEAR_EXAMPLES }),
  // "maybe two thousand degrees" (Wikinews), "two thousand years": a count, not the year
  rule({ name: 'spoken-year', pattern: `(?:${word('the')}\\s+year\\s+)?(?:${SPOKEN_YEAR}|(?<millennium>two thousand)(?!\\s+(?:(?!(?:was|has|this|does|thus)\\b)[a-z]{2,}(?<![usi])s|people|children|men|women|${MEASURE})\\b))`, resolve: (g) =>
    date(g.millennium ? '2000' : String(spokenYear(g))), examples: SPOKEN_YEAR_EXAMPLES }),
  rule({ name: 'the-year', pattern: `(?<pm>${anyOf(['earlier', 'later'])}\\s+in\\s+)?${word('the')}\\s+${YEAR_BEFORE_WORD}(?<which>(?:${WHICH_YEAR_WORDS}\\s+)*)year(?<ended>\\s+(?:ended|ending))?(?<relation>\\s+(?:before|after|earlier|later|ago))?(?:(?=['’]s\\b)(?<possessive>)|)`, resolve: (g, ctx) =>
    // a text about the year is about no quarter, but "the current year's figures" in passing leaves it be
    refocused(theYear(g, ctx), g.possessive === undefined ? { ...ctx.focus, quarter: null } : undefined), examples: THE_YEAR_EXAMPLES }),
  // "sanctioned Iran earlier in the month" (Wikinews), "later in the week": the publication's, as "earlier in the year"
  rule({ name: 'in-the-month', pattern: `(?<pm>${anyOf(['earlier', 'later'])})\\s+in\\s+${word('the')}\\s+(?<unit>${anyOf(['month', 'week'])})`, resolve: (g, ctx) => {
    if (!ctx.anchor) return null;
    const mod = lc(g.pm) === 'earlier' ? 'START' : 'END';
    return date(lc(g.unit) === 'month' ? formatMonth(ctx.anchor.year, ctx.anchor.month) : formatWeek(ctx.anchor), mod);
  }, examples: IN_THE_MONTH_EXAMPLES }),
  // the end of the year, as TimeML writes it: the year with mod END; "since year-end" is the last one's last day
  rule({ name: 'year-end', pattern: `(?<y>${anyOf(['year-end', 'year end', "year's end"])})`, resolve: (g, ctx) => {
    if (!ctx.anchor) return date('XXXX', 'END');
    if (afterSince(ctx)) return date(`${ctx.anchor.year - 1}-12-31`); // a change counted from a day
    return date(String(ctx.anchor.year), 'END');
  }, examples: YEAR_END_EXAMPLES }),
];
