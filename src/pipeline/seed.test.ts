import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, createAnalyzer } from './analyze.js';

const SPEC = new URL('../../../shared/spec', import.meta.url).pathname;
const CHECKER = new URL('../../../shared/tools/check-analysis.mjs', import.meta.url).pathname;

/** Check kinds the present stages answer for; events and stances come with the CAMEO stage. */
const ANSWERED = /^(ok|FAIL)\s+\S+\s+(sentence_starts|sentence_together|entity|entities_distinct|no_entity|coref|timex|quote)\b/;

test('the seed article through the whole pipeline passes every sentence, entity, coreference, timex and quote check', () => {
  const record = analyze(createAnalyzer(), { text: readFileSync(`${SPEC}/seed-article.txt`, 'utf8'), published: '2025-01-14' });
  const dir = mkdtempSync(join(tmpdir(), 'parley-seed-'));
  const file = join(dir, 'seed.json');
  writeFileSync(file, JSON.stringify(record));
  let report: string;
  try {
    report = execFileSync(process.execPath, [CHECKER, `${SPEC}/seed-expected.json`, file], { encoding: 'utf8' });
  } catch (err) {
    report = (err as { stdout: string }).stdout; // event and stance checks fail until their stage exists
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const answered = report.split('\n').filter((line) => ANSWERED.test(line));
  assert.equal(answered.length, 32, report);
  assert.deepEqual(answered.filter((line) => line.startsWith('FAIL')), []);
});
