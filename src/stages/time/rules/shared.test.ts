import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aOrOne, article, capitalised, isDayValue, isMonthValue, isQuarterValue } from './shared.js';

test('the predicates resolvers read group values with', () => {
  assert.deepEqual(['Minutes', 'minutes', '60'].map(capitalised), [true, false, false]); // "60 Minutes", a title
  assert.deepEqual(['a', 'One', 'an', 'two'].map(aOrOne), [true, true, false, false]);
  assert.deepEqual(['a', 'An', 'one', 'and'].map(article), [true, true, false, false]);
  assert.deepEqual(['2019-06-12', '2019-06', '2019-06-12T10:00', '2019-Q3'].map(isDayValue), [true, false, false, false]);
  assert.deepEqual(['2019-06', '2019-06-12', '2019', '2019-W23'].map(isMonthValue), [true, false, false, false]);
  assert.deepEqual(['2019-Q3', '2019-Q3-XX', 'XXXX-Q3', '2019-03'].map(isQuarterValue), [true, false, false, false]);
});
