import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from './index.js';
import { acrossDocuments, asActorsKb } from './view.js';

const kb = asActorsKb(loadKb());

test('answers remembered across documents are the KB\'s own answers, asked once and frozen', () => {
  const asked: string[] = [];
  const counting = { ...kb, place: (word: string) => (asked.push(word), kb.place(word)) };
  const shared = acrossDocuments(counting);
  for (const word of ['Moscow', 'French', 'Moscow', 'Atlantis', 'Atlantis']) assert.deepEqual(shared.place(word), kb.place(word));
  assert.deepEqual(asked, ['Moscow', 'French', 'Atlantis']);
  assert.ok(Object.isFrozen(shared.place('Moscow')));
  assert.throws(() => { (shared.place('French') as { name: string }).name = 'Gaul'; }, TypeError);
  assert.deepEqual(shared.people('Volodymyr Zelenskyy').map((p) => p.name), kb.people('Volodymyr Zelenskyy').map((p) => p.name));
  assert.equal(shared.organisation('NATO')?.cameo, 'IGOWSTNAT');
  assert.deepEqual(shared.agent('riot police'), kb.agent('riot police'));
});
