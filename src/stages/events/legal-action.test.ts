import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

const intended = (text: string) => codedEvents(text, '2020-07-02', (e) => e.code.startsWith('17') && e.mode === 'intended');

/**
 * Legal action named by a noun ("the prosecution of": 173), done by the subject of the verb that
 * pursues it; and the subject of a reported clause that the parser read as the object of the verb of
 * saying before it ("adding IRAN will pursue"), whose act has the clause's own mode. Wikinews (CC BY
 * 2.5, wn-9100f9b8b8a4, the president's name given in full), and one written in the shape of wire reports.
 */
const CASES: ReadonlyArray<readonly [cls: string, text: string, expected: readonly string[]]> = [
  [
    'a reported clause\'s subject read as the object of "adding"; its act is intended, not hypothetical as the verb it was hung on',
    'The prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism charges", adding Iran will pursue the prosecution of US President Donald Trump even after he ends serving as president of the US.',
    ['173 IRN→USAGOV'],
  ],
  ['the prosecution pursued by its doer', 'The Kenyan government will pursue the prosecution of the British soldiers.', ['173 KENGOV→GBRMIL']],
];

test('legal action named by a noun is coded, done by the subject of the verb that pursues it', () => {
  for (const [cls, text, expected] of CASES) assert.deepEqual(intended(text), expected, cls);
});
