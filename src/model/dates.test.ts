import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublished } from './dates.js';

const ACCEPTED = ['2025-01-14', '1851-09-18', '2199-12-31', '2024-02-29', '2025-01-14T09:30:00Z', '2025-01-14T09:30+05:45', '2025-01-14T23:59:59-12:00', '2025-01-14 08:00+14:00'];
const REFUSED: Array<[string, RegExp]> = [
  ['0000-01-01', /outside the years 1800–2199/],
  ['9999-12-31', /outside the years/],
  ['1799-12-31', /outside the years/],
  ['2025-02-29', /not a real calendar date/],
  ['2025-01-14T10:00+99:99', /impossible UTC offset/],
  ['2025-01-14T10:00+15:00', /impossible UTC offset/],
  ['2025-01-14T10:00-13:00', /impossible UTC offset/],
  ['2025-01-14T10:00+05:07', /impossible UTC offset/],
  ['2025-01-14T24:00', /impossible time of day/],
  ['14/01/2025', /not a date/],
];

test('publication dates in a sane range with real UTC offsets are accepted unchanged', () => {
  for (const value of ACCEPTED) assert.equal(parsePublished(value), value);
});

test('placeholder years and impossible offsets are refused (issue 16, defect 6)', () => {
  for (const [value, message] of REFUSED) assert.throws(() => parsePublished(value), message, value);
});
