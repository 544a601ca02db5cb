import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyValueError, groupValueErrors } from './value-errors.js';

test('wrong values are told apart from annotation conventions', () => {
  assert.match(classifyValueError('1989-W42', '1989-WXX'), /unresolved/);
  assert.match(classifyValueError('PXY', 'P2Y'), /counts what we leave vague/);
  assert.match(classifyValueError('2000-W07', '2000-W7'), /leading zero/);
  assert.match(classifyValueError('2000-01-07', '2000-01-07TEV'), /part of the day/);
  assert.match(classifyValueError('PXY', 'PAST_REF'), /reference/);
  assert.match(classifyValueError('1998-W33', 'P1W'), /duration against a point/);
  assert.match(classifyValueError('1990-08-14', '1990-08-07'), /same granularity/);
  assert.match(classifyValueError('1998-W32', '1998-08-04'), /another granularity/);
});

test('grouping counts each class and keeps a few examples, largest class first', () => {
  const groups = groupValueErrors([
    { text: 'Tuesday', system: '1990-08-14', gold: '1990-08-07' },
    { text: 'Monday', system: '1990-08-13', gold: '1990-08-06' },
    { text: 'last week', system: '1989-W42', gold: '1989-WXX' },
  ], 1);
  assert.deepEqual(groups.map((g) => [g.count, g.examples.length]), [[2, 1], [1, 1]]);
  assert.equal(groups[0].examples[0], '"Tuesday" 1990-08-14 → 1990-08-07');
});
