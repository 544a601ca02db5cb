import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

/**
 * A quote is dated when its verb of saying was: by a day of its own sentence, else, told in the past tense after
 * a sentence that named the day, by that day (the story's narrative, `dates/narrative.ts`), else by the
 * publication date. Passage from Wikinews (CC BY 2.5, wn-806f2b644bf2), published 2015-08-21.
 */
const KOREA = "Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts anti-Pyongyang propaganda into the North. \"Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations\", added KCNA.";

test("a quote told in the past tense after a dated sentence is dated by that day", () => {
  const record = analyze(createAnalyzer(), { text: KOREA, published: '2015-08-21' });
  const quote = record.quotes.find((q) => q.cue === 'added');
  assert.ok(quote, 'the quote of KCNA');
  assert.equal(quote.date, '2015-08-20');
  const present = analyze(createAnalyzer(), { text: KOREA.replace('added KCNA', 'adds KCNA'), published: '2015-08-21' });
  assert.equal(present.quotes.find((q) => q.cue === 'adds')?.date, '2015-08-21');
});
