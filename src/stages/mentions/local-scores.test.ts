import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { hashString } from '../../util/hash.js';
import { FEATURES_PER_TOKEN, readWords, writeFeatures } from './features.js';
import { loadNer } from './index.js';
import { Lexicon } from './lexicon.js';
import { addLocalScores } from './local-scores.js';
import type { SparseWeights } from './sparse.js';
import { addSparseEmissions } from './sparse.js';
import { TAG_COUNT } from './tags.js';

const model = loadNer();
const segment = createAnalyzer(['segment']);

/**
 * The demo corpus: the seed article and ten English Wikinews articles (CC BY 2.5, authors in each page's
 * history; see data/samples/README.md), and a headline in capitals, which takes the per-token path.
 */
const TEXTS = [
  ...readFileSync(new URL('../../../data/samples/demo.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text as string),
  'IRAN ADMITS DOWNING UKRAINIAN JET, CITES HUMAN ERROR\nIran admits downing Ukrainian jet.',
];

function wordsOf(text: string) {
  const doc = segment.run(new Doc(text));
  const tokens = doc.get('tokens');
  const words = Array.from({ length: tokens.length }, (_, i) => text.slice(tokens.start[i], tokens.end[i]));
  const sentences = doc.get('sentences').map((s) => ({ start: s.tokenStart, end: s.tokenEnd }));
  return { words, sentences };
}

test('local scores summed by word group equal the sum of every token\'s features, on the demo corpus', () => {
  const { weights, bits, scale } = model.local;
  const lexicon = new Lexicon(model);
  // Twice over: the second time every word comes from the lexicon.
  for (const text of [...TEXTS, ...TEXTS]) {
    const { words, sentences } = wordsOf(text);
    const read = readWords(words, sentences, lexicon, model.gazetteer);
    const grouped = new Float64Array(words.length * TAG_COUNT);
    addLocalScores(model.local, lexicon, read, sentences, grouped);
    const features = writeFeatures(read, sentences);
    const plain = new Float64Array(words.length * TAG_COUNT);
    for (const s of sentences) addSparseEmissions(weights as SparseWeights, bits, FEATURES_PER_TOKEN, features, s.start, s.end, plain, scale);
    assert.deepEqual(grouped, plain, text.slice(0, 60));
    assert.ok(plain.some((x) => x !== 0));
  }
});

test('a lexicon that starts over between documents gives the same scores as a fresh one', () => {
  const small = new Lexicon(model, 200);
  for (const text of [...TEXTS, ...TEXTS]) {
    const { words, sentences } = wordsOf(text);
    const [kept, fresh] = [small, new Lexicon(model)].map((lexicon) => {
      const scores = new Float64Array(words.length * TAG_COUNT);
      addLocalScores(model.local, lexicon, readWords(words, sentences, lexicon, model.gazetteer), sentences, scores);
      return scores;
    });
    assert.deepEqual(kept, fresh, text.slice(0, 60));
  }
});

/** Word shape as the features were trained on it: X capitals, x lower case, d digits, other units kept; runs capped at 4. */
function referenceShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const unit of word.split('')) {
    const c = unit.charCodeAt(0);
    const s = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : unit.toLowerCase() !== unit ? 'X' : unit.toUpperCase() !== unit ? 'x' : unit;
    run = s === last ? run + 1 : 1;
    last = s;
    if (run <= 4) out += s;
  }
  return out;
}

test('shape hashes are those of the shape strings, without building them', () => {
  const words = ['Zelensky', 'U.S.', 'COVID-19', '1990s', 'Škoda', 'İstanbul', 'naïve', 'Abdul-Mahdi', '—', '😀', "Assad's", 'ΑΘΗΝΑ', 'x'];
  const { values } = readWords(words, [{ start: 0, end: words.length }], new Lexicon(model), model.gazetteer);
  words.forEach((word, i) => {
    const shape = referenceShape(word);
    const short = shape.split('').filter((c, k, all) => c !== all[k - 1]).join('');
    assert.equal(values.hShape[values.typeOf[i]], hashString(shape), word);
    assert.equal(values.hShort[values.typeOf[i]], hashString(short), word);
  });
});
