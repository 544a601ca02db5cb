import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeAscii, normalizeName } from './normalize.js';

test('an ASCII name takes the one-pass path, with the same key the regular expressions give', () => {
  const cases: Array<[string, string]> = [
    ['Donald Trump', 'donald trump'], ['the Kremlin', 'kremlin'], ['KREMLIN', 'kremlin'], ['U.S.', 'us'],
    ['Abdul-Mahdi', 'abdul mahdi'], ['  The  United\tStates. ', 'united states'], ["O`Neill", "o'neill"],
    ['the', 'the'], ['Alternative for Germany', 'alternative for germany'], ['. the x', 'x'], ['a . b', 'a b'],
  ];
  for (const [name, key] of cases) {
    assert.equal(normalizeAscii(name), key, name);
    assert.equal(normalizeName(name), key, name);
  }
});

test('a name with a letter past ASCII is left to the regular expressions', () => {
  assert.equal(normalizeAscii('Erdoğan'), null);
  assert.equal(normalizeAscii('Côte d’Ivoire'), null);
  assert.equal(normalizeName('Côte d’Ivoire'), "cote d'ivoire");
  assert.equal(normalizeName('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
});
