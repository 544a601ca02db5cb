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

test('after a country\'s own institution, another bare word for the same kind of body is that country\'s too', () => {
  // Wikinews (CC BY 2.5), wn-aaa2ef149d83: "the Senate" after "the Congress of the Philippines" is the Philippine Senate
  const text = `${PHILIPPINES} After a Senate hearing was conducted on February 24, the Senate did not find the network had breached laws, nor its franchise terms.`;
  assert.deepEqual(codesOf(text, '2020-05-06', 'Senate'), ['PHLLEG', 'PHLLEG']);
});

test('a bare word the KB gives the United States Congress is the legislature of the story\'s country when the story never names the United States', () => {
  // written for this test
  const kenya = 'Kenyan police arrested 20 protesters in Nairobi on Monday. The Kenyan Parliament passed the bill on Tuesday. The Senate will debate it next week.';
  assert.deepEqual(codesOf(kenya, '2020-05-06', 'Senate'), ['KENLEG']);
  // the story names the United States (here by its capital): the KB's reading stands
  const washington = 'Kenyan police arrested 20 protesters in Nairobi on Monday. In Washington, the Senate will debate sanctions next week.';
  assert.deepEqual(codesOf(washington, '2020-05-06', 'Senate'), ['USAGOVLEG']);
});
