import { addDays, formatDay, formatWeek, compareDays, nthWeekday, type Day } from '../calendar.js';
import { DAY_PARTS, holiday, seasonResolved } from '../anchoring.js';
import { date, lc, type Rule, type RuleContext, type RuleExample } from '../context.js';
import { AMOUNT, DROP_IN, MONTH, POINT_MOD, POINT_MODS, SEASONS, WEEKDAY, amountValue, anyOf, modOf, monthNumber, unitOf, weekdayNumber, word } from '../lexicon.js';
import { duration, yearOfMonthDay, type Direction } from '../resolve.js';
import { rule, SPOKEN_YEAR, spokenYear } from './shared.js';
import { capitalised, movableFeast } from './predicates.js';
import { afterCapitalised, afterCapitalisedName, afterCapitalisedWordBefore, afterDeterminerPhrase, afterLaterInThe, afterSentenceOpening } from './cues.js';

/** A quantity a few words before "per hour": "157 miles", "1,000 deaths", "two billion cubic meters". */
const QUANTITY_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion))\W+(?:[a-z]+\W+){0,2}$/i;
/** Like `anyOf`, each word of a phrase taking either case on its first letter: "Labor Day", "labor day". */
const anyOfWords = (phrases: readonly string[]) => `(?:${phrases.map((p) => p.split(' ').map(word).join('\\s+')).join('|')})`;

/** How far back (in characters) "election day" looks for the day the text gave its election. */
const ELECTION_REACH = 3000;
/** How far back "later in the summer" looks for the year it is in: the sentence or the one before, not the story's start. */
const LATER_IN_REACH = 200;
const ELECTION_ON = new RegExp(`\\belections?\\b[^.]{0,80}?\\b(?:on|for)\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)\\b`, 'g');

/**
 * The day the sentence itself gives "election day": "Election day for those living inside the country is
 * September 14" (made up), any country's.
 */
const ELECTION_IS = `[^.]{0,80}?\\b(?:is|was|will\\s+be|falls\\s+on|is\\s+set\\s+for)\\s+(?<isMon>${MONTH})\\s+(?<isDay>[0-3]?\\d)\\b`;

/** The day `month`/`day` nearest ahead of the publication `a` (or just before it). */
function dayAhead(a: Day, month: number, day: number): string {
  return formatDay({ year: yearOfMonthDay(a, month, day, 'future'), month, day });
}

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

/** A holiday, or with "week" after it ("as Easter week began") the ISO week it ends. */
const dayOrWeek = (day: Day, week: string | undefined) => date(week ? formatWeek(day) : formatDay(day));

/** The holiday `name` nearest the day `a`, last year's, this year's or next year's (the earlier on a tie). */
function nearestHoliday(name: string, a: Day): Day {
  let best: Day | null = null;
  for (const year of [a.year - 1, a.year, a.year + 1]) {
    const day = holiday(name, year)!;
    if (!best || Math.abs(compareDays(day, a)) < Math.abs(compareDays(best, a))) best = day;
  }
  return best!;
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

/**
 * The Super Tuesday nearest the publication: the first Tuesday of March of a presidential election year,
 * when most US states hold their primaries (2016-03-01, 2020-03-03; 2008's, on February 5, was earlier).
 */
function superTuesday(a: Day): Day {
  let best: Day | null = null;
  for (let year = a.year - a.year % 4 - 4; year <= a.year + 4; year += 4) {
    const day = year === 2008 ? { year, month: 2, day: 5 } : nthWeekday(year, 3, 2, 1);
    if (!best || Math.abs(compareDays(day, a)) < Math.abs(compareDays(best, a))) best = day;
  }
  return best!;
}

/** Verbs a newspaper is the subject of: "daily" before one is the paper, not a set. */
const REPORTS = anyOf(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'added', 'adds', 'quoted', 'quotes', 'cited', 'cites', 'claimed', 'claims', 'carried', 'carries', 'published', 'printed', 'quoting', 'commented']);

/* Each rule's table of real sentences (English Wikinews, CC BY 2.5, by article title), run by examples.test.ts. */
const SET_ADVERB_EXAMPLES: readonly RuleExample[] = [
  { text: 'It raises money annually to assist the nation\'s medical services.', published: '2019-01-14', phrase: 'annually', value: 'P1Y', source: 'Wikinews, "Arrest made as mayor of Gdańsk, Poland stabbed on stage"' },
  { text: 'Since the release of the text messages, protests filled the San Juan streets daily.', published: '2019-07-28', phrase: 'daily', value: 'P1D', source: 'Wikinews, "Puerto Rico governor announces resignation following protests"' },
];

const SET_EVERY_EXAMPLES: readonly RuleExample[] = [
  { text: 'This particular event grows in popularity every year.', published: '2007-03-05', phrase: 'every year', value: 'P1Y', source: 'Wikinews, "Lantern Festival in Taipei lights up the night"' },
  { text: 'Members of the Sea Org live a strict lifestyle – with little income, small diet provided and significant time invested in work per day.', published: '2010-10-09', phrase: 'per day', value: 'P1D', source: 'Wikinews, "Scientology defector arrested after attempting to leave organization"' },
  { text: 'Institutional recipients, said Mauer, are required to exhibit their donated Warhol photographs every ten years as one stipulation.', published: '2014-01-28', phrase: 'every ten years', value: 'P10Y', source: 'Wikinews, "Warhol\'s photo legacy spread by university exhibits"' },
];

const SEASON_EXAMPLES: readonly RuleExample[] = [
  { text: 'Trump encouraged public schools to reopen classes in-person at summer\'s end.', published: '2020-08-31', phrase: 'summer', value: '2020-SU', source: 'Wikinews, "On the campaign trail in the USA, July 2020"' },
];

const SUPER_TUESDAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'For the Democratic Party, Super Tuesday is to include 14 states, as well as the territory of American Samoa, representing a total of 1,357 delegates.', published: '2020-03-02', phrase: 'Super Tuesday', value: '2020-03-03', source: 'Wikinews, "Joe Biden wins 2020 South Carolina US Democratic presidential primary"' },
  { text: 'The Super Tuesday primaries were the fifth step in the Democratic Party\'s primary election cycle.', published: '2020-03-06', phrase: 'Super Tuesday', value: '2020-03-03', source: 'Wikinews, "Bloomberg, Warren end US presidential campaigns following Super Tuesday"' },
];

const HOLIDAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'The Conception was a 75 ft (~23 m) long commercial boat on a three-day voyage for underwater diving with Monday being the Labor Day holiday.', published: '2019-09-04', phrase: 'Labor Day', value: '2019-09-02', source: 'Wikinews, "Dozens dead in California boat fire"' },
  { text: 'Additionally, he delivered his final plea to voters ahead of Election Day.', published: '2020-10-19', phrase: 'Election Day', value: '2020-11-03', source: 'Wikinews, "Wikinews interviews Don Blankenship, U.S. Constitution Party presidential nominee"' },
  { text: 'Nevertheless, he received 3.27 percent of the vote on Election Day, the most a Libertarian Party presidential nominee has ever received.', published: '2020-10-29', phrase: 'Election Day', value: '2020-11-03', source: 'Wikinews, "On the campaign trail in the USA, September 2020"' },
];

/** "Christmas", "New Year's Eve", "the Fourth of July", "Easter Monday". */
const HOLIDAY_NAME = `(?<name>${anyOfWords(['christmas day', 'christmas eve', 'christmas', "new year's day", "new year's eve", 'thanksgiving day', 'thanksgiving', 'independence day', 'the fourth of july', 'fourth of july', 'july fourth', 'halloween', 'labor day', 'memorial day', 'election day', 'easter sunday', 'easter monday', 'easter', 'good friday', 'palm sunday'])})`;
/** "Easter week". */
const EASTER_WEEK = `(?:(?<=[Ee]aster)\\s+(?<week>week)\\b)?`;
/** Followed by a capitalised word ("Christmas Charity", a name) or a thing ("Christmas trees"). */
const HOLIDAY_NAME_OR_THING_NEXT = `(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|(?<=[Cc]hristmas)(?=\\s+(?:trees?|cards?|carols?|lights|ornaments|decorations)\\b)(?<thing>)|)`;
/** Followed by the day an election day is. */
const ELECTION_DAY_DATE_NEXT = `(?:(?=${ELECTION_IS})|)`;
/** A holiday by name, with what may follow it. */
const HOLIDAY = [HOLIDAY_NAME, EASTER_WEEK, HOLIDAY_NAME_OR_THING_NEXT, ELECTION_DAY_DATE_NEXT].join('');

/**
 * Sets ("daily", "every few years"), seasons and holidays ("last summer", "Christmas", "election day").
 */
export const SET_RULES: readonly Rule[] = [
  rule({ name: 'set-adverb', pattern: `(?<w>${anyOf(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly'])})(?<name>\\s+[A-Z][a-z]+)?(?:(?=\\s+${REPORTS}\\b)(?<reports>)|)`, resolve: (g, ctx) => {
    // a publication's name: "the party daily Granma", "LA Weekly", "Daily Xtra", "the People's Daily"
    if (g.name || (capitalised(g.w!) && afterCapitalisedName(ctx))) return null;
    // the newspaper as a noun: "the daily said", "the official weekly reported" (made up)
    if (g.reports !== undefined && afterDeterminerPhrase(ctx)) return null;
    const unit: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H' };
    return { type: 'SET', value: unit[lc(g.w)] };
  }, examples: SET_ADVERB_EXAMPLES }),
  rule({ name: 'set-every', pattern: `(?<every>${anyOf(['every', 'each', 'per'])})\\s+(?:(?<wd>${WEEKDAY})|(?<unit>${anyOf(['day', 'week', 'month', 'year', 'quarter', 'hour', 'night', 'morning'])})|(?<amt>${AMOUNT})\\s+(?<units>${anyOf(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seconds'])})|other\\s+(?<other>${anyOf(['day', 'week', 'month', 'year'])}))`, resolve: (g, ctx) => {
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
  }, examples: SET_EVERY_EXAMPLES }),
  rule({ name: 'season', pattern: `(?<pm>${POINT_MOD})?(?<season>${anyOf(['summer', 'winter', 'autumn'])}|(?<=\\b(?:in|this|last|next|the)\\s+)(?:${word('spring')}|${word('fall')}(?!${DROP_IN}))|${anyOf(['spring', 'fall'])}(?=\\s+of\\s+(?:19|20)\\d\\d))(?:\\s+(?:of\\s+)?(?:(?<year>(?:19|20)\\d\\d)|${SPOKEN_YEAR}))?(?:(?=\\s+[A-Z][a-z])(?<nameNext>)|)`, resolve: (g, ctx) => {
    // "Google Summer of Code", "the Arab Spring", "the Winter Olympics": a season inside a name
    if (!g.year && !g.pm && capitalised(g.season!) && (g.nameNext !== undefined || afterCapitalised(ctx))) return null;
    const code = SEASONS[lc(g.season)];
    const year = g.year ?? (g.tens ? String(spokenYear(g)) : null);
    // "he lost the spring contests of 1992 and recovered later in the summer":
    // the summer of the year named just before, as "later that summer" is
    if (!year && afterLaterInThe(ctx) && ctx.reference(LATER_IN_REACH)) return date(seasonResolved(ctx, code, 'that'), modOf(POINT_MODS, g.pm));
    return date(year ? `${year}-${code}` : seasonResolved(ctx, code, undefined), modOf(POINT_MODS, g.pm));
  }, examples: SEASON_EXAMPLES }),
  // "Super Tuesday": the day most states hold their presidential primaries, the one nearest the publication
  // ("Heading into Super Tuesday" on March 6, 2020, Wikinews; "weak results on Super Tuesday" a week after
  // it; "the senator won seven of the Super Tuesday states"). Before 2000 it fell on other Tuesdays: the
  // weekday alone is read then.
  rule({ name: 'super-tuesday', pattern: `${word('super')}\\s+Tuesday`, resolve: (g, ctx) => {
    if (!ctx.anchor) return date('XXXX-XX-XX');
    const day = superTuesday(ctx.anchor);
    return day.year < 2000 ? null : date(formatDay(day));
  }, examples: SUPER_TUESDAY_EXAMPLES }),
  rule({ name: 'holiday', pattern: HOLIDAY, resolve: (g, ctx) => {
    // "illustrator Johnnie Christmas", "the Great Orchestra of Christmas Charity": a name
    // "tariffs on Christmas trees", "Christmas cards": a thing sold or sent, not the day
    if (g.thing !== undefined || g.nameNext !== undefined || afterCapitalisedWordBefore(ctx) && !afterSentenceOpening(ctx)) return null;
    const name = lc(g.name).replace('’', "'");
    const a = ctx.anchor;
    // a movable feast has no fixed day to give without a year
    if (!a) { const d = holiday(name, 2000); return d ? date(movableFeast(name) ? 'XXXX-XX-XX' : `XXXX-${formatDay(d).slice(5)}`) : null; }
    if (name === 'election day' && g.isMon) return date(dayAhead(a, monthNumber(g.isMon), +g.isDay!));
    if (name === 'election day') return date(electionNamed(ctx) ?? usElectionDay(a, ctx.ahead() ? 'future' : ctx.direction()));
    const here = holiday(name, a.year);
    if (!here) return null;
    const direction = ctx.cue();
    // a holiday's week ("as Easter week began") has come once its Monday has
    const thisYear = formatDay(g.week ? addDays(here, -6) : here) <= formatDay(a);
    // nothing in the clause says which way ("the rush of the week before Christmas" two days
    // before it): the nearest one, as a bare month is read; it used to be the one before
    if (direction === null) return dayOrWeek(nearestHoliday(name, a), g.week);
    const year = direction === 'past' ? (thisYear ? a.year : a.year - 1) : (thisYear ? a.year + 1 : a.year);
    return dayOrWeek(holiday(name, year)!, g.week);
  }, examples: HOLIDAY_EXAMPLES }),
];
