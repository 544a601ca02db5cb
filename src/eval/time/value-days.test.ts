import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueDays, withinBounds } from './value-days.js';

/** A value's days as ISO dates, to read the expectations. */
function isoDays(value: string, year?: number): [string, string] | null {
  const days = valueDays(value, year);
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  return days && [iso(days.first), iso(days.last)];
}

test('a date value covers the days of its granularity', () => {
  assert.deepEqual(isoDays('2015'), ['2015-01-01', '2015-12-31']);
  assert.deepEqual(isoDays('2016-02'), ['2016-02-01', '2016-02-29']);
  assert.deepEqual(isoDays('2015-08-21'), ['2015-08-21', '2015-08-21']);
  assert.deepEqual(isoDays('2010-09-04T22:30'), ['2010-09-04', '2010-09-04']);
  assert.deepEqual(isoDays('2015-09-11TAF'), ['2015-09-11', '2015-09-11']);
  assert.deepEqual(isoDays('2015-W38'), ['2015-09-14', '2015-09-20']);
  assert.deepEqual(isoDays('2016-W35-WE'), ['2016-09-03', '2016-09-04']);
  assert.deepEqual(isoDays('2013-WI'), ['2013-12-01', '2014-02-28']);
  assert.deepEqual(isoDays('2012-Q3'), ['2012-07-01', '2012-09-30']);
  assert.deepEqual(isoDays('196'), ['1960-01-01', '1969-12-31']);
  assert.deepEqual(isoDays('19'), ['1900-01-01', '1999-12-31']);
  assert.deepEqual(isoDays('19XX'), ['1900-01-01', '1999-12-31']);
  assert.deepEqual(isoDays('196X'), ['1960-01-01', '1969-12-31']);
  assert.deepEqual(isoDays('XXXX-10', 2013), ['2013-10-01', '2013-10-31']);
  for (const notADate of ['XXXX-10', 'P15Y', 'PAST_REF', 'XXXX-WXX-WE']) assert.equal(valueDays(notADate), null, notADate);
});

test('a value is within GUM bounds when its days overlap them', () => {
  // "last week" in GUM's news_clock, from 2015-09-14 to 2015-09-20.
  assert.equal(withinBounds('2015-W38', '2015-09-14', '2015-09-20'), true);
  assert.equal(withinBounds('2015-W37', '2015-09-14', '2015-09-20'), false);
  // "the 1960s": a decade, or a year of it, is inside; "a couple of years back" (only a notAfter) is any time before.
  assert.equal(withinBounds('196', '1960-01-01', '1969-12-31'), true);
  assert.equal(withinBounds('2005', undefined, '2007-11-25'), true);
  assert.equal(withinBounds('2008', undefined, '2007-11-25'), false);
  assert.equal(withinBounds('P2Y', undefined, '2007-11-25'), false);
  // "Winter", XXXX-12 to XXXX-03, runs across New Year, whatever year the value has or lacks.
  assert.equal(withinBounds('2014-01', 'XXXX-12', 'XXXX-03'), true);
  assert.equal(withinBounds('2013-WI', 'XXXX-12', 'XXXX-03'), true);
  assert.equal(withinBounds('XXXX-02', 'XXXX-12', 'XXXX-03'), true);
  assert.equal(withinBounds('2013-07', 'XXXX-12', 'XXXX-03'), false);
  // A value without a year cannot be placed between dated bounds.
  assert.equal(withinBounds('XXXX-09', '2012-06', '2012-09'), false);
});
