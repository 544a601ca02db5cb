import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

const triggers = (text: string, published: string) => analyze(pipeline, { text, published }).events.map((e) => `${e.code} ${e.trigger.text}`);

/**
 * A participle that modifies a noun after a determiner, possessive, numeral, degree word or
 * preposition, or that opens the object of the verb right before it, names a state of the noun, not an act; after a noun it may be a misread verb and stays
 * one. Sentences from English Wikinews (CC BY 2.5, https://en.wikinews.org; article ids given).
 */
const ROWS: ReadonlyArray<readonly [sentence: string, published: string, absent: string, present: string | null]> = [
  // wn-b4a473024150: the disputed region is no act of disputing (the escalation stays)
  ['Meanwhile, the conflict between Armenia and Azerbaijan over the disputed Nagorno-Karabakh region escalated to violence.', '2020-10-04', 'disputed', null],
  // wn-3cfb6f4fc0aa
  ['Turkey and Greece had earlier had poor relations over disputed resources in the Mediterranean.', '2020-10-31', 'disputed', null],
  // wn-fa8cc9104eff: "British" before the participle is its subject; the act stays
  ['The British relinquished control of Hong Kong to China in 1997.', '2019-06-23', '', 'relinquished'],
  // wn-4a036a6152d8: the participle opens the object of the verb before it ("guarding captured militants")
  ['The US statement spoke of Turkey assuming the duty of guarding captured ISIS militants.', '2019-10-15', 'captured', null],
  // wn-4a9cec19264d
  ['Carrie Lam announced that her government will officially withdraw a proposed bill that would have allowed accused criminals to be extradited to mainland China.', '2019-09-05', 'accused', null],
  // wn-aabf18a23631: a participle graded by "less" names a state; "somewhat agreed", with its subject, is an act
  ['Mokha is generally less affected by violence than other parts of Yemen, since it was recaptured from Houthis in 2017.', '2019-01-30', 'affected', null],
];

test('an adjectival participle codes no act; a misread verb after its subject still does', () => {
  for (const [sentence, published, absent, present] of ROWS) {
    const coded = triggers(sentence, published);
    if (absent) assert.ok(!coded.some((c) => c.endsWith(` ${absent}`)), `${sentence}: ${coded.join(', ')}`);
    if (present) assert.ok(coded.some((c) => c.endsWith(` ${present}`)), `${sentence}: ${coded.join(', ')}`);
  }
});
