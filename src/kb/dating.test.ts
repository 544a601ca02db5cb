import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQualifier, tenureHints } from './dating.js';
import { loadKb } from './index.js';

const kb = loadKb();
const person = (id: string) => {
  const actor = kb.get(id);
  assert.ok(actor, id);
  return actor;
};
const windows = (hints: readonly { from: string | null; to: string | null }[]) => hints.map((h) => [h.from, h.to]);

test('qualifiers as news writes them', () => {
  assert.deepEqual(parseQualifier('President-elect'), { qualifier: 'elect', office: 'president' });
  assert.deepEqual(parseQualifier('former Prime Minister'), { qualifier: 'former', office: 'prime minister' });
  assert.deepEqual(parseQualifier('ex-president'), { qualifier: 'former', office: 'president' });
  assert.deepEqual(parseQualifier('outgoing'), { qualifier: 'outgoing', office: null });
  assert.deepEqual(parseQualifier('Chancellor'), { qualifier: 'current', office: 'chancellor' });
});

test('"incoming President Trump" was written between the 2016 or 2024 election and the inauguration', () => {
  assert.deepEqual(windows(tenureHints(kb, person('person:trump'), 'incoming')), [
    ['2016-11-08', '2017-01-20'],
    ['2024-11-05', '2025-01-20'],
  ]);
  assert.deepEqual(windows(tenureHints(kb, person('person:trump'), 'President-elect')), windows(tenureHints(kb, person('person:trump'), 'incoming')));
});

test('"outgoing President Biden" runs from his successor\'s election to the handover', () => {
  assert.deepEqual(windows(tenureHints(kb, person('person:biden'), 'outgoing President')), [['2024-11-05', '2025-01-20']]);
});

test('"former President Trump" fits only between his two terms', () => {
  assert.deepEqual(windows(tenureHints(kb, person('person:trump'), 'former President')), [['2021-01-20', '2025-01-20']]);
});

test('"former Prime Minister Tusk" fits the years between his terms; "Prime Minister Tusk" both terms', () => {
  assert.deepEqual(windows(tenureHints(kb, person('person:tusk'), 'former Prime Minister')), [['2014-09-22', '2023-12-13']]);
  assert.deepEqual(windows(tenureHints(kb, person('person:tusk'), 'Prime Minister')), [
    ['2007-11-16', '2014-09-22'],
    ['2023-12-13', null],
  ]);
});

test('no window for an office the person never held, and none for "outgoing" in an open term', () => {
  assert.deepEqual(tenureHints(kb, person('person:tusk'), 'former President'), []);
  assert.deepEqual(tenureHints(kb, person('person:macron'), 'outgoing'), []);
});
