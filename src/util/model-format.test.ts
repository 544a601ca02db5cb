import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkModelFormat } from './model-format.js';

test('a model in the format this build reads passes', () => {
  assert.doesNotThrow(() => checkModelFormat('NER model', 'parley.ner/4', 'parley.ner/4', 'npm run train:ner'));
});

test('a model newer than the compiled code says the build is stale, not that the model needs retraining', () => {
  assert.throws(() => checkModelFormat('NER model', 'parley.ner/4', 'parley.ner/3', 'npm run train:ner'),
    (err: Error & { code?: string }) => err.code === 'E_RESOURCE' && /out of date; run `npm install`/.test(err.message) && !/train/.test(err.message));
});

test('an older or foreign model is rebuilt by its training command', () => {
  for (const found of ['parley.ner/2', 'parley.parse/4', undefined, 7]) {
    assert.throws(() => checkModelFormat('NER model', found, 'parley.ner/3', 'npm run train:ner'),
      (err: Error & { code?: string }) => err.code === 'E_RESOURCE' && /run 'npm run train:ner' to rebuild it/.test(err.message));
  }
});
