import type { RuleContext } from '../context.js';

/**
 * What the words right before a match say, as named tests the resolvers call instead of matching text
 * themselves. Each looks at the last 30 characters before the match, or as many as it names; a few look at
 * the words after it, and a few readers give the word or number they find. cues.test.ts holds a case for and
 * against each.
 */
export type Cue = (ctx: RuleContext) => boolean;
/** A reader: what it finds around a match, or null. */
export type Reader<T> = (ctx: RuleContext) => T | null;

const before = (pattern: RegExp, chars?: number): Cue => (ctx) => pattern.test(ctx.before(chars));

// read by clock.ts
/** A 12-hour local clock time right before an opening bracket: "8:30 p.m. BST (", "5 p.m. local time on Friday (". */
const LOCAL_CLOCK_BEFORE = /\b(?<hour>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:(?<pm>[pP])|[aA])\.?[mM]\.?\s+(?:(?:local\s+time|[A-Z]{2,4})\s+)*(?:on\s+\w+\s+)?\($/;
/** The hour (0–23) of a 12-hour local clock time right before an opening bracket, in the last 60 characters. */
export const localHourBefore: Reader<number> = (ctx) => {
  const local = LOCAL_CLOCK_BEFORE.exec(ctx.before(60))?.groups;
  return local ? (+local.hour % 12) + (local.pm ? 12 : 0) : null;
};
/** Nothing but spaces since the line began: a clock time opening a line of a schedule. */
export const atLineStart = before(/(?:^|\n)[ \t]*$/);
/** A preposition that places a bare "22:30" in the day ("closed at 22:30", "by about 20:00"). */
export const afterClockPreposition = before(/\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Aa]round|[Ff]rom|[Ss]ince|[Bb]etween)\s+(?:about\s+|around\s+)?$/);

// read by dates.ts
/** "for" or "of": "for the year", "the first nine months of the year". */
export const afterForOrOf = before(/\b(?:for|of)\s+$/i);
/** "the fiscal year ended Jan. 31": a day behind. */
export const afterEnded = before(/\b(?:ended|closed)\s+$/);
/** "the year ending June 30": a day mostly ahead. */
export const afterEnding = before(/\bending\s+$/);
/** "created an office, effective Feb. 1": a day set ahead. */
export const afterEffective = before(/\beffective\s+$/i, 12);
/** The slash of a fraction: "the 7-1/2 Nov 2005 bond" (a coupon, no day). */
export const afterFractionSlash = before(/\d\/$/);
/** A preposition of time: "in", "by", "since" … "from". */
export const afterTimePreposition = before(/\b(?:in|by|since|until|till|through|during|before|after|from)\s+$/i);
/** "the" or a year: "the 1963 March on Washington", "the March on Rome". */
export const afterTheOrYear = before(/\b(?:[Tt]he|\d{4})\s+$/, 12);
/** A preposition, a determiner or a point word before a month ("the September FOMC meeting"), which make it no name. */
export const afterPrepositionOrDeterminer = before(/\b(?:in|by|since|until|till|through|during|before|after|from|of|to|on|early|late|mid|last|next|this|the|a|an|its|their|his|her|our)\s+$/i);
/** A preposition or a point word that makes "May" the month, not the verb. */
export const afterMonthPreposition = before(/\b(?:in|by|since|until|till|through|during|before|after|from|of|to|early|late|mid)\s+$/i);
/** "each" or "every": "where Orangemen march each July", any year's. */
export const afterEachOrEvery = before(/\b(?:[Ee]ach|[Ee]very)\s+$/, 8);
/** A preposition before "that March", which makes "that" point back rather than a conjunction. */
export const afterPointPreposition = before(/\b(?:in|of|during|by|until|since|from|through)\s+$/i, 12);
/** A determiner or a preposition that makes "1998 elections" a year, not a count. */
export const afterYearDeterminer = before(/(?:\b(?:the|a|an|its|their|his|her|our|this|that|in|since|by|of|for|during|until|from|to|before|after)|'s)\s+$/i);
/** A preposition before "'82": "since '82", "back in '68". */
export const afterShortYearPreposition = before(/\b(?:since|in|of|from|until|to|by)\s+$/);
/** "since": a change counted from a day ("since year-end"). */
export const afterSince = before(/\bsince\s+$/i);

/** A capitalised word after a lower-case word or a comma: "a joint venture called Orion 1980". */
export const nameBefore: Reader<string> = (ctx) => /(?<=[a-z,;]\s)(?<name>[A-Z][a-z]+)\s+$/.exec(ctx.before())?.groups!.name ?? null;

// read by days.ts
/** "Sheffield Wednesday": a football club. */
export const afterSheffield = before(/\bSheffield\s+$/, 12);
/** "Fox News Sunday": a show. */
export const afterFoxNews = before(/\bFox News\s+$/, 12);
/** "CBS Sunday Morning", "CBS This Morning": shows. */
export const afterCBS = before(/\bCBS\s+$/, 6);
/** An opening quotation mark and up to three capitalised words: a title such as "Today". */
export const afterOpenTitle = before(/(?:''|["“])(?:[A-Z][\w'’]*\s+){0,3}$/);
/** A capitalised word right before (on the same line). */
export const afterCapitalisedWord = before(/[A-Z]\w*[ \t]+$/);
/** A capitalised word that only opens a sentence ("But Today …"). */
export const afterSentenceOpeningWord = before(/(?:^|[.!?:;"“(]\s*)[A-Z]\w*\s+$/);
/** An acronym: "NBC Today", a show. */
export const afterAcronym = before(/\b[A-Z]{2,}\s+$/);
/** "a better tomorrow": a future, not a day. */
export const afterBetterFuture = before(/\ba\s+(?:better|brighter|safer|greener|fairer|new)\s+$/i);
/** A determiner or possessive: "the evening news" names a thing. */
export const afterTheOrPossessive = before(/\b(?:the|its|their|his|her)\s+$/i);

// read by durations.ts
/** A modal: "Islam will one day be …", some day to come. */
export const afterModal = before(/\b(?:will|would|could|might|may|can|shall)\s+$/i, 12);
/** "by": "followed by one day …" counts a length. */
export const afterBy = before(/\bby\s+$/i, 4);
/** A verb of lasting within three words: "had only been in the job one day". */
export const afterLengthVerb = before(/\b(?:been|lasted|lasts|took|takes|spent|only|just)\s+(?:\w+\s+){0,3}$/i, 40);
/** "over": "over the years". */
export const afterOver = before(/\b[Oo]ver\s+$/);
/** The first year of a split fiscal year: "the 1996/97 year". */
export const afterSplitYear = before(/(?:1[89]|20)\d\d\/$/);
/** A verb of scoring: "has hit five centuries", a cricketer's hundreds. */
export const afterScoring = before(/\b(?:hit|hits|hitting|scored|scores|scoring|made|makes|making|struck)\s+(?:\w+\s+)?$/i);
/** An age: "at the age of four months", "aged 0–14 years". */
export const afterAgeWord = before(/\b(?:aged?|ages)\s+(?:of\s+)?(?:\d+\s*[–-]\s*)?$/i);
/** A preposition or relative word that asks for a length: "for a second", "in a day". */
export const afterLengthPreposition = before(/\b(?:for|in|within|after|over|of|last|past|next)\s*$/i);
/** "once", "twice", "times": a frequency ("twice a week"). */
export const afterTimesCount = before(/\b(?:once|twice|times)\s+$/i);
/** "over the age of 70 years": an age. */
export const afterAgeOf = before(/\b(?:aged?|ages)\s+(?:of\s+)?$/i);
/** "aged 16 to 18 years": an age. */
export const afterAged = before(/\baged\s+$/);
/** A word that asks for a length left vague: "over years", "it took years", "waited hours", "in just days". */
export const afterVagueLengthWord = before(/\b(?:[Oo]ver|[Ww]ithin|[Tt]aken|in|[Ff]or|take|takes|took|taking|lasted|lasting|waited|spent)\s+(?:(?:just|mere|only|a few)\s+)?$/);
/** A word before "years of …" that makes it a length: "after weeks of protests", "ending decades of conflict". */
export const afterEndingOrAmid = before(/\b(?:after|ending|ended|ends|follows|followed|following|despite|amid|through|of|with)\s+$/i);
/** "just", "only", "mere": "only days before the vote". */
export const afterJustOrOnly = before(/\b(?:[Jj]ust|[Oo]nly|[Mm]ere)\s+$/);
/** The start of a sentence or line: "Hours after the public access was restored, …". */
export const atSentenceStart = before(/(?:^|[.!?"”]\s+|\n)$/);
/** A comma: "…, minutes after the court struck down the law". */
export const afterComma = before(/,\s+$/);
/** A clause ends right after the match: "had only been in the job one day." */
export const beforeClauseEnd: Cue = (ctx) => /^\s*[.;,)]/.test(ctx.after(2));

// read by quarters.ts
/** "into the fourth quarter": a quarter the report looks ahead to. */
export const afterInto = before(/\binto\s+$/i);

// read by relative.ts
/** A preposition of a stretch of time: "over the next year", "in the next month". */
export const afterStretchPreposition = before(/\b(?:over|in|for|during|within|through|throughout)\s+$/i);
/** The unit of the last "this week", "this month" or "this year" in the sentence so far: "as high a dividend this year as last". */
export const thisUnitBefore: Reader<string> = (ctx) =>
  /\bthis\s+(?<unit>week|month|year)\b(?![\s\S]*\bthis\s+(?:week|month|year)\b)/i.exec(ctx.sentenceBefore())?.groups!.unit ?? null;
/** "every": "every now and then". */
export const afterEvery = before(/\bevery\s+$/i);
/** A preposition before "a later date": "at a later date", "postponed to a later time". */
export const afterLaterDatePreposition = before(/\b(?:[Aa]t|[Oo]n|[Uu]ntil|[Tt]o)\s+$/, 8);
/** "for a while", "after quite a while": a vague length. */
export const afterWhilePreposition = before(/\b(?:[Ff]or|[Aa]fter|[Ii]n)\s+(?:quite\s+)?$/, 14);
/** "at the end of the day", "back in the day": idioms, not days. */
export const afterDayIdiom = before(/\b(?:[Aa]t the end of|[Bb]ack in)\s+$/);

// read by sets.ts
/** A capitalised word, perhaps possessive: "Reuters Daily", "Jane's Weekly" name things. */
export const afterCapitalisedName = before(/[A-Z][\w.]*(?:['’]s)?\s+$/);
/** A determiner up to two words before: "the annual reports" names a thing. */
export const afterDeterminerPhrase = before(/\b(?:the|a|an|this|that|another)\s+(?:[\w-]+\s+){0,2}$/i);
/** A capitalised word: "Arab Spring" is a name. */
export const afterCapitalised = before(/[A-Z][\w.]*\s+$/);
/** "later in the summer": the season of the point last named. */
export const afterLaterInThe = before(/\b(?:later|earlier)\s+in\s+the\s+$/i);
/** A capitalised word right before: "Orthodox Easter" names a feast of another reckoning. */
export const afterCapitalisedWordBefore = before(/\b[A-Z][a-z]+\s+$/);
/** A capitalised word that only opens a sentence ("On Christmas …"). */
export const afterSentenceOpening = before(/(?:^|[.!?:"“]\s*)[A-Z][a-z]+\s+$/);
