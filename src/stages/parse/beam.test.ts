import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisScratch, analyseWords } from './analyse.js';
import { Beam, type BeamItem, type BeamScoring } from './beam.js';
import type { ParserInput } from './features.js';
import { loadParseModel } from './store.js';
import { LEFT, ParseState, RIGHT, SHIFT } from './transitions.js';

const model = loadParseModel();

// English Wikinews sentences (CC BY 2.5), as the segment stage splits them.
const SENTENCES = [
  'The Italian foreign minister , Luigi Di Maio , joined the talks as an observer .',
  'He was being met by Abu Mahdi al-Muhandis , who was also killed in the strike .',
  'She spoke about her husband Siarhei , who was arrested in May , and promised to conduct a fair election .',
  'The SDF announced an agreement with the government after Turkey began a military offensive .',
].map((s) => s.split(' '));

test('the stages parse greedily unless told otherwise: a loaded model has no decoding of its own', () => {
  assert.equal(model.decoding, undefined);
  assert.equal(new AnalysisScratch(model).parser.beam, null);
  const beamed = loadParseModel(undefined, { beam: 4, repairs: true });
  assert.equal(new AnalysisScratch(beamed).parser.beam?.beam.width, 4, 'a model loaded with a decoding is analysed with it');
});

test('a beam of width 1 makes the greedy parser\'s moves: the same trees, repairs included', () => {
  const greedy = new AnalysisScratch(model);
  const beam = new AnalysisScratch(model, { beam: 2, repairs: true });
  Object.assign(beam.parser.beam!, { beam: new Beam(1) });
  for (const forms of SENTENCES) {
    const a = analyseWords(model, forms, greedy);
    const b = analyseWords(model, forms, beam);
    assert.deepEqual([...b.heads], [...a.heads], forms.join(' '));
    assert.deepEqual([...b.labels], [...a.labels], forms.join(' '));
  }
});

test('beam search of any width gives one tree per sentence: one root, every word a head, no cycle', () => {
  for (const [width, temperature] of [[2, 0], [4, 0], [8, 0], [4, 30], [8, 30]]) {
    const scratch = new AnalysisScratch(model, { beam: width, repairs: true, temperature });
    for (const forms of SENTENCES) {
      const { heads, labels } = analyseWords(model, forms, scratch);
      assert.equal(heads.filter((h) => h < 0).length, 1, `${width}: ${forms.join(' ')}`);
      heads.forEach((h, i) => {
        assert.ok(h >= -1 && h < forms.length && h !== i);
        if (h < 0) assert.equal(model.parser.relations[labels[i]], 'root');
        let steps = 0;
        for (let at = i; at >= 0; at = heads[at]) assert.ok(steps++ <= forms.length, 'a path to the root');
      });
    }
  }
});

/** A scorer that prefers SHIFT, then LEFT, by fixed scores: the beam's order is known. */
const fixed: BeamScoring = {
  moveScores: (_item: BeamItem, _x: ParserInput, out: Float32Array) => {
    out[SHIFT] = 2;
    out[LEFT] = 1;
    out[RIGHT] = 0;
  },
  label: () => 7,
};

test('a beam keeps its parses best first, and its back-pointers replay the best parse', () => {
  const n = 5;
  const x = { n } as ParserInput;
  const beam = new Beam(3);
  beam.start(n);
  while (!beam.done) {
    beam.advance(x, fixed, null);
    for (let j = 1; j < beam.size; j++) assert.ok(beam.items[j - 1].score >= beam.items[j].score);
  }
  assert.equal(beam.steps, 2 * n, 'n shifts and n arcs');
  const { moves, labels } = beam.path(0);
  const st = new ParseState(n);
  st.reset(n);
  moves.forEach((m, t) => st.apply(m, labels[t]));
  assert.deepEqual([...st.head.slice(0, n)], [...beam.items[0].state.head.slice(0, n)]);
  assert.ok(labels.every((l, t) => l === (moves[t] === SHIFT ? 0 : 7)), 'each arc has the relation the scorer named');
});
