import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { offsetViolations } from '../model/invariants.js';
import { gumRunningTexts } from '../eval/corpora/running-text.js';
import { analyze, createAnalyzer } from './analyze.js';

const pipeline = createAnalyzer();
const DEMO = new URL('../../data/samples/demo.jsonl', import.meta.url);
const GUM = new URL('../../../shared/data/gum/dep', import.meta.url).pathname;

test('every layer of every record points at exactly the words it says (bundled samples)', () => {
  for (const line of readFileSync(DEMO, 'utf8').split('\n').filter(Boolean)) {
    const article = JSON.parse(line);
    const record = analyze(pipeline, article);
    assert.equal(record.document.text, article.text, 'the text is kept exactly as given');
    assert.deepEqual(offsetViolations(record), [], article.id);
  }
});

test('every layer of every record points at exactly the words it says (GUM Wikinews)', { skip: !existsSync(GUM) && 'needs ../shared/data' }, () => {
  for (const doc of gumRunningTexts(GUM)) {
    assert.deepEqual(offsetViolations(analyze(pipeline, { text: doc.text, published: null })), [], doc.name);
  }
});

test('an unknown stage name fails when the analyzer is built', () => {
  assert.throws(() => createAnalyzer(['segment', 'sentiment']), /unknown stage 'sentiment'/);
});

test('the offset checker catches a span that lies about its words', () => {
  const record = analyze(pipeline, { text: 'Kyiv asked Berlin for more air defence.', published: '2025-01-14' });
  const lying = { ...record, timexes: [{ start: 0, end: 4, text: 'Berlin', type: 'DATE' as const, value: 'X', mod: null, by: 'test' }] };
  assert.match(offsetViolations(lying)[0], /says "Berlin" but covers "Kyiv"/);
});
