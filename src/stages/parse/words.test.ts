import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString } from '../../util/hash.js';
import { hashWords, shape, shapeHash, WordHashBuffer } from './words.js';

// Words from English Wikinews (CC BY 2.5) news of 2019–2020, with the shapes the tagger reads.
const SHAPES: Array<[string, string]> = [
  ['Obama', 'Xx'], ['U.S.', 'X.X.'], ['1990s', 'dx'], ['al-Assad', 'x-Xx'], ['Zelensky', 'Xx'], ['COVID-19', 'X-d'],
  ['Tsikhanouskaya', 'Xx'], ['Erdoğan', 'Xx'], ['Ükraine', 'Xx'], ['€50', '€d'], ['“', '“'], ['Mitsotakis’', 'Xx’'],
  ['a-b-c-d-e-f', 'x-x-x-x-'], ['𝐀bc', '\ud835\udc00x'],
];

test('shapes collapse runs of a kind of character and stop at eight', () => {
  for (const [form, expected] of SHAPES) assert.equal(shape(form), expected, form);
});

test('the shape hash is the hash of the shape, with no string built', () => {
  for (const [form] of SHAPES) assert.equal(shapeHash(form), hashString(shape(form)), form);
});

test('a reused hash buffer holds what fresh hashes of each sentence hold', () => {
  const buffer = new WordHashBuffer(2);
  for (const forms of [['Zelensky', 'met', 'Macron', 'in', 'Paris', '.'], ['Talks', 'resumed']]) {
    buffer.fill(forms);
    const fresh = hashWords(forms);
    assert.equal(buffer.length, forms.length);
    for (const key of ['word', 'prefix1', 'prefix2', 'prefix3', 'written', 'flags', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'shape'] as const) {
      assert.deepEqual([...buffer[key].subarray(0, forms.length)], [...fresh[key]], key);
    }
  }
});
