import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StringTable } from './string-table.js';

test('a string table answers as the Map of its columns would, for keys present, absent and listed twice', () => {
  const keys = ['kyiv', 'moscow', 'tehran', '', 'kyiv', '__proto__', 'constructor', 'Kyiv'];
  const values = [1, 2, 3, 4, 5, 6, 7, 8];
  const table = new StringTable(keys, values);
  const map = new Map(keys.map((k, i) => [k, values[i]]));
  for (const key of [...keys, 'kiev', 'toString', 'hasOwnProperty', 'moscow ', 'tehra']) {
    assert.equal(table.get(key), map.get(key), key);
    assert.equal(table.has(key), map.has(key), key);
  }
  assert.equal(table.indexOf('kyiv'), 4);
  assert.throws(() => new StringTable(['a'], []), /1 keys for 0 values/);
});
