import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzCase } from './generate.js';

// Sentences from English Wikinews (CC BY 2.5).
const ARTICLES = [
  'Ukrainian President Volodymyr Zelensky announced, on Monday, discussions with French President Emmanuel Macron.',
  '"We will not give up," he said in Kyiv.',
];
const SIZES = { maxRun: 2000, maxQuotes: 500, longLine: 5000 };

test('a fuzz case is made again from its seed and number, and cases differ', () => {
  const cases = Array.from({ length: 50 }, (_, n) => fuzzCase(7, n, ARTICLES, SIZES));
  assert.deepEqual(cases.map((c) => c.text), Array.from({ length: 50 }, (_, n) => fuzzCase(7, n, ARTICLES, SIZES).text));
  assert.ok(new Set(cases.map((c) => c.text)).size > 45);
  assert.notDeepEqual(fuzzCase(8, 0, ARTICLES, SIZES).text, cases[0].text);
});

test('the generator makes the hostile kinds it promises', () => {
  const recipes = new Set(Array.from({ length: 400 }, (_, n) => fuzzCase(7, n, ARTICLES, SIZES).recipe).flat().map((r) => r.split(' ')[0]));
  for (const kind of ['random', 'cut', 'splice', 'repeat', 'unbalanceQuotes', 'loneSurrogate', 'controls', 'longLine', 'runWithoutSpaces', 'manyQuotes']) {
    assert.ok(recipes.has(kind), kind);
  }
});
