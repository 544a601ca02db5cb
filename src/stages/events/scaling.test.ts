import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { bestMs } from '../../util/timing.test-helpers.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { findEvents, loadEvents } from './index.js';

const upToEntities = createAnalyzer(['segment', 'parse', 'mentions', 'anchor', 'time', 'entities']);
const resources = loadEvents();

/** The events stage's best time of three on a document holding `unit` `n` times. */
function eventsMs(unit: string, n: number): number {
  const doc = upToEntities.run(new Doc(unit.repeat(n), { published: '2024-03-10' }));
  return bestMs(() => findEvents(doc, resources));
}

// Linear is 4×, quadratic 16×: the bound sits between them so a busy CI machine's noise (a 5.5× run
// was seen) does not fail it.
// Regression (issue 16): in one sentence with no full stop, every verb searched the sentence's
// whole list of actors for each of its noun phrases (1,200 units 1.1 s, 4,800 units 7.7 s before; 0.8 and 1.8 s after).
test('the events stage is near linear in a sentence naming thousands of actors: four times the text, well under eight times the time (quadratic would be sixteen)', () => {
  const unit = 'the president said that talks would resume on monday in paris with france and germany ';
  eventsMs(unit, 300); // warm-up
  const one = eventsMs(unit, 1200);
  const four = eventsMs(unit, 4800);
  assert.ok(four < 8 * Math.max(one, 10), `1,200 units ${one.toFixed(0)} ms, 4,800 units ${four.toFixed(0)} ms`);
});
