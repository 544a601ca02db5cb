import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** An act of force in the "of" phrase of a copular "target" or "victim" is done to the copula's subject. Written for this test. */
test('the subject of "was the target of" an attack is the party attacked', () => {
  assert.deepEqual(codedEvents('In 2019, the US embassy was the target of an Iranian rocket attack.', '2020-01-05', (e) => e.root === '19' || e.root === '18'), ['190 IRN→USAGOV']);
});
