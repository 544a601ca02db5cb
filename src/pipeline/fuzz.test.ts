import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offsetViolations } from '../model/invariants.js';
import { analyze, createAnalyzer } from './analyze.js';
import { seededRandom } from '../util/random.js';

/**
 * Hostile text assembled from pieces news analysis trips over: quotation marks of every kind,
 * left open or doubled, dates and numbers glued to words, titles and names, non-Latin scripts,
 * astral characters, control characters, very long words, blank lines. A seeded generator keeps
 * every run the same; each document must analyse without an error and with every offset exact.
 */
const PIECES = [
  'President Volodymyr Zelensky said on Monday', '“We will not give up,” he added.', '"', '“', '”', "''", '‘', '’',
  ' said ', 'according to officials', 'Russia deemed the idea premature', 'since mid-December', 'until January 20th',
  'the previous week', 'late last July', '1922 UTC', '2 1/2 years', 'Q3 2024', 'FY2025', '1,885', '3/4/2020',
  'Mr.', 'U.S.', 'e.g.', '...', '…', '—', '(', ')', ',', '.', '?', '!', ';', ':', '\n', '\n\n', '\t', '  ',
  'Кыiв', 'Київ', 'قال الرئيس', '北京', '🇺🇦', '😀', '\u200b', '\u00ad', '\u0007', 'é', 'ﬁ',
  'a'.repeat(300), 'Macron', 'Tusk', 'NATO', 'the European Union', 'he', 'she', 'they', 'its', 'Monday', 'May',
];

/** A small deterministic generator (mulberry32). */
const generator = seededRandom;

test('two hundred hostile documents analyse without an error and with exact offsets', () => {
  const pipeline = createAnalyzer();
  const next = generator(20261124);
  for (let n = 0; n < 200; n++) {
    const length = 1 + Math.floor(next() * 120);
    let text = '';
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.6 ? ' ' : '');
    if (!text.trim()) continue;
    const published = next() < 0.5 ? '2025-01-14' : null;
    const record = analyze(pipeline, { text, published });
    assert.deepEqual(offsetViolations(record), [], `document ${n}: ${JSON.stringify(text.slice(0, 200))}`);
  }
});
