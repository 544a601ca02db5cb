import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../pipeline/analyze.js';
import { summarize } from './summary.js';

test('the summary marks reported speech by its cue and prints direct quotes as said', () => {
  // After the seed article (2025-01-14) and a Wikinews report of the same week (CC BY 2.5).
  const text = 'Ukrainian President Volodymyr Zelensky announced, on Monday, discussions with French President Emmanuel Macron regarding the possibility of deploying foreign military units in Ukraine. '
    + '"We helped Ukrainians stop Putin," Biden said.';
  const record = analyze(createAnalyzer(), { text, published: '2025-01-14' });
  const lines = summarize(record, 'a.txt').split('\n');
  assert.ok(lines.includes('  Volodymyr Zelensky announced: “discussions with French President Emmanuel Macron regarding the possi…”'), lines.join('\n'));
  assert.ok(lines.includes('  Joe Biden: “We helped Ukrainians stop Putin,”'), lines.join('\n'));
});

test('"according to" comes before its source in the summary, as written', () => {
  // After a Wikinews report of 2019-10-15 on the Syrian Army's advance (CC BY 2.5).
  const text = 'Government forces began deploying into previously SDF controlled territory, according to Syrian state media.';
  const record = analyze(createAnalyzer(), { text, published: '2019-10-15' });
  const line = summarize(record, 'a.txt').split('\n').find((l) => l.includes('deploying'));
  assert.ok(line?.startsWith('  according to '), line ?? 'no line');
});
