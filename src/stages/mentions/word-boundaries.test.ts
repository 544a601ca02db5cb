import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { cutWord } from './fixtures/word-boundary.js';

const WIKINEWS = new URL('../../../../shared/data/wikinews/articles.jsonl', import.meta.url).pathname;

const readJsonl = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; text: string });

test('no entity mention of the Wikinews corpus starts or ends inside a word', { skip: !existsSync(WIKINEWS) && 'needs ../shared/data' }, () => {
  const pipeline = createAnalyzer(['segment', 'mentions']);
  const cuts: string[] = [];
  let checked = 0;
  for (const article of readJsonl(WIKINEWS)) {
    for (const mention of pipeline.run(new Doc(article.text)).get('mentions')) {
      const cut = cutWord(article.text, mention.start, mention.end);
      if (cut) cuts.push(`${article.id}: ${cut}`);
      checked++;
    }
  }
  assert.deepEqual(cuts, []);
  assert.ok(checked > 10_000, `${checked} mentions`);
});

test('the word-boundary check sees a name cut as wink used to cut it', () => {
  const text = 'the Turkish President Recep Tayyip Erdoğan pledged';
  assert.match(cutWord(text, 22, 39) ?? '', /ends inside/);
  assert.equal(cutWord(text, 22, 42), null);
  assert.match(cutWord('Mevlüt Çavuşoğlu', 11, 16) ?? '', /starts inside/);
});
