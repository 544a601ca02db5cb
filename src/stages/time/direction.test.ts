import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timex, value, tensed } from './time.test-helpers.js';

test('bare weekdays point back in reports and forward when the clause looks ahead', () => {
  const p = '2025-01-14';
  assert.equal(value('The two leaders will meet on Monday in Brussels.', p, 'Monday'), '2025-01-20');
  assert.equal(value('Talks are scheduled to resume Thursday in Geneva.', p, 'Thursday'), '2025-01-16');
  assert.equal(value('The ministers met Thursday in Geneva.', p, 'Thursday'), '2025-01-09');
  assert.equal(value('Troops crossed the border last Tuesday, officials said.', p, 'last Tuesday'), '2025-01-07');
  assert.equal(value('Suspected bombs exploded outside the U.S. embassies Friday, killing dozens of people.', '1998-08-07', 'Friday'), '1998-08-07');
});

test('"until", "by" and "since": prepositions that set the direction stay outside the extent', () => {
  const p = '2025-01-14';
  assert.equal(value('Immigration officials postponed until Tuesday any action on the case.', '2025-01-16', 'Tuesday'), '2025-01-21');
  assert.equal(value('The ministry wants the corridor open by August.', p, 'August'), '2025-08');
  assert.equal(value('Shelling has continued since mid-December, residents said.', p, 'mid-December'), '2024-12');
  const zone = timex('The ceasefire takes effect at 3 p.m. GMT, the mediators said.', p, '3 p.m. GMT');
  assert.deepEqual([zone.type, zone.value], ['TIME', '2025-01-14T15:00']);
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

test('month direction: "this year through August" is behind us, "would be paid in January" ahead', () => {
  const p = '1989-10-27';
  assert.equal(value('Sales were little changed this year through August, the fund said.', p, 'August'), '1989-08');
  assert.equal(value('In January, American Medical brought in a new chief executive.', p, 'January'), '1989-01');
  assert.equal(value('The dividend would be paid in January to holders of record.', p, 'January'), '1990-01');
  assert.equal(value('Sales should pick up from now through August, the fund said.', p, 'August'), '1990-08');
});

test('a fronted date takes the tense of the main clause after its comma', () => {
  assert.equal(value('In January, a clinic bombing in Birmingham, Ala., killed a security guard and severely wounded a nurse.', '1998-10-25', 'January'), '1998-01');
  assert.equal(value('In March, the two leaders will sign the treaty in Warsaw.', '2024-12-20', 'March'), '2025-03');
  assert.equal(tensed('On Tuesday, the National Abortion Rights Action League plans to hold a news conference to screen an advertisement.', '1998-10-26', 'Tuesday'), '1998-10-27');
});

test('direction: "due to the shooting" is no schedule, a quotation after a colon is another clause, "by March," fronted follows its clause', () => {
  const p = '2020-10-22';
  assert.equal(value('Trump referred to riots that had broken out due to the police shooting of Jacob Blake in August.', p, 'August'), '2020-08');
  assert.equal(value('The campaign recycled a statement it first put out in July: "The American people will decide this election."', p, 'July'), '2020-07');
  assert.equal(value('The virus spread globally, and by March, drastic measures were taken by the government.', p, 'March'), '2020-03');
  assert.equal(value('The offer, extended until Nov. 16, stands.', p, 'Nov. 16'), '2020-11-16');
  assert.equal(value('The launch is due to take place in January.', p, 'January'), '2021-01');
});
