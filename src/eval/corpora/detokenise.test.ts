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
