import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastWord } from './view.js';

// Regression (issue 16, fuzz seed 325 case 912): a mention holding a 69,000-character run without
// spaces took the stances stage 29 s, its last word found by /\S+$/, which retries from every character.
test("a mention's last word is found in one pass, whatever the run without spaces before it", () => {
  const run = 'x'.repeat(200_000);
  const began = performance.now();
  assert.equal(lastWord(`US ${run}`), run);
  assert.ok(performance.now() - began < 1000, `${(performance.now() - began).toFixed(0)} ms`);
});

test("a mention's last word is what the regular expression it replaces gave", () => {
  for (const text of ['US Embassy', 'the United  States\tEmbassy', 'Embassy', 'ends in a space ', '', ' ', 'a\u00a0b']) {
    assert.equal(lastWord(text), text.slice(text.search(/\S+$/)), JSON.stringify(text));
  }
});
