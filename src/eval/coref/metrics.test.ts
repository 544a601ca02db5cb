import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignment } from './assignment.js';
import { parseCorefConll } from './conll.js';
import { toHeads } from './index.js';
import { bcubed, ceafe, muc, toPrf, type Chain } from './metrics.js';

// The worked example of Pradhan et al. (2014), "Scoring Coreference Partitions of Predicted Mentions".
const key: Chain[] = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
const response: Chain[] = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];
const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('MUC counts the links kept on each side', () => {
  const s = toPrf(muc(key, response));
  near(s.recall, 2 / 5);
  near(s.precision, 2 / 5);
});

test('B³ weighs every mention by its chain overlaps', () => {
  const s = toPrf(bcubed(key, response));
  near(s.recall, 35 / 12 / 7);
  near(s.precision, 4 / 8);
});

test('CEAF-e aligns chains one to one and keeps the best total', () => {
  const s = toPrf(ceafe(key, response));
  near(s.recall, 1.3 / 2);
  near(s.precision, 1.3 / 3);
});

test('identical partitions score 1 everywhere, singletons included', () => {
  const chains: Chain[] = [['a', 'b'], ['c']];
  for (const metric of [bcubed, ceafe]) near(toPrf(metric(chains, chains)).f1, 1);
  near(toPrf(muc(chains, chains)).f1, 1);
});

test('the assignment finds the maximum total on a rectangular matrix', () => {
  const pairs = assignment([[1, 9, 1], [8, 10, 1]]);
  assert.deepEqual(pairs.sort(), [[0, 1], [1, 0]]);
  assert.deepEqual(assignment([[3], [5], [4]]), [[1, 0]]);
});

test('GUM-style marks: nested, one-token and multi-token mentions with Wikipedia titles', () => {
  const [doc] = parseCorefConll([
    '# begin document GUM_news_x',
    '0\tNorth\t(place-1-North_Korea',
    '1\tKorea\tplace-1)',
    '2\tsaid\t_',
    '3\tits\t(person-2(place-1-North_Korea)',
    '4\tleader\tperson-2)',
    '# end document',
  ].join('\n'));
  assert.equal(doc.id, 'GUM_news_x');
  assert.deepEqual(doc.tokens, ['North', 'Korea', 'said', 'its', 'leader']);
  assert.deepEqual(doc.chains, [[{ start: 0, end: 2 }, { start: 3, end: 4 }], [{ start: 3, end: 5 }]]);
});

test('head match: a mention inside a gold mention with the same last token stands for it, once', () => {
  const gold = [{ start: 0, end: 4 }, { start: 6, end: 7 }];
  // "University of Helsinki" (1:4) inside "the University of Helsinki" (0:4); "Helsinki" (3:4) as well, but the gold mention is taken.
  assert.deepEqual(toHeads([['1:4', '6:7'], ['3:4'], ['5:6']], gold), [['0:4', '6:7'], ['3:4'], ['5:6']]);
});
