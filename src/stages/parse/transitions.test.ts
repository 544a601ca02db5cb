import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEFT, MOVES, ParseState, RIGHT, SHIFT, moveCost } from './transitions.js';

// "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer." (English
// Wikinews, "Cairo summit denounces Turkish-Libyan maritime border agreement", 2020-01-11, CC BY 2.5):
// gold heads, 0-based, the root (joined) pointing at n = 16.
const MINISTER = [3, 3, 3, 9, 5, 3, 5, 5, 5, 16, 11, 9, 14, 14, 9, 9];

function followOracle(gold: readonly number[], pick: (zeroCost: number[]) => number): Int32Array {
  const st = new ParseState(gold.length);
  st.reset(gold.length);
  while (!st.done) {
    const costs = [SHIFT, LEFT, RIGHT].map((m) => (st.valid(m) ? moveCost(st, m, gold) : Infinity));
    const best = Math.min(...costs);
    assert.equal(best, 0, 'a projective tree is always reachable');
    st.apply(pick(costs.flatMap((c, m) => (c === best ? [m] : []))), 0);
  }
  return st.head.slice(0, gold.length);
}

test('following zero-cost moves rebuilds a projective tree exactly, whichever zero-cost move is taken', () => {
  assert.deepEqual([...followOracle(MINISTER, (moves) => moves[0])], MINISTER);
  assert.deepEqual([...followOracle(MINISTER, (moves) => moves[moves.length - 1])], MINISTER);
});

test('after a wrong move the oracle still leads to the best tree left (dynamic oracle)', () => {
  const st = new ParseState(MINISTER.length);
  st.reset(MINISTER.length);
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  assert.equal(moveCost(st, SHIFT, MINISTER), 0);
  assert.equal(moveCost(st, RIGHT, MINISTER), 1, '"Italian" hangs on "minister", further on: attaching it to "The" loses that arc');
  assert.equal(moveCost(st, LEFT, MINISTER), 1, 'so does attaching it to "foreign"');
  st.apply(LEFT, 0);
  let lost = 0;
  while (!st.done) {
    const costs = Array.from({ length: MOVES }, (_, m) => (st.valid(m) ? moveCost(st, m, MINISTER) : Infinity));
    st.apply(costs.indexOf(Math.min(...costs)), 0);
  }
  for (let i = 0; i < MINISTER.length; i++) if (st.head[i] !== MINISTER[i]) lost++;
  assert.equal(lost, 1, 'only the arc the wrong move broke is lost');
});

test('the root takes one dependent: LEFT onto the root waits for the last word on the stack', () => {
  const st = new ParseState(2);
  st.reset(2);
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  assert.equal(st.valid(SHIFT), false);
  assert.equal(st.valid(LEFT), false);
  assert.equal(st.valid(RIGHT), true);
  st.apply(RIGHT, 0);
  assert.equal(st.valid(LEFT), true);
  st.apply(LEFT, 0);
  assert.equal(st.done, true);
  assert.deepEqual([...st.head.slice(0, 2)], [2, 0]);
});
