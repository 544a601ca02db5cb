import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countDates, emptyDateCounts, summariseDates, type DateError } from './gum-dates-score.js';
import type { GumDate } from './gum-dates.js';

// Dates of GUM's news_clock (Wikinews, CC BY 2.5), placed by hand in a text of their own.
const GOLD: GumDate[] = [
  { start: 0, end: 9, text: 'Wednesday', when: '2015-09-16' },
  { start: 20, end: 29, text: 'last week', notBefore: '2015-09-07', notAfter: '2015-09-13' },
  { start: 40, end: 46, text: 'Monday', when: '2015-09-14' },
  { start: 60, end: 72, text: 'this weekend', notBefore: '2015-09-19', notAfter: '2015-09-20' },
  { start: 80, end: 84, text: '2015', when: '2015' },
];

test('each gold date takes the first overlapping timex: found, right value, or within its bounds', () => {
  const system = [
    { start: 0, end: 9, value: '2015-09-16' },
    // Two timexes overlap "last week"; the one starting first is compared.
    { start: 25, end: 35, value: '2015-W40' },
    { start: 15, end: 29, value: '2015-W37' },
    // A part of the gold's day says what it says; a clock time or another day does not.
    { start: 40, end: 56, value: '2015-09-14TMO' },
    { start: 60, end: 72, value: 'P2D' },
  ];
  const counts = emptyDateCounts();
  const errors: DateError[] = [];
  countDates(counts, 'clock', GOLD, system, (e) => errors.push(e));
  assert.deepEqual(summariseDates(counts), {
    dates: { gold: 3, found: 2, rightValue: 2, valueAccuracy: 2 / 3, foundRate: 2 / 3 },
    ranges: { gold: 2, found: 2, inside: 1 },
  });
  assert.deepEqual(errors, [
    { document: 'clock', text: 'this weekend', gold: '2015-09-19..2015-09-20', ours: 'P2D' },
    { document: 'clock', text: '2015', gold: '2015', ours: null },
  ]);
});

test('a part of the day counts as its day, a clock time or a part of another day does not', () => {
  const gold: GumDate[] = [
    { start: 0, end: 8, text: 'Thursday', when: '2015-08-20' },
    { start: 20, end: 26, text: 'Monday', when: '2015-09-14' },
    { start: 40, end: 48, text: 'Saturday', when: '2015-09-19' },
  ];
  const system = [
    { start: 0, end: 18, value: '2015-08-20TAF' },
    { start: 20, end: 26, value: '2015-09-14T09:00' },
    { start: 40, end: 54, value: '2015-09-12TNI' },
  ];
  const counts = emptyDateCounts();
  countDates(counts, 'korea', gold, system);
  assert.equal(summariseDates(counts).dates.rightValue, 1);
});

test('no gold dates give rates of zero, not NaN', () => {
  assert.deepEqual(summariseDates(emptyDateCounts()).dates, { gold: 0, found: 0, rightValue: 0, valueAccuracy: 0, foundRate: 0 });
});
