import { addDays, formatDay, parseDay, weekday } from '../calendar.js';
import { DAY_PARTS } from '../anchoring.js';
import { lc, type Rule, type RuleContext, type RuleExample } from '../context.js';
import { MONTH, POINT_MODS, WEEKDAY, anyOf, modOf, monthNumber, weekdayNumber, word } from '../lexicon.js';
import { resolveWeekday, yearOfMonthDay } from '../resolve.js';
import { MADE_UP, rule, dayInFocus } from './shared.js';
import { capitalised } from './predicates.js';
import { afterClockPreposition, atLineStart, localHourBefore } from './cues.js';

/** Zones a clock time may name; they belong to the extent (TimeBank values carry no offset). */
const ZONES = ['Coordinated Universal Time', 'Greenwich Mean Time', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'ET', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'local time'];
/** The zone of a 24-hour clock time; the flag `utc` when it is UTC, which the value writes Z. */
const UTC_NAMES = ['UTC', 'GMT', 'Z', 'Coordinated Universal Time', 'Greenwich Mean Time'];
const ZONE_24H = `(?<zone>(?<utc>${UTC_NAMES.join('|')})|${ZONES.filter((zone) => !UTC_NAMES.includes(zone)).join('|')})`;
/** The day after the brackets that follow a clock time, or a weekday inside them (flags, not taken into the match). */
const DAY_AFTER_BRACKETS = `(?:(?=(?:\\s+\\([^()]{1,30}\\)|\\)),?\\s+(?:on\\s+)?(?:(?<parenWd>${WEEKDAY})|(?<parenMon>${MONTH})\\s+(?<parenDay>[0-3]?\\d)(?!\\d)|(?<parenDeictic>today|tomorrow|yesterday)\\b))|(?=\\s+\\([^()]{0,30}\\b(?<inParenWd>${WEEKDAY})\\))|)`;
/** The day named right after a clock time: ", on Friday", " Nov. 6, 1989", " tomorrow". */
const DAY_NAMED_NEXT = `(?<after>,?\\s+(?:on\\s+)?(?:(?<nextWd>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?|(?<nextMon>${MONTH})\\s+(?<nextDay>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<nextYear>(?:1[89]|20)\\d\\d)(?!\\d))?|(?<nextDeictic>today|tomorrow|yesterday)\\b))?`;
/**
 * A clock time is on the day named right after it, which TimeBank and MEANTIME mark with it ("5 p.m.
 * EST Nov. 6", "at noon Saturday", "16:00 UTC today"), or after its brackets, where the day keeps its own
 * timex ("10:35 a.m. (0735 GMT) Friday", "at 2am local time (0100 UTC) on Friday", "6 p.m. local time
 * (1700 UTC) tomorrow", and so "0735 GMT" in it; "4 in the morning (4 a.m. EDT Thursday)"),
 * else on the anchor day.
 */
const DAY_AFTER = DAY_AFTER_BRACKETS + DAY_NAMED_NEXT;

/** The three words right before "at" a clock time: "was shot to death at 10 p.m." */
const RETOLD = /\b([a-z]+\s+[a-z]+\s+[a-z]+)\s+at\s+(?:about\s+|around\s+)?$/i;
/** Words of saying, which tell of many happenings with one phrase ("officials told reporters"). */
const REPORTING = /\b(?:said|says|say|told|tells|announced|reported|added|stated)\b/i;

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
  // "Slepian was shot to death last Oct. 23 … Slepian was shot to death at 10 p.m.": the day the same words had
  const retold = RETOLD.exec(ctx.before(60))?.[1];
  const again = retold && !REPORTING.test(retold) ? ctx.dayAfterPhrase(retold, 12) : null;
  if (again) return again;
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
 * Whether a clock time without a day stands alone on its line: the heading of an entry in a live report
 * ("The Latest" of a news agency, the entries of the publication day, latest first). It is on the
 * publication day, not on a day the entry below the previous heading named ("The mayor recalled the Sept.
 * 11 attacks …" then "9:05 p.m." on a line of its own).
 */
function heading(g: Record<string, string | undefined>, ctx: RuleContext): boolean {
  return ctx.anchor !== null && g.lineEnd !== undefined && !g.after && atLineStart(ctx);
}

/**
 * How far back (in characters) a clock time without a day looks for the day it is on: a report names
 * the day once and gives the times a paragraph on ("A fire broke out yesterday … were called … at
 * 09:09am local time"), and its publication is mostly a day or more after the event.
 */
const CLOCK_DAY_REACH = 600;

/* Each rule's table of real sentences (English Wikinews, CC BY 2.5, by article title), run by examples.test.ts. */
const CLOCK_24H_EXAMPLES: readonly RuleExample[] = [
  { text: 'As of 15:11 GMT the site was accessible again, but only loads at relatively slow speeds, and by the end of the day Saturday the site was not loading at all.', published: '2008-01-20', phrase: '15:11 GMT', value: '2008-01-20T15:11Z', source: 'Wikinews, "Hackers attack Church of Scientology website"' },
  { text: 'The crash took place on a bendy road at around 15:00 local time.', published: '2019-01-12', phrase: '15:00 local time', value: '2019-01-12T15:00', source: 'Wikinews, "State-run bus crashes in Cuba en route to Havana, killing seven"' },
  { text: 'Rosselló said he is to leave office next month on August 2 at 5 p.m. local time (2100 UTC).', published: '2019-07-28', phrase: '2100 UTC', value: '2019-08-02T21:00Z', source: 'Wikinews, "Puerto Rico governor announces resignation following protests"' },
];

const CLOCK_24H_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'A 5.3-magnitude quake was recorded at 4:53 a.m Thursday morning (2053 Wednesday night, UTC) in Manay, Davao Oriental.', published: '2019-10-22', phrase: '2053', value: '2019-10-16T20:53Z', source: 'Wikinews, "Aftershocks increase death toll of magnitude 6.3 earthquake in southern Philippines"' },
];

const CLOCK_EXAMPLES: readonly RuleExample[] = [
  { text: 'On board the Freewinds, Paris claims that she was working from 6:00am to midnight and due to lack of sleep ended up being a walking zombie.', published: '2015-05-07', phrase: '6:00am', value: '2015-05-07T06:00', source: 'Wikinews, "Australian woman claims Church of Scientology imprisoned her for twelve years"' },
  { text: 'My favorite time of the day is around 8PM, when (hopefully fat) penguins are returning to the colony en masse after a foraging trip.', published: '2019-01-27', phrase: '8PM', value: '2019-01-27T20:00', source: 'Wikinews, "Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris"' },
  { text: 'Rosselló said he is to leave office next month on August 2 at 5 p.m. local time (2100 UTC).', published: '2019-07-28', phrase: '5 p.m. local time', value: '2019-08-02T17:00', source: 'Wikinews, "Puerto Rico governor announces resignation following protests"' },
];

const NOON_EXAMPLES: readonly RuleExample[] = [
  { text: 'On board the Freewinds, Paris claims that she was working from 6:00am to midnight and due to lack of sleep ended up being a walking zombie.', published: '2015-05-07', phrase: 'midnight', value: '2015-05-07T24:00', source: 'Wikinews, "Australian woman claims Church of Scientology imprisoned her for twelve years"' },
  { text: 'As of midday Thursday, the storm was about 90 miles (145 km) south of the coast and moving at roughly five miles per hour (eight kilometers per hour).', published: '2019-07-12', phrase: 'midday Thursday', value: '2019-07-11T12:00', source: 'Wikinews, "Louisiana declares state of emergency as Tropical Storm Barry approaches U.S. coast"' },
  { text: 'Sirhan shot him in the head just after midnight, while he was walking through a hotel kitchen.', published: '2019-09-03', phrase: 'midnight', value: '2019-09-03T24:00', source: 'Wikinews, "Kennedy assassin Sirhan Sirhan stabbed in California prison"' },
];

const DAY_PART_EXAMPLES: readonly RuleExample[] = [
  { text: 'Nickey Iyambo, former vice-president of Namibia, died on Sunday, early in the morning.', published: '2019-05-21', phrase: 'the morning', value: '2019-05-19TMO', source: 'Wikinews, "Nickey Iyambo, former vice-president of Namibia, dies aged 82"' },
  { text: 'Protesters started at the park, Causeway Bay, and Tin Hau early yesterday afternoon and walked until early evening, when police vans arrived, and the crowds dispersed.', published: '2019-08-19', phrase: 'early evening', value: '2019-08-18TEV', source: 'Wikinews, "Hong Kong protests continue through police opposition, rainstorms"' },
];

const CLOCK_24H_BARE_EXAMPLES: readonly RuleExample[] = [
  { text: 'According to the campaign, on the morning of August 1 around 4:30 or 5:30 a.m. EST, a flying creature collided with Jorgensen on the front porch of her South Carolina home.', published: '2020-09-30', phrase: '4:30', value: '2020-08-01T04:30', source: 'Wikinews, "On the campaign trail in the USA, August 2020"' },
  { text: 'Polls closed at 22:30 on Sunday.', published: '2016-09-05', phrase: '22:30 on Sunday', value: '2016-09-04T22:30', source: MADE_UP },
];

const OVERNIGHT_EXAMPLES: readonly RuleExample[] = [
  { text: 'London shares were depressed by overnight losses in New York.', published: '1989-10-13', phrase: 'overnight', value: '1989-10-12TNI', source: MADE_UP },
];

/** "a quarter past", "half to". */
const CLOCK_PART_OF_HOUR = `(?:(?<part>(?<quarterOf>${word('a')}\\s+quarter)|${word('half')})\\s+(?<partRel>past|after|(?<back>to|before))\\s+)?`;
/** "10", "10:35", "10.35" (before a.m. or p.m.). */
const CLOCK_HOUR = `(?<h>[01]?\\d)(?::(?<min>[0-5]\\d)|\\.(?<dotMin>[0-5]\\d)(?=\\s*(?:[ap]\\.?m\\b|[AP]\\.?M\\b)))?`;
/** "a.m.", "PM", "in the morning", "o'clock in the evening". */
const CLOCK_HALF_DAY = `(?:\\s*(?<ampm>(?<afternoon>p\\.m\\.?|P\\.M\\.?|PM|pm)|a\\.m\\.?|A\\.M\\.?|AM|am)|\\s+(?:o'clock\\s+)?in\\s+the\\s+(?<inPart>morning|afternoon|evening))`;
/** A zone: "EST", "local time". */
const CLOCK_ZONE = `(?:\\s+(?<zone>${ZONES.join('|')}))?`;
/** Followed by the end of its line (a schedule's line): the flag `lineEnd`. */
const LINE_END_NEXT = `(?:(?=[ \\t]*(?:\\r?\\n|$))(?<lineEnd>)|)`;
/** A 12-hour clock time, with what may come around it, in that order. */
const CLOCK = [CLOCK_PART_OF_HOUR, CLOCK_HOUR, CLOCK_HALF_DAY, CLOCK_ZONE, DAY_AFTER, LINE_END_NEXT].join('');

/**
 * Clock times and parts of the day: "5 p.m. EST Nov. 6", "14:48 UTC", "at noon Saturday", "in the morning".
 */
export const CLOCK_RULES: readonly Rule[] = [
  // "at 1922 UTC", "as of 14:48 UTC", "at 12:00 UTC Monday", "12:05:19 UTC": a 24-hour clock time with its zone; UTC is written Z
  rule({ name: 'clock-24h', pattern: `(?:(?<h>[01]\\d|2[0-3])|(?<hc>[01]?\\d|2[0-3]):)(?<min>[0-5]\\d)(?::(?<sec>[0-5]\\d))?\\s+${ZONE_24H}${DAY_AFTER}`, resolve: (g, ctx) => {
    const hour = (g.h ?? g.hc!).padStart(2, '0');
    const z = g.utc !== undefined ? 'Z' : '';
    let day = dayNamedAfter(g, ctx, g.zone === 'local time' ? +hour : undefined);
    // "at around 8:30 p.m. (0030 UTC)" (Wikinews): UTC past midnight is the local day's next day (no zone
    // is more than 12 hours behind or 14 ahead), unless the brackets name its own day ("(0300 UTC Monday)")
    const localHour = z && !g.nextWd && !g.nextDeictic && !g.nextMon && day.length === 10 ? localHourBefore(ctx) : null;
    if (localHour !== null) {
      const shift = +hour - localHour < -12 ? 1 : +hour - localHour > 14 ? -1 : 0;
      const parsed = parseDay(day);
      if (shift && parsed) day = formatDay(addDays(parsed, shift));
    }
    return { type: 'TIME', value: `${day}T${hour}:${g.min}${g.sec ? `:${g.sec}` : ''}${z}` };
  }, examples: CLOCK_24H_EXAMPLES }),
  // "the polls closed at 22:30": a 24-hour clock time without a zone, after a preposition of time;
  // "between 07:28 and 08:06 Coordinated Universal Time": the first of two, whose zone comes after the second
  rule({ name: 'clock-24h-bare', pattern: `(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?!\\s*(?:[ap]\\.?m\\b|[AP]M\\b|UTC|GMT|h\\b))${DAY_AFTER}`, resolve: (g, ctx) => {
    if (!afterClockPreposition(ctx)) return null;
    return { type: 'TIME', value: `${dayNamedAfter(g, ctx, +g.h!)}T${g.h!.padStart(2, '0')}:${g.min}` };
  }, examples: CLOCK_24H_BARE_EXAMPLES }),
  // "at 4:42 local time on Saturday (2024 Friday, UTC)": a 24-hour time whose zone follows its day
  rule({ name: 'clock-24h-day', pattern: `(?<h>[01]\\d|2[0-3])(?<min>[0-5]\\d)(?=\\s+(?<nextWd>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:UTC|GMT)\\b)`, resolve: (g, ctx) =>
    ({ type: 'TIME', value: `${dayNamedAfter(g, ctx)}T${g.h}:${g.min}Z` }), examples: CLOCK_24H_DAY_EXAMPLES }),
  rule({ name: 'clock', pattern: CLOCK, resolve: (g, ctx) => {
    let hour = +g.h! % 12;
    if (g.ampm ? g.afternoon !== undefined : g.inPart !== 'morning') hour += 12; // "4 in the morning", "8 in the evening"
    // "left his home a quarter before 11 a.m." (Wikinews): 10:45; "half past 2 p.m.": 14:30
    let minute = g.min ?? g.dotMin ?? '00';
    if (g.part) {
      if (g.min || g.dotMin) return null;
      const back = g.back !== undefined;
      const minutes = g.quarterOf ? 15 : 30;
      if (back) hour = (hour + 23) % 24;
      minute = String(back ? 60 - minutes : minutes);
    }
    const local = !g.zone || g.zone === 'local time' ? hour : undefined;
    // "We were called at 8.10am today" (Wikinews): British minutes after a dot
    const day = heading(g, ctx) ? formatDay(ctx.anchor!) : dayNamedAfter(g, ctx, local);
    return { type: 'TIME', value: `${day}T${String(hour).padStart(2, '0')}:${minute}` };
  }, examples: CLOCK_EXAMPLES }),
  rule({ name: 'noon', pattern: `(?<w>${anyOf(['noon', 'midnight', 'midday'])})(?!\\s+sun\\b)(?<!${word('high')} \\w+)${DAY_AFTER}`, resolve: (g, ctx) =>
    ({ type: 'TIME', value: `${dayNamedAfter(g, ctx)}T${lc(g.w) === 'midnight' ? '24:00' : '12:00'}` }), examples: NOON_EXAMPLES }),
  // "London shares were depressed by overnight losses in New York" in a report on Friday: the market's night
  // before the day the text is about ("an overnight stay", "the overnight rate" are no times)
  rule({ name: 'overnight', pattern: `overnight(?=\\s+(?:losses|gains|declines?|advances?|rally|rallies|sell-?offs?|selling|trading|session|slide|drop|fall|rise|moves?)\\b)`, resolve: (g, ctx) => {
    if (!ctx.anchor) return null;
    return { type: 'TIME', value: `${formatDay(addDays(parseDay(dayInFocus(ctx, ctx.anchor))!, -1))}TNI` };
  }, examples: OVERNIGHT_EXAMPLES }),
  // "at mid-afternoon yesterday", "by mid afternoon", "placed orders in the morning", "rose in morning
  // trading": a part of the day
  // named after it, else of the day the text last named, else of the publication day
  rule({ name: 'day-part', pattern: `(?:(?<pm>${anyOf(['early', 'late', 'mid'])})(?:\\s*-\\s*|\\s+)|(?<=\\b(?:[Ii]n|[Dd]uring|[Bb]y|[Tt]hrough)\\s+)(?:${word('the')}\\s+|(?=\\w+\\s+(?:trading|session|deals)\\b)))(?<part>${anyOf(['morning', 'afternoon', 'evening'])})${DAY_AFTER}(?:(?=\\s+(?:news\\s+)?(?:shows?|programs?|programmes?)\\b)(?<show>)|)`, resolve: (g, ctx) => {
    // "Imus in the Morning": a title; "a guest on the morning shows", "booked on the early-morning news
    // shows": a kind of television program
    if (!ctx.anchor || capitalised(g.part!) && !g.pm || g.show !== undefined) return null;
    const day = g.after ? dayNamedAfter(g, ctx) : dayInFocus(ctx, ctx.anchor);
    return { type: 'TIME', value: `${day}T${DAY_PARTS[lc(g.part)]}`, mod: modOf(POINT_MODS, g.pm) };
  }, examples: DAY_PART_EXAMPLES }),
];
