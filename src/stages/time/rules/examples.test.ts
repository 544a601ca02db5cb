import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWink, segmentText } from '../../segment/index.js';
import { findTimexes } from '../index.js';
import { RULES } from './index.js';

/*
 * Every rule's table of examples (its `examples`: a real sentence, its publication date, the timex's words
 * and value, where the sentence comes from), read the way the stage reads a document: segmented into
 * tokens and sentences with part of speech, every rule running. The timex must be found by that rule.
 */
const wink = loadWink();

for (const rule of RULES) {
  test(`time rule ${rule.name}: its examples`, () => {
    for (const example of rule.examples) {
      const { tokens, sentences } = segmentText(example.text, wink);
      const found = findTimexes(example.text, example.published, sentences, tokens);
      const hit = found.find((t) => example.text.slice(t.start, t.end) === example.phrase);
      assert.ok(hit, `no timex "${example.phrase}" in ${JSON.stringify(found.map((t) => example.text.slice(t.start, t.end)))} (${example.source})`);
      assert.deepEqual([hit.value, hit.by], [example.value, `time/${rule.name}`], `${example.phrase} (${example.source})`);
    }
  });
}

test('every rule has a table of examples', () => {
  assert.deepEqual(RULES.filter((r) => r.examples.length === 0).map((r) => r.name), []);
});
