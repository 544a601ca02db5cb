import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countDocument, emptyCounts, summarise, type ScoredTimex } from './score.js';

const tx = (first: number, last: number, value: string, type = 'DATE'): ScoredTimex => ({ first, last, value, type });

test('strict needs the same tokens, relaxed one shared token; attribute F1 = accuracy on relaxed matches × relaxed F1', () => {
  const counts = emptyCounts();
  const gold = [tx(3, 4, '1998-W32'), tx(10, 10, '1998-08-07'), tx(20, 22, 'P2M', 'DURATION'), tx(30, 30, 'PRESENT_REF')];
  const system = [
    tx(3, 4, '1998-W32'), //              strict, value and type right
    tx(9, 10, '1998-08-14'), //           relaxed only, wrong value
    tx(21, 22, 'P2M', 'DATE'), //         relaxed only, wrong type
    tx(40, 40, '1998'), //                spurious
  ];
  countDocument(counts, gold, system);
  const s = summarise(counts);
  assert.deepEqual(s.strict, { precision: 0.25, recall: 0.25, f1: 0.25 });
  assert.deepEqual(s.relaxed, { precision: 0.75, recall: 0.75, f1: 0.75 });
  assert.equal(s.valueF1, (2 / 3) * 0.75);
  assert.equal(s.typeF1, (2 / 3) * 0.75);
  assert.equal(s.timexes, 4);
});

test('a gold timex is claimed once: a second overlapping system timex counts as spurious', () => {
  const counts = emptyCounts();
  countDocument(counts, [tx(0, 3, 'P3Y', 'DURATION')], [tx(0, 1, 'P3Y', 'DURATION'), tx(2, 3, 'P3Y', 'DURATION')]);
  const s = summarise(counts);
  assert.equal(s.relaxed.precision, 0.5);
  assert.equal(s.relaxed.recall, 1);
});
