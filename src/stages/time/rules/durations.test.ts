import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value } from '../time.test-helpers.js';

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

test('fractions of a unit are written in the next smaller unit', () => {
  const p = '1998-02-27';
  assert.equal(value('The refugees lived in U.N.-run camps for 2 1/2 years.', p, '2 1/2 years'), 'P2Y6M');
  assert.equal(value('She will spend about 5 1/2 hours in Nairobi before flying home.', p, '5 1/2 hours'), 'PT5H30M');
  assert.equal(value('A minute and a half later, a pilot reported the wreckage.', p, 'A minute and a half'), 'PT1M30S');
  assert.equal(value('After nearly half an hour, the team was penalised.', p, 'nearly half an hour'), 'PT30M');
  assert.equal(value('The chain sold 22 units in the past year and a half.', p, 'the past year and a half'), 'P1Y6M');
});

test('"a couple of years" is two; "the weeks ahead" a vague period; holidays in title case', () => {
  const p = '1998-10-26';
  assert.equal(value('It is not going to change for a couple of years.', p, 'a couple of years'), 'P2Y');
  assert.equal(value('Funds may sell junk bonds in the weeks ahead.', p, 'the weeks ahead'), 'PXW');
  assert.equal(value("Abortion will be a major theme of our campaign from now to Election Day.", p, 'Election Day'), '1998-11-03');
  assert.equal(value('The strike began on Labor Day, union leaders said.', p, 'Labor Day'), '1998-09-07');
});

test('trading, business and working days are days', () => {
  assert.equal(value('Eight trading days after Oct. 12, the Nasdaq Composite was still behind.', '1989-10-30', 'Eight trading days'), 'P8D');
  assert.equal(value('Refunds reach the account within 10 business days, the bank said.', '2024-03-01', '10 business days'), 'P10D');
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

test('lengths as adjectives ("decades-long", "day-long", "single-day"), "over the years", "for the time being"', () => {
  const p = '2007-02-27';
  assert.equal(value("Apple settled its decades-long trademark dispute with the Beatles' record company.", p, 'decades-long'), 'PXY');
  assert.equal(value("Lawyers emerged from their third day-long meeting with federal officials.", p, 'day-long'), 'P1D');
  assert.equal(value('It was the worst single-day decline since the markets reopened.', p, 'single-day'), 'P1D');
  assert.equal(value('He thanked employees for their dedication over the years.', p, 'the years'), 'PXY');
  assert.equal(value('The downtrend in the economy will continue for the time being.', p, 'the time being'), 'PRESENT_REF');
  assert.equal(value('It was the first nuclear plant order in decades.', p, 'decades'), 'PXY');
});

test('fractions and ages are no lengths: "three quarters of the legislatures", "at the age of four months", "aged 0–14 years"', () => {
  const p = '2020-10-22';
  assert.deepEqual(timexes("It must be ratified by at least three quarters of the country's 50 state legislatures.", p), []);
  assert.deepEqual(timexes('She developed severe eczema at the age of four months.', p), []);
  assert.deepEqual(timexes('Children aged 0–14 years made up 3.8% of the population.', p), []);
  assert.equal(value('Japan had two consecutive quarters of negative growth.', p, 'two consecutive quarters'), 'P2Q');
});

test('"for years", "after weeks of protests": a length not counted (Wikinews)', () => {
  const years = timex('As revealed at trial, the Turpins had kept their children indoors for years and rarely allowed them outside.', '2019-04-20', 'years');
  assert.deepEqual([years.type, years.value], ['DURATION', 'PXY']);
  assert.equal(value('This comes after weeks of protests against a proposed change to Hong Kong law.', '2019-06-23', 'weeks'), 'PXW');
  assert.equal(value('The agreement would create a self-administered region, potentially ending decades of conflict.', '2019-01-28', 'decades'), 'PXY');
  // a determiner makes it those years, which this rule leaves alone
  assert.ok(!timexes('He spoke of the years of his exile.', '2019-01-28').length);
});

test('"once a year", "three times a week": a frequency (SET), not a length (Wikinews)', () => {
  const once = timex('The children were banned from washing more often than once a year and could not use the toilet.', '2019-04-20', 'a year');
  assert.deepEqual([once.type, once.value], ['SET', 'P1Y']);
  assert.equal(timex('The council meets three times a week.', '2019-04-20', 'a week').type, 'SET');
});

test('"The Last Days of Dolwyn" is a film, not a period (Wikinews)', () => {
  const text = 'Richard Burton stayed at Bontddu Hall while filming his 1949 movie debut The Last Days of Dolwyn.';
  assert.deepEqual(timexes(text, '2020-06-06').map((t) => text.slice(t.start, t.end)), ['1949']);
  assert.equal(value('Tesco Polska has cut expenditures in the past few years.', '2020-06-21', 'the past few years'), 'PXY');
});

test('"1 hour 59 minutes 40.2 seconds", "15 years, 8 months": one length in falling units (Wikinews)', () => {
  const time = timex('His time was 1 hour 59 minutes 40.2 seconds.', '2019-10-13', '1 hour 59 minutes 40.2 seconds');
  assert.deepEqual([time.type, time.value], ['DURATION', 'PT1H59M40.2S']);
  assert.equal(value('Munoz was sentenced to serve 188 months (15 years, 8 months) in prison.', '2020-02-21', '15 years, 8 months'), 'P15Y8M');
  // a rate is no length: "24 hours a day" keeps its hours alone
  assert.equal(value('They stand outside every abortion provider\'s home, 24 hours a day.', '1998-10-25', '24 hours'), 'PT24H');
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

test('"following ten years" without "the" is "after" them: the preposition is out of the extent (Wikinews)', () => {
  const text = 'In 1998, following ten years working for NationsBank, Hagan successfully ran for a seat in North Carolina\'s state Senate.';
  assert.equal(value(text, '2019-10-29', 'ten years'), 'P10Y');
  assert.equal(value('Following a week-long stay in a Belgian hospital, he returned to Oman in the middle of December.', '2020-01-12', 'a week-long'), 'P1W');
  assert.equal(value('Sales rose in the following ten years.', '2020-01-12', 'the following ten years'), 'P10Y');
});

test('a decimal length that is no whole number of the next smaller unit keeps its decimal (Wikinews)', () => {
  assert.equal(value('The inner star orbits the black hole in just 40.333 ± 0.004 days.', '2020-05-22', '0.004 days'), 'P0.004D');
  assert.equal(value('The hearing lasted 2.5 hours.', '2020-05-22', '2.5 hours'), 'PT2H30M');
});

test('"over the years" before an infinitive is a vague length (Wikinews)', () => {
  const mods = timex('The community has used these over the years to create different kinds of landscapes.', '2020-06-30', 'the years');
  assert.deepEqual([mods.type, mods.value], ['DURATION', 'PXY']);
});

test('"the past seven-and-a-half years" with hyphens is one length, as "seven and a half years" is', () => {
  assert.equal(value('Farm incomes in the county have fallen over the past seven-and-a-half years.', '2016-08-17', 'the past seven-and-a-half years'), 'P7Y6M');
  assert.equal(value('Farm incomes in the county have fallen over the past seven and a half years.', '2016-08-17', 'the past seven and a half years'), 'P7Y6M');
});

test('"hours after …", "minutes before …" set off by a comma are vague lengths (Wikinews)', () => {
  const text = 'On June 12, minutes before the Oversight Committee voted to refer them for contempt, the President asserted privilege.';
  assert.deepEqual([timex(text, '2019-07-20', 'minutes').type, value(text, '2019-07-20', 'minutes')], ['DURATION', 'PTXM']);
  assert.equal(value('The senator weighed in on Tuesday evening, hours after her rival said he was encouraged.', '2016-02-23', 'hours'), 'PTXH');
  // with no comma, still left alone
  assert.deepEqual(timexes('He worked hours after dark.', '2020-11-17'), []);
});

test('"the 1996/97 year" ends a split fiscal year, and a cricketer\'s "centuries" are hundreds: no durations', () => {
  const p = '1996-08-22';
  assert.deepEqual(timexes('Profits should rise in the 1996/97 year, the group said.', p).filter((t) => t.type === 'DURATION'), []);
  assert.deepEqual(timexes('The opener has hit five centuries this season.', p).filter((t) => t.type === 'DURATION'), []);
  assert.equal(value('The abbey stood for five centuries.', p, 'five centuries'), 'P500Y');
});

test('"the first two quarters of 1990" is the year\'s first half; "three quarters of the legislatures" a fraction', () => {
  const p = '1989-10-26';
  assert.equal(value('Analysts expect the slump to last through at least the first two quarters of 1990.', p, 'at least the first two quarters'), '1990-H1');
  assert.equal(value('Sales fell in the first two quarters of the year.', p, 'the first two quarters'), '1989-H1');
  assert.equal(value('The last two quarters of 2009 were weak.', p, 'The last two quarters'), '2009-H2');
  assert.equal(value('Profit rose in the last two quarters.', p, 'the last two quarters'), 'P2Q');
  assert.deepEqual(timexes('Three quarters of the legislatures agreed.', p), []);
});

test('"one day" is a length where nothing is told after it, some day to come after a modal, and no timex before a clause', () => {
  const p = '2025-03-03';
  assert.equal(value('The new foreign minister had only been in the job one day.', p, 'one day'), 'P1D');
  assert.equal(value('The ceasefire followed by one day a deal on prisoners.', p, 'one day'), 'P1D');
  const some = timex('Diplomats say Ukraine will one day join the European Union.', p, 'one day');
  assert.deepEqual([some.type, some.value], ['DATE', 'FUTURE_REF']);
  assert.deepEqual(timexes('One day he simply left the embassy.', p), []);
  assert.deepEqual(timexes('The envoy hoped he one day might return.', p), []);
});
