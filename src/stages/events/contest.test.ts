import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedEvents } from './events.test-helpers.js';

/** The codes of the events a verb of defeat triggers (the actors of these sentences are read without their articles' context). */
const coded = (text: string) => codedEvents(text, '2020-10-01', (e) => /^defeat/.test(e.trigger.text)).map((e) => e.split(' ')[0]);

/**
 * Defeats in elections and games code nothing; defeats in war stay force (190). Sentences from
 * Wikinews (CC BY 2.5: wn-55141b4b73de; trimmed, wn-dd64cbba4f5f, wn-3978c8f76bc8, the
 * constituency's from wn-50e45413d54c, the forecast from wn-df9c26638c71).
 */
const CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['A decade later, in 2008, Hagan defeated incumbent Republican US Senator Elizabeth Dole to become the first female Democratic US Senator from North Carolina.', []],
  ['Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1 – 0.', []],
  ['In this constituency, Junius Ho defeated Lee Cheuk-yan by around five thousand votes.', []],
  // wn-df9c26638c71: DESTROY's bare-preposition pattern `- * (WITH)` (130) is no reading of the dictionary's own
  ['Knapp predicts former Vice President Biden defeats President Trump with an electoral count of 319 to 219.', []],
  ['The statement also said US troops had defeated ISIS.', ['190']],
];

test('defeats in elections and games are no use of force', () => {
  for (const [sentence, expected] of CASES) assert.deepEqual(coded(sentence), expected, sentence);
});

/**
 * A standing in a poll or a race is no act, whatever pattern its verb matches; leading a mission stays. Sentences from
 * Wikinews (CC BY 2.5: wn-43116baefc80, wn-a86156d2d136; the last written for this test).
 */
test('leading or trailing in a poll is no act', () => {
  const led = (text: string, published: string) => codedEvents(text, published, (e) => /^lead|^led/.test(e.trigger.text));
  assert.deepEqual(led('In the RealClearPolitics average at the end of June, Biden led Trump 50.0 percent to 40.4 percent.', '2020-07-25'), []);
  assert.deepEqual(led("NPR reported that, before she ended her campaign, Klobuchar was leading in the polls in Minnesota; Minnesota is Klobuchar's home state.", '2020-03-06'), []);
  assert.equal(led('The Russian foreign minister led a delegation to Beijing for talks with China.', '2021-03-01').length > 0, true);
});
