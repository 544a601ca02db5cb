import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorsKb } from './kb-adapter.js';

const kb = loadActorsKb();

test('country names, demonyms, capitals and seats of government read from the shipped country table', () => {
  assert.deepEqual(kb.place('French'), { via: 'demonym', country: 'FRA', name: 'France', id: 'country:FRA', cameo: 'FRA' });
  assert.equal(kb.place('U.S.')?.country, 'USA');
  assert.deepEqual(kb.place('Washington'), { via: 'capital', country: 'USA', name: 'Washington', id: 'capital:USA:washington', cameo: 'USAGOV' });
  assert.deepEqual([kb.place('the Kremlin')?.via, kb.place('the Kremlin')?.name, kb.place('the Kremlin')?.cameo], ['metonym', 'Kremlin', 'RUSGOV']);
  assert.equal(kb.place('us'), null);
});
