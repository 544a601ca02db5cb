import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AnalysisRecord } from '../model/record.js';
import { cutWord } from '../stages/mentions/fixtures/word-boundary.js';
import { analyze, createAnalyzer } from './analyze.js';

const DEMO = new URL('../../data/samples/demo.jsonl', import.meta.url);
const articles = readFileSync(DEMO, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** Records by article id, analysing the articles in the order given with one pipeline. */
function analyseInOrder(pipeline: ReturnType<typeof createAnalyzer>, order: readonly number[]): Map<string, AnalysisRecord> {
  return new Map(order.map((i) => [articles[i].id, analyze(pipeline, articles[i])]));
}

test('an analysis is a function of its input alone: the demo corpus twice, in two orders, in one process', () => {
  const pipeline = createAnalyzer();
  const forward = articles.map((_, i) => i);
  const first = analyseInOrder(pipeline, forward);
  const second = analyseInOrder(pipeline, [...forward].reverse());
  assert.equal(first.size, articles.length);
  for (const [id, record] of first) assert.deepEqual(second.get(id), record, id);

  // The same records: no entity name of the corpus starts or ends inside a word.
  let mentions = 0;
  for (const record of first.values()) {
    for (const mention of record.entities.flatMap((e) => e.mentions)) {
      assert.equal(cutWord(record.document.text, mention.start, mention.end), null, `${record.document.id}: ${mention.text}`);
      mentions++;
    }
  }
  assert.ok(mentions > 300, `${mentions} mentions`);
});
