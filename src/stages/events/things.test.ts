import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/**
 * Acts of force and threats aimed at a thing whose owner or place an earlier sentence named: the owner
 * is the target. Sentences written for this test in the shape of wire reports.
 */
const OWNED: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['Ukrainian drones struck an oil refinery in Russia on Sunday. Kyiv said its forces would hit more refineries in the coming weeks.', ['195 UKR→RUS', '190 UKRMIL→RUS']],
  ['Russian artillery shelled a power plant in Ukraine overnight. Russia later said it would strike the plant again.', ['190 RUSMIL→UKR', '138 RUS→UKR']],
];

test('an act on a thing whose owner an earlier sentence named is aimed at that owner', () => {
  for (const [text, expected] of OWNED) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => /^(13|18|19|20)/.test(e.code)), expected, text);
});

/**
 * An act of force its own doer states it will do is the threat of it (138); one actor's statement that
 * another will use force is no threat of the speaker's. Written for this test in the shape of wire reports.
 */
const STATED: ReadonlyArray<readonly [text: string, expected: readonly string[]]> = [
  ['Iran said it will attack any American ships in the Gulf.', ['138 IRN→USA']],
  ['North Korea said on Friday that it would strike South Korea.', ['138 PRK→KOR']],
  ['Officials in Seoul said North Korea would attack South Korea.', ['190 PRK→KOR']],
];

test('an act of force its doer states it will do is a threat', () => {
  for (const [text, expected] of STATED) assert.deepEqual(codedEvents(text, '2021-03-01', (e) => /^(13|18|19|20)/.test(e.code)), expected, text);
});
