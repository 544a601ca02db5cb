import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brownClusters, BrownWindow, countBigrams } from './brown.js';

const SENTENCES = [
  'the minister said the army attacked the town',
  'a spokesman said the police arrested a man',
  'the president said a court fined the company',
  'the army said the rebels attacked a village',
  'a minister denied the police attacked the protesters',
  'the court said the man arrested the protesters',
].map((s) => s.split(' '));

test('the window keeps every pair loss equal to its loss computed from the counts', () => {
  const counts = countBigrams(SENTENCES, 1);
  const win = new BrownWindow(counts, 4);
  for (let w = 0; w < counts.words.length; w++) {
    win.add(w);
    if (win.activeSlots().length > 4) win.merge(...win.bestPair());
    const act = win.activeSlots();
    for (let i = 0; i < act.length; i++) {
      for (let j = i + 1; j < act.length; j++) assert.ok(Math.abs(win.lossOf(act[i], act[j]) - win.fullLoss(act[i], act[j])) < 1e-12);
    }
  }
});

test('words of one kind share a cluster, and clustering is deterministic', () => {
  const counts = countBigrams(SENTENCES, 1);
  const { bits } = brownClusters(counts, 4);
  const of = (w: string) => bits[counts.words.indexOf(w)];
  assert.equal(of('the'), of('a'));
  assert.notEqual(of('the'), of('said'));
  assert.deepEqual(brownClusters(counts, 4).bits, bits);
});
