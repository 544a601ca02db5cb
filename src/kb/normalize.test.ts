import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymKey, nameKey, normalizeAscii, normalizeName } from './normalize.js';

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

/** `acronymKey` as its regular expressions wrote it, which the one pass over character codes must equal. */
function acronymKeyByExpressions(text: string): string | undefined {
  const letters = text.trim().replace(/^the /i, '').replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters) ? letters : undefined;
}

test('an acronym is keyed by its capitals alone, as the regular expressions keyed it', () => {
  const cases: Array<[string, string | undefined]> = [
    ['US', 'US'], ['U.S.', 'US'], [' the UN ', 'UN'], ['THE UK', 'UK'], ['The N.A.T.O.', 'NATO'], ['DRC', 'DRC'],
    ['us', undefined], ['U', undefined], ['ABCDEFG', undefined], ['the', undefined], ['theUN', undefined], ['the  UN', undefined],
    ['\u00a0EU\t', 'EU'], ['Ébola', undefined], ['A.B.C.D.E.F.', 'ABCDEF'], ['..', undefined], ['the U.S.', 'US'],
  ];
  for (const [text, key] of cases) {
    assert.equal(acronymKey(text), key, text);
    assert.equal(acronymKeyByExpressions(text), key, text);
    assert.equal(nameKey(text), key === undefined ? normalizeName(text) : `=${key}`, text);
  }
  // random short texts over the characters that matter: capitals, "the", dots, spaces and others
  const pieces = ['A', 'Z', 'U', 'S', '.', ' ', 'the ', 'The ', 'THE ', 't', 'h', 'e', 'x', '\t', '\u00a0', '-', 'É', '0'];
  let seed = 17;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
  for (let n = 0; n < 100_000; n++) {
    let text = '';
    for (let k = 1 + (n % 9); k > 0; k--) text += pieces[next()];
    assert.equal(acronymKey(text), acronymKeyByExpressions(text), JSON.stringify(text));
  }
});
