import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

type Row = readonly [sentence: string, expected: readonly string[]];

/**
 * Acts named by a noun inside a frame noun ("a STATE of siege", "a WAVE of air strikes") or on what
 * its "of" phrase names ("a suspension of air links WITH Serbia"); a state of siege or emergency is
 * the legal regime (1724), which, like every administrative sanction, needs no party named, and falls
 * on the place its frame's "in" phrase names.
 * Sentences written for this test in the shape of wire reports.
 */
const FRAMED: readonly Row[] = [
  ["Thailand's government declared a state of siege in the southern provinces on Friday.", ['1724 THAGOV→---']],
  ['The military government declared a state of siege in Bolivia on Monday, citing unrest in the mining towns.', ['1724 BOLGOVMIL→BOL']],
  ['Ecuador announced the suspension of trade talks with Colombia.', ['160 ECU→COL']],
  ['Jordan announced the suspension of flights to Israel.', ['160 JOR→ISR']],
  ['The army imposed a curfew on the city.', ['1723 ---MIL→---']],
];

test('an act named inside a frame noun or a suspension is coded; administrative sanctions need no party', () => {
  for (const [sentence, expected] of FRAMED) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});

/** A verb that extends, renews, maintains or tightens the act its object names continues it: the act is its subject's (future: intended). */
const CONTINUED: readonly Row[] = [
  ['The government extended the curfew in Abidjan.', ['1723 CIVGOV→CIV']],
  ['President Ouattara announced on Sunday that he will extend the curfew in Abidjan.', ['1723 CIVGOV→CIV']],
];

test('extending or renewing an act is the act, by the subject of the verb', () => {
  for (const [sentence, expected] of CONTINUED) assert.deepEqual(codedEvents(sentence, '2021-03-01'), expected, sentence);
});
