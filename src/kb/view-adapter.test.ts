import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from './index.js';
import { actorsKbFrom } from './view-adapter.js';

const kb = actorsKbFrom(loadKb());

test('country names, demonyms, capitals and seats of government read from the shipped country table', () => {
  assert.deepEqual(kb.place('French'), { via: 'demonym', country: 'FRA', name: 'France', id: 'country:FRA', cameo: 'FRA' });
  assert.equal(kb.place('U.S.')?.country, 'USA');
  assert.deepEqual(kb.place('Washington'), { via: 'capital', country: 'USA', name: 'Washington', id: 'capital:USA:washington', cameo: 'USAGOV' });
  assert.deepEqual([kb.place('the Kremlin')?.via, kb.place('the Kremlin')?.name, kb.place('the Kremlin')?.cameo], ['metonym', 'Kremlin', 'RUSGOV']);
  assert.equal(kb.place('us'), null);
});

test('people and organisations come from the KB, with their terms of office', () => {
  const [zelensky] = kb.people('Volodymyr Zelenskyy');
  assert.equal(zelensky?.name, 'Volodymyr Zelensky');
  assert.ok(kb.peopleBySurname('Tusk').some((p) => p.tenures.some((t) => t.office === 'Prime Minister' && t.country === 'POL')));
  assert.equal(kb.organisation('NATO')?.cameo, 'IGOWSTNAT');
  assert.deepEqual(kb.holders('President', 'USA', '2025-01-14').map((p) => p.name), ['Joe Biden']);
});
