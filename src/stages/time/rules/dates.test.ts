import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value, tensed } from '../time.test-helpers.js';

test('"Dec.14": an abbreviated month may run into its day', () => {
  assert.equal(value('Voting for members of the Majlis began in Turkmenistan on Dec.14.', '2008-12-15', 'Dec.14'), '2008-12-14');
});

test('numeric dates: month first unless the first number cannot be a month; day first with dots', () => {
  const p = '2013-09-20';
  assert.equal(value('Turkmenistan will hold its first multi-party parliamentary election on 12/15/2013.', p, '12/15/2013'), '2013-12-15');
  assert.equal(value('Turkmenistan will hold its first multi-party parliamentary election on 15/12/2013.', p, '15/12/2013'), '2013-12-15');
  assert.equal(value('The ballot was set for 15.12.2013 by the election commission.', p, '15.12.2013'), '2013-12-15');
});

test('"May" is the month after a preposition, the verb otherwise; year end is the year with mod END', () => {
  const p = '2000-03-29';
  assert.equal(value('The case will be heard in May by the appeals court.', p, 'May'), '2000-05');
  assert.deepEqual(timexes('May the best team win, the coach said.', p), []);
  const end = timex('The bank plans to cut 6,000 jobs by year end.', '1989-10-26', 'year end');
  assert.deepEqual([end.value, end.mod], ['1989', 'END']);
  assert.equal(value('The percentage change is since year-end.', '1989-10-30', 'year-end'), '1988-12-31');
});

test('"for the year" and "earlier in the year" are this year; "the year before" counts from elsewhere', () => {
  const p = '1989-10-30';
  assert.equal(value('The stock rose to a high for the year of $42.875 a share in June.', p, 'the year'), '1989');
  assert.equal(value('Revenue rose to $713.5 million through the first nine months of the year.', p, 'the year'), '1989');
  const earlier = timex('Herbicide use was delayed earlier in the year by heavy rains.', p, 'earlier in the year');
  assert.deepEqual([earlier.value, earlier.mod], ['1989', 'START']);
  assert.ok(!timexes('Sales fell to $300 million, down from $450 million the year before.', p).some((t) => t.value === '1989'));
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

test('ordinal centuries are their first two digits', () => {
  assert.equal(value('Mines were cleared near Angkor Wat, the fabled 11th century temple.', '1998-02-19', '11th century'), '10');
  assert.equal(value('She is a 20th century democrat, the prime minister said.', '1998-02-13', '20th century'), '19');
  const t = timex('The treaty reshaped the borders of the early twentieth century.', '2024-05-01', 'early twentieth century');
  assert.deepEqual([t.value, t.mod], ['19', 'START']);
});

test('"April 24 and 25": the second day is a date of the month just named', () => {
  const text = 'A ceremonial accession would still be held at the NATO Washington summit on April 24 and 25.';
  assert.equal(value(text, '1999-02-10', 'April 24'), '1999-04-24');
  assert.equal(value(text, '1999-02-10', '25'), '1999-04-25');
  assert.equal(timexes('He scored 3 and 4 points in the game.', '1999-02-10').length, 0);
});

test('"in just minutes"; "since \'82"; "in morning trading"', () => {
  assert.equal(value('The Dow climbed 400 points before losing them in just minutes.', '2008-10-20', 'minutes'), 'PTXM');
  assert.equal(value("The Nikkei closed at its lowest level since '82 on Monday.", '2008-10-27', "'82"), '1982');
  assert.equal(value("Ford's stock rose to a five-year high in morning trading.", '2010-03-03', 'morning'), '2010-03-03TMO');
  assert.equal(value("The '80s were the decade of the takeover.", '2010-03-03', "The '80s"), '198');
});

test('a list of bare months runs on from the month before; "in June from $29.75 in March" is no list', () => {
  const text = 'Next stops: Las Vegas in December, Mexico in January, Magi-Fest in February, the Winter Carnival of Magic in Tennessee in March, and the FFFF in April.';
  assert.deepEqual(['December', 'January', 'February', 'March', 'April'].map((m) => value(text, '2013-10-09', m)), ['2013-12', '2014-01', '2014-02', '2014-03', '2014-04']);
  assert.equal(value('The stock rose to a high for the year of $42.875 a share in June from $29.75 in March.', '1989-10-30', 'March'), '1989-03');
});

test('"one-day trip" is a day; "post-1959", "pre-1990" are a year with a mod', () => {
  assert.equal(value("Just ahead of Albright's one-day trip, the State Department issued an update.", '1998-08-17', 'one-day'), 'P1D');
  const t = timex('The post-1959 politics have managed to split thousands of families.', '2000-02-24', 'post-1959');
  assert.deepEqual([t.value, t.mod], ['1959', 'AFTER']);
  assert.equal(timex('Emissions must fall below pre-1990 levels.', '2000-02-24', 'pre-1990').mod, 'BEFORE');
});

test('"each July" is any year\'s July; "the week of March 6" the week that day is in', () => {
  assert.equal(value('Portadown is where Orangemen march each July.', '1998-03-22', 'July'), 'XXXX-07');
  assert.equal(value('The case may be resolved in a court hearing the week of March 6, a relative said.', '2000-02-24', 'the week of March 6'), '2000-W10');
  // across a year boundary: the week of 30 December 2024 is ISO week 1 of 2025
  assert.equal(value('Talks are planned for the week of December 30.', '2024-12-10', 'the week of December 30'), '2025-W01');
});

test('a month abbreviated without its dot is a month where a year follows: "20 Nov 2019" (Wikinews)', () => {
  const text = 'Since the Mass Vaccination Campaign on 20 Nov 2019, the Ministry has successfully vaccinated 58,150 individuals.';
  assert.equal(value(text, '2019-12-07', '20 Nov 2019'), '2019-11-20');
  assert.equal(value('The campaign began on Nov 20, 2019 in Apia.', '2019-12-07', 'Nov 20, 2019'), '2019-11-20');
  // without a year "Jan" is as often a name
  assert.deepEqual(timexes('The report was written by 3 Jan Smith.', '2019-12-07'), []);
});

test('"March Madness" is a tournament; "the September FOMC meeting" a month (Wikinews)', () => {
  const text = "The National Collegiate Athletic Association, which runs college basketball, has cancelled its own tournament, March Madness, for both men's and women's leagues.";
  assert.deepEqual(timexes(text, '2020-03-13'), []);
  assert.equal(value('The Fed held rates at the September FOMC meeting.', '2020-10-01', 'September'), '2020-09');
  assert.equal(value('In March Reuters reported a loss.', '2020-10-01', 'March'), '2020-03');
});

test('a day ahead is not in the year of a past date named before it (Wikinews)', () => {
  const text = 'The United Kingdom voted on June 23, 2016, to leave the European Union. "We must get Brexit done, because the UK must come out by October 31st," Johnson said.';
  assert.equal(value(text, '2019-09-11', 'October 31st'), '2019-10-31');
  // a past one still is: "the army moved on November 15, 2017 … his official resignation on November 21"
  assert.equal(value('The army moved on November 15, 2017, and Mugabe gave his official resignation on November 21.', '2019-09-09', 'November 21'), '2017-11-21');
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

test('"the 21st Century" with a capital is the century; "20th Century Fox" is a name (Wikinews)', () => {
  const text = 'And in the 21st Century, every society needs to respect the individual choice of its members.';
  assert.equal(value(text, '2020-03-04', '21st Century'), '20');
  assert.deepEqual(timexes('The film was released by 20th Century Fox.', '2020-03-04'), []);
});

test('"the upcoming 2020 census": "census" is no plural, so the year is no count (Wikinews)', () => {
  const text = 'The administration has been trying to add the question to the upcoming 2020 census, with the stated rationale of improving enforcement.';
  assert.equal(value(text, '2019-07-20', '2020'), '2020');
  assert.deepEqual(timexes('Some 1885 aftershocks had occurred by then.', '2019-07-20'), []);
});

test('"That September" is the one after the date last named, not the publication\'s (Wikinews)', () => {
  const text = 'Thunberg began her climate protest on August 20, 2018, at the age of fifteen. She protested alone on the first day, but thousands of Swedes eventually joined the protest. That September, the Fridays for Future movement launched.';
  assert.equal(value(text, '2019-12-14', 'That September'), '2018-09');
  // "that" as a conjunction before a month is no part of it
  assert.equal(value('The minister said that March was the worst month.', '2019-12-14', 'March'), '2019-03');
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

test('a bare month in a sentence that opens with "In 2008," is of that year', () => {
  const text = 'In 2004, the party opened its offices in mid-June. But in 2010, it waited until April to hire staff. The new offices will open in October.';
  assert.equal(value(text, '2016-09-04', 'mid-June'), '2004-06');
  assert.equal(value(text, '2016-09-04', 'April'), '2010-04');
  assert.equal(value(text, '2016-09-04', 'October'), '2016-10');
});

test('"the March on Washington" is an event, not a month; "in March on Tuesday" stays a month', () => {
  assert.deepEqual(timexes('She marched in the March on Rome anniversary parade in 1962.', '2016-02-11').map((t) => t.value), ['1962']);
  assert.equal(value('The deal was signed in March on Capitol Hill.', '2016-07-11', 'March'), '2016-03');
});

test('"November" in a sentence about elections is the coming one, unless the clause tells of the past', () => {
  assert.equal(tensed('The party needs young voters to turn out in November.', '2016-06-08', 'November'), '2016-11');
  assert.equal(tensed('Polls this early say little about the vote in November.', '2016-03-02', 'November'), '2016-11');
  assert.equal(tensed('The governor won the election in November by ten points.', '2016-03-02', 'November'), '2015-11');
  assert.equal(tensed('The factory cut its output in November.', '2016-03-02', 'November'), '2015-11');
  // a title's dot ends no sentence: "votes" still counts
  assert.equal(tensed('The leaders do not want to lose the young supporters whose votes Mrs. Warren needs in November.', '2016-04-26', 'November'), '2016-11');
});

test('"the 1963 March on Washington" is a march, not a month; "in March on Capitol Hill" is the month', () => {
  assert.deepEqual(timexes('An old photograph shows her marching in the 1963 March on Washington with her father.', '2016-02-17').map((t) => t.value), ['1963']);
  assert.deepEqual(timexes('The March on Rome brought him to power.', '2016-02-17'), []);
  assert.equal(value('The two senators met in March on Capitol Hill.', '2016-05-17', 'March'), '2016-03');
});

test('a month-day named again without its year is the day named before with it', () => {
  // far (more than 400 characters) from the first naming, where a year named nearby no longer holds
  const between = ' The river had burst its banks in three places, and the water stood in the lower town for days.'.repeat(5);
  const text = `The minister first admitted the error in a letter on March 3, 2011, weeks after the flood.${between} Opponents still ask why the March 3rd letter came so late.`;
  assert.equal(value(text, '2015-12-04', 'March 3rd'), '2011-03-03');
  // a day named before without its year is no hold
  const alone = value('Opponents still ask why the March 3rd letter came so late.', '2015-12-04', 'March 3rd');
  assert.equal(value('The minister wrote on March 3. Opponents still ask why the March 3rd letter came so late.', '2015-12-04', 'March 3rd'), alone);
});

test('wire copy\'s undotted month before a day alone: "Aug 22", "Dec 31"; not before a decimal or a percentage', () => {
  const p = '1996-08-28';
  assert.equal(value('The brokerage published its Aug 22 review of the insurer.', p, 'Aug 22'), '1996-08-22');
  assert.equal(value('Staff numbers compare with Dec 31.', p, 'Dec 31'), '1996-12-31');
  assert.deepEqual(timexes('Shares of Jan 5.5 percent bonds rose.', p), []);
});

test('a month before "of" and a name is the month after a point mod or a preposition ("mid-September of Japan\'s")', () => {
  const p = '1996-08-28';
  assert.equal(value('He will decide after the release in mid-September of Japan\'s output figures.', p, 'mid-September'), '1996-09');
  assert.deepEqual(timexes('Thousands joined the March for Life in Washington.', '2019-01-19'), []);
});

test('a year before 1800 after "in" or "dating from", where no count or level can stand', () => {
  const p = '1996-08-23';
  assert.equal(value('The chapel, dating from 1555 and rebuilt in 1740 after a fire, reopened.', p, '1555'), '1555');
  assert.equal(value('The chapel, dating from 1555 and rebuilt in 1740 after a fire, reopened.', p, '1740'), '1740');
  assert.deepEqual(timexes('The index fell to 1490 from 1500.', p), []);
  assert.deepEqual(timexes('Police found the leaflets in 1500 cars.', p), []);
});

test('a month-day in a clause told in the past stays behind unless the next one is three times nearer', () => {
  // a September paper: February 9 gone is 231 days back, the next 135 ahead
  assert.equal(tensed('The fate of the rule was thrown into question on Feb. 9 when the court halted it.', '2016-09-27', 'Feb. 9'), '2016-02-09');
  // "effective" sets a day ahead even after a past verb
  assert.equal(tensed('The bank created a new office of the chairman, effective Feb. 1.', '1989-10-26', 'Feb. 1'), '1990-02-01');
  // nothing in the clause: the nearest, weighted as before
  assert.equal(tensed('The hearing is on Feb. 9.', '2016-09-27', 'Feb. 9'), '2017-02-09');
});

test('a contract month of a market report is the next such month from the publication, or the year it names', () => {
  const p = '1996-08-29';
  assert.equal(value('November soybeans fell 4 cents while October heating oil gained half a cent.', p, 'October'), '1996-10');
  assert.equal(value('November soybeans fell 4 cents while October heating oil gained half a cent.', p, 'November'), '1996-11');
  assert.equal(value('At the close, June Eurodollars eased 9 basis points.', p, 'June'), '1997-06');
  assert.equal(value('A bank bought 20,000 June 98 put options on Thursday.', p, 'June'), '1998-06');
  // a month of the past before other nouns is untouched
  assert.equal(value('Exports fell 3 percent in June from May.', p, 'June'), '1996-06');
});

test('a month that closes a span follows the one that opens it; "April of that year" is of the year named before', () => {
  const winter = 'Output grew at a 3.1 percent rate in the three months from October through January.';
  assert.deepEqual([value(winter, '1997-03-10', 'October'), value(winter, '1997-03-10', 'January')], ['1996-10', '1997-01']);
  assert.equal(value('Output grew at a 3.1 percent rate in the three months from April through June.', '1996-08-29', 'June'), '1996-06');
  assert.equal(value('The party split in 1994 when it ran in the elections in April of that year.', '1996-08-31', 'April'), '1994-04');
  assert.equal(value('The party split in 1994 when it ran in the elections in April of that year.', '1996-08-31', 'that year'), '1994');
});

test('a bond\'s coupon fraction before a month is no day: "7-1/2 Nov 2005" is November 2005', () => {
  const t = timex('The 7-1/2 Nov 2005 bond rose to 101.80.', '1996-08-28', 'Nov 2005');
  assert.equal(t.value, '2005-11');
  assert.equal(value('The bond matures on 2 Nov 2005.', '1996-08-28', '2 Nov 2005'), '2005-11-02');
});

test('"toward" before a month looks ahead, unless its verb is in the past', () => {
  assert.equal(tensed('The party is heading toward November with its base split.', '2016-03-09', 'November'), '2016-11');
  assert.equal(tensed('The talks drifted toward November without a deal.', '2016-03-09', 'November'), '2015-11');
});

test('a day whose clause has no tense takes the way of a day ahead named before it in its sentence', () => {
  const p = '2025-02-13';
  const schedule = 'Two new flights would leave Delhi on Monday nights from March 30, with a third departing each Thursday from August 6.';
  assert.equal(value(schedule, p, 'March 30'), '2025-03-30');
  assert.equal(value(schedule, p, 'August 6'), '2025-08-06');
  // with no day ahead before it, a bare day with no tense stays behind
  assert.equal(value('Flights to Kyiv, with a third departing each Thursday from August 6.', p, 'August 6'), '2024-08-06');
});

test('a year after a name that is called so, or before "Index", is part of the name; an event\'s year is its time', () => {
  const p = '2025-04-18';
  assert.deepEqual(timexes('He set up a joint venture called Orion 1980, making space parts.', p), []);
  assert.deepEqual(timexes('The Russel 2000 Index of smaller companies fell 4 percent.', p), []);
  assert.equal(value('The treaty was signed in Spring 1997, officials said.', p, 'Spring 1997'), '1997-SP');
  assert.equal(value('Ministers met at the Munich Security Conference 2025 to discuss Ukraine.', p, '2025'), '2025');
  assert.equal(value('Thousands attended Fan Expo Canada 2016 in Toronto.', p, '2016'), '2016');
});
