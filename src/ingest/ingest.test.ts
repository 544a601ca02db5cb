import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pipeline } from '../pipeline/pipeline.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { ingestDocuments } from './ingest.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// Sentences from English Wikinews (CC BY 2.5).
const DOCS = [
  { origin: 'a', text: 'The United Nations Security Council met on Tuesday to discuss the situation in Syria.' },
  { origin: 'b', text: 'Ukrainian President Volodymyr Zelensky addressed the European Parliament by video link.' },
  { origin: 'c', text: 'Japan and South Korea agreed to resume regular talks between their foreign ministers.' },
];

test('a resumed ingest looks stored texts up before analysing them, so it makes progress (issue 16, defect 4)', async () => {
  const pipeline = createAnalyzer();
  const store = openSqliteStore(join(dir, 'resume.db'));
  await ingestDocuments(store, pipeline, DOCS.slice(0, 2));
  const analysed: string[] = [];
  const counting: Pipeline = { stages: pipeline.stages, run: (doc, observe) => (analysed.push(doc.text), pipeline.run(doc, observe)) };
  const summary = await ingestDocuments(store, counting, DOCS);
  assert.deepEqual(analysed, [DOCS[2].text]);
  assert.deepEqual([summary.inserted, summary.duplicates], [1, 2]);
  await store.close();
});
