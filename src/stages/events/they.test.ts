import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * A sentence that opens with "They" continues the plural group, named by common nouns, that the sentence
 * before made its subject or the possessor of its subject. Texts written for this test in the shape of
 * news reports; the last keeps a group named two sentences back unread.
 */
const THEY: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['Protesters gathered outside parliament in Kyiv on Monday. They urged Ukrainian President Volodymyr Zelensky to resign.', ['024 UKROPP→UKRGOV']],
  ["Protesters' demands include new elections. They had asked Belarusian President Alexander Lukashenko to step down.", ['0241 BLROPP→BLRGOV']],
  ['Protesters gathered outside parliament in Kyiv on Monday. The rain stopped in the evening. They urged Ukrainian President Volodymyr Zelensky to resign.', []],
];

test('an opening "They" is the group the sentence before made its subject', () => {
  for (const [text, expected] of THEY) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => e.root === '02'), expected, text);
});
