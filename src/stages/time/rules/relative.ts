import { addDays, addMonths, formatDay, formatMonth, formatWeek, weekday } from '../calendar.js';
import { DAY_PARTS, quarterResolved, relativeUnit, yearAgo } from '../anchoring.js';
import { date, lc, type Rule, type RuleContext, type RuleFlags, type RuleExample } from '../context.js';
import { AMOUNT, AMOUNT_MOD, AMOUNT_MODS, OUTSIDE_MOD, OUTSIDE_MODS, DROP_IN, POINT_MOD, POINT_MODS, SEASON, UNIT, amountValue, anyOf, modOf, unitOf, word } from '../lexicon.js';
import { duration } from '../resolve.js';
import { MADE_UP, rule, dayInFocus, REL } from './shared.js';
import { capitalised, fractionNamed, hasDay, hasMonth, hasYear, isCalendarPoint, isDayValue, isMonthValue, spanningRel } from './predicates.js';
import { afterDayIdiom, afterEvery, afterLaterDatePreposition, afterStretchPreposition, afterWhilePreposition, thisUnitBefore } from './cues.js';

/** The words before "the day" that make it the day in focus: "ending the day", "for the day", "later in the day". */
const DAY_IN_FOCUS_AFTER = /\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|[Ff]or|[Ii]n|(?:end|start|beginning|rest|remainder|middle|game|match|session) of)\s+$/;

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
  return ctx.direction() === 'past' && !afterStretchPreposition(ctx);
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

/** Counts that may follow "the past" ("the past nine matches", "the past half-dozen days"). */
const COUNTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'half-dozen'];
/** Nouns of time a count after "the past" may name. */
const TIME_NOUNS = ['seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'weekends', 'months', 'quarters', 'years', 'decades', 'centuries', 'summers', 'winters', 'springs', 'autumns', 'falls', 'seasons'];

/* Each rule's table of real sentences (English Wikinews, CC BY 2.5, by article title), run by examples.test.ts. */
const IN_FUTURE_EXAMPLES: readonly RuleExample[] = [
  { text: 'WN: In future what do you want to achieve in the game of chess?', published: '2020-04-14', phrase: 'future', value: 'FUTURE_REF', source: 'Wikinews, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews"' },
  { text: 'WN: In future, might you test this hypothesis with different species?', published: '2020-04-30', phrase: 'future', value: 'FUTURE_REF', source: 'Wikinews, "Neuroscientists tell Wikinews about empathy and harm aversion observed in lab rats"' },
  { text: 'WN: What kind of atmosphere will this potential planet [be] likely to have in future?', published: '2020-07-07', phrase: 'future', value: 'FUTURE_REF', source: 'Wikinews, "Astronomer Anthony Boccaletti discusses observation of birth of potential exoplanet with Wikinews"' },
];

const REFERENCE_EXAMPLES: readonly RuleExample[] = [
  { text: 'Iodine released from these chemicals into milk has been the major source of dietary iodine in Australia for at least four decades, but is now declining.', published: '2006-02-23', phrase: 'now', value: 'PRESENT_REF', source: 'Wikinews, "Australian children suffering from iodine deficiency"' },
  { text: 'Greek court has ruled that worshippers of the ancient Greek religion may now formally associate and worship at archeological sites.', published: '2006-03-27', phrase: 'now', value: 'PRESENT_REF', source: 'Wikinews, "Greek court rules worship of ancient Greek deities is legal"' },
  { text: 'The Church\'s website is currently unreachable.', published: '2008-01-20', phrase: 'currently', value: 'PRESENT_REF', source: 'Wikinews, "Hackers attack Church of Scientology website"' },
];

const A_WHILE_EXAMPLES: readonly RuleExample[] = [
  { text: 'Naomi Martisius: So, that actually started back quite a while ago now, for me.', published: '2020-06-28', phrase: 'a while ago', value: 'PAST_REF', source: 'Wikinews, "Neanderthals \'knew what they were doing\': Archæologist Dr Naomi Martisius discusses her findings about Neanderthals\' behaviour with Wikinews"' },
];

const CURRENT_EXAMPLES: readonly RuleExample[] = [
  { text: 'Voters would then choose between the new flag and their current flag early in 2016.', published: '2015-05-07', phrase: 'current', value: 'PRESENT_REF', source: 'Wikinews, "New Zealand begins process to consider changing national flag design"' },
  { text: 'If passed without measures specifically stipulating otherwise, this would limit Cruz himself to his current term.', published: '2019-01-06', phrase: 'current', value: 'PRESENT_REF', source: 'Wikinews, "Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits"' },
  { text: 'The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo\'s death.', published: '2019-05-21', phrase: 'current', value: 'PRESENT_REF', source: 'Wikinews, "Nickey Iyambo, former vice-president of Namibia, dies aged 82"' },
];

const RELATIVE_UNIT_EXAMPLES: readonly RuleExample[] = [
  { text: 'Last week, at least 76 people were killed when the Al-Ghaza Hotel near the Masjid Al-Haram (Grand Mosque) collasped, the cause of which is unknown.', published: '2006-01-12', phrase: 'Last week', value: '2006-W01', source: 'Wikinews, "Hundreds dead in Hajj stampede"' },
  { text: 'Last Year over 4 million visitors attended the event and this year the city expects about 6 million visitors according to the event website.', published: '2007-03-05', phrase: 'this year', value: '2007', source: 'Wikinews, "Lantern Festival in Taipei lights up the night"' },
];

const UNTIL_THEN_EXAMPLES: readonly RuleExample[] = [
  { text: 'There was a take over attempt of the project in 2017 by an individual who until then seemed like a contributor with good intentions.', published: '2020-06-30', phrase: 'then', value: '2017', source: 'Wikinews, "Open source game developer Perttu Ahola talks about Minetest with Wikinews"' },
];

const ANAPHORIC_UNIT_EXAMPLES: readonly RuleExample[] = [
  { text: 'The Indonesian Palm Oil Producers Association reports a value of US$473.60 per metric ton of crude palm oil as of November 2018, with the price decreasing that month.', published: '2019-01-10', phrase: 'that month', value: '2018-11', source: 'Wikinews, "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod"' },
  { text: 'After his arrest on Friday, Brenton stayed in the Christchurch central police station overnight before appearing in court on the next day.', published: '2019-03-17', phrase: 'the next day', value: '2019-03-16', source: 'Wikinews, "New Zealand mosque murder suspect appears in court at Christchurch"' },
  { text: 'A few days later, on July 2, Trump announced he would drop his bid to add the question, before reversing course the next day and pressing forward.', published: '2019-07-20', phrase: 'the next day', value: '2019-07-03', source: 'Wikinews, "US House of Representatives holds two Cabinet officers in criminal contempt of Congress"' },
];

const UNIT_BEFORE_EXAMPLES: readonly RuleExample[] = [
  { text: 'This is a decrease from the year before, when it was forty percent.', published: '2015-05-07', phrase: 'the year before', value: '2014', source: 'Wikinews, "New Zealand begins process to consider changing national flag design"' },
];

const THE_WEEKEND_EXAMPLES: readonly RuleExample[] = [
  { text: 'The Northern Arena Esports Championship ran throughout the weekend, facing off teams of video gamers in a packed hall.', published: '2016-09-07', phrase: 'the weekend', value: '2016-W35-WE', source: 'Wikinews, "Pop culture celebrated at Fan Expo Canada 2016 in Toronto"' },
  { text: 'Another report from the Mexican government during the weekend said eight Mexicans died in the attack.', published: '2019-08-08', phrase: 'the weekend', value: '2019-W31-WE', source: 'Wikinews, "Gunman opens fire in El Paso, Texas superstore; more than 20 dead"' },
];

const AGO_EXAMPLES: readonly RuleExample[] = [
  { text: 'IE6 shipped with Windows XP, nearly a decade ago.', published: '2011-03-08', phrase: 'nearly a decade ago', value: '2001', source: 'Wikinews, "Microsoft waits for death of Internet Explorer 6"' },
  { text: 'The crane accident comes just ten days before the beginning of the Hajj, the annual pilgrimage to Mecca, Islam\'s holiest site.', published: '2015-09-12', phrase: 'ten days', value: 'P10D', source: 'Wikinews, "At least 107 killed in Mecca crane collapse"' },
];

const LATER_DATE_EXAMPLES: readonly RuleExample[] = [
  { text: 'The talks will resume at a later date, the ministry said.', published: '2019-06-12', phrase: 'a later date', value: 'FUTURE_REF', source: MADE_UP },
  { text: 'The vote was postponed to a later time.', published: '2019-06-12', phrase: 'a later time', value: 'FUTURE_REF', source: MADE_UP },
];

const ELIDED_LAST_EXAMPLES: readonly RuleExample[] = [
  { text: 'The company paid nearly twice as high a dividend this year as last.', published: '2019-06-12', phrase: 'last', value: '2018', source: MADE_UP },
  { text: 'Arrivals rose more this month than last.', published: '2019-06-12', phrase: 'last', value: '2019-05', source: MADE_UP },
];

const SAME_PERIOD_AGO_EXAMPLES: readonly RuleExample[] = [
  { text: 'Imports fell in May compared with the same month a year ago.', published: '2019-06-12', phrase: 'the same month a year ago', value: '2018-05', source: MADE_UP },
  { text: 'Sales in the third quarter rose 5% from the same period last year.', published: '2019-10-30', phrase: 'the same period last year', value: '2018-Q3', source: MADE_UP },
];

const APPOSED_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'Eight trading days after Oct. 12, the day before the stock market plunge, the fund sold its shares.', published: '1989-11-02', phrase: 'the day', value: '1989-10-12', source: MADE_UP },
];

const THE_DAY_EXAMPLES: readonly RuleExample[] = [
  { text: 'Later in the day, the AP and NBC News also called Nevada for Biden, giving him an additional six electoral college votes, for a total by NBC\'s reckoning of 279 electoral votes to President Donald Trump\'s 214, or 290 electoral votes by AP\'s reckoning.', published: '2020-11-07', phrase: 'the day', value: '2020-11-07', source: 'Wikinews, "Joe Biden projected US president-elect"' },
  { text: 'The index ended the day down 31 points.', published: '2019-06-12', phrase: 'the day', value: '2019-06-12', source: MADE_UP },
];

const YEAR_AGO_ADJECTIVE_EXAMPLES: readonly RuleExample[] = [
  { text: 'Net income in the third quarter rose to $4 million from $3 million in the year-earlier quarter.', published: '1989-10-25', phrase: 'the year-earlier quarter', value: '1988-Q3', source: MADE_UP },
  { text: 'Profit fell 10% from year-ago levels.', published: '2019-06-12', phrase: 'year-ago', value: '2018', source: MADE_UP },
];

/** "now", "currently", "these days", "the near future". */
const REFERENCE_WORD = `(?<w>${anyOf(['right now', 'now', 'currently', 'nowadays', 'these days', 'recently', 'lately', 'the past', 'the future', 'the near future', 'the near term', 'the short term', 'the long term', 'the present', 'the time being'])})`;
/** Followed by what tells its use: a comma or "for" (a discourse word), a noun ("present value", an adjective), a count ("the past nine matches"). */
const REFERENCE_USE_NEXT = `(?:(?=,|\\s+for\\b)(?<discourse>)|(?<=present)(?=\\s+(?!(?:day|and|or|is|was|are|were|the|a|an|in|of|to|as|with|we|it|they|and)\\b)[a-z])(?<adjective>)|(?<=past)(?=\\s+(?:\\d\\S*|${anyOf(COUNTS)})\\s+(?!${anyOf(TIME_NOUNS)}\\b)[a-z])(?<counted>)|)`;
/** A word for the present, the past or the future, and what follows it. */
const REFERENCE = [REFERENCE_WORD, REFERENCE_USE_NEXT].join('');

/**
 * Points counted from the publication or from the point the text last named: "now", "last week",
 * "that same day", "the same period last year", "two years ago".
 */
export const RELATIVE_RULES: readonly Rule[] = [
  // "likely to have in future?", "In future, might you test this?" (Wikinews): British for "in the future";
  // "in future debates" is an adjective
  rule({ name: 'in-future', pattern: `(?<pre>${word('in')}\\s+)future(?=\\s*[,.;:?!)]|\\s+(?:what|we|they|I|you|he|she|it|there|this|these|might|may|will|would|could|should|the|a|an)\\b)`, resolve: (g) =>
    ({ ...date('FUTURE_REF'), trim: g.pre!.length }), examples: IN_FUTURE_EXAMPLES }),
  rule({ name: 'reference', pattern: REFERENCE, resolve: (g, ctx) => {
    const w = lc(g.w);
    // "lost six of the past nine matches": a count of things, not of time ("for the past three
    // summers" stays marked, as AQUAINT marks it)
    if (g.counted !== undefined) return null;
    // "The scientists behind the present study" (Wikinews): an adjective, "this", before its noun
    if (g.adjective !== undefined) return null;
    // "Now, Ms. Conlin said, …", "Now for today's quiz": a sentence opening with "Now," or "Now for" turns the
    // discourse, it names no time (TBAQ leaves all four unmarked)
    if (g.w === 'Now' && g.discourse !== undefined) return null;
    // "these 'events' every now and again", "every now and then": an idiom for "at times"
    if (w === 'now' && afterEvery(ctx)) return null;
    if (['right now', 'now', 'currently', 'nowadays', 'these days', 'the present', 'the time being'].includes(w)) return date('PRESENT_REF');
    if (w.endsWith('future') || w.endsWith('term')) return date('FUTURE_REF');
    return date('PAST_REF');
  }, examples: REFERENCE_EXAMPLES }),
  // "offerings at a later date", "call back at a later time": some time ahead
  rule({ name: 'later-date', pattern: `a\\s+later\\s+(?:date|time|stage)`, resolve: (g, ctx) =>
    (afterLaterDatePreposition(ctx) ? date('FUTURE_REF') : null), examples: LATER_DATE_EXAMPLES }),
  // "live without power for a while": a length left vague
  // "he told me so a while back", "as I wrote a while ago": some time before the writing
  rule({ name: 'a-while', pattern: `a\\s+while(?<ago>\\s+(?:ago|back))?`, resolve: (g, ctx) => {
    if (g.ago) return date('PAST_REF');
    return afterWhilePreposition(ctx) ? { type: 'DURATION', value: 'PXX' } : null;
  }, examples: A_WHILE_EXAMPLES }),
  // "his current wife", "current market conditions", "the then current market price": the present (or a past one)
  rule({ name: 'current', pattern: `(?<then>then[ -])?current(?=\\s+(?!(?:accounts?|assets?|liabilit(?:y|ies)|affairs|is|was|of|and|or|in|on|that|which|flows?|density|sea)\\b)[a-z])`, resolve: (g) =>
    date(g.then ? 'PAST_REF' : 'PRESENT_REF'), examples: CURRENT_EXAMPLES }),
  rule({ name: 'relative-unit', pattern: `(?<pm>${POINT_MOD}|${anyOf(['earlier', 'later'])}\\s+)?(?:${REL}|(?<the>${word('the')})\\s+)(?<unit>(?<calendarUnit>${anyOf(['week', 'month', 'year'])})|${anyOf(['decade', 'century', 'weekend'])}|(?<season>${SEASON}))(?<half>\\s+and\\s+a\\s+half)?(?:(?=${DROP_IN})(?<measuredNext>)|)`, resolve: (g, ctx) => {
    if (g.the && !g.pm) return null; // "the year" alone is as often a duration as a date
    // "After this fall in oil prices, all the indicators slipped": a drop, not the season
    if (g.measuredNext !== undefined && lc(g.season) === 'fall') return null;
    // "the past year and a half": a length of time
    if (g.half && g.unit && spanningRel(g.rel)) return { type: 'DURATION', value: duration(unitOf(g.unit), 1.5) };
    if (g.unit && capitalised(g.unit)) return null; // "This Week with David Brinkley": a title
    if (g.calendarUnit !== undefined && (ANAPHORIC.test(lc(g.rel)) || (lc(g.rel) === 'the next' && nextCountsFromReference(ctx)))) return null; // anaphoric-unit's
    const pm = lc(g.pm).replace(/-$/, '').trim();
    const mod = pm === 'earlier' ? 'START' : pm === 'later' ? 'END' : modOf(POINT_MODS, g.pm);
    const trim = pm === 'earlier' || pm === 'later' ? g.pm!.length : 0;
    const found = relativeUnit(g, ctx, mod);
    return found && { ...found, trim };
  }, examples: RELATIVE_UNIT_EXAMPLES }),
  // "will terminate on Nov. 30. Until then, the stock remains convertible": the point the text named last
  // ("since then" TimeBank leaves unmarked)
  rule({ name: 'until-then', pattern: `(?<=\\b(?:[Uu]ntil|[Tt]ill|[Bb]y)\\s+)then\\b(?!\\s+(?:on|in|at)\\b)`, resolve: (g, ctx) => {
    const point = ctx.namedBefore(400, isCalendarPoint);
    return point ? date(point) : null;
  }, examples: UNTIL_THEN_EXAMPLES }),
  // "nearly twice as high a dividend this year as last": the unit before it left out
  rule({ name: 'elided-last', pattern: `(?<=\\b(?:as|than)\\s+)last(?=\\s*[.,;:!?])`, resolve: (g, ctx) => {
    const unit = thisUnitBefore(ctx);
    return unit ? relativeUnit({ rel: 'last', unit }, ctx, null) : null;
  }, examples: ELIDED_LAST_EXAMPLES }),
  // "later that year", "the following month", "that same day": counted from the point the text last named
  rule({ name: 'anaphoric-unit', pattern: `(?<pm>${anyOf(['earlier', 'later'])}\\s+)?(?<rel>${anyOf(['that', 'that same', 'the same', 'the following', 'the next', 'the previous', 'the preceding'])})\\s+(?<unit>${anyOf(['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year'])})`, resolve: (g, ctx) => {
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
    // "that year" points away from the writer's own day: "Compared with the 2008 race, his support today is below
    // McCain's support that year" is 2008's, not the year of "today" ("later that day" after "today" is today)
    const away = rel.startsWith('that') && DAY_PARTS[unit] === undefined && unit !== 'day' ? (_value: string, found: RuleFlags) => !found.speakersDay : undefined;
    // in a clause told in the past, "the following year" is not ahead of the publication: it counts from a
    // point before the day of the report ("the striker joined the club in 1988 …, the paper said on Tuesday.
    // He broke his leg the following year", made up, is 1989)
    const anchor = ctx.anchor;
    const notAhead = step === 1 && (unit === 'year' || unit === 'month') && anchor && ctx.direction() === 'past'
      ? (value: string) => { const v = fromReference(value, unit, 1); return v === null || v <= (unit === 'year' ? String(anchor.year) : formatMonth(anchor.year, anchor.month)); }
      : undefined;
    const last = ctx.reference(undefined, false, false, notAhead ?? away);
    const reference = (part !== null || unit === 'day') && last !== null && !(step === 0 ? hasMonth(last) : hasDay(last)) ? ctx.reference(PASSED_YEAR_REACH, false, true, away) : last;
    const pm = lc(g.pm);
    const mod = pm === 'earlier' ? 'START' : pm === 'later' ? 'END' : null;
    const value = reference ? fromReference(reference, part ? 'day' : unit, step) : null;
    if (value && part && unit !== 'morning') return { type: 'TIME', value: `${value}T${part}`, mod };
    if (value) return date(value, mod);
    // "Politico regarded the debate as … The next day, the Commission announced" (Wikinews), with only a month
    // named before: a day of that month
    if (!part && unit === 'day' && step !== 0 && last !== null && isMonthValue(last)) return date(`${last}-XX`, mod);
    // nothing named before: the publication date is the reference
    if (part || unit === 'day' || !ctx.anchor) return null;
    return relativeUnit({ unit, rel: g.rel }, ctx, mod);
  }, examples: ANAPHORIC_UNIT_EXAMPLES }),
  // "compared to the same month a year ago", "the same period last year": the point last named (the month,
  // else the quarter, of a sales report), a year back
  rule({ name: 'same-period-ago', pattern: `${word('the')}\\s+(?:same|comparable)\\s+(?<unit>${anyOf(['period', 'month', 'quarter', 'day', 'time'])})\\s+(?:a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+)?(?:the\\s+)?last\\s+year|(?:of\\s+)?the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+before)`, resolve: (g, ctx) => {
    const unit = lc(g.unit);
    const reference = ctx.reference();
    const month = reference && hasMonth(reference) ? reference.slice(0, unit === 'day' || unit === 'time' ? 10 : 7) : null;
    // a report about a quarter compares quarters: "sales in the last quarter, which ended December 30, … the same period of the last year"
    const byMonth = unit !== 'quarter' && !(unit === 'period' && ctx.focus.quarter);
    if (byMonth && month && (unit !== 'day' || month.length === 10)) return date(`${+month.slice(0, 4) - 1}${month.slice(4)}`);
    if (unit === 'quarter' || unit === 'period') return date(quarterResolved(ctx, null, 'year-ago', undefined));
    return ctx.anchor ? date(String(ctx.anchor.year - 1)) : null;
  }, examples: SAME_PERIOD_AGO_EXAMPLES }),
  // "down from $450 million the year before", "a decrease from the year before, when …": a unit before
  // (after) the point last named, else the publication's; "the day before the stock market plunge" is
  // counted from an event, which has no date here
  rule({ name: 'unit-before', pattern: `${word('the')}\\s+(?<unit>${anyOf(['day', 'week', 'month', 'year'])})\\s+(?<dir>${anyOf(['before', 'after'])})(?=\\s*[,.;:)]|\\s+(?:and|but|when|while|as|by|at|on|in)\\b)`, resolve: (g, ctx) => {
    if (!ctx.anchor) return null;
    const reference = ctx.reference() ?? formatDay(ctx.anchor);
    // "The ministers first met in May 2011. The day before, …" is a day of that month; a month named without
    // its year ("back in February … the day before") is too loose a hold
    if (lc(g.unit) === 'day' && isMonthValue(reference)) return ctx.reference(undefined, true) === reference ? date(`${reference}-XX`) : null;
    const value = fromReference(reference, lc(g.unit), lc(g.dir) === 'before' ? -1 : 1);
    return value ? date(value) : null;
  }, examples: UNIT_BEFORE_EXAMPLES }),
  // "Eight trading days after Oct. 12, the day before the stock market plunge": the day in apposition is the
  // date before it (TimeBank marks "the day" alone)
  rule({ name: 'apposed-day', pattern: `(?<=,\\s)${word('the')}\\s+day(?=\\s+(?:before|after)\\s+(?:the|a|an|his|her|its|their)\\b)`, resolve: (g, ctx) => {
    const day = ctx.namedBefore(2, isDayValue);
    return day ? date(day) : null;
  }, examples: APPOSED_DAY_EXAMPLES }),
  // "ending the day down 31 points", "for the day", "later in the day", "the start of the day": the day the
  // text last named, else the publication day ("the day of the vote", "the day the debate was held" are others)
  rule({ name: 'the-day', pattern: `${word('the')}\\s+day(?!\\s+(?:of|when|that|and|or|the|a|an|he|she|it|they|we|I|you)\\b|\\s+(?:before|after)\\s+(?![a-z]+ing\\b)\\w)`, resolve: (g, ctx) => {
    // "at the end of the day", "back in the day": idioms, not days
    if (!ctx.anchor || !DAY_IN_FOCUS_AFTER.test(ctx.before()) || afterDayIdiom(ctx)) return null;
    return date(dayInFocus(ctx, ctx.anchor));
  }, examples: THE_DAY_EXAMPLES }),
  rule({ name: 'the-weekend', pattern: `${word('the')}\\s+weekend`, resolve: (g, ctx) => {
    if (!ctx.anchor) return date('XXXX-WXX-WE');
    const back = weekday(ctx.anchor) < 5 && ctx.direction() === 'past' ? -7 : 0;
    return date(`${formatWeek(addDays(ctx.anchor, back))}-WE`);
  }, examples: THE_WEEKEND_EXAMPLES }),
  rule({ name: 'ago', pattern: `(?<amod>${AMOUNT_MOD}|${OUTSIDE_MOD})?(?<amt>(?:${word('a')}\\s+)?(?:quarter|half)(?=[\\s-]+century)|${AMOUNT})[\\s-]+(?<unit>${UNIT})(?<half>[\\s-]+and[\\s-]+a[\\s-]+half)?(?<orSo>\\s+or\\s+so)?\\s+(?<dir>${anyOf(['ago', 'back', 'earlier', 'later', 'from now', 'hence', 'before', 'after'])})`, resolve: (g, ctx) => {
    const dir = lc(g.dir) === 'back' ? 'ago' : lc(g.dir); // "a sanctioned project ten years back"
    if (g.half && dir !== 'ago') return null; // "a minute and a half later": TimeBank marks the length alone
    const counted = fractionNamed(g.amt!) ?? amountValue(g.amt!);
    let n = counted !== null && g.half ? counted + 0.5 : counted;
    const sign = ['ago', 'earlier', 'before'].includes(dir) ? -1 : 1;
    let unit = unitOf(g.unit!);
    // "a quarter-century ago", "half a century ago", "half a decade ago": a count of years (a half century
    // was rounded to no years at all, the publication's)
    if ((unit === 'century' || unit === 'decade') && n !== null && !Number.isInteger(n)) [unit, n] = ['year', n * (unit === 'century' ? 100 : 10)];
    // "three days later", "a day earlier": TimeBank reads these as the distance, not the day; a
    // year earlier (a financial comparison) and anything "ago" or "from now" is a point.
    const point = dir === 'ago' || dir === 'from now' || dir === 'hence' || (dir === 'earlier' && (unit === 'year' || unit === 'quarter'));
    // "In 1984, Geraldine Ferraro was Walter Mondale's running mate … Eight years earlier, at the … convention"
    // (Wikinews): years earlier than the year the story last named, not than the publication
    const story = dir === 'earlier' && unit === 'year' && n !== null && n > 1 && Number.isInteger(n) ? ctx.reference() : null;
    if (story && hasYear(story)) return date(String(+story.slice(0, 4) - n!), modOf(AMOUNT_MODS, g.amod) ?? modOf(OUTSIDE_MODS, g.amod));
    // "two months after the team left": the relation word stays outside the extent
    const trimEnd = dir === 'before' || dir === 'after' ? g.dir!.length + 1 : 0;
    // "a week or so ago": about a week
    const mod = modOf(AMOUNT_MODS, g.amod) ?? modOf(OUTSIDE_MODS, g.amod) ?? (g.orSo ? 'APPROX' : undefined);
    if (!point) return { type: 'DURATION', value: duration(unit, n), mod, trimEnd };
    // with no publication date, "two days ago" is only known to be past
    const value = n === null || !ctx.anchor ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : pointAgo(ctx, unit, sign * n);
    return value ? date(value, mod) : null;
  }, examples: AGO_EXAMPLES }),
  rule({ name: 'year-ago-adjective', pattern: `(?<the>${word('the')}\\s+)?(?:${anyOf(['year-earlier', 'year-ago', 'year earlier'])})(?:\\s+(?:(?<noun>(?<spanNoun>period|quarter)|level|levels|figure|figures|results)|(?<amt>${AMOUNT})\\s+months))?`, resolve: (g, ctx) => {
    // "the year-earlier nine months", and "the year-earlier period" after "the nine months": the same months a year
    // before, which TimeML can only give as their length
    const months = g.amt ? amountValue(g.amt) : lc(g.noun) === 'period' && !ctx.focus.quarter ? ctx.focus.months : null;
    if (months) return { type: 'DURATION', value: `P${months}M` };
    if (!ctx.anchor) return null;
    if (!g.noun || g.spanNoun !== undefined) return date(yearAgo(ctx, 'year', -1)!);
    // "the year-ago results": TimeBank marks the adjective alone
    return { ...date(yearAgo(ctx, 'year', -1)!), trim: g.the?.length ?? 0, trimEnd: g.noun.length + 1 };
  }, examples: YEAR_AGO_ADJECTIVE_EXAMPLES }),
];
