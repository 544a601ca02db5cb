import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keysOfTuples } from '../../util/hash.js';
import { contextFeatures, contextTuples, labelFeatures, labelTuples, moveFeatures } from './features.js';
import { parserInput } from './parser.js';
import { LEFT, ParseState, RIGHT, SHIFT, moveCost } from './transitions.js';
import { hashWords } from './words.js';

// "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer." (English Wikinews, "Cairo summit
// denounces Turkish-Libyan maritime border agreement", 2020-01-11, CC BY 2.5), its gold heads (transitions.test.ts)
// and made-up tags: every configuration of a parse that follows the oracle, picking among zero-cost moves in turn.
const FORMS = 'The Italian foreign minister , Luigi Di Maio , joined the talks as an observer .'.split(' ');
const GOLD = [3, 3, 3, 9, 5, 3, 5, 5, 5, 16, 11, 9, 14, 14, 9, 9];
const TAGS = [5, 7, 7, 11, 2, 13, 13, 13, 2, 30, 5, 12, 3, 5, 11, 1];

function eachConfiguration(visit: (st: ParseState, move: number) => void): void {
  const st = new ParseState(FORMS.length);
  st.reset(FORMS.length);
  let step = 0;
  while (!st.done) {
    const zero = [SHIFT, LEFT, RIGHT].filter((m) => st.valid(m) && moveCost(st, m, GOLD) === 0);
    const move = zero[step++ % zero.length];
    visit(st, move);
    st.apply(move, step % 40);
  }
}

test('the move and label feature keys are those the model was trained with (a digest of every key along a parse)', () => {
  const x = parserInput(hashWords(FORMS), TAGS, TAGS.map((t) => t % 17));
  const out = new Uint32Array(512);
  let digest = 0x811c9dc5;
  let count = 0;
  const add = (n: number) => {
    for (let k = 0; k < n; k++) digest = Math.imul(digest ^ out[k], 0x01000193) >>> 0;
    count += n;
  };
  eachConfiguration((st, move) => {
    add(moveFeatures(st, x, out));
    if (move !== SHIFT) add(labelFeatures(st, x, st.s(0), st.headFor(move), move, out));
  });
  // the digest main 5dd650a's features.ts gave (which called mix for each feature)
  assert.deepEqual([count, digest.toString(16)], [2880, 'e29abf98']);
});

test('the tuples contextTuples and labelTuples write hash to the keys of contextFeatures and labelFeatures', () => {
  const x = parserInput(hashWords(FORMS), TAGS, TAGS.map((t) => t % 17));
  const [tuples, keys, direct] = [new Uint32Array(512), new Uint32Array(128), new Uint32Array(128)];
  eachConfiguration((st, move) => {
    const n = contextTuples(st, x, tuples);
    assert.deepEqual([...keys.subarray(0, keysOfTuples(tuples, n, keys, 0))], [...direct.subarray(0, contextFeatures(st, x, direct))]);
    if (move === SHIFT) return;
    const m = labelTuples(st, x, st.s(0), st.headFor(move), move, tuples);
    assert.deepEqual([...keys.subarray(0, keysOfTuples(tuples, m, keys, 0))], [...direct.subarray(0, labelFeatures(st, x, st.s(0), st.headFor(move), move, direct))]);
  });
});
