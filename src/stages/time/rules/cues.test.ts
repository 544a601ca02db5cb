import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleContext } from '../context.js';
import * as cues from './cues.js';

/** The context of a match whose text before it is `text` (what a resolver sees through `ctx.before`), and `next` after it. */
const after = (text: string, next = '') => ({
  before: (chars = 30) => text.slice(Math.max(0, text.length - chars)),
  sentenceBefore: () => text,
  after: (chars = 30) => next.slice(0, chars),
}) as RuleContext;

/* Each cue with words before a match where it holds and words where it does not (Wikinews phrases or made up). */
const CASES: readonly (readonly [keyof typeof cues, string, string])[] = [
  ['atLineStart', "Schedule:\n  ", "at "],
  ['afterClockPreposition', "the polls closed at about ", "a score of "],
  ['afterForOrOf', "net income for ", "during "],
  ['afterEnded', "the fiscal year ended ", "the year ending "],
  ['afterEnding', "the year ending ", "the year ended "],
  ['afterEffective', "an office, effective ", "was thrown on "],
  ['afterFractionSlash', "the 7-1/", "on "],
  ['afterTimePreposition', "an announcement in ", "the Pope "],
  ['afterTheOrYear', "the 1963 ", "in "],
  ['afterPrepositionOrDeterminer', "ahead of the ", "its own tournament, "],
  ['afterMonthPreposition', "elections in ", "They "],
  ['afterEachOrEvery', "march each ", "march in "],
  ['afterPointPreposition', "elections in ", "said "],
  ['afterYearDeterminer', "in the ", "about "],
  ['afterShortYearPreposition', "the lowest level since ", "rock 'n' "],
  ['afterSince', "up 4% since ", "by "],
  ['afterSheffield', "beat Sheffield ", "on "],
  ['afterFoxNews', "told Fox News ", "on "],
  ['afterCBS', "on CBS ", "on "],
  ['afterOpenTitle', "told “Good Morning ", "said on "],
  ['afterCapitalisedWord', "told NBC ", "said "],
  ['afterSentenceOpeningWord', "left. But ", "told NBC "],
  ['afterAcronym', "told NBC ", "said "],
  ['afterBetterFuture', "building a better ", "will meet "],
  ['afterTheOrPossessive', "watched the ", "left this "],
  ['afterModal', "Islam will ", "he left "],
  ['afterBy', "followed by ", "for "],
  ['afterLengthVerb', "had only been in the job ", "he left "],
  ['afterOver', "used these over ", "during "],
  ['afterSplitYear', "the 1996/", "in "],
  ['afterScoring', "has hit ", "for "],
  ['afterAgeWord', "aged 0–", "for "],
  ['afterLengthPreposition', "for ", "a "],
  ['afterTimesCount', "more often than once ", "for "],
  ['afterAgeOf', "over the age of ", "for "],
  ['afterAged', "students aged ", "for "],
  ['afterInto', "heading into ", "in "],
  ['afterStretchPreposition', "will rise in ", "withdrew. "],
  ['afterEvery', "every ", "right "],
  ['afterLaterDatePreposition', "resume at ", "held "],
  ['afterWhilePreposition', "power for quite ", "once "],
  ['afterDayIdiom', "at the end of ", "for "],
  ['afterCapitalisedName', "read Jane's ", "paid "],
  ['afterDeterminerPhrase', "the two annual ", "reported "],
  ['afterCapitalised', "the Arab ", "in "],
  ['afterLaterInThe', "later in the ", "in the "],
  ['afterCapitalisedWordBefore', "Orthodox ", "at "],
  ['afterSentenceOpening', "left. On ", "the Orthodox "],
  ['afterVagueLengthWord', "it took only ", "it cost "],
  ['afterEndingOrAmid', "ending ", "the "],
  ['afterJustOrOnly', "only ", "some "],
  ['atSentenceStart', "was restored. ", "was restored "],
  ['afterComma', "Tuesday evening, ", "Tuesday evening "],
];

/* Cues of the words after a match: the words after it where it holds and where it does not. */
const AFTER_CASES: readonly (readonly [keyof typeof cues, string, string])[] = [
  ['beforeClauseEnd', ". He left", " to come"],
];

/* Readers: words before a match, what they read there; and words where they read nothing. */
const READER_CASES: readonly (readonly [keyof typeof cues, string, string | number, string])[] = [
  ['localHourBefore', "at around 8:30 p.m. BST (", 20, "at around 8:30 BST ("],
  ['nameBefore', "a joint venture called Orion ", 'Orion', "sold the unit. Orion "],
  ['thisUnitBefore', "the dividend rose this month and this year as ", 'year', "the dividend rose as "],
];

for (const [name, holds, fails] of AFTER_CASES) {
  test(`cue ${name}`, () => {
    const cue = cues[name] as cues.Cue;
    assert.equal(cue(after('', holds)), true, holds);
    assert.equal(cue(after('', fails)), false, fails);
  });
}

for (const [name, text, read, none] of READER_CASES) {
  test(`reader ${name}`, () => {
    const reader = cues[name] as cues.Reader<string | number>;
    assert.equal(reader(after(text)), read, text);
    assert.equal(reader(after(none)), null, none);
  });
}

for (const [name, holds, fails] of CASES) {
  test(`cue ${name}`, () => {
    const cue = cues[name] as cues.Cue;
    assert.equal(cue(after(holds)), true, holds);
    assert.equal(cue(after(fails)), false, fails);
  });
}

test('every cue has its case', () => {
  const named = [...CASES, ...AFTER_CASES, ...READER_CASES].map(([n]) => n);
  assert.deepEqual(Object.keys(cues).filter((name) => !named.includes(name as keyof typeof cues)), []);
});
