import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as predicates from './predicates.js';

type Predicate = (value: string) => boolean;

/* Each predicate with values for which it holds and values for which it does not. */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['capitalised', ['Minutes', 'Today'], ['minutes', '60']], // "60 Minutes", a title
  ['aOrOne', ['a', 'One'], ['an', 'two']],
  ['theWordOne', ['one', 'One'], ['a', '1', 'someone']],
  ['article', ['a', 'An'], ['one', 'and']],
  ['inFigures', ['97', '1996'], ['ninety-seven', 'a']],
  ['yearLike', ['2018', '1850'], ['1700', '20188', 'five']],
  ['plural', ['years', 'Days'], ['year', 'day']],
  ['fromPointNamed', ['the previous', 'The  following', 'the next'], ['next', 'the coming', 'previous']],
  ['spanningRel', ['the past', 'last', 'The Next', 'coming'], ['this', 'the previous', 'that']],
  ['movableFeast', ['easter', 'easter monday', 'good friday', 'palm sunday'], ['christmas', 'labor day']],
  ['isDayValue', ['2019-06-12'], ['2019-06', '2019-06-12T10:00', '2019-Q3']],
  ['isMonthValue', ['2019-06'], ['2019-06-12', '2019', '2019-W23']],
  ['isQuarterValue', ['2019-Q3'], ['2019-Q3-XX', 'XXXX-Q3', '2019-03']],
  ['isCalendarPoint', ['2019', '2019-06', '2019-06-12', '2019-06-12T10:00'], ['2019-Q3', '2019-W23', 'PAST_REF', '201']],
  ['hasYear', ['2019', '2019-Q3'], ['XXXX-06', 'PAST_REF']],
  ['hasMonth', ['2019-06', '2019-06-12T10:00'], ['2019', '2019-Q3', '2019-W23']],
  ['hasDay', ['2019-06-12', '2019-06-12TNI'], ['2019-06', '2019-06-XX']],
];

for (const [name, holds, fails] of CASES) {
  test(`predicate ${name}`, () => {
    const predicate = (predicates as unknown as Record<string, Predicate>)[name];
    for (const value of holds) assert.equal(predicate(value), true, value);
    for (const value of fails) assert.equal(predicate(value), false, value);
  });
}

test('fractionNamed: a quarter or a half, else nothing', () => {
  assert.deepEqual(['a quarter', 'half', 'Half', 'two', 'halfway'].map(predicates.fractionNamed), [0.25, 0.5, 0.5, null, null]);
});

test('calendarParts and quarterParts read a value, or nothing', () => {
  assert.deepEqual(predicates.calendarParts('2019-06'), { year: 2019, month: 6, day: undefined });
  assert.deepEqual(predicates.calendarParts('2019-06-12T10:00'), { year: 2019, month: 6, day: 12 });
  assert.deepEqual(predicates.calendarParts('2019'), { year: 2019, month: undefined, day: undefined });
  assert.equal(predicates.calendarParts('2019-Q3'), null);
  assert.deepEqual(predicates.quarterParts('2019-Q3'), { year: 2019, q: 3 });
  assert.equal(predicates.quarterParts('2019-03'), null);
});

test('every predicate has its case', () => {
  const tested = new Set([...CASES.map(([name]) => name), 'fractionNamed', 'calendarParts', 'quarterParts']);
  assert.deepEqual(Object.keys(predicates).filter((name) => !tested.has(name)), []);
});
