import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer } from '../pipeline/analyze.js';
import { SEED_SPEC } from '../pipeline/seed.test-helpers.js';
import { eventLine } from './event-line.js';

const pipeline = createAnalyzer();

/** The seed article and a Wikinews sentence (wn-66df845d63a0, CC BY 2.5, https://en.wikinews.org). */
const lines = (text: string, published: string) => {
  const record = analyze(pipeline, { text, published });
  return record.events.map((e) => eventLine(record, e));
};

test('an act named by a noun is shown from the verb that reports it, the words between elided', () => {
  const seed = readFileSync(`${SEED_SPEC}/seed-article.txt`, 'utf8');
  assert.ok(lines(seed, '2025-01-14').includes('2025-01-13  UKR (Zelensky) → FRA (Macron)  040 Consult  «announced … discussions with French President Emmanuel Macron»'));
});

test('a verbal event is shown from its trigger to its target; a regnal number stays with the name', () => {
  const shown = lines('Queen Elizabeth II agreed on Wednesday to suspend the UK Parliament at the request of Prime Minister Boris Johnson.', '2019-08-29');
  assert.ok(shown.length > 0);
  for (const line of shown) assert.match(line, /^2019-08-2\d {2}GBR \(Queen Elizabeth II\) → .*«[^»]+»$/);
});

test('a person is shown by the one-word name the article uses, which is not always the last word of the name', () => {
  // English Wikinews style sentences (CC BY 2.5); the surname of Xi Jinping is Xi.
  const shown = lines('Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. Xi praised Putin.', '2023-03-21');
  assert.ok(shown.some((line) => line.includes('CHN (Xi) → RUS (Putin)')), shown.join('\n'));
});
