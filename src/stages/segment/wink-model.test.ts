import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { reusableWinkModel, winkModel } from './wink-model.js';

const require = createRequire(import.meta.url);

// Wikinews, "United States military kills Qasem Soleimani" (2020-01-03), CC BY 2.5.
const TEXT = 'On Thursday, United States military forces killed Qasem Soleimani, head of Iran\'s Quds Force, in an airstrike. '
  + 'The U.S. Department of Defense said: "General Soleimani was actively developing plans to attack American diplomats." '
  + 'Iraq\'s caretaker Prime Minister Adil Abdul-Mahdi condemned it; Mr. Pompeo didn\'t.';

test('the faster model loader gives wink-nlp the tokens, tags and sentences of the package\'s own loader', () => {
  const winkNLP = require('wink-nlp');
  const parse = (model: unknown) => {
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const doc = nlp.readDoc(TEXT);
    return { tokens: doc.tokens().out(nlp.its.value), pos: doc.tokens().out(nlp.its.pos), sentences: doc.sentences().out(nlp.its.span) };
  };
  const ours = parse(winkModel());
  assert.deepEqual(ours, parse(require('wink-eng-lite-web-model')));
  assert.equal(ours.sentences.length, 3);
});

interface SharedLexeme { list: string[]; hash: Record<string, number | undefined>; intrinsicSize: number }

test('the reusable model forgets the words wink added, and is made new once its lists have grown', () => {
  const winkNLP = require('wink-nlp');
  const words = reusableWinkModel();
  const nlp = winkNLP(words.model, ['sbd', 'pos']);
  const lexeme = (words.model.core as () => { features: { lexeme: SharedLexeme } })().features.lexeme;
  nlp.readDoc('Soleimani met Abdul-Mahdi.');
  assert.notEqual(lexeme.hash.soleimani, undefined);
  words.forgetWords();
  assert.equal(lexeme.hash.soleimani, undefined);
  assert.equal(lexeme.hash.met, lexeme.list.indexOf('met'));
  assert.equal(words.grown(), false);
  nlp.readDoc(Array.from({ length: 100_001 }, (_, i) => `w${i}q`).join(' '));
  assert.equal(words.grown(), true);
  words.reset();
  assert.equal(lexeme.list.length, lexeme.intrinsicSize);
  assert.equal(words.grown(), false);
});
