import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCounts, bcubed, ceafe, emptyCounts, muc, toPrf } from '../coref/metrics.js';
import { scoreClusters, type ScoredMention } from './score.js';

const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

// Topic 1: articles A and B report one event (a1, b1); a2 and b2 are events of their own.
// Parley joins b2 to the shared event. Topic 2: c1 and c2 corefer; Parley leaves them apart.
const mentions: ScoredMention[] = [
  { id: 'A:a1', instance: 'X', topic: 1 },
  { id: 'A:a2', instance: 'A:a2', topic: 1 },
  { id: 'B:b1', instance: 'X', topic: 1 },
  { id: 'B:b2', instance: 'B:b2', topic: 1 },
  { id: 'C:c1', instance: 'Y', topic: 2 },
  { id: 'D:c2', instance: 'Y', topic: 2 },
];
const topicOne = mentions.filter((m) => m.topic === 1);
const response = new Map([['A:a1', 'r1'], ['B:b1', 'r1'], ['B:b2', 'r1']]);

test('one topic, worked by hand: MUC, B³ and CEAF-e with singletons', () => {
  const s = scoreClusters(topicOne, response);
  // MUC: the key link a1–b1 is kept (R 1/1); of the response's two links, one is right (P 1/2).
  near(s.muc.recall, 1);
  near(s.muc.precision, 1 / 2);
  // B³: every mention's key chain is whole in its response chain (R 1); precision a1 2/3, b1 2/3, b2 1/3, a2 1.
  near(s.bcubed.recall, 1);
  near(s.bcubed.precision, (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
  // CEAF-e: {a1,b1}↔{a1,b1,b2} φ4 = 4/5, {a2}↔{a2} 1; three key chains, two response chains.
  near(s.ceafe.recall, 1.8 / 3);
  near(s.ceafe.precision, 1.8 / 2);
  near(s.conllF1, (2 / 3 + 0.8 + 0.72) / 3);
});

test('topics are scored apart and their counts summed', () => {
  const s = scoreClusters(mentions, response);
  near(s.muc.recall, 1 / 2); // (1 + 0) / (1 + 1)
  near(s.muc.precision, 1 / 2); // (1 + 0) / (2 + 0)
  near(s.bcubed.recall, 5 / 6); // (4 + 1/2 + 1/2) / 6
  near(s.bcubed.precision, 7 / 9); // (8/3 + 2) / 6
  near(s.ceafe.recall, (1.8 + 2 / 3) / 4);
  near(s.ceafe.precision, (1.8 + 2 / 3) / 4);
});

test('summing over topics equals scoring the whole corpus as one document', () => {
  const key = [['A:a1', 'B:b1'], ['A:a2'], ['B:b2'], ['C:c1', 'D:c2']];
  const system = [['A:a1', 'B:b1', 'B:b2'], ['A:a2'], ['C:c1'], ['D:c2']];
  const s = scoreClusters(mentions, response);
  for (const [metric, got] of [[muc, s.muc], [bcubed, s.bcubed], [ceafe, s.ceafe]] as const) {
    const whole = emptyCounts();
    addCounts(whole, metric(key, system));
    near(toPrf(whole).f1, got.f1);
  }
});

test('the gold clustering scores 1 and all singletons score MUC 0', () => {
  const gold = scoreClusters(mentions, new Map(mentions.map((m) => [m.id, m.instance])));
  near(gold.conllF1, 1);
  const alone = scoreClusters(mentions, new Map());
  near(alone.muc.f1, 0);
  near(alone.bcubed.precision, 1);
});
