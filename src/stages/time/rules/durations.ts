import { date, lc, type Rule, type RuleContext, type RuleExample } from '../context.js';
import { AMOUNT, AMOUNT_MOD, AMOUNT_MODS, UNITS, OUTSIDE_MOD, OUTSIDE_MODS, UNIT, amountValue, anyOf, modOf, unitOf, word } from '../lexicon.js';
import { duration } from '../resolve.js';
import { MADE_UP, END, rule } from './shared.js';
import { aOrOne, article, capitalised, inFigures, plural, theWordOne, yearLike } from './predicates.js';
import { afterAgeOf, afterAgeWord, afterAged, afterBy, afterComma, afterEndingOrAmid, afterJustOrOnly, afterLengthPreposition, afterLengthVerb, afterModal, afterOver, afterScoring, afterSplitYear, afterTimesCount, afterVagueLengthWord, atSentenceStart, beforeClauseEnd } from './cues.js';

/** What precedes "a year" when it is a rate: "$500 million a year", "24 hours a day", "15%  a year". */
const RATE_BEFORE = /(?:\d|million|billion|thousand|hundred|percent|%|cents|dollars|times|hours|days|flights|seats)\W*$/i;
/**
 * What "over" follows where it means "more than" before a length: a preposition ("for over a year"),
 * a verb of lasting ("to last over a week", "have run over five months"), a copula, "a little", or nothing ("Over two years, …").
 */
const OVER_AS_MORE = /(?:\b(?:for|in|of|after|within|than|to|at|by|from|last|lasts|lasted|lasting|run|runs|ran|running|took|take|takes|taking|spent|spend|spends|spending|served|serve|waited|wait|is|was|are|were|be|been|being|little|somewhat|slightly|well|just)|[.,;:!?(—–"“]|^)\s*$/;
/** The amounts and units of a length in several units, and the units from the largest down. */
const COMPOUND_PART = new RegExp(`\\b(${AMOUNT})\\s+(${UNIT})`, 'g');
const UNIT_RANK = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
/**
 * A word that leads a length: "the past five years", "the first two quarters"; the groups `leadFirst` ("the first
 * two quarters of 1990" is a half) and `leadFollowing` ("following ten years working for NationsBank" is "after").
 */
const LEAD = `(?:${['past', 'last', 'next'].map(word).join('|')}|(?<leadFirst>${word('first')})|${['coming', 'previous', 'final'].map(word).join('|')}|(?<leadFollowing>${word('following')})|${['latest', 'initial'].map(word).join('|')})`;

/**
 * Lengths of time: "three years", "recent weeks", "decades-long", "1 hour 59 minutes".
 */
/**
 * "one day" where no preposition asks for a length: some day to come after a modal ("Islam will one day be
 * the second largest religion"), a length where nothing is told after it ("had only been in the job one day.",
 * "followed by one day an announcement"), else no timex ("One day he left").
 */
function oneDayAlone(ctx: RuleContext): 'future' | 'length' | null {
  if (afterModal(ctx)) return 'future';
  if (afterBy(ctx)) return 'length';
  return afterLengthVerb(ctx) && beforeClauseEnd(ctx) ? 'length' : null;
}

/* Each rule's table of real sentences (English Wikinews, CC BY 2.5, by article title), run by examples.test.ts. */
const RECENT_UNITS_EXAMPLES: readonly RuleExample[] = [
  { text: 'The enterprises have grown in popularity in recent years with reportedly over 1,000 in Poland which are especially patronised by teens.', published: '2019-01-05', phrase: 'recent years', value: 'PXY', source: 'Wikinews, "Escape room fire kills five teen girls in Koszalin, Poland"' },
  { text: 'Russia suffers one of the highest death tolls from road accidents in the world, reportedly 18.9 deaths per 100,000 people per year; this is lower than previous years.', published: '2019-02-06', phrase: 'previous years', value: 'PXY', source: 'Wikinews, "Bus carrying children overturns in Babyninsky, Russia; at least seven die"' },
  { text: 'According to the House of Commons Library, in the past few decades most prorogations have been for at most two weeks.', published: '2019-08-29', phrase: 'the past few decades', value: 'PXY', source: 'Wikinews, "Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline"' },
];

const OVER_THE_UNITS_EXAMPLES: readonly RuleExample[] = [
  { text: 'WN: How has your strategy and game improved over the years?', published: '2020-04-14', phrase: 'the years', value: 'PXY', source: 'Wikinews, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews"' },
  { text: 'Numerous times, over the years, people have been sentenced to death penalty for renouncing Islam.', published: '2020-07-06', phrase: 'the years', value: 'PXY', source: 'Wikinews, "Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi"' },
  { text: 'Over the years, [I] have gained a considerable amount of business and life experiences which are important in public life.', published: '2020-10-22', phrase: 'the years', value: 'PXY', source: 'Wikinews, "Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng"' },
];

const DURATION_EXAMPLES: readonly RuleExample[] = [
  { text: 'Iodine released from these chemicals into milk has been the major source of dietary iodine in Australia for at least four decades, but is now declining.', published: '2006-02-23', phrase: 'at least four decades', value: 'P40Y', source: 'Wikinews, "Australian children suffering from iodine deficiency"' },
  { text: 'Paris claims she was first sent to the ship aged eighteen for two weeks as a teenager but ended up spending twelve years there.', published: '2015-05-07', phrase: 'two weeks', value: 'P2W', source: 'Wikinews, "Australian woman claims Church of Scientology imprisoned her for twelve years"' },
];

const COMPOUND_DURATION_EXAMPLES: readonly RuleExample[] = [
  { text: 'His time was 1 hour 59 minutes 40.2 seconds.', published: '2019-10-13', phrase: '1 hour 59 minutes 40.2 seconds', value: 'PT1H59M40.2S', source: 'Wikinews, "Eliud Kipchoge of Kenya runs marathon under two hours"' },
];

const RANGE_START_EXAMPLES: readonly RuleExample[] = [
  { text: 'Behnken and Hurley are slated to catch up to the International Space Station (ISS) for a stay of one to four months, docking today at 1429 UTC.', published: '2020-05-31', phrase: 'one', value: 'P1M', source: 'Wikinews, "SpaceX successfully launches its first crewed spaceflight"' },
  { text: 'Whatever was available in 30 to 60 minutes we had to buy it.', published: '2020-10-18', phrase: '30', value: 'PT30M', source: 'Wikinews, "Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers about how pandemic has effected their lives"' },
];

const VAGUE_DURATION_EXAMPLES: readonly RuleExample[] = [
  { text: 'The aircraft had been operating for days with a malfunctioning airspeed indicator; its angle of attack sensor had recently been replaced.', published: '2019-01-16', phrase: 'days', value: 'PXD', source: 'Wikinews, "Lion Air disaster: Crashed jet\'s voice recorder recovered from Java Sea"' },
  { text: 'Photographs, videos, and text messages from the night were deleted by the two officers, who were allowed to go home within hours of the allegation.', published: '2019-02-02', phrase: 'hours', value: 'PTXH', source: 'Wikinews, "Paris court jails two police in high-profile rape case"' },
  { text: 'At least 45 were aboard, with occupants trapped for hours at the snowy roadside in the upended vehicle until rescuers extracted them from the scene.', published: '2019-02-06', phrase: 'hours', value: 'PTXH', source: 'Wikinews, "Bus carrying children overturns in Babyninsky, Russia; at least seven die"' },
];

const UNIT_LONG_EXAMPLES: readonly RuleExample[] = [
  { text: 'It was their third day-long meeting this month.', published: '2019-02-09', phrase: 'day-long', value: 'P1D', source: MADE_UP },
  { text: 'It was the worst single-day decline since 1987.', published: '2019-02-09', phrase: 'single-day', value: 'P1D', source: MADE_UP },
];

const UNITS_AHEAD_EXAMPLES: readonly RuleExample[] = [
  { text: 'Talks are expected to continue in the weeks ahead.', published: '2019-02-09', phrase: 'the weeks ahead', value: 'PXW', source: MADE_UP },
  { text: 'The effects will be felt for the years to come.', published: '2019-02-09', phrase: 'the years to come', value: 'PXY', source: MADE_UP },
];

/** What may lead a length: "over", "about", "the", "the past". */
const LENGTH_MODS = `(?<omod>${OUTSIDE_MOD})?(?<amod>${AMOUNT_MOD})?(?<the>${word('the')}\\s+)?(?<lead>${LEAD}\\s+)?`;
/** The amount: "five", "two and a half", "a few"; then "more", "straight", "working". */
const LENGTH_AMOUNT = `(?<amt>${AMOUNT})(?<andHalf>(?:\\s+|-)and(?:\\s+|-)a(?:\\s+|-)half)?(?<sep>\\s+|-)(?:${anyOf(['more', 'additional', 'straight', 'consecutive', 'trading', 'business', 'working'])}\\s+)?`;
/** The unit: "days", "quarter", "centuries". */
const LENGTH_UNIT = `(?<unit>${UNIT})`;
/** Followed by what makes it no length: "a second consecutive day" (`ordinal`), "three quarters of the state" (`fractionOf`). */
const ORDINAL_OR_FRACTION_NEXT = `(?:(?<=second)(?=\\s+[a-z])(?<ordinal>)|(?<=\\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\\s+quarters?)(?=\\s+of\\s+(?:the|its|their|his|her|all|those|these)\\b)(?<fractionOf>)|)`;
/** Followed by the year whose half it is: "the first two quarters of 1990". */
const HALF_YEAR_NEXT = `(?:(?<=\\b(?:first|last)\\s+two\\s+quarters)(?=\\s+of\\s+(?:(?<halfOf>(?:19|20)\\d\\d)|(?:the|this)\\s+(?<halfOfThe>year)|(?<halfOfRel>last|next)\\s+year)\\b)|)`;
/** "and a half", "long", "old" (an age). */
const LENGTH_END = `(?<half>\\s+and\\s+a\\s+half)?(?<old>[\\s-]+(?:${word('long')}|(?<age>${word('old')})))?`;
/** A length: an amount of a unit, with what may come around it, in that order. */
const LENGTH = [LENGTH_MODS, LENGTH_AMOUNT, LENGTH_UNIT, ORDINAL_OR_FRACTION_NEXT, HALF_YEAR_NEXT, LENGTH_END].join('');

export const DURATION_RULES: readonly Rule[] = [
  // "in recent years", "the past few decades"; "his 1949 movie debut The Last Days of Dolwyn" is a title
  rule({ name: 'recent-units', pattern: `(?:${word('the')}\\s+)?(?<dir>${anyOf(['recent', 'past', 'last', 'coming', 'next', 'previous'])})\\s+(?:${anyOf(['few', 'several', 'many'])}\\s+)?(?<unit>${anyOf(['days', 'weeks', 'months', 'quarters', 'years', 'decades'])})`, resolve: (g) =>
    (capitalised(g.unit!) ? null : { type: 'DURATION', value: duration(unitOf(g.unit!), null) }), examples: RECENT_UNITS_EXAMPLES }),
  // "a decades-long dispute", "their third day-long meeting", "the worst single-day decline": lengths as adjectives
  rule({ name: 'unit-long', pattern: `(?:(?<single>single)-)?(?<unit>${anyOf(['hour', 'day', 'week', 'month', 'year', 'decade'])})(?<plural>s)?(?<long>-long)?`, resolve: (g) => {
    if (!g.single === !g.long || (g.single && g.plural)) return null;
    return { type: 'DURATION', value: duration(unitOf(g.unit!), g.plural ? null : 1) };
  }, examples: UNIT_LONG_EXAMPLES }),
  // "over the years": a vague length, marked with its article as TimeBank does
  rule({ name: 'over-the-units', pattern: `${word('the')}\\s+(?<unit>${anyOf(['years', 'decades', 'months'])})(?!\\s+(?:of|since|ahead)\\b|\\s+to\\s+(?:\\d|the\\b|a\\b|an\\b|come\\b|[A-Z]))`, resolve: (g, ctx) =>
    // "the community has used these over the years to create mods" (Wikinews); "over the years to 2010" ends a span
    (afterOver(ctx) ? { type: 'DURATION', value: duration(unitOf(g.unit!), null) } : null), examples: OVER_THE_UNITS_EXAMPLES }),
  rule({ name: 'units-ahead', pattern: `${word('the')}\\s+(?<unit>${anyOf(['days', 'weeks', 'months', 'years'])})\\s+(?:ahead|to come)`, resolve: (g) =>
    ({ type: 'DURATION', value: duration(unitOf(g.unit!), null) }), examples: UNITS_AHEAD_EXAMPLES }),
  rule({ name: 'duration', pattern: LENGTH, resolve: (g, ctx) => {
    if (g.age) return null; // "two years old": an age, not a period
    const unit = unitOf(g.unit!);
    const counted = amountValue(g.amt!);
    const n = counted !== null && (g.half || g.andHalf) ? counted + 0.5 : counted; // "a minute and a half", "two and a half years"
    if (g.ordinal !== undefined && aOrOne(g.amt!)) return null; // "for a second consecutive day", "a second time"
    if (yearLike(g.amt!) && !plural(g.unit!)) return null; // "World Cup 2018 day five": a year before a noun
    // "the first two quarters of 1990", "the last two quarters of the year": a half of that year
    if ((g.halfOf || g.halfOfThe || g.halfOfRel) && (g.halfOf || ctx.anchor)) {
      const year = g.halfOf ? +g.halfOf : ctx.anchor!.year + (lc(g.halfOfRel) === 'last' ? -1 : lc(g.halfOfRel) === 'next' ? 1 : 0);
      return { ...date(`${year}-H${g.leadFirst !== undefined ? 1 : 2}`), trim: g.omod?.length ?? 0 };
    }
    if (g.fractionOf !== undefined) return null; // "three quarters of the state legislatures": a fraction
    if (afterSplitYear(ctx) && inFigures(g.amt!)) return null; // "the 1996/97 year": the end of a split fiscal year, no count
    // "has hit five centuries this season" (made up): a cricketer's hundreds, not hundreds of years
    if (unit === 'century' && afterScoring(ctx)) return null;
    if (afterAgeWord(ctx)) return null; // "at the age of four months", "aged 0–14 years"

    if (unit === 'quarter' && ((n !== null && n < 2) || g.sep === '-')) return null;
    if (capitalised(g.unit!)) return null; // "60 Minutes": a title // "a quarter of", "three-quarters": fractions
    // "a second group", "one day he will": not periods unless a preposition asks for one
    if ((unit === 'second' || unit === 'day') && aOrOne(g.amt!) && g.sep !== '-' && !g.lead && !afterLengthPreposition(ctx)) {
      const read = unit === 'day' && theWordOne(g.amt!) ? oneDayAlone(ctx) : null;
      if (read === 'future') return date('FUTURE_REF');
      if (read !== 'length') return null; // but "Albright's one-day trip"
    }
    // "more often than once a year", "twice a week": a frequency, marked on its unit as TimeBank does
    if (article(g.amt!) && !g.the && afterTimesCount(ctx)) return { type: 'SET', value: duration(unit, 1) };
    if (article(g.amt!) && RATE_BEFORE.test(ctx.before())) return null;
    // a report moving on to "the first nine months" is no longer about one quarter
    const focus = unit === 'month' && n !== null && n >= 6 ? { quarter: null, months: n } : undefined;
    // "over five months" is more than five; "over the last five months" is during them, and so is
    // "over" after a verb of doing ("evolved over several years", "spread over three days"; TimeBank)
    const across = g.the || (lc(g.omod) === 'over' && !OVER_AS_MORE.test(ctx.before()));
    const mod = modOf(AMOUNT_MODS, g.amod) ?? (across ? null : modOf(OUTSIDE_MODS, g.omod));
    // "the two-week delay": TimeBank marks the adjective, not the article
    // "In 1998, following ten years working for NationsBank, …" (Wikinews): without "the", "following" is "after"
    const after = !g.the && !g.amod && !g.omod && g.leadFollowing !== undefined ? g.lead!.length : 0;
    const trim = (g.omod?.length ?? 0) + (g.sep === '-' && g.the && !g.amod ? g.the.length : 0) + after;
    return { type: 'DURATION', value: duration(unit, n), mod, trim, focus };
  }, examples: DURATION_EXAMPLES }),
  // "1 hour 59 minutes 40.2 seconds", "15 years, 8 months": one length in falling units, as TimeML marks it
  rule({ name: 'compound-duration', pattern: `(?<omod>${OUTSIDE_MOD})?(?<amod>${AMOUNT_MOD})?(?<parts>${AMOUNT}\\s+${UNIT}(?:,?\\s+(?:and\\s+)?${AMOUNT}\\s+${UNIT}){1,2})`, resolve: (g, ctx) => {
    if (afterAgeOf(ctx)) return null; // "over the age of 70 years and six months"
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
  }, examples: COMPOUND_DURATION_EXAMPLES }),
  // "between 60 and 90 days", "two to six days": the first amount counts the unit named after the second
  rule({ name: 'range-start', pattern: `(?<amt>${AMOUNT})(?=\\s+(?:to|and|or)\\s+(?:${AMOUNT})\\s+(?<unit>${UNIT})(?<after>\\s+(?:old|ago|earlier|later|before|after)\\b)?${END})`, resolve: (g, ctx) => {
    // "aged 16 to 18 years", "12 or 11 years old": ages; "7 or 8 years ago": a point, not a length
    if (article(g.amt!) || capitalised(g.unit!) || g.after || afterAged(ctx)) return null;
    return { type: 'DURATION', value: duration(unitOf(g.unit!), amountValue(g.amt!)) };
  }, examples: RANGE_START_EXAMPLES }),
  // "in decades", "for years", "after weeks of protests", "ending decades of conflict": a length not counted
  // "Hours after the public access was restored, …", "only days before the vote": a distance not counted
  rule({ name: 'vague-duration', pattern: `(?<unit>${anyOf(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes'])})(?:(?=\\s+of\\s+[a-z])(?<ofNext>)|(?=\\s+(?:after|later|before|earlier)\\b)(?<relNext>)|)`, resolve: (g, ctx) => {
    // "have tended to take hours to set" (Wikinews), "it took years", "waited hours": lengths
    const vague = afterVagueLengthWord(ctx)
      || (g.ofNext !== undefined && afterEndingOrAmid(ctx))
      || (g.relNext !== undefined && (afterJustOrOnly(ctx) || (capitalised(g.unit!) && atSentenceStart(ctx))))
      // set off by a comma, after the clause it places: "She weighed in on Tuesday evening, hours after her
      // rival said he was encouraged", "…, minutes after the court struck down the law"
      || (g.relNext !== undefined && afterComma(ctx));
    return vague ? { type: 'DURATION', value: duration(unitOf(g.unit!), null) } : null;
  }, examples: VAGUE_DURATION_EXAMPLES }),
];
