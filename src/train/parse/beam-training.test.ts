import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Beam } from '../../stages/parse/beam.js';
import { parserInput } from '../../stages/parse/parser.js';
import { ParseState } from '../../stages/parse/transitions.js';
import { hashWords } from '../../stages/parse/words.js';
import { BeamTraining, staticOracle, trainBeamEpoch } from './beam-training.js';
import { Perceptron } from './perceptron.js';
import type { ParserExample } from './parser.js';

// "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer." (English Wikinews,
// 2020-01-11, CC BY 2.5): gold heads, 0-based, the root (joined) pointing at n = 16.
const MINISTER = Int32Array.from([3, 3, 3, 9, 5, 3, 5, 5, 5, 16, 11, 9, 14, 14, 9, 9]);

test('the static oracle\'s moves build the gold tree of a projective sentence', () => {
  const moves = staticOracle(MINISTER, new ParseState(32))!;
  assert.equal(moves.length, 2 * MINISTER.length);
  const st = new ParseState(32);
  st.reset(MINISTER.length);
  for (const m of moves) st.apply(m, 0);
  assert.deepEqual([...st.head.slice(0, MINISTER.length)], [...MINISTER]);
});

test('a tree with crossing arcs has no oracle sequence and is skipped', () => {
  // "A hearing is scheduled on the issue today": "on the issue" hangs on "hearing" across "is scheduled"
  // (heads: A→hearing, hearing→scheduled, is→scheduled, scheduled→root, on→issue, the→issue, issue→hearing, today→scheduled)
  assert.equal(staticOracle(Int32Array.from([1, 3, 3, 8, 6, 6, 1, 3]), new ParseState(16)), null);
});

// Three short news sentences with hand tags (UPOS classes as small numbers) and gold trees.
const SENTENCES: Array<{ forms: string[]; tags: number[]; heads: number[]; labels: number[] }> = [
  // Protesters marched in Minsk .
  { forms: ['Protesters', 'marched', 'in', 'Minsk', '.'], tags: [1, 2, 3, 4, 5], heads: [1, 5, 3, 1, 1], labels: [1, 0, 2, 3, 4] },
  // The senate rejected the bill .
  { forms: ['The', 'senate', 'rejected', 'the', 'bill', '.'], tags: [6, 1, 2, 6, 1, 5], heads: [1, 2, 6, 4, 2, 2], labels: [5, 1, 0, 5, 6, 4] },
  // Police arrested him in May .
  { forms: ['Police', 'arrested', 'him', 'in', 'May', '.'], tags: [1, 2, 7, 3, 4, 5], heads: [1, 6, 1, 4, 1, 1], labels: [1, 0, 6, 2, 3, 4] },
];

function examples(): ParserExample[] {
  return SENTENCES.map((s) => ({
    input: parserInput(hashWords(s.forms), s.tags, s.tags),
    heads: Int32Array.from(s.heads),
    labels: Uint8Array.from(s.labels),
  }));
}

test('global training with either update learns its sentences: the beam then finds their gold trees', () => {
  for (const update of ['early', 'max'] as const) {
    const training = new BeamTraining(new Perceptron(3), new Perceptron(8), 0, 4, update);
    const data = examples();
    let seed = 1;
    const rng = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let epoch = 0; epoch < 10; epoch++) trainBeamEpoch(data, training, rng);
    assert.equal(training.updates, 0, `${update}: no mistakes left in the last epoch`);
    const beam = new Beam(4);
    for (const ex of data) {
      beam.start(ex.input.n);
      while (!beam.done) beam.advance(ex.input, { moveScores: (item, x, out) => training.moveScores(item, x, out), label: () => 0 }, null);
      assert.deepEqual([...beam.items[0].state.head.slice(0, ex.input.n)], [...ex.heads], update);
    }
  }
});
