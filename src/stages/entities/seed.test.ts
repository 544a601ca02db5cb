import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { SEED_SPEC, seedReport } from '../../pipeline/seed.test-helpers.js';

test('the seed article through NER, KB and actors passes every entity and coreference check of seed-expected.json', () => {
  const record = analyze(createAnalyzer(['segment', 'mentions', 'anchor', 'entities']), {
    text: readFileSync(`${SEED_SPEC}/seed-article.txt`, 'utf8'), published: '2025-01-14',
  });
  const report = seedReport(record); // other stages' checks still fail; only ours are read below
  const ours = report.filter((line) => /^(ok|FAIL)\s+\S+\s+(entity|entities_distinct|no_entity|coref)\b/.test(line));
  assert.equal(ours.length, 17, report.join('\n'));
  assert.deepEqual(ours.filter((line) => line.startsWith('FAIL')), []);
});
