import { addDays, compareDays, formatDay, formatWeek, nthWeekday, parseDay, weekday, type Day } from '../calendar.js';
import { DAY_PARTS, monthResolved, offsetOf } from '../anchoring.js';
import { date, lc, type Rule, type RuleExample } from '../context.js';
import { MONTH, POINT_MODS, WEEKDAY, anyOf, modOf, monthNumber, weekdayNumber, word } from '../lexicon.js';
import { resolveWeekday, yearOfMonthDay } from '../resolve.js';
import { MADE_UP, dayInFocus, END, rule, REL } from './shared.js';
import { capitalised, fromPointNamed } from './predicates.js';
import { afterAcronym, afterBetterFuture, afterCBS, afterCapitalisedWord, afterFoxNews, afterOpenTitle, afterSentenceOpeningWord, afterSheffield, afterTheOrPossessive } from './cues.js';

/** How far back (in characters) the weekday before a weekday may stand for the two to form a list. */
const LIST_REACH = 40;
/** A weekday and "or" or "and" right before a match: "late on Monday or early …", "Friday and …". */
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:or|and)\\s+(?:(?:early|late)\\s+)?(?:on\\s+)?$`);

/** How far back (in characters) a weekday named again looks for the day it was named as. */
const SAME_DAY_REACH = 2000;

/** Whether a weekday's value (a day, maybe with a time) falls on weekday `isoDay`. */
function sameWeekday(value: string, isoDay: number): boolean {
  const day = parseDay(value);
  return day !== null && weekday(day) === isoDay;
}

/** The day with weekday `isoDay` nearest to `day` (up to three days either way). */
function nearestWeekday(day: Day, isoDay: number): Day {
  const diff = (isoDay - weekday(day) + 7) % 7;
  return addDays(day, diff <= 3 ? diff : diff - 7);
}

/** "today's" before what belongs to an age, not a day: "today's youth", "in today's world", "today's personal computers". */
const TODAYS_GENERIC = `(?:(?=['’]s\\s+(?:[a-z]+\\s+)?(?:world|society|youth|young|generation|children|kids|teenagers|economy|technology|culture|families|consumers|computers|cars|media|politics|standards)\\b)(?<generic>)|)`;

/** Ordinals that count a run of days ("the third straight day"). */
const RUN_ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** What puts "the second day" in a run: "for a second day", "It's the second day", "today is the eighth day". */
const RUN_BEFORE = /\b(?:[Ff]or|is|was|[Ii]t's|marks|marked|entered|enters)\s+$/;

/** Ordinals that pick a week or a weekday of a month; -1 is the last. */
const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** "Monday nights", "Friday evenings": a part of every such day. */
const PLURAL_PARTS = anyOf(['mornings', 'afternoons', 'evenings', 'nights']);
/** "on Mondays", "most Sundays": a plural weekday read as every such day ("Fridays for Future" is a name). */
const RECURRING_BEFORE = /\b(?:on|most|some|many|all|other|alternate|and|or)\s+$/i;

/* Each rule's table of real sentences (English Wikinews, CC BY 2.5, by article title), run by examples.test.ts. */
const WEEKDAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'A sudden rain storm on Sunday night (March 4) caused a mass exodus of people to head for the station prompting lines that backed up into the street.', published: '2007-03-05', phrase: 'Sunday night', value: '2007-03-04', source: 'Wikinews, "Lantern Festival in Taipei lights up the night"' },
  { text: 'As of 15:11 GMT the site was accessible again, but only loads at relatively slow speeds, and by the end of the day Saturday the site was not loading at all.', published: '2008-01-20', phrase: 'Saturday', value: '2008-01-19', source: 'Wikinews, "Hackers attack Church of Scientology website"' },
  { text: 'He was released on US$ 20,000 bail on Thursday.', published: '2010-10-09', phrase: 'Thursday', value: '2010-10-07', source: 'Wikinews, "Scientology defector arrested after attempting to leave organization"' },
];

const NTH_OF_MONTH_EXAMPLES: readonly RuleExample[] = [
  { text: 'Wikinews attended the Texas Haunters Convention on the last weekend of July — July 27–28 — in Mesquite, Texas.', published: '2019-08-05', phrase: 'the last weekend of July', value: '2019-W30-WE', source: 'Wikinews, "Wikinews attends Texas Haunters Convention"' },
];

const DEICTIC_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena.', published: '2006-03-27', phrase: 'Today', value: '2006-03-27', source: 'Wikinews, "Greek court rules worship of ancient Greek deities is legal"' },
  { text: 'IE\'s various versions accounted for 70 percent of the market in 2009; this has dropped to approximately 56 percent today.', published: '2011-03-08', phrase: 'today', value: '2011-03-08', source: 'Wikinews, "Microsoft waits for death of Internet Explorer 6"' },
  { text: 'The study was published in journal Nature Climate Change yesterday.', published: '2014-07-28', phrase: 'yesterday', value: '2014-07-27', source: 'Wikinews, "Scientists analyse effects of global warming, atmospheric ozone on crops"' },
];

const THIS_PART_OF_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'The state had lanes closed last night as it worked to repair the damaged surface.', published: '2019-01-05', phrase: 'last night', value: '2019-01-04TNI', source: 'Wikinews, "Florida highway pileup, fire kills five children, two truck drivers"' },
  { text: 'An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event.', published: '2019-01-14', phrase: 'last night', value: '2019-01-13TNI', source: 'Wikinews, "Arrest made as mayor of Gdańsk, Poland stabbed on stage"' },
  { text: 'At least five other civilians reportedly also died in last night\'s attack; around twenty more, including colleague Faisal al-Thubhani, were injured.', published: '2019-01-30', phrase: 'last night', value: '2019-01-29TNI', source: 'Wikinews, "Mokha, Yemen bomb kills photojournalist, at least five others"' },
];

const NTH_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'Friday night was the fourth night in a row that Serbians protested; the protest started out against the government\'s anti-COVID-19 measures but has reportedly expanded into more general anti-government protests.', published: '2020-07-12', phrase: 'the fourth night', value: '2020-07-10TNI', source: 'Wikinews, "Serbian protesters try to storm Parliament; fourth day of protests"' },
  { text: 'Protesters blocked the main square for a third straight day.', published: '2019-06-12', phrase: 'a third straight day', value: '2019-06-12', source: MADE_UP },
];

/** "late on", "last", "the following". */
const WEEKDAY_LEAD = `(?<pm>${anyOf(['early', 'late'])}\\s+(?:on\\s+)?)?(?:${REL})?`;
/** "Monday", "Mondays", "Monday nights", "Friday morning". */
const WEEKDAY_NAME = `(?<wd>${WEEKDAY})(?:(?<plural>s)|\\s+(?<parts>${PLURAL_PARTS})|\\s+(?<part>${anyOf(Object.keys(DAY_PARTS))}))?`;
/** Followed by another weekday and plural parts of the day: "Monday and Tuesday nights". */
const LISTED_PARTS_NEXT = `(?:(?=,?\\s+(?:and|or)\\s+${WEEKDAY}s?\\s+(?<listParts>${PLURAL_PARTS})${END})|)`;
/** Its date after it: "Friday, Nov. 6, 1989". */
const WEEKDAY_DATE = `(?:,?\\s+(?<mon>${MONTH})\\s+(?<day>[0-3]?\\d)(?!\\d)(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?)?`;
/** Followed by what makes it a name: "Saturday Night Live", "the Sunday League". */
const SHOW_OR_LEAGUE_NEXT = `(?:(?<=Saturday\\s+Night)(?=\\s+Live\\b)(?<show>)|(?=\\s+[Ll]eague\\b)(?<league>)|)`;
/** Followed by its date in brackets: "next Monday (Sept. 9)". */
const BRACKETED_DATE_NEXT = `(?:(?=\\s*\\(\\s*(?<apMon>${MONTH})\\s*(?<apDay>[0-3]?\\d)\\s*\\))|)`;
/** A weekday with what may come around it, in that order. */
const WEEKDAY_PHRASE = [WEEKDAY_LEAD, WEEKDAY_NAME, LISTED_PARTS_NEXT, WEEKDAY_DATE, SHOW_OR_LEAGUE_NEXT, BRACKETED_DATE_NEXT].join('');

/**
 * Weekdays and the days around the publication: "Monday", "the second Tuesday in May", "today", "this morning".
 */
export const DAY_RULES: readonly Rule[] = [
  rule({ name: 'weekday', pattern: WEEKDAY_PHRASE, resolve: (g, ctx) => {
    // "she hosted Saturday Night Live twice": a television show
    if (g.show !== undefined) return null;
    // "won their Sunday league match", "the Saturday League" (made up): a competition, whatever day it was played
    if (g.league !== undefined && !g.rel && !g.pm) return null;
    // "Newcastle lost 2-1 at home to Sheffield Wednesday": an English football club
    if (g.wd === 'Wednesday' && !g.rel && !g.pm && afterSheffield(ctx)) return null;
    // "said on “Fox News Sunday”", "told CBS Sunday Morning": Sunday talk shows
    if (g.wd === 'Sunday' && !g.rel && !g.pm && (afterFoxNews(ctx) || (g.part === 'Morning' && afterCBS(ctx)))) return null;
    const isoDay = weekdayNumber(g.wd!);
    // "closed on Mondays", "on Monday and Tuesday nights", "Friday evenings": every such day (or part of it)
    if (g.plural !== undefined || g.parts || g.listParts) {
      if (g.rel || g.mon || (g.plural !== undefined && !RECURRING_BEFORE.test(ctx.before(12)))) return null;
      const parts = lc(g.parts ?? g.listParts);
      return { type: 'SET', value: `XXXX-WXX-${isoDay}${parts ? `T${DAY_PARTS[parts.slice(0, -1)]}` : ''}`, trim: g.pm?.length ?? 0 };
    }
    // "Friday morning" is a part of that day (TMO, TAF, TEV); "Friday night" is marked whole, but TimeBank
    // values it as the day itself 10 times in 18, and news mostly means that day's events by it
    if (g.mon && (ctx.anchor || g.year)) {
      const month = monthNumber(g.mon);
      const year = g.year ? +g.year : yearOfMonthDay(ctx.anchor!, month, +g.day!, ctx.direction());
      return date(formatDay({ year, month, day: +g.day! }));
    }
    // "a quiet market until next Monday (Sept. 9)" in Sunday's paper (made up): the date in brackets says which Monday
    if (g.apMon && ctx.anchor) {
      const month = monthNumber(g.apMon);
      const named = { year: yearOfMonthDay(ctx.anchor, month, +g.apDay!, ctx.direction()), month, day: +g.apDay! };
      if (weekday(named) === isoDay) return date(formatDay(named));
    }
    if (!ctx.anchor) return date(`XXXX-WXX-${isoDay}`);
    const offset = g.rel ? offsetOf(g.rel) : null;
    // "the previous Friday", "the following Monday", "the next Tuesday": before or after the day the text last named
    const reference = fromPointNamed(g.rel) ? parseDay(ctx.reference()) : null;
    if (reference && offset === 1) return date(formatDay(resolveWeekday(reference, isoDay, 'future')));
    if (reference && offset === -1) return date(formatDay(resolveWeekday(addDays(reference, -1), isoDay, 'past')));
    let day: Day;
    let again: Day | null;
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
      // a weekday its clause gives no direction to ("grandstands await Sunday's parades") is the same
      // weekday the text named before, ahead or behind ("parades on Sunday, September 1", made up)
      else if (offset === null && !ctx.ahead() && ctx.cue() === null && (again = parseDay(ctx.namedBefore(SAME_DAY_REACH, (v, found) => found.weekday === true && sameWeekday(v, isoDay))))) day = again;
      else day = resolveWeekday(ctx.anchor, isoDay, offset === 1 || (offset === null && ctx.ahead()) ? 'future' : offset === -1 ? 'past' : ctx.direction());
      // "last Thursday" in Friday's paper is not yesterday, which the writer would have called so, but
      // the Thursday a week before ("On last Thursday, the delegations of Cyprus, Greece and Israel had
      // met", Wikinews 2020-01-10: the 2nd); two days back it is the day just gone ("the day before last
      // Tuesday" in Thursday's paper, TimeBank: the 21st of February 2000)
      if (offset === -1 && compareDays(addDays(day, 2), ctx.anchor) > 0) day = addDays(day, -7);
    }
    // "early Tuesday", "late Sunday": the day's start or end, as TimeBank's mods say; it leaves the word
    // out of the extent as often as it marks it ("Late Monday", "early Friday morning")
    // "Late on Sunday, the SDF announced …" (Wikinews) takes the mod of "late Sunday"
    const mod = modOf(POINT_MODS, g.pm?.replace(/\s+on\s+$/i, ''));
    const trim = g.pm?.length ?? 0;
    if (g.part && lc(g.part) !== 'night') return { type: 'TIME', value: `${formatDay(day)}T${DAY_PARTS[lc(g.part)]}`, mod, trim };
    return { ...date(formatDay(day), mod), trim };
  }, flags: { weekday: true }, examples: WEEKDAY_EXAMPLES }),
  // "the last weekend of July", "the first week of March", "the second Tuesday in May"
  rule({ name: 'nth-of-month', pattern: `(?:${word('the')}\\s+)?(?<ord>${anyOf(Object.keys(NTH))})\\s+(?:(?<unit>${anyOf(['week', 'weekend'])})|(?<wd>${WEEKDAY}))\\s+(?:of|in)\\s+(?<mon>${MONTH})(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?`, resolve: (g, ctx) => {
    const month = monthNumber(g.mon!);
    if (!g.year && !ctx.anchor) return null;
    const year = g.year ? +g.year : +monthResolved(ctx, month, undefined).slice(0, 4);
    const n = NTH[lc(g.ord)];
    if (g.wd) return date(formatDay(nthWeekday(year, month, weekdayNumber(g.wd), n)));
    // a month's n-th week is the one holding its n-th Thursday (as ISO weeks are counted)
    if (lc(g.unit) === 'week') return date(formatWeek(nthWeekday(year, month, 4, n)));
    return date(`${formatWeek(nthWeekday(year, month, 6, n))}-WE`);
  }, examples: NTH_OF_MONTH_EXAMPLES }),
  rule({ name: 'deictic-day', pattern: `(?<pm>${anyOf(['late', 'early'])}\\s+)?(?:(?<twoDays>${word('the')}\\s+day\\s+(?:before(?=\\s+yesterday)|after(?=\\s+tomorrow)))\\s+)?(?<w>${anyOf(['today', 'yesterday', 'tomorrow', 'tonight'])})(?:\\s+(?<part>${anyOf(Object.keys(DAY_PARTS))}))?${TODAYS_GENERIC}(?:(?=(?:''|["”’])?\\s+[Ss]how\\b)(?<show>)|(?=[,.]?(?:''|["”]))(?<closed>)|)`, resolve: (g, ctx) => {
    // "a guest on The Tonight Show", "co-host of the ''Today'' show", "the producer of “Today,” said":
    // the name of a television show (a capital, in quotation marks)
    // as is a quoted title of capitalised words ending in it ("the talk show “Garcia Tonight.”", the
    // satire “Late News Tonight,”)
    if (capitalised(g.w!) && (g.show !== undefined || (g.closed !== undefined && afterOpenTitle(ctx)))) return null;
    const w = lc(g.w);
    // "according to USA Today", "Psychology Today": a capitalised word after a name is part of it
    if (g.w === 'Today' && afterCapitalisedWord(ctx) && !afterSentenceOpeningWord(ctx)) return null;
    // "USA Today noted the commission's scope" (Wikinews): after an acronym even when it opens the sentence
    if (g.w === 'Today' && afterAcronym(ctx)) return null;
    if (g.generic !== undefined && w === 'today') return date('PRESENT_REF'); // "today's youth", "in today's world"
    // "hoping for a brighter tomorrow", "building a better tomorrow": the future, not the next day
    if (w === 'tomorrow' && afterBetterFuture(ctx)) return date('FUTURE_REF');
    const shift = (w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0) * (g.twoDays ? 2 : 1); // "the day before yesterday"
    const part = w === 'tonight' ? 'NI' : g.part ? DAY_PARTS[lc(g.part)] : null;
    // an undated text's "yesterday" is still behind its writing, and "tomorrow" ahead
    const day = ctx.anchor ? formatDay(addDays(ctx.anchor, shift)) : shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
    // "late yesterday", "early today": the day's end or start, as TimeBank marks them
    return part && ctx.anchor ? { type: 'TIME', value: `${day}T${part}`, mod: modOf(POINT_MODS, g.pm) } : date(day, modOf(POINT_MODS, g.pm));
  }, flags: { speakersDay: true }, examples: DEICTIC_DAY_EXAMPLES }),
  rule({ name: 'this-part-of-day', pattern: `(?<pm>${anyOf(['early', 'late'])}\\s+)?(?<rel>${anyOf(['this', 'last'])})\\s+(?<part>${anyOf(['morning', 'afternoon', 'evening', 'night'])})`, resolve: (g, ctx) => {
    // "On the last night, Trump delivered a long acceptance speech" (Wikinews): the last of a run of nights
    if (afterTheOrPossessive(ctx)) return null;
    // "told CBS This Morning on Monday": the network's morning show
    if (g.rel === 'This' && g.part === 'Morning' && afterCBS(ctx)) return null;
    const part = lc(g.part);
    // "late last night", "early this morning": the part's end or start, "late" left out as for "late Sunday"
    const mod = modOf(POINT_MODS, g.pm);
    const trim = g.pm?.length ?? 0;
    if (!ctx.anchor) return { type: 'TIME', value: lc(g.rel) === 'last' ? 'PAST_REF' : 'PRESENT_REF', mod, trim }; // an undated "last night" is behind its writing
    const day = lc(g.rel) === 'last' && part !== 'night' ? addDays(ctx.anchor, -1) : lc(g.rel) === 'last' ? addDays(ctx.anchor, -1) : ctx.anchor;
    return { type: 'TIME', value: `${formatDay(day)}T${DAY_PARTS[part]}`, mod, trim };
  }, flags: { speakersDay: true }, examples: THIS_PART_OF_DAY_EXAMPLES }),
  // "for a second consecutive day", "It's the second day of an offensive", "for the sixth straight day":
  // the day the run has reached, which is the day in focus (TimeBank and MEANTIME value all three so).
  // "the first day" is left out: "on his first day in office" starts a run rather than counting one
  rule({ name: 'nth-day', pattern: `(?:${anyOf(['the', 'a', 'its', 'their'])}\\s+)?(?<ord>${anyOf(RUN_ORDINALS)}|(?:[2-9]|[1-9]\\d)(?:st|nd|rd|th))\\s+(?:(?<run>${anyOf(['straight', 'consecutive', 'successive'])})\\s+)?(?<unit>${anyOf(['day', 'night'])})(?![-\\w])(?:(?=\\s+in\\s+a\\s+row\\b)(?<inARow>)|)`, resolve: (g, ctx) => {
    // a run only: "straight", "in a row", "for a third day", "is the second day"; "on the fourth or fifth day
    // of the festival" (GUM) is a day of a period, whose start the text need not give
    if (!g.run && g.inARow === undefined && !RUN_BEFORE.test(ctx.before())) return null;
    // undated: the day the text last named, else the present the run has reached
    const day = ctx.anchor ? dayInFocus(ctx, ctx.anchor) : ctx.reference(undefined, false, true)?.slice(0, 10) ?? null;
    if (day === null) return date('PRESENT_REF');
    return lc(g.unit) === 'night' ? { type: 'TIME', value: `${day}TNI` } : date(day);
  }, examples: NTH_DAY_EXAMPLES }),
];
