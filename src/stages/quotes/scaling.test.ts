import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { findQuotes } from './index.js';
import { UnboundQuotes } from './unbound.js';

const upToActors = createAnalyzer(['segment', 'entities', 'dating', 'time', 'actors']);

/** The quotes stage's best time of three on a document holding `unit` `n` times. */
function quotesMs(unit: string, n: number): number {
  const doc = upToActors.run(new Doc(unit.repeat(n), { published: '2024-03-10' }));
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const began = performance.now();
    findQuotes(doc);
    best = Math.min(best, performance.now() - began);
  }
  return best;
}

// Regression: one sentence of thousands of short quotations (no full stop anywhere) made every
// unclaimed quotation read its whole sentence again (1,000 units 0.8 s, 4,000 units 8.7 s before).
test('the quotes stage is linear on quote-heavy text: four times the quotations, well under eight times the time', () => {
  const unit = '"a," "b," "c," said Smith, ';
  quotesMs(unit, 200); // warm-up
  const small = quotesMs(unit, 1000);
  const large = quotesMs(unit, 4000);
  assert.ok(large < 8 * Math.max(small, 5), `1,000 units ${small.toFixed(0)} ms, 4,000 units ${large.toFixed(0)} ms`);
});

test('unclaimed quotations are counted over any range, and claiming one takes it out', () => {
  const unbound = new UnboundQuotes(10);
  assert.equal(unbound.countIn(0, 10), 10);
  unbound.bind(3);
  unbound.bind(3);
  unbound.bind(7);
  assert.equal(unbound.countIn(0, 10), 8);
  assert.equal(unbound.countIn(3, 4), 0);
  assert.equal(unbound.countIn(2, 8), 4);
  assert.equal(unbound.countIn(5, 5), 0);
});
