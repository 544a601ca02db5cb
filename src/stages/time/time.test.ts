import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import type { Sentence, Timex } from '../../model/layers.js';
import { makeTokenLayer } from '../../model/tokens.js';
import { loadWink, segmentText } from '../segment/index.js';
import { findTimexes, timeStage } from './index.js';

/** The timexes of one sentence published on `published`. */
function timexes(text: string, published: string | null): Timex[] {
  const sentence: Sentence = { start: 0, end: text.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 };
  return findTimexes(text, published, [sentence]);
}

/** The single timex whose text is `phrase`. */
function timex(text: string, published: string | null, phrase: string): Timex {
  const all = timexes(text, published);
  const hit = all.find((t) => text.slice(t.start, t.end) === phrase);
  assert.ok(hit, `no timex "${phrase}" in ${JSON.stringify(all.map((t) => text.slice(t.start, t.end)))}`);
  return hit;
}

const value = (text: string, published: string | null, phrase: string) => timex(text, published, phrase).value;

test('the seed article: weekdays, dates, weeks, mid-month, durations and vague periods (published Tuesday 2025-01-14)', () => {
  const p = '2025-01-14';
  assert.equal(value('Ukrainian President Volodymyr Zelensky announced, on Monday, discussions with French President Emmanuel Macron.', p, 'Monday'), '2025-01-13');
  assert.equal(value('Joe Biden reaffirmed on Monday that the United States and its Western allies cannot abandon Ukraine.', p, 'Monday'), '2025-01-13');
  assert.equal(value('Donald Trump, who is set to take office on January 20th.', p, 'January 20th'), '2025-01-20');
  assert.equal(value('President Zelensky, in a statement the previous week, labeled the possibility of Western forces in Ukraine as effective.', p, 'the previous week'), '2025-W02');
  // a date ahead of the publication is not the narrative's time: "the previous week" still counts from it
  const two = 'Donald Trump is set to take office on January 20th. President Zelensky, in a statement the previous week, labeled it effective.';
  const split = two.indexOf('President');
  const sentences: Sentence[] = [
    { start: 0, end: split - 1, tokenStart: 0, tokenEnd: 0, paragraph: 0 }, { start: split, end: two.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 },
  ];
  assert.equal(findTimexes(two, p, sentences).find((t) => two.slice(t.start, t.end) === 'the previous week')?.value, '2025-W02');
  const mid = timex('This idea, entertained by President Macron and Polish Prime Minister Donald Tusk since mid-December, has been met with resistance.', p, 'mid-December');
  assert.deepEqual([mid.value, mid.mod], ['2024-12', 'MID']);
  const three = timex('After three years, Putin has failed to achieve all of his strategic goals.', p, 'three years');
  assert.deepEqual([three.type, three.value], ['DURATION', 'P3Y']);
  assert.equal(value('This proposal of deploying European troops has emerged in recent months, amidst speculations.', p, 'recent months'), 'PXM');
});

test('bare weekdays point back in reports and forward when the clause looks ahead', () => {
  const p = '2025-01-14';
  assert.equal(value('The two leaders will meet on Monday in Brussels.', p, 'Monday'), '2025-01-20');
  assert.equal(value('Talks are scheduled to resume Thursday in Geneva.', p, 'Thursday'), '2025-01-16');
  assert.equal(value('The ministers met Thursday in Geneva.', p, 'Thursday'), '2025-01-09');
  assert.equal(value('Troops crossed the border last Tuesday, officials said.', p, 'last Tuesday'), '2025-01-07');
  assert.equal(value('Suspected bombs exploded outside the U.S. embassies Friday, killing dozens of people.', '1998-08-07', 'Friday'), '1998-08-07');
});

test('weeks, months, quarters, halves, seasons and decades', () => {
  const p = '2025-01-14';
  assert.equal(value('Last week the FBI joined Canadian authorities in the search.', p, 'Last week'), '2025-W02');
  assert.equal(value('The summit is expected next month in Washington.', p, 'next month'), '2025-02');
  assert.equal(value('Sales fell 20% in the third quarter, the company said.', '2025-10-20', 'the third quarter'), '2025-Q3');
  assert.equal(value('Profit jumped 38% in the first half of 2024.', p, 'the first half of 2024'), '2024-H1');
  assert.equal(value('Defence spending rose 4% in Q3 2024, the ministry said.', p, 'Q3 2024'), '2024-Q3');
  assert.equal(value('The budget for FY2025 includes new aid for Ukraine.', p, 'FY2025'), '2025');
  assert.equal(value('Earnings will be reported in the third quarter of fiscal 1990.', p, 'the third quarter of fiscal 1990'), '1990-Q3');
  assert.equal(value('Anheuser competitors offered discounts this summer.', '1998-08-14', 'this summer'), '1998-SU');
  const nineties = timex('The situation began to relax in the early 1990s, diplomats said.', p, 'the early 1990s');
  assert.deepEqual([nineties.value, nineties.mod], ['199', 'START']);
  const late = timex('Ceasefire talks collapsed in late November, officials said.', '1999-12-02', 'late November');
  assert.deepEqual([late.value, late.mod], ['1999-11', 'END']);
  const early = timex('The king will visit early next year.', '1989-10-26', 'early next year');
  assert.deepEqual([early.value, early.mod], ['1990', 'START']);
});

test('durations never become dates; ages and rates are not timexes', () => {
  const p = '2025-01-14';
  assert.deepEqual(timexes('Slepian, a 52-year-old obstetrician, was shot in his kitchen.', p), []);
  assert.deepEqual(timexes('The cuts should help it save $500 million a year in costs.', p), []);
  const t = timex('Inspectors resumed work in Iraq nearly two months after the team was expelled.', p, 'nearly two months');
  assert.deepEqual([t.type, t.value, t.mod], ['DURATION', 'P2M', 'LESS_THAN']);
  assert.equal(value('Negotiators talked for 36 hours without a break.', p, '36 hours'), 'PT36H');
  assert.equal(value('The two-year restructuring was completed in March.', '1990-06-01', 'two-year'), 'P2Y');
  assert.equal(value('The region has seen violence for several years.', p, 'several years'), 'PXY');
  assert.equal(timex('The talks have run over five months.', p, 'five months').mod, 'MORE_THAN');
  assert.equal(timex('Her eczema worsened over the last five months of her life.', p, 'the last five months').mod, null);
});

test('references to the present, past and future, and points counted from the publication date', () => {
  const p = '1989-10-26';
  assert.equal(value('The company is now in talks with its lenders.', p, 'now'), 'PRESENT_REF');
  assert.equal(value('Analysts recently cut their forecasts.', p, 'recently'), 'PAST_REF');
  assert.equal(value('Prosecutors said they may act in the future.', p, 'the future'), 'FUTURE_REF');
  assert.equal(value('Hewlett said three weeks ago that it planned to ship.', p, 'three weeks ago'), '1989-W40');
  assert.equal(value('The index rose 2% yesterday.', p, 'yesterday'), '1989-10-25');
});

test('clock times take the day named after them, which is in the extent with the zone', () => {
  const t = timex('The offer expires at 5 p.m. EST Nov. 6, the company said.', '1989-10-30', '5 p.m. EST Nov. 6');
  assert.deepEqual([t.type, t.value], ['TIME', '1989-11-06T17:00']);
  assert.equal(value('The blast occurred at 10:35 a.m. Friday.', '1998-08-08', '10:35 a.m. Friday'), '1998-08-07T10:35');
  // Wikinews: "today" after the zone is the clock's day, marked with it
  assert.equal(value('In an advisory issued at 11:00 a.m. local time today (1500 UTC) the NHC reported a Category 5 hurricane.', '2019-09-01', '11:00 a.m. local time today'), '2019-09-01T11:00');
});

test('"until", "by" and "since": prepositions that set the direction stay outside the extent', () => {
  const p = '2025-01-14';
  assert.equal(value('Immigration officials postponed until Tuesday any action on the case.', '2025-01-16', 'Tuesday'), '2025-01-21');
  assert.equal(value('The ministry wants the corridor open by August.', p, 'August'), '2025-08');
  assert.equal(value('Shelling has continued since mid-December, residents said.', p, 'mid-December'), '2024-12');
  const zone = timex('The ceasefire takes effect at 3 p.m. GMT, the mediators said.', p, '3 p.m. GMT');
  assert.deepEqual([zone.type, zone.value], ['TIME', '2025-01-14T15:00']);
});

test('sets: daily, every Sunday', () => {
  assert.deepEqual(Object.values(timex('Qantas plans daily flights between Sydney and Bombay.', '1998-02-13', 'daily')).slice(2, 5), ['SET', 'P1D', null]);
  assert.equal(value('Protesters gather every Sunday outside the embassy.', '2025-01-14', 'every Sunday'), 'XXXX-WXX-7');
});

test('relative expressions across the year boundary', () => {
  assert.equal(value('The strike began yesterday.', '2025-01-01', 'yesterday'), '2024-12-31');
  assert.equal(value('Parliament met last week to approve the budget.', '2025-01-02', 'last week'), '2024-W52');
  assert.equal(value('The talks resumed this week in Doha.', '2024-12-31', 'this week'), '2025-W01');
  assert.equal(value('Officials said the deal was struck last month.', '2025-01-05', 'last month'), '2024-12');
  assert.equal(value('The ceasefire was agreed in December.', '2025-01-09', 'December'), '2024-12');
  assert.equal(value('The vote will take place in January.', '2024-12-20', 'January'), '2025-01');
  assert.equal(value('The minister will travel to Kyiv next Monday.', '2024-12-30', 'next Monday'), '2025-01-06');
  assert.equal(value('The deadline passed on December 31.', '2025-01-02', 'December 31'), '2024-12-31');
  assert.equal(value('The new parliament will convene on Jan. 3.', '2024-12-29', 'Jan. 3'), '2025-01-03');
  assert.equal(value('Rockets were fired on Christmas, the army said.', '2025-01-03', 'Christmas'), '2024-12-25');
  assert.equal(value('Earnings fell in the fourth quarter, the bank said.', '2025-01-15', 'the fourth quarter'), '2024-Q4');
  assert.equal(value('Unemployment rose last year.', '2025-01-01', 'last year'), '2024');
});

test('relative expressions around daylight-saving changes resolve on calendar days, not hours', () => {
  // US clocks went forward on Sunday 2025-03-09 and back on Sunday 2024-11-03; the EU's on 2024-10-27.
  assert.equal(value('The storm hit the coast yesterday.', '2025-03-10', 'yesterday'), '2025-03-09');
  assert.equal(value('Polls opened Sunday across the state.', '2025-03-10T00:30:00-04:00', 'Sunday'), '2025-03-09');
  assert.equal(value('The ceasefire took effect two days ago.', '2024-10-28', 'two days ago'), '2024-10-26');
  assert.equal(value('Voters will go to the polls tomorrow.', '2024-11-02', 'tomorrow'), '2024-11-03');
  assert.equal(value('Troops withdrew last week.', '2025-03-12', 'last week'), '2025-W10');
  assert.equal(value('Flights will resume at 2 a.m. Sunday.', '2025-03-07', '2 a.m. Sunday'), '2025-03-09T02:00');
});

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
});

test('numeric dates: month first unless the first number cannot be a month; day first with dots', () => {
  const p = '2013-09-20';
  assert.equal(value('Turkmenistan will hold its first multi-party parliamentary election on 12/15/2013.', p, '12/15/2013'), '2013-12-15');
  assert.equal(value('Turkmenistan will hold its first multi-party parliamentary election on 15/12/2013.', p, '15/12/2013'), '2013-12-15');
  assert.equal(value('The ballot was set for 15.12.2013 by the election commission.', p, '15.12.2013'), '2013-12-15');
});

test('"between 07:28 and 08:06 Coordinated Universal Time": both clock times, the zone spelled out', () => {
  const text = 'The cables were cut between 07:28 and 08:06 Coordinated Universal Time, the operator said.';
  const [first, second] = timexes(text, '2008-12-19').filter((t) => t.type === 'TIME');
  assert.deepEqual([text.slice(first.start, first.end), first.value], ['07:28', '2008-12-19T07:28']);
  assert.deepEqual([text.slice(second.start, second.end), second.value], ['08:06 Coordinated Universal Time', '2008-12-19T08:06Z']);
});

test('an undated text keeps calendar words unresolved', () => {
  assert.equal(value('The two leaders met on Monday.', null, 'Monday'), 'XXXX-WXX-1');
  assert.equal(value('Celebrations are held on Christmas.', null, 'Christmas'), 'XXXX-12-25');
  assert.equal(value('The truce was signed on March 3, 2022.', null, 'March 3, 2022'), '2022-03-03');
  // words counted from the unknown publication day keep only their direction
  const text = 'The fire broke out late last night, police said yesterday; the inquiry will report tomorrow or next month.';
  assert.deepEqual(['last night', 'yesterday', 'tomorrow', 'next month'].map((w) => value(text, null, w)), ['PAST_REF', 'PAST_REF', 'FUTURE_REF', 'FUTURE_REF']);
  assert.equal(value('The climber died two days ago on the mountain.', null, 'two days ago'), 'PAST_REF');
  assert.equal(value('Rescuers reached him this morning.', null, 'this morning'), 'PRESENT_REF');
});

test('"the day before yesterday" and "the day after tomorrow" are two days off', () => {
  assert.equal(value('The two men met the day before yesterday in Geneva.', '2012-06-15', 'the day before yesterday'), '2012-06-13');
  assert.equal(value('Talks resume the day after tomorrow.', '2012-06-15', 'the day after tomorrow'), '2012-06-17');
});

function docWithTimexes(text: string, published: string): Doc {
  const doc = new Doc(text, { published });
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[^.]+\.\s*/g)) {
    sentences.push({ start: m.index, end: m.index + m[0].trimEnd().length, tokenStart: 0, tokenEnd: 0, paragraph: 0 });
    start = m.index + m[0].length;
  }
  assert.equal(start, text.length);
  doc.set('anchor', { value: published, source: 'given', earliest: published, latest: published, evidence: [] }, 'dating');
  doc.set('tokens', makeTokenLayer([], [], []), 'segment');
  doc.set('sentences', sentences, 'segment');
  doc.set('timexes', timeStage.run(doc, { resources: {} }).timexes, 'time');
  return doc;
}

test('every timex offset slices its own text out of the document', () => {
  const text = 'Zelensky announced on Monday that talks would begin on January 20th. Biden said three years of war had changed Europe.';
  const doc = docWithTimexes(text, '2025-01-14');
  const found = doc.get('timexes').map((t) => text.slice(t.start, t.end));
  assert.deepEqual(found, ['Monday', 'January 20th', 'three years']);
  for (const t of doc.get('timexes')) assert.ok(t.by.startsWith('time/'));
});

test('fractions of a unit are written in the next smaller unit', () => {
  const p = '1998-02-27';
  assert.equal(value('The refugees lived in U.N.-run camps for 2 1/2 years.', p, '2 1/2 years'), 'P2Y6M');
  assert.equal(value('She will spend about 5 1/2 hours in Nairobi before flying home.', p, '5 1/2 hours'), 'PT5H30M');
  assert.equal(value('A minute and a half later, a pilot reported the wreckage.', p, 'A minute and a half'), 'PT1M30S');
  assert.equal(value('After nearly half an hour, the team was penalised.', p, 'nearly half an hour'), 'PT30M');
  assert.equal(value('The chain sold 22 units in the past year and a half.', p, 'the past year and a half'), 'P1Y6M');
});

test('"that year", "the following month", "that same day" count from the point the text last named', () => {
  assert.equal(value('The boy fled to Florida in June 1998 and returned to Cuba later that year.', '2000-01-28', 'later that year'), '1998');
  assert.equal(value('He was promoted on May 22, 1995, and the following year he was posted to Washington.', '1998-04-18', 'the following year'), '1996');
  assert.equal(value('The talks failed in March. The following month, the company put itself up for sale.', '1989-10-27', 'The following month'), '1989-04');
  assert.equal(value('The site went up in October 1998 and was taken down that same day.', '1999-02-06', 'that same day'), '1998-10-XX');
  assert.equal(value('He was arrested on Feb. 22 and appeared in court the next morning.', '2000-02-24', 'the next morning'), '2000-02-23');
  assert.equal(value('The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.', '1989-10-30', 'the previous Friday'), '1989-10-20');
  assert.equal(value('I visited the festival on Saturday, the opening night. I went back the next Tuesday and it was empty.', '2007-03-05', 'the next Tuesday'), '2007-03-06');
  assert.equal(value('He is to present his plan on October 14, the same day the Queen gives her speech.', '2019-08-29', 'the same day'), '2019-10-14');
  // with nothing named before, the publication date is the reference
  assert.equal(value('Imports rose sharply that year, officials said.', '1989-11-02', 'that year'), '1989');
});

test('a past perfect clause points back even after "by" and "until"', () => {
  const p = '1990-08-16'; // a Thursday
  assert.equal(value('Thirty-two members had filed compliance reports by Wednesday, officials said.', p, 'Wednesday'), '1990-08-15');
  assert.equal(value('Until Thursday, investigators had not called him a suspect.', '1999-05-07', 'Thursday'), '1999-05-06');
  assert.equal(value('The offer had been due to expire Friday evening.', '1989-10-30', 'Friday evening'), '1989-10-27TEV');
  assert.equal(value('Members must file their reports by Wednesday.', p, 'Wednesday'), '1990-08-22');
});

test('the cue nearest the weekday decides, and a proper noun ending in -ed is no past tense', () => {
  const p = '2000-04-05'; // a Wednesday
  assert.equal(value('His lawyer announced that the father would be traveling to the United States Thursday.', p, 'Thursday'), '2000-04-06');
  assert.equal(value('The father traveled to the United States Thursday, his lawyer said.', p, 'Thursday'), '2000-03-30');
});

test('"May" is the month after a preposition, the verb otherwise; year end is the year with mod END', () => {
  const p = '2000-03-29';
  assert.equal(value('The case will be heard in May by the appeals court.', p, 'May'), '2000-05');
  assert.deepEqual(timexes('May the best team win, the coach said.', p), []);
  const end = timex('The bank plans to cut 6,000 jobs by year end.', '1989-10-26', 'year end');
  assert.deepEqual([end.value, end.mod], ['1989', 'END']);
  assert.equal(value('The percentage change is since year-end.', '1989-10-30', 'year-end'), '1988-12-31');
});

test('in a quarterly report, "a year ago" and "last year" compare with the quarter the report is about', () => {
  const p = '1989-10-26';
  const report = 'Net income rose 19% in the third quarter. Profit was $461 million, up from $387 million last year. '
    + 'The company expects weakness to continue into the fourth quarter and the third quarter of 1990. '
    + 'In the year-ago period, it earned $101.4 million.';
  assert.equal(value(report, p, 'last year'), '1988-Q3');
  // the forecast quarters do not take over: the year-ago period is still the third quarter's
  assert.equal(value(report, p, 'the year-ago period'), '1988-Q3');
  assert.equal(value('The company earned more last year than in any year before.', p, 'last year'), '1988');
});

test('month direction: "this year through August" is behind us, "would be paid in January" ahead', () => {
  const p = '1989-10-27';
  assert.equal(value('Sales were little changed this year through August, the fund said.', p, 'August'), '1989-08');
  assert.equal(value('In January, American Medical brought in a new chief executive.', p, 'January'), '1989-01');
  assert.equal(value('The dividend would be paid in January to holders of record.', p, 'January'), '1990-01');
  assert.equal(value('Sales should pick up from now through August, the fund said.', p, 'August'), '1990-08');
});

test('"a couple of years" is two; "the weeks ahead" a vague period; holidays in title case', () => {
  const p = '1998-10-26';
  assert.equal(value('It is not going to change for a couple of years.', p, 'a couple of years'), 'P2Y');
  assert.equal(value('Funds may sell junk bonds in the weeks ahead.', p, 'the weeks ahead'), 'PXW');
  assert.equal(value("Abortion will be a major theme of our campaign from now to Election Day.", p, 'Election Day'), '1998-11-03');
  assert.equal(value('The strike began on Labor Day, union leaders said.', p, 'Labor Day'), '1998-09-07');
});

test('"for the year" and "earlier in the year" are this year; "the year before" counts from elsewhere', () => {
  const p = '1989-10-30';
  assert.equal(value('The stock rose to a high for the year of $42.875 a share in June.', p, 'the year'), '1989');
  assert.equal(value('Revenue rose to $713.5 million through the first nine months of the year.', p, 'the year'), '1989');
  const earlier = timex('Herbicide use was delayed earlier in the year by heavy rains.', p, 'earlier in the year');
  assert.deepEqual([earlier.value, earlier.mod], ['1989', 'START']);
  assert.ok(!timexes('Sales fell to $300 million, down from $450 million the year before.', p).some((t) => t.value === '1989'));
});

test('"the year-ago results" marks the adjective; "the fiscal-first quarter" is a quarter', () => {
  const p = '1989-10-26';
  const text = 'Net rose in the third quarter. The year-ago results included a $415 million charge.';
  const t = timex(text, p, 'year-ago');
  assert.equal(t.value, '1988-Q3');
  assert.equal(value('It earned 12 cents a share for the fiscal-first quarter ended Sept. 30.', p, 'the fiscal-first quarter'), '1989-Q1');
  assert.equal(value('The company expects to report that third-quarter charge in November.', p, 'third-quarter'), '1989-Q3');
});

test('"the quarter a year ago" is one timex, the quarter the report is about a year before', () => {
  const text = 'Columbia lost money in the third quarter. For the quarter a year ago, it earned $16.3 million. In the quarter, assets grew.';
  assert.equal(value(text, '1989-10-26', 'the quarter a year ago'), '1988-Q3');
  assert.equal(timexes(text, '1989-10-26').at(-1)!.value, '1989-Q3'); // the focus stays on this year's quarter
});

test('24-hour clock times with a zone; a year-like number that counts things is no year', () => {
  const p = '2020-05-31';
  const launch = timex('SpaceX launched its first crewed mission at 1922 UTC yesterday.', p, '1922 UTC yesterday');
  assert.deepEqual([launch.type, launch.value], ['TIME', '2020-05-30T19:22Z']);
  assert.equal(value('The shutoffs were expected to last through at least midday tomorrow.', p, 'midday tomorrow'), '2020-06-01T12:00');
  assert.equal(value('Patients have waited for the last three-four months.', p, 'the last three-four months'), 'P3M');
  assert.equal(value('We first heard about the virus back in February.', '2020-10-18', 'February'), '2020-02');
  assert.equal(value('Trump urged schools to reopen at summer\'s end.', '2020-08-31', 'summer'), '2020-SU');
  assert.ok(!timexes('As of Wednesday, 1885 aftershocks had occurred.', p).some((t) => t.value === '1885'));
  assert.ok(!timexes('The procession was followed by nearly 2000 people.', p).some((t) => t.value === '2000'));
  assert.equal(value('Turnout in the 1998 elections was low.', p, '1998'), '1998');
  assert.equal(value('Fiscal 1989 sales were $155 million.', p, 'Fiscal 1989'), '1989');
});

test('the n-th week, weekend or weekday of a month', () => {
  const p = '2019-08-05';
  assert.equal(value('The convention was held on the last weekend of July in Mesquite, Texas.', p, 'the last weekend of July'), '2019-W30-WE');
  assert.equal(value('Talks resume in the first week of March 2020.', p, 'the first week of March 2020'), '2020-W10');
  assert.equal(value('The primary will be held on the second Tuesday in May.', '2019-01-10', 'the second Tuesday in May'), '2019-05-14');
});

test('a date without its year follows a nearby date that names another year; a match half is no half-year', () => {
  const p = '2019-09-09';
  const text = 'The army moved on November 15, 2017, placing him under house arrest. He negotiated immunity in exchange for his resignation on November 21.';
  assert.equal(value(text, p, 'November 21'), '2017-11-21');
  assert.equal(value('The resignation takes effect on November 21, officials said.', p, 'November 21'), '2019-11-21');
  assert.ok(!timexes('Neither side could score in the first half.', '2018-06-19').length);
  assert.equal(value('Profit rose in the first half of 1989.', p, 'the first half of 1989'), '1989-H1');
});

test('"on March 20 last year": a day with its year in words', () => {
  assert.equal(value('Pompeo joined the meeting of EastMed countries on March 20 last year.', '2020-01-10', 'March 20 last year'), '2019-03-20');
});

test('only "a year ago" compares with the quarter in focus; "eight years ago" is a year', () => {
  const text = 'Profit rose in the third quarter. Eight years ago, the company nearly failed.';
  assert.equal(value(text, '2019-10-02', 'Eight years ago'), '2011');
});

test('a publication named daily or weekly is no set', () => {
  const p = '2010-10-09';
  assert.deepEqual(timexes('Whitmore told LA Weekly that he had been threatened.', p), []);
  assert.deepEqual(timexes('The Communist Party daily Granma printed the letter.', p), []);
  assert.equal(value('Protests filled the streets daily.', p, 'daily'), 'P1D');
  assert.deepEqual(timexes('Could the project benefit from Google Summer of Code?', p), []);
  assert.equal(value('The talks will resume in the summer.', p, 'summer'), '2011-SU');
});

const wink = loadWink();

/** The value of `phrase` in `text` read with real tokens and part of speech, as the stage reads a document. */
function tensed(text: string, published: string, phrase: string): string {
  const { tokens, sentences } = segmentText(text, wink);
  const hit = findTimexes(text, published, sentences, tokens).find((t) => text.slice(t.start, t.end) === phrase);
  assert.ok(hit, `no timex "${phrase}"`);
  return hit.value;
}

test('a bare weekday takes its direction from the tense of the verb it attaches to (published Wednesday 2025-01-15)', () => {
  const p = '2025-01-15';
  // future: "will", "would", a plan in the past
  assert.equal(tensed('The prime minister will meet union leaders in Brussels on Thursday.', p, 'Thursday'), '2025-01-16');
  assert.equal(tensed('Officials said the finance minister of the northern province would be traveling to the capital with a delegation on Thursday.', p, 'Thursday'), '2025-01-16');
  assert.equal(tensed('Farmers were planning to drive their tractors slowly around the regional airport on Thursday.', p, 'Thursday'), '2025-01-16');
  // present and present progressive look ahead
  assert.equal(tensed('The two foreign ministers meet separately Monday with the United Nations envoy.', p, 'Monday'), '2025-01-20');
  assert.equal(tensed('The city council is meeting behind closed doors on Thursday to vote on the budget.', p, 'Thursday'), '2025-01-16');
  // past, past perfect, present perfect
  assert.equal(tensed('Rebels seized the airport on Monday after a night of shelling.', p, 'Monday'), '2025-01-13');
  assert.equal(tensed('The ceasefire had been due to expire on Thursday.', p, 'Thursday'), '2025-01-09');
  assert.equal(tensed('An apartment block caught fire on Thursday morning in the old town.', p, 'Thursday morning'), '2025-01-09TMO');
  // a weekday inside a noun phrase is not the verb's time: the cue words decide, as without tokens
  assert.equal(tensed('Lawyers for the family said they would appeal Monday\'s ruling.', p, 'Monday'), '2025-01-13');
  // "could" says nothing ("could not be reached Monday"): the cue words decide
  assert.equal(tensed('The mayor could not be reached for comment on Monday.', p, 'Monday'), '2025-01-13');
});

test('a bare month takes its direction from the future or past tense of its verb, not from a present one', () => {
  assert.equal(tensed('The agency will name a veteran pilot as commander of the crew for a mission in December.', '2025-03-04', 'December'), '2025-12');
  assert.equal(tensed('The dividend would be paid to holders of the common shares of the company in January.', '2025-10-26', 'January'), '2026-01');
  assert.equal(tensed('The delegation was pushed out of the talks in February but they are back.', '2025-03-22', 'February'), '2025-02');
  assert.equal(tensed('The protest follows another attempt in April to block the road.', '2025-06-01', 'April'), '2025-04');
});

test('"the fiscal year ended Jan. 31" is behind the report, "the year ending June 30" ahead', () => {
  const p = '1989-10-31';
  assert.equal(value('In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', p, 'Jan. 31'), '1989-01-31');
  assert.equal(value('It expects lower net income in the year ending June 30.', p, 'June 30'), '1990-06-30');
});

test('a clock time takes the weekday after its parenthetical; "last Oct. 23" is a past date marked without "last"', () => {
  const text = 'The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building.';
  assert.equal(value(text, '1998-08-08', '10:35 a.m.'), '1998-08-07T10:35');
  assert.equal(value(text, '1998-08-08', '0735 GMT'), '1998-08-07T07:35Z');
  assert.equal(value(text, '1998-08-08', 'Friday'), '1998-08-07');
  assert.equal(value('The doctor was shot to death last Oct. 23 at his home in suburban Amherst.', '1999-04-19', 'Oct. 23'), '1998-10-23');
  assert.equal(value('The summit opens next March 5 in Brussels.', '1999-04-19', 'March 5'), '2000-03-05');
  assert.equal(value('The ruling is due this Dec. 1, the court said.', '1999-04-19', 'Dec. 1'), '1999-12-01');
});

test('a fronted date takes the tense of the main clause after its comma', () => {
  assert.equal(value('In January, a clinic bombing in Birmingham, Ala., killed a security guard and severely wounded a nurse.', '1998-10-25', 'January'), '1998-01');
  assert.equal(value('In March, the two leaders will sign the treaty in Warsaw.', '2024-12-20', 'March'), '2025-03');
  assert.equal(tensed('On Tuesday, the National Abortion Rights Action League plans to hold a news conference to screen an advertisement.', '1998-10-26', 'Tuesday'), '1998-10-27');
});

test('ordinal centuries are their first two digits', () => {
  assert.equal(value('Mines were cleared near Angkor Wat, the fabled 11th century temple.', '1998-02-19', '11th century'), '10');
  assert.equal(value('She is a 20th century democrat, the prime minister said.', '1998-02-13', '20th century'), '19');
  const t = timex('The treaty reshaped the borders of the early twentieth century.', '2024-05-01', 'early twentieth century');
  assert.deepEqual([t.value, t.mod], ['19', 'START']);
});

test('trading, business and working days are days', () => {
  assert.equal(value('Eight trading days after Oct. 12, the Nasdaq Composite was still behind.', '1989-10-30', 'Eight trading days'), 'P8D');
  assert.equal(value('Refunds reach the account within 10 business days, the bank said.', '2024-03-01', '10 business days'), 'P10D');
});

test('parts of the day: "mid-afternoon yesterday", "in the morning" of the day last named, "4 in the morning"', () => {
  const p = '1989-11-02';
  const t = timex('In London at mid-afternoon yesterday, Ratners shares were up 2 pence.', p, 'mid-afternoon yesterday');
  assert.deepEqual([t.type, t.value, t.mod], ['TIME', '1989-11-01TAF', 'MID']);
  assert.equal(value('Tokyo shares fell Friday. Dealers placed heavy buy orders in the morning to start the session.', '1989-10-30', 'the morning'), '1989-10-27TMO');
  assert.equal(value('By mid afternoon, official Serb sources were saying the operation was over.', '1998-03-06', 'mid afternoon'), '1998-03-06TAF');
  assert.equal(value("This father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", '2000-04-05', '4 in the morning'), '2000-04-06T04:00');
  assert.equal(value("The vote is due at 8 o'clock in the evening.", '2000-04-05', "8 o'clock in the evening"), '2000-04-05T20:00');
});

test('"April 24 and 25": the second day is a date of the month just named', () => {
  const text = 'A ceremonial accession would still be held at the NATO Washington summit on April 24 and 25.';
  assert.equal(value(text, '1999-02-10', 'April 24'), '1999-04-24');
  assert.equal(value(text, '1999-02-10', '25'), '1999-04-25');
  assert.equal(timexes('He scored 3 and 4 points in the game.', '1999-02-10').length, 0);
});

test("a bare weekday that is the publication's own weekday is that day, behind or ahead; 'next Monday' a week on", () => {
  const monday = '2007-03-19';
  assert.equal(value('The A380 was set to land in the United States on Monday after a test flight.', monday, 'Monday'), '2007-03-19');
  assert.equal(value('Adams said Monday that the talks would go on.', monday, 'Monday'), '2007-03-19');
  assert.equal(value('The airline will fly the plane again next Monday.', monday, 'next Monday'), '2007-03-26');
  assert.equal(value('GM filed for protection at 12 p.m. Monday in a Manhattan court.', monday, '12 p.m. Monday'), '2007-03-19T12:00');
});

test('24-hour clock times with a colon; UTC is written Z; a clock time without a day takes the day just named', () => {
  assert.equal(value('As of 14:48 UTC, the primary UK index, the FTSE 100, dropped 7.85%.', '2008-10-06', '14:48 UTC'), '2008-10-06T14:48Z');
  assert.equal(value('In a New York press conference at 16:15 UTC, June 1st, the chief executive spoke.', '2009-06-04', '16:15 UTC, June 1st'), '2009-06-01T16:15Z');
  assert.equal(value('Trading in Frankfurt halted at 9:30 CET.', '2009-06-04', '9:30 CET'), '2009-06-04T09:30');
  assert.equal(value('The 787 made its first test flight Tuesday in Everett, Washington at 18:00 UTC.', '2009-12-16', '18:00 UTC'), '2009-12-15T18:00Z');
});

test('"two and a half years"; "between 60 and 90 days" counts both; "a second consecutive day" is no second', () => {
  const p = '2009-12-16';
  assert.equal(value('The Dreamliner is almost two and a half years behind schedule.', p, 'two and a half years'), 'P2Y6M');
  const range = 'Officials envisioned the bankruptcy process would take between 60 and 90 days.';
  assert.equal(value(range, p, '60'), 'P60D');
  assert.equal(value(range, p, '90 days'), 'P90D');
  assert.equal(value("It's between two to six days for every one of the sickest patients.", p, 'two'), 'P2D');
  assert.ok(!timexes('Trading was suspended for a second consecutive day.', p).some((t) => t.value === 'PT1S'));
  assert.ok(!timexes('Between 2014 and 2016 it will take delivery of six jets.', p).some((t) => t.type === 'DURATION'));
});

test('"the first quarter of last year" is one timex, a quarter of that year', () => {
  assert.equal(value('In the first quarter of last year, GM had reported a loss of $381 million.', '2009-05-07', 'the first quarter of last year'), '2008-Q1');
  assert.equal(value('The bank lost US$2.24 billion in the third quarter of this year.', '2009-10-16', 'the third quarter of this year'), '2009-Q3');
});

test('"ending the day", "for the day", "later in the day": the day last named, else the publication day', () => {
  assert.equal(value('The Dow Jones Industrial Average fell 3.41% on Monday, to end the day at 7,114.3.', '2009-02-24', 'the day'), '2009-02-23');
  assert.equal(value('For the day, the Nikkei closed down 6.4 percent.', '2008-10-27', 'the day'), '2008-10-27');
  assert.ok(!timexes('It was the day of the vote.', '2008-10-27').some((t) => t.by === 'time/the-day'));
  // the day last named, passing over the month and year named since (Wikinews, 3 March 2010)
  const ford = "Ford said on Tuesday that its sales in the United States rose 43% in February compared to the same period last year. Ford's stock rose to a five-year high in morning trading, before declining later in the day.";
  assert.equal(value(ford, '2010-03-03', 'the day'), '2010-03-02');
  assert.equal(value(ford, '2010-03-03', 'morning'), '2010-03-02TMO');
});

test('"in just minutes"; "since \'82"; "in morning trading"', () => {
  assert.equal(value('The Dow climbed 400 points before losing them in just minutes.', '2008-10-20', 'minutes'), 'PTXM');
  assert.equal(value("The Nikkei closed at its lowest level since '82 on Monday.", '2008-10-27', "'82"), '1982');
  assert.equal(value("Ford's stock rose to a five-year high in morning trading.", '2010-03-03', 'morning'), '2010-03-03TMO');
  assert.equal(value("The '80s were the decade of the takeover.", '2010-03-03', "The '80s"), '198');
});

test('lengths as adjectives ("decades-long", "day-long", "single-day"), "over the years", "for the time being"', () => {
  const p = '2007-02-27';
  assert.equal(value("Apple settled its decades-long trademark dispute with the Beatles' record company.", p, 'decades-long'), 'PXY');
  assert.equal(value("Lawyers emerged from their third day-long meeting with federal officials.", p, 'day-long'), 'P1D');
  assert.equal(value('It was the worst single-day decline since the markets reopened.', p, 'single-day'), 'P1D');
  assert.equal(value('He thanked employees for their dedication over the years.', p, 'the years'), 'PXY');
  assert.equal(value('The downtrend in the economy will continue for the time being.', p, 'the time being'), 'PRESENT_REF');
  assert.equal(value('It was the first nuclear plant order in decades.', p, 'decades'), 'PXY');
});

test('idioms, titles, ages and points are not the day, a part of it or a length', () => {
  const p = '2020-12-14';
  const none = (text: string) => assert.deepEqual(timexes(text, p).map((t) => text.slice(t.start, t.end)), [], text);
  none('But at the end of the day, all of these problems are solvable.');
  none('Back in the day we used to fight.');
  none('Biden scheduled a town hall for the day the debate was to be held.');
  none("Imus' syndicated radio show Imus in the Morning aired on various networks.");
  none('Voters included youths aged 16 to 18.');
  assert.ok(!timexes('The project was acquired by Red Hat 7 or 8 years ago.', p).some((t) => t.value === 'P7Y'));
  assert.ok(!timexes('I was about 12 or 11 years old when I went to Syria.', p).some((t) => t.type === 'DURATION'));
});

test('"this Sunday" in a past clause is the Sunday just gone, ahead otherwise', () => {
  const tuesday = '2019-08-06';
  assert.equal(value('This Sunday, French inventor Franky Zapata successfully crossed the English Channel.', tuesday, 'This Sunday'), '2019-08-04');
  assert.equal(value('The run-off vote will be held this Sunday.', tuesday, 'this Sunday'), '2019-08-11');
});

test('direction: "due to the shooting" is no schedule, a quotation after a colon is another clause, "by March," fronted follows its clause', () => {
  const p = '2020-10-22';
  assert.equal(value('Trump referred to riots that had broken out due to the police shooting of Jacob Blake in August.', p, 'August'), '2020-08');
  assert.equal(value('The campaign recycled a statement it first put out in July: "The American people will decide this election."', p, 'July'), '2020-07');
  assert.equal(value('The virus spread globally, and by March, drastic measures were taken by the government.', p, 'March'), '2020-03');
  assert.equal(value('The offer, extended until Nov. 16, stands.', p, 'Nov. 16'), '2020-11-16');
  assert.equal(value('The launch is due to take place in January.', p, 'January'), '2021-01');
});

test('"(2024 Friday, UTC)": a 24-hour time whose zone follows its day is no year', () => {
  const text = 'At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck Surigao.';
  const t = timex(text, '2019-12-16', '2024');
  assert.deepEqual([t.type, t.value], ['TIME', '2019-12-13T20:24Z']);
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

test('a list of bare months runs on from the month before; "in June from $29.75 in March" is no list', () => {
  const text = 'Next stops: Las Vegas in December, Mexico in January, Magi-Fest in February, the Winter Carnival of Magic in Tennessee in March, and the FFFF in April.';
  assert.deepEqual(['December', 'January', 'February', 'March', 'April'].map((m) => value(text, '2013-10-09', m)), ['2013-12', '2014-01', '2014-02', '2014-03', '2014-04']);
  assert.equal(value('The stock rose to a high for the year of $42.875 a share in June from $29.75 in March.', '1989-10-30', 'March'), '1989-03');
});

test('a holiday inside a name is no date', () => {
  const p = '2019-01-14';
  assert.deepEqual(timexes('Lee worked on the graphic novel with illustrator Johnnie Christmas.', p), []);
  assert.deepEqual(timexes('The Great Orchestra of Christmas Charity raised funds.', p), []);
  assert.equal(value('The shops were closed on Christmas Day.', p, 'Christmas Day'), '2018-12-25');
  assert.equal(value('Christmas Eve services were held across the city.', p, 'Christmas Eve'), '2018-12-24');
});

test('fractions and ages are no lengths: "three quarters of the legislatures", "at the age of four months", "aged 0–14 years"', () => {
  const p = '2020-10-22';
  assert.deepEqual(timexes("It must be ratified by at least three quarters of the country's 50 state legislatures.", p), []);
  assert.deepEqual(timexes('She developed severe eczema at the age of four months.', p), []);
  assert.deepEqual(timexes('Children aged 0–14 years made up 3.8% of the population.', p), []);
  assert.equal(value('Japan had two consecutive quarters of negative growth.', p, 'two consecutive quarters'), 'P2Q');
});

test('"one-day trip" is a day; "post-1959", "pre-1990" are a year with a mod', () => {
  assert.equal(value("Just ahead of Albright's one-day trip, the State Department issued an update.", '1998-08-17', 'one-day'), 'P1D');
  const t = timex('The post-1959 politics have managed to split thousands of families.', '2000-02-24', 'post-1959');
  assert.deepEqual([t.value, t.mod], ['1959', 'AFTER']);
  assert.equal(timex('Emissions must fall below pre-1990 levels.', '2000-02-24', 'pre-1990').mod, 'BEFORE');
});

test('a clock time takes the year of the date after it', () => {
  assert.equal(value("He passed away 5:03 AM, February 10, 2017, at the hospital.", '2019-02-11', '5:03 AM, February 10, 2017'), '2017-02-10T05:03');
});

test('"that night", "that evening": a part of the day the text last named', () => {
  const text = 'The victim was burned on Thursday. He died that night in hospital.';
  assert.deepEqual([timex(text, '2019-06-01', 'that night').type, value(text, '2019-06-01', 'that night')], ['TIME', '2019-05-30TNI']);
  assert.deepEqual(timexes('He died that night.', '2019-06-01'), []);
});

test('"the same month a year ago", "the same period last year": the point last named, a year back (Wikinews)', () => {
  assert.equal(value('Sales of automobiles fell as much as 35% in January, compared to the same month a year ago.', '2009-02-03', 'the same month a year ago'), '2008-01');
  assert.equal(value('Ford said on Tuesday that its sales rose 43% in February compared to the same period last year.', '2010-03-03', 'the same period last year'), '2009-02');
  // a report about a quarter compares quarters, though a month-day was named after the quarter
  const apple = 'Apple reached a 78 percent increase in its profits during the last quarter, which ended December 30, compared to $565 million during the same period of the last year.';
  assert.equal(value(apple, '2007-01-18', 'the same period of the last year'), '2005-Q4');
  assert.equal(value('Net rose 5% in the third quarter from the same quarter last year.', '2009-10-16', 'the same quarter last year'), '2008-Q3');
});

test('"current" before a noun is the present, "then current" a past one; "current account" and the noun are not', () => {
  const p = '2008-12-13';
  assert.equal(value('However, given the current weakened state of the US economy, the White House is considering a loan.', p, 'current'), 'PRESENT_REF');
  assert.equal(value('The rights allow holders to buy shares at 50% of the then current market price.', p, 'then current'), 'PAST_REF');
  assert.ok(!timexes('The current account deficit narrowed in the third quarter.', p).some((t) => t.by === 'time/current'));
  assert.ok(!timexes('The current is strong near the bridge.', p).some((t) => t.by === 'time/current'));
});

test('"each July" is any year\'s July; "the week of March 6" the week that day is in', () => {
  assert.equal(value('Portadown is where Orangemen march each July.', '1998-03-22', 'July'), 'XXXX-07');
  assert.equal(value('The case may be resolved in a court hearing the week of March 6, a relative said.', '2000-02-24', 'the week of March 6'), '2000-W10');
  // across a year boundary: the week of 30 December 2024 is ISO week 1 of 2025
  assert.equal(value('Talks are planned for the week of December 30.', '2024-12-10', 'the week of December 30'), '2025-W01');
});

test('"today\'s youth", "today\'s world" are the present age; "today\'s editions" the publication day', () => {
  assert.equal(value("``The case of Elian is for today's youth what 40 years of the blockade were,'' he said.", '2000-01-07', 'today'), 'PRESENT_REF');
  assert.equal(value("Intel's chips are used in many of today's personal computers.", '1989-10-27', 'today'), 'PRESENT_REF');
  assert.equal(value("The offer, advertised in today's editions of The Wall Street Journal, expires Nov. 9.", '1989-11-02', 'today'), '1989-11-02');
});

test('a clock time with its UTC time in brackets is on the day named after the brackets (Wikinews)', () => {
  const shot = 'Ratana was shot at the Croydon, South London custody centre, at roughly 2am local time (0100 UTC) on Friday by a prisoner.';
  assert.equal(value(shot, '2020-09-30', '2am local time'), '2020-09-25T02:00');
  assert.equal(value(shot, '2020-09-30', '0100 UTC'), '2020-09-25T01:00Z');
  const warning = 'The warning covers County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow.';
  assert.equal(value(warning, '2019-10-02', '6 p.m. local time'), '2019-10-03T18:00');
  assert.equal(value(warning, '2019-10-02', '1700 UTC'), '2019-10-03T17:00Z');
});

test('"for years", "after weeks of protests": a length not counted (Wikinews)', () => {
  const years = timex('As revealed at trial, the Turpins had kept their children indoors for years and rarely allowed them outside.', '2019-04-20', 'years');
  assert.deepEqual([years.type, years.value], ['DURATION', 'PXY']);
  assert.equal(value('This comes after weeks of protests against a proposed change to Hong Kong law.', '2019-06-23', 'weeks'), 'PXW');
  assert.equal(value('The agreement would create a self-administered region, potentially ending decades of conflict.', '2019-01-28', 'decades'), 'PXY');
  // a determiner makes it those years, which this rule leaves alone
  assert.ok(!timexes('He spoke of the years of his exile.', '2019-01-28').length);
});

test('a month abbreviated without its dot is a month where a year follows: "20 Nov 2019" (Wikinews)', () => {
  const text = 'Since the Mass Vaccination Campaign on 20 Nov 2019, the Ministry has successfully vaccinated 58,150 individuals.';
  assert.equal(value(text, '2019-12-07', '20 Nov 2019'), '2019-11-20');
  assert.equal(value('The campaign began on Nov 20, 2019 in Apia.', '2019-12-07', 'Nov 20, 2019'), '2019-11-20');
  // without a year "Jan" is as often a name
  assert.deepEqual(timexes('The report was written by 3 Jan Smith.', '2019-12-07'), []);
});

test('"this past Friday", "this coming Friday", "this past weekend" are marked whole (Wikinews)', () => {
  const p = '2019-02-11';
  assert.equal(value('This past Friday, the princess, 67, announced her candidacy for the post of prime minister.', p, 'This past Friday'), '2019-02-08');
  const rule = "The election commission is scheduled to discuss the events of this past weekend on Monday. They are required to rule by this coming Friday.";
  assert.equal(value(rule, p, 'this past weekend'), '2019-W06-WE');
  assert.equal(value(rule, p, 'this coming Friday'), '2019-02-15');
  assert.equal(value('At the virtual 2020 Constitution Party National Convention this past May, Blankenship won the nomination.', '2020-10-19', 'this past May'), '2020-05');
});

test('"USA Today" is a newspaper, not the day (Wikinews)', () => {
  const text = 'Both companies have been in operation since the 1970s according to USA Today.';
  assert.deepEqual(timexes(text, '2019-09-04').map((t) => text.slice(t.start, t.end)), ['the 1970s']);
  assert.equal(value('I entered the race for President to defeat Donald Trump. Today, I am leaving the race.', '2020-03-04', 'Today'), '2020-03-04');
});

test('"The next month" in a past clause counts from the month just named, "over the next year" from now (Wikinews)', () => {
  const text = 'Bayes withdrew in March 2019. The next month, the party nominated a new ticket of Gammon for President.';
  assert.equal(value(text, '2020-07-25', 'The next month'), '2019-04');
  assert.equal(value('Sales will rise over the next year.', '2020-07-25', 'the next year'), '2021');
});

test('"once a year", "three times a week": a frequency (SET), not a length (Wikinews)', () => {
  const once = timex('The children were banned from washing more often than once a year and could not use the toilet.', '2019-04-20', 'a year');
  assert.deepEqual([once.type, once.value], ['SET', 'P1Y']);
  assert.equal(timex('The council meets three times a week.', '2019-04-20', 'a week').type, 'SET');
});

test('a clock time without a day is on the day named a paragraph before (Wikinews)', () => {
  const text = 'A fire broke out yesterday at Bontddu Hall near Dolgellau in Gwynedd, Wales. The historic mansion is a former hotel with high-profile guests. A rescued woman died at the scene.\n\nNorth Wales Fire and Rescue Service were called to the building, located off the A496 overlooking the Mawddach Estuary in Snowdonia National Park, at 09:09am local time.';
  assert.equal(value(text, '2020-06-06', '09:09am local time'), '2020-06-05T09:09');
});

test('"March Madness" is a tournament; "the September FOMC meeting" a month (Wikinews)', () => {
  const text = "The National Collegiate Athletic Association, which runs college basketball, has cancelled its own tournament, March Madness, for both men's and women's leagues.";
  assert.deepEqual(timexes(text, '2020-03-13'), []);
  assert.equal(value('The Fed held rates at the September FOMC meeting.', '2020-10-01', 'September'), '2020-09');
  assert.equal(value('In March Reuters reported a loss.', '2020-10-01', 'March'), '2020-03');
});

test('"The Last Days of Dolwyn" is a film, not a period (Wikinews)', () => {
  const text = 'Richard Burton stayed at Bontddu Hall while filming his 1949 movie debut The Last Days of Dolwyn.';
  assert.deepEqual(timexes(text, '2020-06-06').map((t) => text.slice(t.start, t.end)), ['1949']);
  assert.equal(value('Tesco Polska has cut expenditures in the past few years.', '2020-06-21', 'the past few years'), 'PXY');
});

test('"was forecast to reach … late on Monday or early Tuesday" looks ahead, and the second weekday follows the first (Wikinews)', () => {
  const text = 'Dorian was forecast to reach the eastern coast of the United States late on Monday or early Tuesday.';
  assert.equal(tensed(text, '2019-09-01', 'Monday'), '2019-09-02');
  assert.equal(tensed(text, '2019-09-01', 'Tuesday'), '2019-09-03');
  // statements listed newest first: the weekday nearest the one just named
  assert.equal(value('Following are statements made Friday and Thursday by Lawrence Wechsler.', '1998-02-06', 'Thursday'), '1998-02-05');
});

test('a day ahead is not in the year of a past date named before it (Wikinews)', () => {
  const text = 'The United Kingdom voted on June 23, 2016, to leave the European Union. "We must get Brexit done, because the UK must come out by October 31st," Johnson said.';
  assert.equal(value(text, '2019-09-11', 'October 31st'), '2019-10-31');
  // a past one still is: "the army moved on November 15, 2017 … his official resignation on November 21"
  assert.equal(value('The army moved on November 15, 2017, and Mugabe gave his official resignation on November 21.', '2019-09-09', 'November 21'), '2017-11-21');
});

test('"at a later date" is ahead; "for a while" a vague length; "a while ago" is neither', () => {
  const p = '1989-10-26';
  assert.equal(value('It may seek additional financing through bank borrowings at a later date.', p, 'a later date'), 'FUTURE_REF');
  assert.equal(value("Half a million people still don't have power and they're going to have to live without it for a while.", p, 'a while'), 'PXX');
  assert.ok(!timexes('He left a while ago.', p).some((t) => t.by === 'time/a-while'));
});

test('"Friday morning", "Thursday evening" are parts of that day; "Friday night" is the day', () => {
  assert.equal(value('The announcement came in a rare press conference held by Apple on Friday morning.', '2010-07-17', 'Friday morning'), '2010-07-16TMO');
  assert.equal(value('A Brooklyn woman was killed Thursday evening when a gunman opened fire.', '1998-02-12', 'Thursday evening'), '1998-02-12TEV');
  assert.equal(value('The ground offensive began Saturday night.', '1991-02-25', 'Saturday night'), '1991-02-23');
  // across the new year: "Wednesday afternoon" in a paper of Friday 2 January 2015 is 31 December 2014
  assert.equal(value('The talks ended Wednesday afternoon without a deal.', '2015-01-02', 'Wednesday afternoon'), '2014-12-31TAF');
});

test('"9/11" and "the September 11th attacks" are the day of the 2001 attacks; "the year before" counts from the point last named', () => {
  assert.equal(value('Firefighters who fell ill after 9/11 were honoured.', '2011-09-08', '9/11'), '2001-09-11');
  assert.equal(value('Benefits cover 9/11-related illnesses.', '2011-09-08', '9/11'), '2001-09-11');
  assert.equal(value('It was the worst decline since the markets reopened after the September 11th attacks.', '2007-02-27', 'September 11th'), '2001-09-11');
  assert.equal(value('The vote is set for 9/11/2012.', '2012-09-01', '9/11/2012'), '2012-09-11');
  // Wikinews: a poll of 2015 against the year before
  assert.equal(value('A poll in 2015 found a quarter in favour. This is a decrease from the year before, when it was forty percent.', '2015-09-01', 'the year before'), '2014');
  assert.equal(value('Profit fell to $300 million last year, down from $450 million the year before.', '1998-09-07', 'the year before'), '1996');
  assert.ok(!timexes('He was last seen Nov. 3, the day before authorities issued a warrant.', '1999-05-07').some((t) => t.by === 'time/unit-before'));
});

test('"the 90s", "the early 80s": a decade written without its apostrophe, after "the" (Wikinews)', () => {
  const p = '2020-06-28';
  assert.equal(value('And then it was re-excavated in the 90s, and then again in around 2010.', p, 'the 90s'), '199');
  const early = timex('That was the situation in the early 80s which led me to develop free software.', '2020-11-17', 'the early 80s');
  assert.deepEqual([early.value, early.mod], ['198', 'START']);
  // without "the" it is an age
  assert.deepEqual(timexes('Both were in their 80s.', p), []);
});

test('"1 hour 59 minutes 40.2 seconds", "15 years, 8 months": one length in falling units (Wikinews)', () => {
  const time = timex('His time was 1 hour 59 minutes 40.2 seconds.', '2019-10-13', '1 hour 59 minutes 40.2 seconds');
  assert.deepEqual([time.type, time.value], ['DURATION', 'PT1H59M40.2S']);
  assert.equal(value('Munoz was sentenced to serve 188 months (15 years, 8 months) in prison.', '2020-02-21', '15 years, 8 months'), 'P15Y8M');
  // a rate is no length: "24 hours a day" keeps its hours alone
  assert.equal(value('They stand outside every abortion provider\'s home, 24 hours a day.', '1998-10-25', '24 hours'), 'PT24H');
});

test('"was to end in August" looks ahead, as "is to" does (Wikinews)', () => {
  assert.equal(tensed('His presidential term was to end in August, in favor of his elected successor.', '2020-06-11', 'August'), '2020-08');
  assert.equal(tensed('His presidential term ended in August.', '2020-06-11', 'August'), '2019-08');
});

test('"4:00 A.M.", "12:05:19 UTC", "ten years back"; "the 2000 km long pipeline" is no year (Wikinews)', () => {
  assert.equal(value('According to the Saudi Press Agency, the attacks occurred at 4:00 A.M. local time.', '2019-09-15', '4:00 A.M. local time'), '2019-09-15T04:00');
  // a clock time with seconds, not its minutes and seconds read as one
  assert.equal(value('Article last amended: Mar 5 at 12:05:19 UTC.', '2020-11-17', '12:05:19 UTC'), '2020-11-17T12:05:19Z');
  assert.equal(value('And this was a sanctioned project ten years back.', '2020-03-08', 'ten years back'), '2010');
  const km = 'According to the Cyprus Mail, the 2000 km long pipeline is to connect the fields with Crete.';
  assert.deepEqual(timexes(km, '2020-01-10'), []);
});

test('a sentence opening "Now," turns the talk and is no timex; "Now the alliance\'s mission is" is the present (Wikinews)', () => {
  assert.deepEqual(timexes('Now, if you have a copy of something and your friend says, "hey could I have a copy of that?", share it.', '2020-11-17'), []);
  assert.equal(value("Now the alliance's mission is more complex.", '1999-03-12', 'Now'), 'PRESENT_REF');
});

test('a clock time without a day is on the day whose named part holds it, else the day just named (Wikinews)', () => {
  const text = 'On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso, Texas, with the death toll rising to 22 people on Monday, reported officials. The shooting began at 10:39 a.m. local time (1639 UTC), according to police.';
  assert.equal(value(text, '2019-08-08', '10:39 a.m. local time'), '2019-08-03T10:39');
  assert.equal(value(text, '2019-08-08', '1639 UTC'), '2019-08-03T16:39Z');
  // no part named: the day just named
  assert.equal(value('Talks resumed on Monday. They ended at 10:39 a.m. local time.', '2019-08-08', '10:39 a.m. local time'), '2019-08-05T10:39');
});

test('"was to meet Monday" says nothing of the weekday; an age in two units is no length (Wikinews)', () => {
  assert.equal(tensed('The Senate was to meet Monday to discuss the confirmation.', '2019-08-08', 'Monday'), '2019-08-05');
  assert.ok(!timexes('A justice over the age of 70 years and six months may retire.', '2021-04-09').some((t) => t.by === 'time/compound-duration'));
});

test('a quotation\'s "this morning" is the speaker\'s day, no reference for the narrative\'s "later that day" (Wikinews)', () => {
  const text = 'At least seven people were killed yesterday, when a bomber crashed at Bradley International Airport.\n\nDr. Steven Wolf said, "We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning."\n\nBradley Airport was shut down after the incident and reopened later that day at 2 p.m. ET (1800 UTC).';
  const later = timex(text, '2019-10-03', 'later that day');
  assert.deepEqual([later.value, later.mod], ['2019-10-02', 'END']);
  assert.equal(value(text, '2019-10-03', '2 p.m. ET'), '2019-10-02T14:00');
  // inside the same quotation it still is one: "this morning … later that day", said in one breath
  assert.equal(value('"We met this morning and talked again later that day," she said.', '2019-10-03', 'later that day'), '2019-10-03');
});

test('"Every few years", "every ten years" are sets; "Hours after …" opening a sentence a vague length (Wikinews)', () => {
  const few = timex('Every few years, Red Hat gets sort of a snapshot of Fedora.', '2020-12-14', 'Every few years');
  assert.deepEqual([few.type, few.value], ['SET', 'PXY']);
  assert.equal(timex('They are required to exhibit the photographs every ten years.', '2020-12-14', 'every ten years').value, 'P10Y');
  const hours = timex('Hours after the public access was restored, Sergey M wrote on GitHub.', '2020-11-17', 'Hours');
  assert.deepEqual([hours.type, hours.value], ['DURATION', 'PTXH']);
  assert.equal(value('The law passed only days before the vote.', '2020-11-17', 'days'), 'PXD');
  // "hours after" inside a clause, with nothing before it that counts, is left alone
  assert.deepEqual(timexes('He worked hours after dark.', '2020-11-17'), []);
});

test('a participle after a comma takes the past of the verb before it: "was in Bulgaria …, starting in October" (Wikinews)', () => {
  assert.equal(tensed('And I was actually in Bulgaria for five months, starting in October, studying the bone artefacts there.', '2020-06-28', 'October'), '2019-10');
  // a present verb before it says nothing: "holds …, including 254,200 bought from Sept. 14 to Thursday"
  assert.equal(tensed('The group holds 5.1% of the shares, including 254,200 bought from Sept. 14 to Thursday for $15.50 each.', '1989-10-30', 'Thursday'), '1989-10-26');
});

test('"157 miles per hour" is a rate, as "$500 million a year" is; "charged per year" stays a set (Wikinews)', () => {
  assert.deepEqual(timexes('The wind speed cut-off for Category 5 hurricanes is 157 miles per hour (mph).', '2019-09-01'), []);
  assert.equal(timex('Membership fees are charged per year.', '2019-09-01', 'per year').type, 'SET');
});

test('"early Tuesday", "late yesterday": the start or end of the day (Wikinews)', () => {
  const late = timex("El Paso's police chief Greg Allen said late Sunday the police were attributing authorship of the document to Crusius.", '2019-08-08', 'Sunday');
  assert.deepEqual([late.value, late.mod], ['2019-08-04', 'END']);
  const early = timex('Dr. Tomasz Stefaniak was met with applause early today upon announcing that Adamowicz remained alive.', '2019-01-14', 'early today');
  assert.deepEqual([early.value, early.mod], ['2019-01-14', 'START']);
});

test('"the next couple years", "a couple days after": two, as "a couple of years" is (Wikinews)', () => {
  assert.equal(value('I will retain the status of associate researcher for the next couple years.', '2020-06-28', 'the next couple years'), 'P2Y');
  assert.equal(value('A couple days after the release, the debate began.', '2020-10-08', 'A couple days'), 'P2D');
});

test('"over three days" after a verb of doing is across them, after "last" or "for" more than them (Wikinews)', () => {
  const across = timex('Spread between four venues over three days, May 24 to 26, the event featured J-pop maid idols.', '2019-05-31', 'three days');
  assert.deepEqual([across.value, across.mod], ['P3D', null]);
  assert.equal(timex('The current system has evolved over several years and it works well.', '1998-03-31', 'several years').mod, null);
  assert.equal(timex('Some 50 inspectors began a tour likely to last over a week.', '1998-02-27', 'a week').mod, 'MORE_THAN');
  assert.equal(timex('Zamperoni worked for somewhat over a year at Cipriani Dolci.', '2019-05-31', 'a year').mod, 'MORE_THAN');
});

test('"4:53 a.m Thursday morning": the part of the day named after the clock time is in its extent (Wikinews)', () => {
  const text = 'A 5.3-magnitude quake was recorded at 4:53 a.m Thursday morning (2053 Wednesday night, UTC) in Manay, Davao Oriental.';
  assert.equal(value(text, '2019-10-18', '4:53 a.m Thursday morning'), '2019-10-17T04:53');
});

test('a sentence opening "Now," or "Now for" turns the discourse; "Now the alliance …" and "now" inside are the present', () => {
  const p = '1998-10-26';
  assert.ok(!timexes('The measure made it a federal crime. Now, Ms. Conlin said, it will have to be enforced.', p).some((t) => t.by === 'time/reference'));
  assert.ok(!timexes("Now for today's geography quiz.", p).some((t) => t.by === 'time/reference'));
  assert.equal(value('Now critics of the academy are taking aim at its budget.', p, 'Now'), 'PRESENT_REF');
  assert.equal(value('Kopp is now the second anti-abortion activist on the list.', p, 'now'), 'PRESENT_REF');
});

test('"Late on Sunday" is the end of that Sunday, as "late Sunday" is (Wikinews)', () => {
  const text = 'Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement with the government of Syria.';
  const sunday = timex(text, '2019-10-15', 'Sunday');
  assert.deepEqual([sunday.value, sunday.mod], ['2019-10-13', 'END']);
});

test('"following ten years" without "the" is "after" them: the preposition is out of the extent (Wikinews)', () => {
  const text = 'In 1998, following ten years working for NationsBank, Hagan successfully ran for a seat in North Carolina\'s state Senate.';
  assert.equal(value(text, '2019-10-29', 'ten years'), 'P10Y');
  assert.equal(value('Following a week-long stay in a Belgian hospital, he returned to Oman in the middle of December.', '2020-01-12', 'a week-long'), 'P1W');
  assert.equal(value('Sales rose in the following ten years.', '2020-01-12', 'the following ten years'), 'P10Y');
});

test('"the 21st Century" with a capital is the century; "20th Century Fox" is a name (Wikinews)', () => {
  const text = 'And in the 21st Century, every society needs to respect the individual choice of its members.';
  assert.equal(value(text, '2020-03-04', '21st Century'), '20');
  assert.deepEqual(timexes('The film was released by 20th Century Fox.', '2020-03-04'), []);
});

test('"anticipated to begin in January" looks ahead (Wikinews)', () => {
  const text = 'McConnell reportedly previously committed to proceeding with an impeachment trial, anticipated to begin in January.';
  assert.equal(value(text, '2019-12-21', 'January'), '2020-01');
  assert.equal(tensed(text, '2019-12-21', 'January'), '2020-01');
});

test('"On the last night" of a convention and "every now and again" name no day (Wikinews)', () => {
  const p = '2020-09-30';
  assert.ok(!timexes('On the last night, Trump delivered a long acceptance speech on the South Lawn of the White House.', p).some((t) => t.by === 'time/this-part-of-day'));
  assert.equal(value('The state had lanes closed last night as it worked to repair the damaged surface.', '2019-01-05', 'last night'), '2019-01-04TNI');
  assert.deepEqual(timexes("Theres something in the hilarious anarchy of the net that produces these 'events' every now and again.", '2008-01-20'), []);
});

test('"the next day", "the same day" count from the day last named, passing over a year named since (Wikinews)', () => {
  const text = 'On May 23 at the online Libertarian National Convention, the Libertarian Party nominated Jo Jorgensen, the party\'s 1996 vice presidential nominee, for president. The next day, the party nominated podcast host Jeremy Cohen for vice president.';
  assert.equal(value(text, '2020-06-19', 'The next day'), '2020-05-24');
  // a month named since is the one the day is in: "killed last October … crossed out that same day" (TimeBank)
  const month = 'Doctors were killed, most recently last October when Dr. Slepian was shot. His name on the Web site was crossed out that same day.';
  assert.equal(value(month, '1999-02-06', 'that same day'), '1998-10-XX');
});

test('"just over 24 hours ago", "a year-and-a-half ago": points back, not lengths (Wikinews)', () => {
  const hours = timex('Wikinews has learned that according to an Internet posting made just over 24 hours ago, the website is being attacked.', '2008-01-20', 'just over 24 hours ago');
  assert.deepEqual([hours.type, hours.value, hours.mod], ['DATE', '2008-01-19', 'MORE_THAN']);
  assert.equal(value('According to Agence France-Presse, the man had converted to Islam a year-and-a-half ago.', '2019-10-05', 'a year-and-a-half ago'), '2018-04');
  // "later" keeps the length alone in the extent, as TimeBank marks it
  assert.equal(value('But a minute and a half later, a pilot from a nearby flight called.', '1998-01-14', 'a minute and a half'), 'PT1M30S');
});

test('"every other year", "every ten seconds" are sets; "just under a month" is less than one (Wikinews)', () => {
  assert.equal(value('The World Athletics Championships are held every other year.', '2019-10-01', 'every other year'), 'P2Y');
  assert.equal(timex('Miller explained that transponders generally transmit every ten seconds.', '2019-01-10', 'every ten seconds').type, 'SET');
  const under = timex('The milestone came just under a month after the total number of confirmed infections surpassed one million.', '2020-05-29', 'just under a month');
  assert.deepEqual([under.value, under.mod], ['P1M', 'LESS_THAN']);
});

test('"the upcoming 2020 census": "census" is no plural, so the year is no count (Wikinews)', () => {
  const text = 'The administration has been trying to add the question to the upcoming 2020 census, with the stated rationale of improving enforcement.';
  assert.equal(value(text, '2019-07-20', '2020'), '2020');
  assert.deepEqual(timexes('Some 1885 aftershocks had occurred by then.', '2019-07-20'), []);
});

test('"The previous day" counts from the day last named, passing over a month named since (Wikinews)', () => {
  const text = 'On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed a meeting. Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey. The previous day, television broadcaster PBS revealed new details.';
  assert.equal(value(text, '2019-09-29', 'The previous day'), '2019-09-25');
});

test('"That September" is the one after the date last named, not the publication\'s (Wikinews)', () => {
  const text = 'Thunberg began her climate protest on August 20, 2018, at the age of fifteen. She protested alone on the first day, but thousands of Swedes eventually joined the protest. That September, the Fridays for Future movement launched.';
  assert.equal(value(text, '2019-12-14', 'That September'), '2018-09');
  // "that" as a conjunction before a month is no part of it
  assert.equal(value('The minister said that March was the worst month.', '2019-12-14', 'March'), '2019-03');
});

test('a weekday planned or expected in the past is the nearest one; a sentence opening "Through Tuesday evening" in the past looks back (Wikinews)', () => {
  // Thursday's paper: the night just past, not next week's
  assert.equal(tensed('Humberto was expected to pass by Bermuda late Wednesday night.', '2019-09-19', 'Wednesday night'), '2019-09-18');
  assert.equal(tensed('The NHC predicted that Humberto would pass by Bermuda Wednesday night, before beginning to weaken on Thursday.', '2019-09-19', 'Wednesday night'), '2019-09-18');
  // Friday's paper: the primary was to be held three days before
  assert.equal(tensed('In Ohio, which was planning to hold its primary election on Tuesday, Governor Mike DeWine postponed it.', '2020-03-20', 'Tuesday'), '2020-03-17');
  assert.equal(tensed('Through Tuesday evening the fire was reduced and the order for a fire extinguisher robot was canceled.', '2020-01-10', 'Tuesday evening'), '2020-01-07TEV');
  // a plan in the present still looks ahead
  assert.equal(tensed('Ohio is planning to hold its primary election on Tuesday.', '2020-03-20', 'Tuesday'), '2020-03-24');
});

test('"earlier in the month" is the publication\'s; "the day before the blast" and "two thousand degrees" are no timexes (Wikinews)', () => {
  const earlier = timex('The move comes after the European Union sanctioned Iran earlier in the month over alleged assassination plots.', '2019-01-23', 'earlier in the month');
  assert.deepEqual([earlier.value, earlier.mod], ['2019-01', 'START']);
  assert.deepEqual(timexes('Znak.com further reported its source said that apartment\'s tenant moved in the day before the blast.', '2019-01-04'), []);
  // "later in the day before returning home" still names the day
  assert.ok(timexes('She spent hours in Nairobi later in the day before returning home.', '1998-08-17').some((t) => t.value === '1998-08-17'));
  assert.deepEqual(timexes('It\'s like one thousand, maybe two thousand degrees.', '2020-07-07'), []);
  assert.equal(value('The new stadium opened in two thousand.', '2020-07-07', 'two thousand'), '2000');
});

test('a decimal length that is no whole number of the next smaller unit keeps its decimal (Wikinews)', () => {
  assert.equal(value('The inner star orbits the black hole in just 40.333 ± 0.004 days.', '2020-05-22', '0.004 days'), 'P0.004D');
  assert.equal(value('The hearing lasted 2.5 hours.', '2020-05-22', '2.5 hours'), 'PT2H30M');
});

test('"election day" is the day the text gave its election, else the US one of an even year (Wikinews)', () => {
  const belarus = 'Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk. She asked for support, specially asking voters to vote at the polls, not before election day.';
  assert.equal(value(belarus, '2020-08-03', 'election day'), '2020-08-09');
  assert.equal(value('Additionally, he delivered his final plea to voters ahead of Election Day.', '2020-10-29', 'Election Day'), '2020-11-03');
  assert.equal(value('Meanwhile, a series of news events broke as Election Day drew closer.', '2020-10-29', 'Election Day'), '2020-11-03');
});

test('"take hours to set" is a length; "in future" names the future, "in future debates" does not (Wikinews)', () => {
  const hours = timex('Existing treatments have tended to take hours to set.', '2019-11-21', 'hours');
  assert.deepEqual([hours.type, hours.value], ['DURATION', 'PTXH']);
  assert.equal(value('What kind of atmosphere will this potential planet be likely to have in future?', '2020-07-07', 'future'), 'FUTURE_REF');
  assert.equal(value('In future, might you test this hypothesis with different species?', '2020-07-07', 'future'), 'FUTURE_REF');
  assert.deepEqual(timexes('The commission wants "additional tools" to maintain order in future debates.', '2020-10-01'), []);
});

test('a clock time with its UTC time in brackets takes the month-day after them; UTC past midnight is the next day (Wikinews)', () => {
  const crash = 'The crash happened around 8:30 p.m. BST (1930 UTC) on August 27. He died from his injuries at John Radcliffe Hospital a short time later.';
  assert.equal(value(crash, '2019-10-10', '8:30 p.m. BST'), '2019-08-27T20:30');
  assert.equal(value(crash, '2019-10-10', '1930 UTC'), '2019-08-27T19:30Z');
  const scene = 'Zamperoni was discovered dead on Wednesday. Officers found an unconscious man when they reached the scene at around 8:30 p.m. (0030 UTC).';
  assert.equal(value(scene, '2019-08-24', '8:30 p.m.'), '2019-08-21T20:30');
  assert.equal(value(scene, '2019-08-24', '0030 UTC'), '2019-08-22T00:30Z');
  // the brackets name the UTC day themselves
  assert.equal(value('Advisory Number 14, released at 11:00 p.m. EDT on Sunday (0300 UTC Monday morning) placed Humberto west of Bermuda.', '2019-09-16', '0300 UTC Monday morning'), '2019-09-16T03:00Z');
});

test('"8.10am" is a British clock time; "Fourth of July" a holiday without "the" (Wikinews)', () => {
  assert.equal(value('A Hampshire Police spokesman said "We were called at 8.10am today, 10 September, to reports of a serious collision."', '2020-09-10', '8.10am today'), '2020-09-10T08:10');
  assert.deepEqual(timexes('The fund rose 3.5 percent.', '2020-09-10'), []);
  assert.equal(value('The next day, Trump held a Fourth of July "Salute to America" in Washington, D.C.', '2020-08-31', 'Fourth of July'), '2020-07-04');
});

test('"the present study", "a 2000 year old tradition", "the midnight sun", "the same period" after years are no timexes; "the quarter century" is 25 years (Wikinews)', () => {
  assert.deepEqual(timexes('The scientists behind the present study only noted various hypotheses about the cause.', '2019-02-16'), []);
  const lantern = 'Started in 1990, the Taipei lantern festival continues a 2000 year old tradition of light related festivals.';
  assert.deepEqual(timexes(lantern, '2007-03-05').map((t) => lantern.slice(t.start, t.end)), ['1990']);
  assert.deepEqual(timexes('A contributor was visiting Oulu with a group to see the midnight sun.', '2020-06-30'), []);
  const jackals = 'Authorities seized 126 skins from 2013 to 2019. The same study also noted over 370 "jackal horns" seized in the same period.';
  assert.deepEqual(timexes(jackals, '2020-06-11').map((t) => jackals.slice(t.start, t.end)), ['2013', '2019']);
  const expo = timex('In late August, the Canadian city of Toronto celebrated the quarter century anniversary of Fan Expo Canada.', '2019-09-02', 'quarter century');
  assert.deepEqual([expo.type, expo.value], ['DURATION', 'P25Y']);
});

test('"at 0:40", "around 4:30" are clock times with a one-digit hour; "The next day" after only a month is a day of it (Wikinews)', () => {
  assert.equal(value('CCTV captured their arrival at the building, entering at 0:40 after Spanton smoked a cigarette.', '2019-02-02', '0:40'), '2019-02-02T00:40');
  assert.equal(value('On the morning of August 1 around 4:30 or 5:30 a.m. EST, a flying creature collided with Jorgensen.', '2020-08-31', '4:30'), '2020-08-01T04:30');
  assert.deepEqual(timexes('Gary Johnson received 3.28 percent of the popular vote.', '2019-09-07'), []);
  const debate = 'Polls at the start of October showed Biden ahead. Politico regarded the debate as "markedly more civil" than the prior Trump-Biden debate. The next day, the Commission on Presidential Debates announced its second debate would be virtual.';
  assert.equal(value(debate, '2020-11-02', 'The next day'), '2020-10-XX');
});

test('"Eight years earlier" counts from the year last named; "a quarter before 11 a.m." is 10:45; "USA Today" opening a sentence is a name (Wikinews)', () => {
  const ferraro = 'In 1984, Geraldine Ferraro was Walter Mondale\'s running mate on the Democratic ticket. Eight years earlier, at the 1972 Democratic National Convention, Gloria Steinem received 400 votes.';
  assert.equal(value(ferraro, '2020-08-12', 'Eight years earlier'), '1976');
  assert.equal(value('Chadwick Boseman died on Friday after being diagnosed with colon cancer four years earlier.', '2020-08-30', 'four years earlier'), '2016');
  assert.equal(value('According to local reports, the 64-year-old mayor left his home a quarter before 11 a.m. on Thursday with a backpack.', '2020-07-09', 'a quarter before 11 a.m. on Thursday'), '2020-07-09T10:45');
  assert.deepEqual(timexes('He declined. USA Today noted the commission\'s scope allows it to advise.', '2019-02-25'), []);
});

test('"over the years" before an infinitive is a vague length (Wikinews)', () => {
  const mods = timex('The community has used these over the years to create different kinds of landscapes.', '2020-06-30', 'the years');
  assert.deepEqual([mods.type, mods.value], ['DURATION', 'PXY']);
});
