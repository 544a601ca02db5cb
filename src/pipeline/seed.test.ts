import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer } from './analyze.js';
import { SEED_SPEC, seedReport } from './seed.test-helpers.js';

/** Check kinds the present stages answer for; events and stances come with the CAMEO stage. */
const ANSWERED = /^(ok|FAIL)\s+\S+\s+(sentence_starts|sentence_together|entity|entities_distinct|no_entity|coref|timex|quote)\b/;

test('the seed article through the whole pipeline passes every sentence, entity, coreference, timex and quote check', () => {
  const record = analyze(createAnalyzer(), { text: readFileSync(`${SEED_SPEC}/seed-article.txt`, 'utf8'), published: '2025-01-14' });
  const report = seedReport(record);
  const answered = report.filter((line) => ANSWERED.test(line));
  assert.equal(answered.length, 32, report.join('\n'));
  assert.deepEqual(answered.filter((line) => line.startsWith('FAIL')), []);
});
