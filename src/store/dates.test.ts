import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstDay, isoWeekOf, lastDay } from './dates.js';

test('date values become the first and last days they denote', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['2020-09-02', '2020-09-02', '2020-09-02'],
    ['2020-09-02T14:48', '2020-09-02', '2020-09-02'],
    ['2025-W02', '2025-01-06', '2025-01-12'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2019-Q4', '2019-10-01', '2019-12-31'],
    ['2019', '2019-01-01', '2019-12-31'],
    ['P3Y', null, null],
    ['PRESENT_REF', null, null],
  ];
  for (const [value, first, last] of cases) {
    assert.equal(firstDay(value), first, value);
    assert.equal(lastDay(value), last, value);
  }
});

test('days fall in their ISO weeks, across year ends', () => {
  // The seed article's Monday, the first days of 2021 (still in 2020-W53) and the last of 2024 (already 2025-W01).
  const cases: Array<[string, string]> = [['2025-01-13', '2025-W03'], ['2021-01-03', '2020-W53'], ['2024-12-30', '2025-W01'], ['2020-09-02', '2020-W36']];
  for (const [day, week] of cases) {
    assert.equal(isoWeekOf(day), week, day);
    assert.equal(firstDay(week)! <= day && day <= lastDay(week)!, true, `${day} within ${week}`);
  }
});
