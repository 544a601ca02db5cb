import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCorefConll } from './conll.js';
import { textFromConllu, textFromTokens } from './source-text.js';

const GUM = '../shared/data/gum';

test('a GUM article is rebuilt with its spacing, paragraphs and date, each token where the coref file has it', () => {
  const [gold] = parseCorefConll(readFileSync(`${GUM}/coref_conll/GUM_news_iodine.conll`, 'utf8'));
  const source = textFromConllu(`${GUM}/dep/GUM_news_iodine.conllu`, gold.tokens);
  assert.ok(source);
  assert.equal(source.published, '2006-02-23');
  assert.ok(source.text.startsWith('Australian children suffering from iodine deficiency\nThursday, February 23, 2006\n'));
  source.tokens.forEach((t, i) => assert.equal(source.text.slice(t.start, t.end), gold.tokens[i]));
});

test('without a CoNLL-U twin the tokens are joined by spaces', () => {
  const s = textFromTokens(['Kyiv', 'asked', '.']);
  assert.equal(s.text, 'Kyiv asked .');
  assert.deepEqual(s.tokens[2], { start: 11, end: 12 });
});
