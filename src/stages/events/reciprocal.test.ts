import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

const coded = (text: string) => analyze(pipeline, { text, published: '2020-01-10' }).events.map((e) => `${e.code} ${e.sourceActor ?? '---'}→${e.targetActor ?? '---'}`);

/**
 * Coordinated subjects act on each other, when no one else is named, only in acts that are mutual:
 * fighting, meeting, cooperating, agreeing. The first sentence from English Wikinews (CC BY 2.5,
 * https://en.wikinews.org; demo-corpus article wn-ce3b8cf25a80), the last two from wn-d4c395914b7f and
 * wn-6a48d9cc79fb; the others written for this test in the shape of wire reports.
 */
const LISTS: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  // Each refused and each criticised, with no party named (`partyless.ts`): never each other.
  ['Barr and Ross, however, refused to hand over the documents.', ['120 ---→---', '120 ---→---']],
  ['The United Nations and United States have both criticised the decision.', ['111 IGOUNO→---', '111 USA→---']],
  ['Armenia and Azerbaijan fought over Nagorno-Karabakh in 2020.', ['190 ARM→AZE', '190 AZE→ARM']],
  ['Armenia and Azerbaijan disagreed on Monday.', ['110 ARM→AZE', '110 AZE→ARM']],
  // An object they hold between them keeps the act mutual (wn-d4c395914b7f); a thing of one side does not.
  ['On November 27, Turkey and Libya signed a maritime border agreement, according to which a section between Crete and Cyprus would cross the Turkish economic zone.', ['057 TUR→LBY', '057 LBY→TUR']],
  // welcoming a deal praises the deal, not the other who welcomes it
  ['Lawmakers and officials in France welcomed the deal.', []],
  // demo-corpus article wn-6a48d9cc79fb: endorsing the result is no endorsement of each other
  ['Mugabe won a presidential election over Morgan Tsvangirai of the MDC, but amid reports of violence and fraud, neither the European Union nor the United States would endorse the result.', []],
];

test('coordinated subjects are each other\'s targets only in mutual acts', () => {
  for (const [sentence, expected] of LISTS) assert.deepEqual(coded(sentence), expected, sentence);
});
