import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const protests = (text: string) => codedEvents(text, '2021-03-01', (e) => e.root === '14');

/**
 * A protest that names no target is aimed at the party its stated purpose names: the object of
 * "to protest", "to demand" (a possessor or an "of" phrase inside it), or the phrase of "in protest
 * of/at/against". Sentences written for this test in the shape of wire reports; a protest with a
 * target of its own keeps it.
 */
const PURPOSES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Hundreds of Kurdish refugees started a hunger strike on Tuesday to protest against Germany\'s plan to deport them.', ['142 ---→DEU']],
  ['Opposition activists continued their hunger strike to demand the release of jailed Egyptian blogger Alaa Abd el-Fattah.', ['142 EGYOPP→EGYMED']],
  ['Thousands of Belarusians protested in Minsk against President Lukashenko.', ['140 BLR→BLRGOV']],
];

test('a protest with no target of its own is aimed at the party its purpose names', () => {
  for (const [sentence, expected] of PURPOSES) assert.deepEqual(protests(sentence), expected, sentence);
});
