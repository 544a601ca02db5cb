import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexes, timex, value } from '../time.test-helpers.js';

test('clock times take the day named after them, which is in the extent with the zone', () => {
  const t = timex('The offer expires at 5 p.m. EST Nov. 6, the company said.', '1989-10-30', '5 p.m. EST Nov. 6');
  assert.deepEqual([t.type, t.value], ['TIME', '1989-11-06T17:00']);
  assert.equal(value('The blast occurred at 10:35 a.m. Friday.', '1998-08-08', '10:35 a.m. Friday'), '1998-08-07T10:35');
  // Wikinews: "today" after the zone is the clock's day, marked with it
  assert.equal(value('In an advisory issued at 11:00 a.m. local time today (1500 UTC) the NHC reported a Category 5 hurricane.', '2019-09-01', '11:00 a.m. local time today'), '2019-09-01T11:00');
});

test('"between 07:28 and 08:06 Coordinated Universal Time": both clock times, the zone spelled out', () => {
  const text = 'The cables were cut between 07:28 and 08:06 Coordinated Universal Time, the operator said.';
  const [first, second] = timexes(text, '2008-12-19').filter((t) => t.type === 'TIME');
  assert.deepEqual([text.slice(first.start, first.end), first.value], ['07:28', '2008-12-19T07:28']);
  assert.deepEqual([text.slice(second.start, second.end), second.value], ['08:06 Coordinated Universal Time', '2008-12-19T08:06Z']);
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

test('24-hour clock times with a colon; UTC is written Z; a clock time without a day takes the day just named', () => {
  assert.equal(value('As of 14:48 UTC, the primary UK index, the FTSE 100, dropped 7.85%.', '2008-10-06', '14:48 UTC'), '2008-10-06T14:48Z');
  assert.equal(value('In a New York press conference at 16:15 UTC, June 1st, the chief executive spoke.', '2009-06-04', '16:15 UTC, June 1st'), '2009-06-01T16:15Z');
  assert.equal(value('Trading in Frankfurt halted at 9:30 CET.', '2009-06-04', '9:30 CET'), '2009-06-04T09:30');
  assert.equal(value('The 787 made its first test flight Tuesday in Everett, Washington at 18:00 UTC.', '2009-12-16', '18:00 UTC'), '2009-12-15T18:00Z');
});

test('"(2024 Friday, UTC)": a 24-hour time whose zone follows its day is no year', () => {
  const text = 'At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck Surigao.';
  const t = timex(text, '2019-12-16', '2024');
  assert.deepEqual([t.type, t.value], ['TIME', '2019-12-13T20:24Z']);
});

test('a clock time takes the year of the date after it', () => {
  assert.equal(value("He passed away 5:03 AM, February 10, 2017, at the hospital.", '2019-02-11', '5:03 AM, February 10, 2017'), '2017-02-10T05:03');
});

test('a clock time with its UTC time in brackets is on the day named after the brackets (Wikinews)', () => {
  const shot = 'Ratana was shot at the Croydon, South London custody centre, at roughly 2am local time (0100 UTC) on Friday by a prisoner.';
  assert.equal(value(shot, '2020-09-30', '2am local time'), '2020-09-25T02:00');
  assert.equal(value(shot, '2020-09-30', '0100 UTC'), '2020-09-25T01:00Z');
  const warning = 'The warning covers County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow.';
  assert.equal(value(warning, '2019-10-02', '6 p.m. local time'), '2019-10-03T18:00');
  assert.equal(value(warning, '2019-10-02', '1700 UTC'), '2019-10-03T17:00Z');
});

test('a clock time without a day is on the day named a paragraph before (Wikinews)', () => {
  const text = 'A fire broke out yesterday at Bontddu Hall near Dolgellau in Gwynedd, Wales. The historic mansion is a former hotel with high-profile guests. A rescued woman died at the scene.\n\nNorth Wales Fire and Rescue Service were called to the building, located off the A496 overlooking the Mawddach Estuary in Snowdonia National Park, at 09:09am local time.';
  assert.equal(value(text, '2020-06-06', '09:09am local time'), '2020-06-05T09:09');
});

test('"4:00 A.M.", "12:05:19 UTC", "ten years back"; "the 2000 km long pipeline" is no year (Wikinews)', () => {
  assert.equal(value('According to the Saudi Press Agency, the attacks occurred at 4:00 A.M. local time.', '2019-09-15', '4:00 A.M. local time'), '2019-09-15T04:00');
  // a clock time with seconds, not its minutes and seconds read as one, on the day named before it
  // (the undotted "Mar 5", now a date: the amendment came after the publication)
  assert.equal(value('Article last amended: Mar 5 at 12:05:19 UTC.', '2020-11-17', '12:05:19 UTC'), '2021-03-05T12:05:19Z');
  assert.equal(value('And this was a sanctioned project ten years back.', '2020-03-08', 'ten years back'), '2010');
  const km = 'According to the Cyprus Mail, the 2000 km long pipeline is to connect the fields with Crete.';
  assert.deepEqual(timexes(km, '2020-01-10'), []);
});

test('a clock time without a day is on the day whose named part holds it, else the day just named (Wikinews)', () => {
  const text = 'On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso, Texas, with the death toll rising to 22 people on Monday, reported officials. The shooting began at 10:39 a.m. local time (1639 UTC), according to police.';
  assert.equal(value(text, '2019-08-08', '10:39 a.m. local time'), '2019-08-03T10:39');
  assert.equal(value(text, '2019-08-08', '1639 UTC'), '2019-08-03T16:39Z');
  // no part named: the day just named
  assert.equal(value('Talks resumed on Monday. They ended at 10:39 a.m. local time.', '2019-08-08', '10:39 a.m. local time'), '2019-08-05T10:39');
});

test('"4:53 a.m Thursday morning": the part of the day named after the clock time is in its extent (Wikinews)', () => {
  const text = 'A 5.3-magnitude quake was recorded at 4:53 a.m Thursday morning (2053 Wednesday night, UTC) in Manay, Davao Oriental.';
  assert.equal(value(text, '2019-10-18', '4:53 a.m Thursday morning'), '2019-10-17T04:53');
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

test('"at 0:40", "around 4:30" are clock times with a one-digit hour; "The next day" after only a month is a day of it (Wikinews)', () => {
  assert.equal(value('CCTV captured their arrival at the building, entering at 0:40 after Spanton smoked a cigarette.', '2019-02-02', '0:40'), '2019-02-02T00:40');
  assert.equal(value('On the morning of August 1 around 4:30 or 5:30 a.m. EST, a flying creature collided with Jorgensen.', '2020-08-31', '4:30'), '2020-08-01T04:30');
  assert.deepEqual(timexes('Gary Johnson received 3.28 percent of the popular vote.', '2019-09-07'), []);
  const debate = 'Polls at the start of October showed Biden ahead. Politico regarded the debate as "markedly more civil" than the prior Trump-Biden debate. The next day, the Commission on Presidential Debates announced its second debate would be virtual.';
  assert.equal(value(debate, '2020-11-02', 'The next day'), '2020-10-XX');
});

test('a clock time alone on its line heads a live report\'s entry: the publication day, not a day the entry before named', () => {
  const live = 'The Latest on the campaign (all times local):\n9:10 p.m.\nThe mayor recalled the Sept. 11 attacks at the memorial.\n___\n9:05 p.m.\nThe governor spoke after a March 8 rally, aides said.\n___\n2:00 p.m.\nThe campaign released a statement.';
  const found = timexes(live, '2016-04-14').filter((t) => t.type === 'TIME').map((t) => [live.slice(t.start, t.end), t.value]);
  assert.deepEqual(found, [['9:10 p.m.', '2016-04-14T21:10'], ['9:05 p.m.', '2016-04-14T21:05'], ['2:00 p.m.', '2016-04-14T14:00']]);
  // inside a sentence it still takes the day just named
  assert.equal(value('The rally began Tuesday. The governor arrived at 9:05 p.m. with his wife.', '2016-04-14', '9:05 p.m.'), '2016-04-12T21:05');
});

test('"the morning shows", "the early-morning news shows" are kinds of television program, not parts of a day', () => {
  assert.deepEqual(timexes('The author was a guest on the morning shows all week.', '2016-05-18'), []);
  assert.deepEqual(timexes('The mayor was booked on the early-morning news shows.', '2016-06-14'), []);
  assert.equal(value('Dealers placed heavy buy orders in the morning.', '2016-06-14', 'the morning'), '2016-06-14TMO');
});

test('a clock time whose words retell a happening dated before is on that day', () => {
  const p = '1999-04-19';
  const text = 'The doctor was shot to death last Oct. 23 at his home. Investigators said Monday they had new evidence. The doctor, 52, was shot to death at 10 p.m. as he stood in his kitchen.';
  assert.equal(value(text, p, '10 p.m.'), '1998-10-23T22:00');
  // words of saying tell of many happenings: "officials told reporters" is no happening retold
  const said = 'Officials told reporters Oct. 23 that the talks had failed. On Monday, ministers met again. Officials told reporters at 10 p.m. that a deal was near.';
  assert.equal(value(said, p, '10 p.m.'), '1999-04-19T22:00');
});

test('"overnight losses" in a market report are the night before the day it is about; "an overnight stay" is no time', () => {
  const p = '2024-03-11';
  const text = 'European shares fell on Friday. London was depressed by overnight losses in New York.';
  const t = timex(text, p, 'overnight');
  assert.deepEqual([t.type, t.value], ['TIME', '2024-03-07TNI']);
  assert.deepEqual(timexes('The delegation booked an overnight stay in Warsaw.', p), []);
});
