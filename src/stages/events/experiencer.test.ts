import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** The one disappointed disapproves of whoever disappointed it (English Wikinews, CC BY 2.5, wn-aafee3e24c0c). */
test('a feeling of disappointment is the feeler\'s disapproval of its cause', () => {
  const text = 'Following the vote, a United States Department of State spokesperson, Morgan Ortagus, indicated the United States was disappointed by the Iraqi Parliament\'s decision.';
  const coded = codedEvents(text, '2020-01-06');
  assert.ok(coded.some((e) => e.startsWith('110 USA') && e.includes('→IRQ')), coded.join(', '));
  assert.ok(!coded.some((e) => e.startsWith('110 IRQ')), coded.join(', '));
});
