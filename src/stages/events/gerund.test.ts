import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * An "-ing" noun with a possessor and no "of" phrase names an act done to the possessor (clause.ts possessedGerund):
 * "Khashoggi's killing" was coded as Khashoggi killing someone (190 by SAUMED). Wikinews (CC BY 2.5: wn-f3c9f47d0e91,
 * wn-d2688f005a05).
 */
test('a possessed "-ing" noun is no act of its possessor', () => {
  const killings = (text: string) => codedEvents(text, '2019-09-29', (e) => e.code.startsWith('19'));
  assert.deepEqual(killings('The CIA and other intelligence agencies reportedly believe the crown prince ordered Khashoggi\'s killing.'), []);
  assert.deepEqual(codedEvents('NASA interrupted its coverage of an International Space Station spacewalk to mourn Leonov\'s passing.', '2019-10-12', (e) => e.trigger.text === 'passing'), []);
});
