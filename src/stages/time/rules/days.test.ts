import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value, tensed } from '../time.test-helpers.js';

test('a run of days has reached the day in focus: "the fourth night in a row", "a second consecutive day"', () => {
  // Wikinews, published Saturday 2007-01-27 (wn-7ea3e9e75358)
  const night = timex('Friday night was the fourth night in a row that Serbians protested.', '2007-01-27', 'the fourth night');
  assert.deepEqual([night.type, night.value], ['TIME', '2007-01-26TNI']);
  assert.equal(value('Trading on Russia\'s major stock markets has been suspended for a second consecutive day.', '2008-09-17', 'a second consecutive day'), '2008-09-17');
  assert.equal(value('Protesters filled the square for the sixth straight day on Tuesday.', '2008-12-12', 'the sixth straight day'), '2008-12-12');
  // a first day starts a run, and "day-long" is a length
  const first = 'He vowed to do so on his first day in office.';
  assert.ok(!timexes(first, '1998-10-26').some((t) => /day/.test(first.slice(t.start, t.end))));
  assert.ok(!timexes('The lawyers emerged from their third day-long meeting.', '2000-04-03').some((t) => t.by === 'time/nth-day'));
  // GUM (Wikinews): a day of a festival is not a run the text has reached
  const festival = 'The lanterns are lit on the fourth or fifth day of the festival.';
  assert.ok(!timexes(festival, '2007-03-11').some((t) => /day/.test(festival.slice(t.start, t.end))));
  // undated: the day the text last named, else the present
  assert.equal(value('The trial continued for the second day on Wednesday.', null, 'the second day'), 'PRESENT_REF');
});

test('"the day before yesterday" and "the day after tomorrow" are two days off', () => {
  assert.equal(value('The two men met the day before yesterday in Geneva.', '2012-06-15', 'the day before yesterday'), '2012-06-13');
  assert.equal(value('Talks resume the day after tomorrow.', '2012-06-15', 'the day after tomorrow'), '2012-06-17');
});

test('the n-th week, weekend or weekday of a month', () => {
  const p = '2019-08-05';
  assert.equal(value('The convention was held on the last weekend of July in Mesquite, Texas.', p, 'the last weekend of July'), '2019-W30-WE');
  assert.equal(value('Talks resume in the first week of March 2020.', p, 'the first week of March 2020'), '2020-W10');
  assert.equal(value('The primary will be held on the second Tuesday in May.', '2019-01-10', 'the second Tuesday in May'), '2019-05-14');
});

test("a bare weekday that is the publication's own weekday is that day, behind or ahead; 'next Monday' a week on", () => {
  const monday = '2007-03-19';
  assert.equal(value('The A380 was set to land in the United States on Monday after a test flight.', monday, 'Monday'), '2007-03-19');
  assert.equal(value('Adams said Monday that the talks would go on.', monday, 'Monday'), '2007-03-19');
  assert.equal(value('The airline will fly the plane again next Monday.', monday, 'next Monday'), '2007-03-26');
  assert.equal(value('GM filed for protection at 12 p.m. Monday in a Manhattan court.', monday, '12 p.m. Monday'), '2007-03-19T12:00');
});

test('"this Sunday" in a past clause is the Sunday just gone, ahead otherwise', () => {
  const tuesday = '2019-08-06';
  assert.equal(value('This Sunday, French inventor Franky Zapata successfully crossed the English Channel.', tuesday, 'This Sunday'), '2019-08-04');
  assert.equal(value('The run-off vote will be held this Sunday.', tuesday, 'this Sunday'), '2019-08-11');
});

test('a weekday with a full date takes its year; a year before a noun is no count; seasons in names; 24-hour times after "at"', () => {
  const p = '2011-12-02';
  assert.equal(value('Thursday, May 7, 2015 Valeska Paris, an Australian, claims the church imprisoned her.', p, 'Thursday, May 7, 2015'), '2015-05-07');
  assert.ok(!timexes('FIFA World Cup 2018 day five: Sweden, Belgium, England win three points.', p).some((t) => t.type === 'DURATION'));
  assert.deepEqual(timexes('Will broadcasters treat it as they did after the Winter Olympics?', p), []);
  assert.equal(value('Sit down strikes began at a significant level in the 1930’s.', p, 'the 1930’s'), '193');
  assert.equal(value('The polls closed at 22:30, with long queues outside the station.', '2010-09-04', '22:30'), '2010-09-04T22:30');
  assert.deepEqual(timexes('The score was 21:14 at half time.', p), []);
  assert.equal(tensed('The hashtag was used over one million times by Thursday night.', '2015-09-22', 'Thursday night'), '2015-09-17');
  assert.equal(tensed('The company said it would decide by Thursday.', '2015-09-22', 'Thursday'), '2015-09-24');
});

test('"today\'s youth", "today\'s world" are the present age; "today\'s editions" the publication day', () => {
  assert.equal(value("``The case of Elian is for today's youth what 40 years of the blockade were,'' he said.", '2000-01-07', 'today'), 'PRESENT_REF');
  assert.equal(value("Intel's chips are used in many of today's personal computers.", '1989-10-27', 'today'), 'PRESENT_REF');
  assert.equal(value("The offer, advertised in today's editions of The Wall Street Journal, expires Nov. 9.", '1989-11-02', 'today'), '1989-11-02');
});

test('"this past Friday", "this coming Friday", "this past weekend" are marked whole (Wikinews)', () => {
  const p = '2019-02-11';
  assert.equal(value('This past Friday, the princess, 67, announced her candidacy for the post of prime minister.', p, 'This past Friday'), '2019-02-08');
  const rule = "The election commission is scheduled to discuss the events of this past weekend on Monday. They are required to rule by this coming Friday.";
  assert.equal(value(rule, p, 'this past weekend'), '2019-W06-WE');
  assert.equal(value(rule, p, 'this coming Friday'), '2019-02-15');
  assert.equal(value('At the virtual 2020 Constitution Party National Convention this past May, Blankenship won the nomination.', '2020-10-19', 'this past May'), '2020-05');
});

test('"Today" opening the paragraph after a headline is the day, not the end of a name', () => {
  const text = 'Obama Announces Nominee for Surgeon General\n\nToday, President Barack Obama announced his intent to nominate Regina Benjamin.';
  assert.equal(value(text, '2009-07-13', 'Today'), '2009-07-13');
});

test('"USA Today" is a newspaper, not the day (Wikinews)', () => {
  const text = 'Both companies have been in operation since the 1970s according to USA Today.';
  assert.deepEqual(timexes(text, '2019-09-04').map((t) => text.slice(t.start, t.end)), ['the 1970s']);
  assert.equal(value('I entered the race for President to defeat Donald Trump. Today, I am leaving the race.', '2020-03-04', 'Today'), '2020-03-04');
});

test('"Friday morning", "Thursday evening" are parts of that day; "Friday night" is the day', () => {
  assert.equal(value('The announcement came in a rare press conference held by Apple on Friday morning.', '2010-07-17', 'Friday morning'), '2010-07-16TMO');
  assert.equal(value('A Brooklyn woman was killed Thursday evening when a gunman opened fire.', '1998-02-12', 'Thursday evening'), '1998-02-12TEV');
  assert.equal(value('The ground offensive began Saturday night.', '1991-02-25', 'Saturday night'), '1991-02-23');
  // across the new year: "Wednesday afternoon" in a paper of Friday 2 January 2015 is 31 December 2014
  assert.equal(value('The talks ended Wednesday afternoon without a deal.', '2015-01-02', 'Wednesday afternoon'), '2014-12-31TAF');
});

test('"early Tuesday", "late yesterday": the start or end of the day (Wikinews)', () => {
  const late = timex("El Paso's police chief Greg Allen said late Sunday the police were attributing authorship of the document to Crusius.", '2019-08-08', 'Sunday');
  assert.deepEqual([late.value, late.mod], ['2019-08-04', 'END']);
  const early = timex('Dr. Tomasz Stefaniak was met with applause early today upon announcing that Adamowicz remained alive.', '2019-01-14', 'early today');
  assert.deepEqual([early.value, early.mod], ['2019-01-14', 'START']);
  // "late last night", "early this morning": the part's end or start, the adverb outside the extent as for "late Sunday"
  const night = timex('The fire broke out late last night at a warehouse, police said.', '2012-06-15', 'last night');
  assert.deepEqual([night.value, night.mod], ['2012-06-14TNI', 'END']);
  const morning = timex('Rescuers reached the climber early this morning.', '2012-06-15', 'this morning');
  assert.deepEqual([morning.value, morning.mod], ['2012-06-15TMO', 'START']);
});

test('"Late on Sunday" is the end of that Sunday, as "late Sunday" is (Wikinews)', () => {
  const text = 'Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement with the government of Syria.';
  const sunday = timex(text, '2019-10-15', 'Sunday');
  assert.deepEqual([sunday.value, sunday.mod], ['2019-10-13', 'END']);
});

test('"On the last night" of a convention and "every now and again" name no day (Wikinews)', () => {
  const p = '2020-09-30';
  assert.ok(!timexes('On the last night, Trump delivered a long acceptance speech on the South Lawn of the White House.', p).some((t) => t.by === 'time/this-part-of-day'));
  assert.equal(value('The state had lanes closed last night as it worked to repair the damaged surface.', '2019-01-05', 'last night'), '2019-01-04TNI');
  assert.deepEqual(timexes("Theres something in the hilarious anarchy of the net that produces these 'events' every now and again.", '2008-01-20'), []);
});

test('television shows named after a day are no timexes: "Saturday Night Live", "The Tonight Show", the "Today" show', () => {
  assert.deepEqual(timexes('The singer hosted "Saturday Night Live" last month.', '2015-11-11').map((t) => t.value), ['2015-10']);
  assert.deepEqual(timexes('The mayor was a guest on The Tonight Show.', '2016-06-08'), []);
  assert.deepEqual(timexes("She became co-host of the ''Today'' show.", '2016-05-18'), []);
  assert.deepEqual(timexes('The producer of “Today,” sent a memo.', '2016-05-18'), []);
  assert.equal(value('We met Saturday night to talk it over.', '2015-11-11', 'Saturday night'), '2015-11-07');
  assert.equal(value('The minister said “Today we begin” to the crowd.', '2016-05-18', 'Today'), '2016-05-18');
});

test('"in the lead up to Tuesday\'s primary", "Heading into Tuesday\'s primary": the day is still to come', () => {
  assert.equal(tensed('The week\'s polls in the lead up to Tuesday\'s vote show a tie.', '2016-04-14', 'Tuesday'), '2016-04-19');
  assert.equal(tensed('Heading into Tuesday\'s caucuses, the governor trails by three points.', '2016-02-08', 'Tuesday'), '2016-02-09');
  // a possessive weekday alone is the day just past
  assert.equal(tensed('Turnout in Tuesday\'s primary was the highest in a decade.', '2016-02-11', 'Tuesday'), '2016-02-09');
});

test('"Sheffield Wednesday" is a football club, not a weekday', () => {
  assert.deepEqual(timexes('Leeds drew 1-1 with Sheffield Wednesday.', '1996-08-24'), []);
  assert.equal(value('Leeds meet Sheffield United on Wednesday.', '1996-08-24', 'Wednesday').slice(0, 4), '1996');
});

test('Sunday talk shows and network morning shows are no days: "Fox News Sunday", "CBS This Morning"', () => {
  const p = '2016-09-26';
  assert.deepEqual(timexes('The senator said on “Fox News Sunday” that he would vote.', p), []);
  assert.deepEqual(timexes('The manager told CBS This Morning that the campaign was ready.', p).map((t) => t.value), []);
  assert.equal(value('The senator said on Fox News on Sunday that he would vote.', p, 'Sunday'), '2016-09-25');
  assert.equal(timex('The manager spoke this morning.', p, 'this morning').value, '2016-09-26TMO');
});

test('"a brighter tomorrow" is the future, not the next day', () => {
  assert.equal(value('Families fled their homes, still hoping for a brighter tomorrow.', '2016-09-12', 'tomorrow'), 'FUTURE_REF');
  assert.equal(value('The families will hold a vigil tomorrow.', '2016-09-12', 'tomorrow'), '2016-09-13');
});

test('"Ahead of Friday\'s meeting" in a sentence told in the past is the nearest Friday', () => {
  // Sunday's paper: the meeting was two days before
  assert.equal(tensed('Ahead of Friday\'s meeting, the two governments unveiled a proposal for a joint command.', '2016-09-18', 'Friday'), '2016-09-16');
  // Monday's paper: the vote is the next day
  assert.equal(tensed('Ahead of Tuesday\'s vote, both candidates campaigned across the state.', '2016-10-03', 'Tuesday'), '2016-10-04');
  // told in the present, the day is still to come
  assert.equal(tensed('Heading into Saturday\'s caucuses, the governor trails in the polls.', '2016-02-16', 'Saturday'), '2016-02-20');
});

test('"ahead of the state\'s contest on Saturday": the event named before "on" is still to come', () => {
  // Friday's paper: the caucus is the next day
  assert.equal(tensed('He rallied in Portland, meeting voters ahead of the county\'s caucus on Saturday.', '2016-03-04', 'Saturday'), '2016-03-05');
});

test('a weekday of a noun phrase after "during" with a present verb is the day gone: "is raising questions … during Monday\'s debate"', () => {
  assert.equal(tensed('The candidate is raising questions about his microphone during Monday\'s debate.', '2016-09-30', 'Monday'), '2016-09-26');
  assert.equal(tensed('The new ad will air during Sunday\'s final.', '2016-09-30', 'Sunday'), '2016-10-02');
});

test('a verb inside a hyphenated compound is no predicate: "sent a cease-and-desist letter Thursday"', () => {
  assert.equal(tensed('The city sent a cease-and-desist letter Thursday.', '2016-09-30', 'Thursday'), '2016-09-29');
  assert.equal(tensed('The group launched a get-out-the-vote drive Monday.', '2016-09-30', 'Monday'), '2016-09-26');
});

test('"expect … to" looks ahead: "voters expect her to win Monday\'s debate" in Sunday\'s paper', () => {
  assert.equal(tensed('Most voters expect the governor to win Monday\'s debate.', '2016-09-25', 'Monday'), '2016-09-26');
  assert.equal(tensed('The governor won Monday\'s debate.', '2016-09-25', 'Monday'), '2016-09-19');
});

test('a weekday its clause gives no direction to is the same weekday the text named before', () => {
  const text = 'The city is getting ready for parades on Sunday, September 1, to mark the anniversary. Workers put up flags along the avenue where grandstands await Sunday\'s parades.';
  assert.equal(tensed(text, '1996-08-30', 'Sunday'), '1996-09-01');
  // with nothing named before, the noun phrase's weekday is the one just past
  assert.equal(tensed('Workers put up flags along the avenue where grandstands await Sunday\'s parades.', '1996-08-30', 'Sunday'), '1996-08-25');
});

test('a weekday with a date in brackets is that date: "next Monday (Sept. 9)" in Sunday\'s paper', () => {
  assert.equal(value('Dealers expect a quiet market until next Monday (Sept. 9), when the jobs report is out.', '1996-09-01', 'next Monday'), '1996-09-09');
  // a bracketed date of another weekday changes nothing
  assert.equal(value('Dealers expect a quiet market until next Monday (Sept. 10), when the jobs report is out.', '1996-09-01', 'next Monday'), '1996-09-02');
});

test('a weekday before "league" names a competition, not a day', () => {
  const p = '1996-08-25';
  assert.deepEqual(timexes('Essex won their Sunday league match against Kent.', p), []);
  assert.equal(value('Essex beat Kent in the league on Sunday.', p, 'Sunday'), '1996-08-25');
});

test('a quoted title of capitalised words ending in "Tonight" is a show, not the night', () => {
  assert.deepEqual(timexes('The comedian talked about the end of the talk show “Garcia Tonight.” It ran two years.', '2015-12-22').map((t) => t.value), ['P2Y']);
  assert.deepEqual(timexes('The host of the weekly satire “Late News Tonight,” lost his temper.', '2016-08-03').map((t) => t.value), ['P1W']);
  assert.equal(value('“We will win tonight,” she said.', '2016-08-03', 'tonight'), '2016-08-03TNI');
});

test('plural weekdays recur: "on Mondays", "Friday evenings", "on Saturday and Sunday nights"', () => {
  const p = '2010-05-12';
  const mondays = timex('The museum is closed on Mondays.', p, 'Mondays');
  assert.deepEqual([mondays.type, mondays.value], ['SET', 'XXXX-WXX-1']);
  assert.equal(value('Protesters gather outside the embassy on Friday evenings.', p, 'Friday evenings'), 'XXXX-WXX-5TEV');
  // the first weekday of the pair takes the plural part of the day after it
  const ferry = timexes('The ferry will sail on Saturday and Sunday nights from June 1.', p);
  assert.deepEqual(ferry.map((t) => [t.type, t.value]), [['SET', 'XXXX-WXX-6TNI'], ['SET', 'XXXX-WXX-7TNI'], ['DATE', '2010-06-01']]);
  // a single night is that day; a movement's name is no weekday
  assert.equal(value('The ferry sailed on Sunday night.', p, 'Sunday night'), '2010-05-09');
  assert.deepEqual(timexes('Students joined the Fridays for Future strike.', p), []);
});

test('a weekday named alone is one day throughout a story; on a tie the one ahead, read only on a word that says so', () => {
  const p = '2024-01-08'; // a Monday
  const story = 'Blinken headed Tuesday to the Middle East. He is scheduled to spend five hours in Cairo, his first stop Tuesday morning.';
  assert.equal(tensed(story, p, 'Tuesday'), '2024-01-09');
  assert.equal(tensed(story, p, 'Tuesday morning'), '2024-01-09TMO');
  // "last Tuesday" says which one it is, and is left as it is
  const two = 'The talks collapsed last Tuesday. He is scheduled to fly to Cairo Tuesday.';
  assert.deepEqual(timexes(two, p).map((t) => t.value), ['2024-01-02', '2024-01-09']);
});

test('"last Thursday" is never yesterday, which the writer would have called so', () => {
  // in Friday's paper (2020-01-10): not yesterday, the 2nd; in Monday's (2020-01-13), the Thursday just gone
  assert.equal(value('The delegations had met last Thursday in Athens.', '2020-01-10', 'last Thursday'), '2020-01-02');
  assert.equal(value('The delegations had met last Thursday in Athens.', '2020-01-13', 'last Thursday'), '2020-01-09');
  assert.equal(value('The president declared a state of emergency last Friday.', '2019-02-21', 'last Friday'), '2019-02-15');
  // two days back it is the day just gone: "last Tuesday" in Thursday's paper
  assert.equal(value('The envoy arrived last Tuesday.', '2000-02-24', 'last Tuesday'), '2000-02-22');
  // a bare weekday stays the nearest one behind
  assert.equal(value('The delegations met on Thursday in Athens.', '2020-01-10', 'Thursday'), '2020-01-09');
});
