import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

test('an agent word that modifies the noun after it is no party, also where the tokeniser read that noun as an adjective', () => {
  // Wikinews (CC BY 2.5), wn-4a036a6152d8: "a military OFFENSIVE" is no act on Turkey's own military
  const text = 'On Wednesday, Turkey began a military offensive with airstrikes followed by a ground invasion.';
  const events = codedEvents(text, '2019-10-09');
  assert.ok(events.some((e) => e.startsWith('190 TUR→')) && !events.some((e) => /→(TUR|---)MIL/.test(e)), events.join(', '));
});
