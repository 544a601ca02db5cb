import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * A state that recognises a state, a government or a territory as another's grants diplomatic recognition (054), not
 * praise (051, the dictionary's default for RECOGNISE). Sentences written for this test in the shape of wire reports,
 * but the first, from English Wikinews (CC BY 2.5, wn-b4a473024150).
 */
const RECOGNISED: ReadonlyArray<readonly [text: string, expected: string]> = [
  ['Like the UAE, the Muslim majority nations of Bahrain and Kosovo recognized Israel and opened diplomatic relations with the nation.', '054 KSVMUS→ISR'],
  ['Sweden recognised Palestine as a state in 2014.', '054 SWE→PSE'],
  ['Germany recognised Croatia in 1991.', '054 DEU→HRV'],
  ['Israel was recognised by the United States in 1948.', '054 USA→ISR'],
  // the place recognised is another country's: the party is the country its "as" phrase names
  ['The United States recognised the Golan Heights as Israeli territory on Monday.', '054 USA→ISR'],
  ['Washington recognised Juan Guaidó as the interim president of Venezuela.', '054 USAGOV→VENGOV'],
];

test('recognising a state, a government or a territory is diplomatic recognition', () => {
  for (const [text, expected] of RECOGNISED) assert.ok(codedEvents(text, '2021-03-01').includes(expected), `${text}: ${codedEvents(text, '2021-03-01').join(', ')}`);
});

test('recognising a country as a partner, or a person for their work, is praise, no recognition', () => {
  for (const text of ['French President Emmanuel Macron recognised Germany as a key partner.', 'The Queen recognised Britain\'s nurses for their work on Monday.']) {
    assert.ok(!codedEvents(text, '2021-03-01').some((e) => e.startsWith('054')), text);
  }
  assert.ok(codedEvents('French President Emmanuel Macron recognised Germany as a key partner.', '2021-03-01').includes('051 FRAGOV→DEU'));
});
