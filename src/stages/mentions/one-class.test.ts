import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTokenLayer } from '../../model/tokens.js';
import { oneClassPerName } from './index.js';

/** Words of `text` split at spaces, as a token layer. */
function tokensOf(text: string) {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return makeTokenLayer(starts, ends, starts.map(() => 0));
}

test('a name the tagger calls MISC once and ORG once is ORG throughout; PER, ORG and LOC are not voted on', () => {
  // After a Wikinews report, "Germany bans Iranian airline Mahan Air" (2019-01-23, CC BY 2.5).
  const text = 'Germany banned Iranian airline Mahan Air . Sanctions on Mahan Air began in 2011 . Ebola spread . Ebola cases fell . Ebola is back . Jordan met Jordan';
  const tokens = tokensOf(text);
  const spans = [
    { start: 4, end: 6, label: 'MISC' }, { start: 9, end: 11, label: 'ORG' },
    { start: 15, end: 16, label: 'MISC' }, { start: 18, end: 19, label: 'ORG' }, { start: 22, end: 23, label: 'MISC' },
    { start: 26, end: 27, label: 'PER' }, { start: 28, end: 29, label: 'LOC' },
  ];
  assert.deepEqual(oneClassPerName(text, tokens, spans).map((s) => s.label), ['ORG', 'ORG', 'MISC', 'MISC', 'MISC', 'PER', 'LOC']);
});
