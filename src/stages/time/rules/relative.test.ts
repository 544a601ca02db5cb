import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value, tensed } from '../time.test-helpers.js';

test('references to the present, past and future, and points counted from the publication date', () => {
  const p = '1989-10-26';
  assert.equal(value('The company is now in talks with its lenders.', p, 'now'), 'PRESENT_REF');
  assert.equal(value('Analysts recently cut their forecasts.', p, 'recently'), 'PAST_REF');
  assert.equal(value('Prosecutors said they may act in the future.', p, 'the future'), 'FUTURE_REF');
  assert.equal(value('Hewlett said three weeks ago that it planned to ship.', p, 'three weeks ago'), '1989-W40');
  assert.equal(value('The index rose 2% yesterday.', p, 'yesterday'), '1989-10-25');
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

test('only "a year ago" compares with the quarter in focus; "eight years ago" is a year', () => {
  const text = 'Profit rose in the third quarter. Eight years ago, the company nearly failed.';
  assert.equal(value(text, '2019-10-02', 'Eight years ago'), '2011');
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

test('"The next month" in a past clause counts from the month just named, "over the next year" from now (Wikinews)', () => {
  const text = 'Bayes withdrew in March 2019. The next month, the party nominated a new ticket of Gammon for President.';
  assert.equal(value(text, '2020-07-25', 'The next month'), '2019-04');
  assert.equal(value('Sales will rise over the next year.', '2020-07-25', 'the next year'), '2021');
});

test('"at a later date" is ahead; "for a while" a vague length; "a while ago" no length', () => {
  const p = '1989-10-26';
  assert.equal(value('It may seek additional financing through bank borrowings at a later date.', p, 'a later date'), 'FUTURE_REF');
  assert.equal(value("Half a million people still don't have power and they're going to have to live without it for a while.", p, 'a while'), 'PXX');
  assert.deepEqual(timexes('He left a while ago.', p).map((t) => [t.type, t.value]), [['DATE', 'PAST_REF']]);
});

test('a sentence opening "Now," turns the talk and is no timex; "Now the alliance\'s mission is" is the present (Wikinews)', () => {
  assert.deepEqual(timexes('Now, if you have a copy of something and your friend says, "hey could I have a copy of that?", share it.', '2020-11-17'), []);
  assert.equal(value("Now the alliance's mission is more complex.", '1999-03-12', 'Now'), 'PRESENT_REF');
});

test('a sentence opening "Now," or "Now for" turns the discourse; "Now the alliance …" and "now" inside are the present', () => {
  const p = '1998-10-26';
  assert.ok(!timexes('The measure made it a federal crime. Now, Ms. Conlin said, it will have to be enforced.', p).some((t) => t.by === 'time/reference'));
  assert.ok(!timexes("Now for today's geography quiz.", p).some((t) => t.by === 'time/reference'));
  assert.equal(value('Now critics of the academy are taking aim at its budget.', p, 'Now'), 'PRESENT_REF');
  assert.equal(value('Kopp is now the second anti-abortion activist on the list.', p, 'now'), 'PRESENT_REF');
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

test('"The previous day" counts from the day last named, passing over a month named since (Wikinews)', () => {
  const text = 'On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed a meeting. Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey. The previous day, television broadcaster PBS revealed new details.';
  assert.equal(value(text, '2019-09-29', 'The previous day'), '2019-09-25');
});

test('"take hours to set" is a length; "in future" names the future, "in future debates" does not (Wikinews)', () => {
  const hours = timex('Existing treatments have tended to take hours to set.', '2019-11-21', 'hours');
  assert.deepEqual([hours.type, hours.value], ['DURATION', 'PTXH']);
  assert.equal(value('What kind of atmosphere will this potential planet be likely to have in future?', '2020-07-07', 'future'), 'FUTURE_REF');
  assert.equal(value('In future, might you test this hypothesis with different species?', '2020-07-07', 'future'), 'FUTURE_REF');
  assert.deepEqual(timexes('The commission wants "additional tools" to maintain order in future debates.', '2020-10-01'), []);
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

test('"Eight years earlier" counts from the year last named; "a quarter before 11 a.m." is 10:45; "USA Today" opening a sentence is a name (Wikinews)', () => {
  const ferraro = 'In 1984, Geraldine Ferraro was Walter Mondale\'s running mate on the Democratic ticket. Eight years earlier, at the 1972 Democratic National Convention, Gloria Steinem received 400 votes.';
  assert.equal(value(ferraro, '2020-08-12', 'Eight years earlier'), '1976');
  assert.equal(value('Chadwick Boseman died on Friday after being diagnosed with colon cancer four years earlier.', '2020-08-30', 'four years earlier'), '2016');
  assert.equal(value('According to local reports, the 64-year-old mayor left his home a quarter before 11 a.m. on Thursday with a backpack.', '2020-07-09', 'a quarter before 11 a.m. on Thursday'), '2020-07-09T10:45');
  assert.deepEqual(timexes('He declined. USA Today noted the commission\'s scope allows it to advise.', '2019-02-25'), []);
});

test('"a half-century ago", "half a century ago" are fifty years back, not the publication year', () => {
  assert.equal(value('The bridge opened more than a half-century ago.', '2016-03-02', 'more than a half-century ago'), '1966');
  assert.equal(value('The treaty was signed half a century ago.', '2016-03-02', 'half a century ago'), '1966');
  assert.equal(value('The dam was built half a decade ago.', '2016-03-02', 'half a decade ago'), '2011');
});

test('"a while back", "a while ago" are some time before the writing; "for a while" a vague length', () => {
  assert.equal(value('He told me so a while back.', '2015-11-11', 'a while back'), 'PAST_REF');
  assert.equal(value('So, that actually started back quite a while ago now, for me.', '2020-07-01', 'a while ago'), 'PAST_REF');
  assert.equal(value('They will live without power for a while.', '2020-07-01', 'a while'), 'PXX');
  assert.deepEqual(timexes('It took a while to load.', '2020-07-01'), []);
});

test('"the past" before a count of things is no timex ("seven of the past eight contests"); before a count of time it stays', () => {
  assert.deepEqual(timexes('The club has lost six of the past nine matches at home.', '2016-04-10'), []);
  assert.deepEqual(timexes('Turnout rose in four of the past 5 votes.', '2016-07-27'), []);
  assert.equal(value('Floods have hit the valley for the past three summers.', '1998-03-22', 'the past'), 'PAST_REF');
});

test('"a quarter-century ago", "half a century ago" count years back from the publication', () => {
  const p = '2016-07-27';
  assert.equal(value('The factory is no longer the one her grandfather built a quarter-century ago.', p, 'a quarter-century ago'), '1991');
  assert.equal(value('The mill closed a half-century ago.', p, 'a half-century ago'), '1966');
  assert.equal(value('The mill closed half a century ago.', p, 'half a century ago'), '1966');
  assert.equal(value('The mill reopened a half century later.', p, 'a half century later'), 'P50Y');
});

test('"The day before," after a month named with its year is a day of it; "the day before by …" counts from the day last named', () => {
  const text = 'The ministers first met in Oslo in May 2011. The day before, protesters had blocked the harbour road.';
  assert.equal(value(text, '2015-11-10', 'The day before'), '2011-05-XX');
  // a month named without its year holds too loosely
  assert.deepEqual(timexes('We heard about it back in February. We had a meeting the day before.', '2020-10-18').map((t) => t.value), ['2020-02']);
  const endorsed = 'On Thursday, the mayor won the backing of the teachers. She was also backed the day before by the nurses.';
  assert.equal(value(endorsed, '2016-03-10', 'the day before'), '2016-03-09');
});

test('"the coming weekend" is the nearest one ahead; "this weekend" on a Friday is the one at hand even in a past clause', () => {
  // Tuesday, June 14, 2016: the weekend of June 18–19 (ISO week 24), not the one after
  assert.equal(value('Aides were sent to Phoenix for the coming weekend to begin talks.', '2016-06-14', 'the coming weekend'), '2016-W24-WE');
  assert.equal(value('Aides will fly to Phoenix this coming weekend.', '2016-06-14', 'this coming weekend'), '2016-W24-WE');
  // on a Saturday the coming weekend is the next one
  assert.equal(value('The talks resume the coming weekend.', '2016-06-18', 'the coming weekend'), '2016-W25-WE');
  // Friday, April 15, 2016
  assert.equal(value('The county meetings set the stage for another rout this weekend.', '2016-04-15', 'this weekend'), '2016-W15-WE');
  // on a Monday a past clause's "this weekend" is the one just gone
  assert.equal(value('A memorial was held for the crew this weekend in Columbia.', '2019-06-24', 'this weekend'), '2019-W25-WE');
});

test('"that year" points away from the writer\'s "today" to the year named before it', () => {
  const text = 'Compared with the 2008 race, the senator\'s support today is well below the 62 percent his party won that year.';
  assert.equal(value(text, '2016-09-07', 'that year'), '2008');
  // a day after "today" is still today's
  assert.equal(value('The mayor resigned today. The council met later that day.', '2016-09-07', 'later that day'), '2016-09-07');
});

test('a fall in prices is a drop, not the season; "this fall in Iowa" stays the season', () => {
  const p = '2015-12-19';
  assert.deepEqual(timexes('After this fall in oil prices, all the indicators slipped.', p), []);
  assert.deepEqual(timexes('The fall in energy prices hurt the budget.', p), []);
  assert.equal(value('She will campaign this fall in Iowa.', p, 'this fall'), '2015-FA');
  assert.equal(value('A fall in turnout is expected this fall.', p, 'this fall'), '2015-FA');
});

test('"9/11" naming an event before a noun is no reference for "the day": "9/11 plotter … earlier in the day"', () => {
  const p = '2016-09-08';
  const text = 'On Wednesday the senator praised the raid that killed 9/11 plotter Osama bin Laden, and during a speech earlier in the day, the governor attacked her.';
  assert.equal(value(text, p, 'the day'), '2016-09-07');
  assert.equal(value('The towers fell on 9/11. Firefighters worked through the rest of the day.', p, 'the day'), '2001-09-11');
});

test('"the following year" told in the past counts from a point that keeps it behind the publication', () => {
  const text = 'The striker joined the club in 1988 for a small fee, the paper said on Tuesday. He broke his leg in training the following year.';
  assert.equal(tensed(text, '1996-08-27', 'the following year'), '1989');
  // told ahead, it may count from the day of the report
  assert.equal(tensed('The paper said on Tuesday that the club will sell him the following year.', '1996-08-27', 'the following year'), '1997');
});

test('"a week or so ago" is about a week back; "a day or so later" about a day', () => {
  const p = '2010-05-12';
  const ago = timex('A week or so ago, the minister quietly dropped the plan.', p, 'A week or so ago');
  assert.deepEqual([ago.type, ago.value, ago.mod], ['DATE', '2010-W18', 'APPROX']);
  const later = timex('A day or so later, the talks resumed.', p, 'A day or so later');
  assert.deepEqual([later.type, later.value, later.mod], ['DURATION', 'P1D', 'APPROX']);
});

test('"this century" and "last century" are written as "the 20th century" is: by their leading digits', () => {
  assert.equal(value('It was the worst flood of this century.', '1999-03-12', 'this century'), '19');
  assert.equal(value('It was a landmark of the last century.', '2009-06-04', 'last century'), '19');
  assert.equal(value('He was a hero of the 20th century.', '2009-06-04', '20th century'), '19');
});

test('in a quarterly report, "last year" compared with a whole year is a year', () => {
  const p = '2009-10-30';
  const report = 'Acme lost money in the third quarter. Analysts predicted earnings of $4 a share for this year, up from last year\'s $3.27 a share.';
  assert.equal(value(report, p, 'last year'), '2008');
  // compared with the quarter, it is the quarter a year before
  assert.equal(value('Acme lost money in the third quarter. Sales were $14 million, down from $21 million last year.', p, 'last year'), '2008-Q3');
});

test('"this year as last": the unit left out after "last" is the one named before it', () => {
  const p = '2025-10-27';
  assert.equal(value('The plan would pay nearly twice as much aid this year as last.', p, 'last'), '2024');
  assert.equal(value('Fewer refugees crossed the border this month than last.', p, 'last'), '2025-09');
  assert.deepEqual(timexes('The Polish delegation arrived last.', p), []);
});

test('"until then" is the point named before it; "since then" is left unmarked', () => {
  const p = '2025-10-27';
  const text = 'The truce will expire on Nov. 30. Until then, both sides have agreed to hold their positions.';
  assert.equal(value(text, p, 'then'), '2025-11-30');
  assert.deepEqual(timexes('Since then, the two sides have not met.', p), []);
  assert.deepEqual(timexes('Until then, nobody knew.', p), []); // nothing named before
});

test('"Feb. 23, the day before the invasion": the day in apposition is the date before it', () => {
  const p = '2022-03-10';
  const text = 'The embassy had closed on Feb. 23, the day before the invasion, diplomats said.';
  assert.deepEqual(timexes(text, p).map((t) => [text.slice(t.start, t.end), t.value]), [['Feb. 23', '2022-02-23'], ['the day', '2022-02-23']]);
  assert.deepEqual(timexes('He arrived the day before the summit.', p), []);
});
