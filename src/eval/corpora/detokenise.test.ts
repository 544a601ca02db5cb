import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detokenise } from './detokenise.js';

test('every token keeps the exact offsets of its surface form, and sentence changes take the given separator', () => {
  // Written for this test, in PTB tokens as MEANTIME stores them.
  const words = [['Shares', 'fell', '2.5', '%', '(', 'to', 'US$', '12', ')', '.'], ['``', 'It', 'wo', "n't", 'last', ',', "''", 'he', 'said', '.']];
  const tokens = words.flatMap((sentence, i) => sentence.map((text) => ({ text, sentence: i })));
  const { text, starts, ends } = detokenise(tokens, (previous, next) => `<${previous}|${next}>`);
  assert.equal(text, `Shares fell 2.5% (to US$12).<0|1>"It won't last," he said.`);
  assert.deepEqual(tokens.map((_, i) => text.slice(starts[i], ends[i])), tokens.map((t) => (t.text === '``' || t.text === "''" ? '"' : t.text)));
});

test('a quote mark the corpus marks as opening is written against the next word, not the previous one', () => {
  // Adapted from GUM's news_korea (Wikinews, CC BY 2.5), whose quotes are tagged `` (opening) or '' (closing).
  const tokens = [
    { text: 'in', sentence: 0 }, { text: "'", sentence: 0, opens: true }, { text: 'quasi-state', sentence: 0 },
    { text: 'of', sentence: 0 }, { text: 'war', sentence: 0 }, { text: "'", sentence: 0, opens: false },
  ];
  const { text, starts, ends } = detokenise(tokens, () => ' ');
  assert.equal(text, "in 'quasi-state of war'");
  assert.deepEqual(tokens.map((_, i) => text.slice(starts[i], ends[i])), tokens.map((t) => t.text));
});
