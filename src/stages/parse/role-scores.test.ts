import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moveFeatures } from './features.js';
import { parserInput } from './parser.js';
import { addMoveScores, RoleScores } from './role-scores.js';
import { loadParseModel } from './store.js';
import { LEFT, MOVES, ParseState, RIGHT, SHIFT } from './transitions.js';
import { WordHashBuffer } from './words.js';

const model = loadParseModel();
const { moves } = model.parser;

// "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer." (English Wikinews,
// "Cairo summit denounces Turkish-Libyan maritime border agreement", 2020-01-11, CC BY 2.5)
const MINISTER = ['The', 'Italian', 'foreign', 'minister', ',', 'Luigi', 'Di', 'Maio', ',', 'joined', 'the', 'talks', 'as', 'an', 'observer', '.'];

function inputOf(forms: readonly string[]) {
  const hashes = new WordHashBuffer(forms.length);
  hashes.fill(forms);
  const tags = new Uint8Array(forms.length);
  forms.forEach((_, i) => (tags[i] = i % 7));
  return parserInput(hashes, tags, tags);
}

/** Walks the configurations of a sentence (SHIFT up to the last word, then RIGHT, the last word then LEFT onto the root) and compares the cached scores with all features scored. */
function compareAlong(forms: readonly string[], roles: RoleScores): number {
  const x = inputOf(forms);
  const st = new ParseState(x.n);
  st.reset(x.n);
  roles.start(moves, x);
  const features = new Uint32Array(128);
  const direct = new Float32Array(MOVES), cached = new Float32Array(MOVES);
  let compared = 0;
  while (!st.done) {
    if (st.depth > 0) {
      direct.fill(0);
      moves.score(features, moveFeatures(st, x, features), direct);
      cached.fill(0);
      addMoveScores(moves, roles, st, x, features, cached);
      for (let m = 0; m < MOVES; m++) assert.ok(Math.abs(direct[m] - cached[m]) <= 1e-4 * (1 + Math.abs(direct[m])), `move ${m}: ${direct[m]} vs ${cached[m]}`);
      compared++;
    }
    st.apply(st.depth === 0 || (st.valid(SHIFT) && st.b(0) < x.n - 1) ? SHIFT : st.depth >= 2 ? RIGHT : LEFT, 3);
  }
  return compared;
}

test('the role sums and the context features score a configuration as all its move features do', () => {
  const roles = new RoleScores();
  assert.ok(compareAlong(MINISTER, roles) > 20);
  assert.ok(compareAlong(MINISTER, roles) > 20, 'the same words again, from the kept sums');
});

test('a sentence longer than the kept words grows the table and still scores the same', () => {
  const roles = new RoleScores();
  compareAlong(MINISTER, roles);
  const long = Array.from({ length: 9000 }, (_, i) => `${MINISTER[i % MINISTER.length]}${Math.floor(i / 50)}`);
  assert.ok(compareAlong(long, roles) > 9000);
  assert.ok(compareAlong(MINISTER, roles) > 20);
});
