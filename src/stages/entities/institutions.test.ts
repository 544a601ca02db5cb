import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const analyzer = createAnalyzer(['segment', 'mentions', 'anchor', 'entities']);

/** The codes of the entities of each mention with this exact text, in order. */
function codesOf(text: string, published: string, mention: string): string[] {
  const record = analyze(analyzer, { text, published });
  return record.entities.flatMap((e) => e.mentions.filter((m) => m.text === mention).map((m) => ({ start: m.start, code: e.actor?.cameo ?? '-' })))
    .sort((a, b) => a.start - b.start).map((m) => m.code);
}

// Wikinews (CC BY 2.5): wn-aaa2ef149d83, "Philippines' largest television network shut down by government", 2020-05-06.
const PHILIPPINES = 'Republic Act No. 3846 states that no person shall operate a radio broadcasting station without having first obtained a franchise therefor from the Congress of the Philippines. The network tried to renew their franchise as early as July 2019, but all eleven of the legislative bills filed have been stuck in Congress. The franchise of ABS-CBN expired on Monday, the same day Congress reconvened.';

test('the bare word after a country\'s own institution is that institution, not the KB\'s ("Congress" after "the Congress of the Philippines")', () => {
  assert.deepEqual(codesOf(PHILIPPINES, '2020-05-06', 'Congress'), ['PHLLEG', 'PHLLEG']);
});

test('without a country\'s own institution named, the KB\'s reading stands', () => {
  assert.deepEqual(codesOf('The bills filed have been stuck in Congress since July.', '2020-05-06', 'Congress'), ['USAGOVLEG']);
});
