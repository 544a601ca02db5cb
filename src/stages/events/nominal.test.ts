import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/**
 * An act a noun names with an adjective of expectation before it has not happened. From English
 * Wikinews (CC BY 2.5, https://en.wikinews.org; demo-corpus article wn-4a036a6152d8).
 */
test('an "imminent" act a noun names is intended, not done', () => {
  const text = 'On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone. Then both nations issued statements speaking of an imminent incursion into northeast Syria, and the US statement spoke of Turkey assuming the duty of guarding captured ISIS militants.';
  const incursion = analyze(pipeline, { text, published: '2019-10-10' }).events.find((e) => e.trigger.text === 'incursion');
  assert.equal(incursion?.mode, 'intended');
});
