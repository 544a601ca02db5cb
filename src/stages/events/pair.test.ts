import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/**
 * A pair of countries named by its kind stands for the last two countries the text named. From
 * English Wikinews (CC BY 2.5, https://en.wikinews.org; demo-corpus article wn-806f2b644bf2).
 */
const KOREAS =
  'South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull. The broadcasts began on August 10 and South Korea says the broadcasts will continue. ' +
  'After the exchange of fire, North Korea stated it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop.\n\n' +
  'Both countries have put their militaries on high levels of alert.';

test('"both countries" acts as each of the last two countries named', () => {
  const alert = analyze(pipeline, { text: KOREAS, published: '2015-08-21' }).events.filter((e) => e.code === '152');
  assert.deepEqual(alert.map((e) => e.sourceActor).sort(), ['KOR', 'PRK']);
});

test('with fewer than two countries named before, "both countries" stays no one', () => {
  const events = analyze(pipeline, { text: 'Both countries have put their militaries on high levels of alert.', published: '2015-08-21' }).events;
  assert.deepEqual(events.map((e) => e.sourceActor), []);
});
