import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * A statement that another actor is something good praises it (051), something bad criticises it (111);
 * a hedged judgement, one of the speaker's own country and one of a thing of an actor stay the statement.
 * Sentences written for this test in the shape of news reports.
 */
const JUDGED: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['French President Emmanuel Macron said German Chancellor Angela Merkel was a great partner.', ['051 FRAGOV→DEUGOV']],
  ['The Israeli defence minister said Iran was a threat to the region.', ['111 ISRGOV→IRN']],
  ['Russian President Vladimir Putin said Germany could be a dangerous partner.', []],
  ['British Prime Minister Boris Johnson said Britain was a great country.', []],
  ['Egyptian President Abdel Fattah el-Sisi said the success of the African Union will be the real test.', []],
];

test('a statement that another actor is good or bad praises or criticises it', () => {
  for (const [text, expected] of JUDGED) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => e.code === '051' || e.code === '111'), expected, text);
});
