import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * One said to be a critic of an actor criticises it (111); the one compared with is no critic, and a
 * negated copula codes nothing. Sentences written for this test in the shape of news reports.
 */
const CRITICS: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['German Chancellor Angela Merkel was a critic of Russia.', ['111 DEUGOV→RUS']],
  ['German Chancellor Angela Merkel was much more of a critic of Russia than was French President Emmanuel Macron.', ['111 DEUGOV→RUS']],
  ['Former Israeli Prime Minister Ehud Olmert, a fierce critic of Iran, spoke on Monday.', ['111 ISRGOV→IRN']],
  ['German Chancellor Angela Merkel was never a critic of Russia.', []],
];

test('a critic of an actor criticises it', () => {
  for (const [text, expected] of CRITICS) assert.deepEqual(codedEvents(text, '2019-09-12', (e) => e.code === '111'), expected, text);
});
