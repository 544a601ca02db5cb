import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstDay, lastDay } from './dates.js';

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
