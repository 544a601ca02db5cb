import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/document.js';
import { bestMs } from '../../util/timing.test-helpers.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { findQuotes } from './index.js';
import { UnboundQuotes } from './unbound.js';

const upToActors = createAnalyzer(['segment', 'mentions', 'anchor', 'time', 'entities']);

/** The quotes stage's best time of three on a document holding `unit` `n` times. */
function quotesMs(unit: string, n: number): number {
  const doc = upToActors.run(new Doc(unit.repeat(n), { published: '2024-03-10' }));
  return bestMs(() => findQuotes(doc));
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

/** Characters of reported content the quotes stage finds in a document holding `unit` `n` times. */
function contentChars(unit: string, n: number): number {
  const doc = upToActors.run(new Doc(unit.repeat(n), { published: '2024-03-10' }));
  return findQuotes(doc).reduce((sum, q) => sum + q.end - q.start, 0);
}

// Regression: in one run-on sentence every "said that …" held the rest of the sentence, nested in the
// one before: the content grew with the square of the text (a 200 KB sentence made a 233 MB record).
test('reported content stays linear in a giant sentence: four times the text, well under eight times the content', () => {
  const unit = 'the president said that talks would resume on monday in paris with france and germany ';
  const small = contentChars(unit, 150);
  const large = contentChars(unit, 600);
  assert.ok(small > 0);
  assert.ok(large < 8 * small, `150 units ${small} characters of content, 600 units ${large}`);
});

test('content longer than any sentence keeps the part next to its cue, cut between words', () => {
  const lead = 'Smith said that ';
  const clause = 'the talks in Geneva would resume on Monday with France and Germany ';
  const doc = upToActors.run(new Doc(`${lead}${clause.repeat(60)}.`, { published: '2024-03-10' }));
  const first = findQuotes(doc).find((q) => q.start === lead.length);
  assert.ok(first, 'the first reported content is found');
  assert.ok(first.end - first.start <= 2000 && first.end - first.start > 1900, `content of ${first.end - first.start} characters`);
  assert.match(doc.text.slice(first.end, first.end + 1), /\s/);
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
