import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addScores, expandLinear, type CompactLinear } from './linear.js';
import { loadParseModel, saveModel } from './store.js';
import { hashWords } from './words.js';
import { hashString } from '../../util/hash.js';

function compact(classes: number, features: Array<[number, Array<[number, number]>]>): CompactLinear {
  return {
    classes,
    keys: Uint32Array.from(features.map(([key]) => key)),
    count: Uint8Array.from(features.map(([, w]) => w.length)),
    entryClass: Uint8Array.from(features.flatMap(([, w]) => w.map(([c]) => c))),
    entryWeight: Float32Array.from(features.flatMap(([, w]) => w.map(([, v]) => v))),
  };
}

const tagger = expandLinear(compact(2, [[11, [[0, 1.5]]], [12, [[1, -2]]]]));
const moves = expandLinear(compact(3, [[21, [[0, 0.5], [2, 3]]]]));
const labels = expandLinear(compact(5, [[31, [[4, 1]]], [32, [[0, 2], [3, -1]]]]));

function saved(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-parse-'));
  saveModel(dir, {
    name: 'tiny', tags: ['NOUN NN', 'VERB VBD'], relations: ['root', 'nsubj', 'obj', 'obl', 'punct'],
    lexicon: new Map([[hashString('the'), [0]]]), clusters: new Map([[hashString('Kyiv'), (3 << 16) | 7]]),
    lemmatizer: { exceptions: new Map([['went\tVERB VBD', 'go']]), rules: new Map([['NOUN NN\ts', [1, ''] as const]]) },
    tagger, moves, labels, training: {},
  });
  return dir;
}

function scores(model: Parameters<typeof addScores>[0], features: number[]): number[] {
  const out = new Float32Array(model.classes);
  addScores(model, Uint32Array.from(features), features.length, out);
  return [...out];
}

test('a saved model loads with the same weights, lexicon, clusters and lemmas', () => {
  const dir = saved();
  try {
    const model = loadParseModel(dir);
    const scored = (s: { score: (f: Uint32Array, n: number, o: Float32Array) => void; classes: number }, features: number[]) => {
      const out = new Float32Array(s.classes);
      s.score(Uint32Array.from(features), features.length, out);
      return [...out];
    };
    assert.deepEqual(scored(model.tagger.scorer, [11, 12, 99]), scores(tagger, [11, 12, 99]));
    assert.deepEqual(scored(model.parser.moves, [21]), [0.5, 0, 3]);
    assert.deepEqual(scored(model.parser.labels, [31, 32]), scores(labels, [31, 32]));
    assert.deepEqual(model.tagger.lexicon.get(hashString('the')), [0]);
    assert.deepEqual([...hashWords(['Kyiv', 'KYIV', 'Lviv'], model.tagger.clusters).cluster], [(3 << 16) | 7, (3 << 16) | 7, 0], 'a headline capital falls back to the capitalised word');
    assert.equal(model.lemmatizer.exceptions.get('went\tVERB VBD'), 'go');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a weights file shorter than its header says is a resource error, not a bad read', () => {
  const dir = saved();
  try {
    truncateSync(join(dir, 'weights.bin'), 40);
    assert.throws(() => loadParseModel(dir), (e: Error & { code?: string }) => e.code === 'E_RESOURCE');
  } finally {
    rmSync(dir, { recursive: true });
  }
});
