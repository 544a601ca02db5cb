import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const SPEC = new URL('../../../../shared/spec', import.meta.url).pathname;
const CHECKER = new URL('../../../../shared/tools/check-analysis.mjs', import.meta.url).pathname;

test('the seed article through NER, KB and actors passes every entity and coreference check of seed-expected.json', () => {
  const record = analyze(createAnalyzer(['segment', 'entities', 'dating', 'actors']), {
    text: readFileSync(`${SPEC}/seed-article.txt`, 'utf8'), published: '2025-01-14',
  });
  const dir = mkdtempSync(join(tmpdir(), 'parley-seed-'));
  const file = join(dir, 'seed.json');
  writeFileSync(file, JSON.stringify(record));
  let report: string;
  try {
    report = execFileSync(process.execPath, [CHECKER, `${SPEC}/seed-expected.json`, file], { encoding: 'utf8' });
  } catch (err) {
    report = (err as { stdout: string }).stdout; // other stages' checks still fail; only ours are read below
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ours = report.split('\n').filter((line) => /^(ok|FAIL)\s+\S+\s+(entity|entities_distinct|no_entity|coref)\b/.test(line));
  assert.equal(ours.length, 17, report);
  assert.deepEqual(ours.filter((line) => line.startsWith('FAIL')), []);
});
