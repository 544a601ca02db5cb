import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

test('a question reports no act: the acts it asks about are hypothetical', () => {
  // Wikinews interviews (CC BY 2.5): wn-9b69c3aeb64d, wn-7dcde94615c5
  for (const text of ['WSS: What can you do, as president, to improve race relations in the United States?', 'WN: Should elementary schools in Iran teach and encourage students to play chess?']) {
    assert.ok(codedEvents(text, '2020-10-19').length > 0, `${text}: nothing coded`);
    assert.deepEqual(codedEvents(text, '2020-10-19', (e) => e.mode !== 'hypothetical'), [], text);
  }
});

test('an act in a clause the question takes as given keeps its mode', () => {
  // written for this test
  const text = 'After Russia attacked Ukraine, what will NATO do?';
  assert.ok(codedEvents(text, '2020-10-19', (e) => e.mode === 'asserted').includes('190 RUS→UKR'), codedEvents(text, '2020-10-19').join(', '));
});
