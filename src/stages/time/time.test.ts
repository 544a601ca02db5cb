import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../model/layers.js';
import { findTimexes } from './index.js';
import { timex, value, docWithTimexes } from './time.test-helpers.js';

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

test('every timex offset slices its own text out of the document', () => {
  const text = 'Zelensky announced on Monday that talks would begin on January 20th. Biden said three years of war had changed Europe.';
  const doc = docWithTimexes(text, '2025-01-14');
  const found = doc.get('timexes').map((t) => text.slice(t.start, t.end));
  assert.deepEqual(found, ['Monday', 'January 20th', 'three years']);
  for (const t of doc.get('timexes')) assert.ok(t.by.startsWith('time/'));
});

test('a quotation\'s "this morning" is the speaker\'s day, no reference for the narrative\'s "later that day" (Wikinews)', () => {
  const text = 'At least seven people were killed yesterday, when a bomber crashed at Bradley International Airport.\n\nDr. Steven Wolf said, "We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning."\n\nBradley Airport was shut down after the incident and reopened later that day at 2 p.m. ET (1800 UTC).';
  const later = timex(text, '2019-10-03', 'later that day');
  assert.deepEqual([later.value, later.mod], ['2019-10-02', 'END']);
  assert.equal(value(text, '2019-10-03', '2 p.m. ET'), '2019-10-02T14:00');
  // inside the same quotation it still is one: "this morning … later that day", said in one breath
  assert.equal(value('"We met this morning and talked again later that day," she said.', '2019-10-03', 'later that day'), '2019-10-03');
});
