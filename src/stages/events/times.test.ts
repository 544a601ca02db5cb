import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

/**
 * A date inside a clause that modifies a noun dates that clause's act, not the main verb's: the
 * election is "to be held on August 9", the rally on Thursday; a verb under the clause shares its
 * date ("… gathered in Cairo on Wednesday to discuss"). Sentences from Wikinews (CC BY 2.5,
 * wn-558c314476a5, wn-7a5683dc9a11, wn-30b42e810484).
 */
const DATED: ReadonlyArray<readonly [sentence: string, published: string, trigger: string, date: string]> = [
  ['On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk, Belarus.', '2020-08-03', 'held', '2020-07-30'],
  ["O'Rourke dropped out ahead of the upcoming Democratic primary debate scheduled for November 20 in Georgia.", '2019-11-04', 'dropped out', '2019-11-04'],
  ['Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations.', '2020-01-11', 'discuss', '2020-01-08'],
];

test("a date in a clause modifying a noun is that clause's, not the act's", () => {
  const pipeline = createAnalyzer();
  for (const [sentence, published, trigger, date] of DATED) {
    const dates = analyze(pipeline, { text: sentence, published }).events.filter((e) => e.trigger.text === trigger).map((e) => e.date);
    assert.ok(dates.length > 0 && dates.every((d) => d === date), `${sentence}: ${dates.join(', ')}`);
  }
});
