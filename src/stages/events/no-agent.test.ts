import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingActorsFrom } from './code.js';
import type { SentenceWords } from './sentence.js';

// "… the commissioner stated the purchase was financed by a loan": the passive's "by" phrase names no actor. The
// agent read from it was [undefined], and where a demand ("The Austrian partner asked for the price to be kept
// secret") took its target from that act, the stage threw on the Wikinews article "Hungarian state-owned enterprise
// acquires Hirtenberger Defence Group" (CC BY 2.5).
test('no actors after "by" give no agents, not [undefined]', () => {
  assert.deepEqual(leadingActorsFrom({} as SentenceWords, []), []);
});
