import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parserInput } from './parser.js';
import { RelativeClauses } from './relative-clauses.js';
import { LEFT, ParseState, SHIFT } from './transitions.js';
import { hashWords } from './words.js';

// Tag and relation classes of a small model; the sentences are from English Wikinews (CC BY 2.5):
// "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in Minsk"
// (2020-08-03) and a report of the Baghdad airport airstrike (2020-01-03).
const TAGS = ['PRON PRP', 'VERB VBD', 'ADP IN', 'PRON PRP$', 'NOUN NN', 'PROPN NNP', 'PUNCT ,', 'PRON WP', 'AUX VBD', 'CCONJ CC'];
const RELATIONS = ['punct', 'nsubj', 'nsubj:pass', 'aux:pass', 'case', 'obl', 'advmod'];

function tagged(words: Array<[string, string]>) {
  const forms = words.map(([w]) => w);
  const tags = words.map(([, t]) => TAGS.indexOf(t));
  return parserInput(hashWords(forms), tags, tags.map(() => 0));
}

/** Shifts and reduces to the configuration where the stack holds `stack` and the buffer starts at `buffer`, making `arcs` on the way. */
function configuration(n: number, relatives: RelativeClauses, input: ReturnType<typeof tagged>, steps: Array<[number, number?]>): ParseState {
  const st = new ParseState(n);
  st.reset(n);
  relatives.start(n);
  for (const [move, label = 0] of steps) {
    if (move !== SHIFT) relatives.attached(input, st.s(0), st.headFor(move), label);
    st.apply(move, label);
  }
  return st;
}

const NSUBJ_PASS = RELATIONS.indexOf('nsubj:pass');
const AUX_PASS = RELATIONS.indexOf('aux:pass');
const PUNCT = RELATIONS.indexOf('punct');

test('"… her husband Siarhei, who was arrested": the clause of "arrested" takes no word left of "who" but its comma', () => {
  const input = tagged([['She', 'PRON PRP'], ['spoke', 'VERB VBD'], ['about', 'ADP IN'], ['her', 'PRON PRP$'], ['husband', 'NOUN NN'],
    ['Siarhei', 'PROPN NNP'], [',', 'PUNCT ,'], ['who', 'PRON WP'], ['was', 'AUX VBD'], ['arrested', 'VERB VBD']]);
  const relatives = new RelativeClauses(TAGS, RELATIONS);
  // stack: spoke husband Siarhei , who was — then "was" and "who" become dependents of "arrested"
  const st = configuration(10, relatives, input, [[SHIFT], [SHIFT], [SHIFT], [SHIFT], [SHIFT], [SHIFT], [SHIFT], [SHIFT], [SHIFT], [LEFT, AUX_PASS], [LEFT, NSUBJ_PASS]]);
  assert.equal(st.b(0), 9);
  assert.equal(st.s(0), 6, 'the comma is on top');
  assert.equal(relatives.allowsLeft(st, input), true, 'the comma may join the clause');
  st.apply(LEFT, PUNCT);
  assert.equal(st.s(0), 5);
  assert.equal(relatives.allowsLeft(st, input), false, '"Siarhei" may not');
});

test('without a relative pronoun, or for a word right before it ("about who owes"), LEFT is allowed', () => {
  const input = tagged([['about', 'ADP IN'], ['who', 'PRON WP'], ['was', 'AUX VBD'], ['arrested', 'VERB VBD']]);
  const relatives = new RelativeClauses(TAGS, RELATIONS);
  const st = configuration(4, relatives, input, [[SHIFT], [SHIFT], [SHIFT], [LEFT, AUX_PASS], [LEFT, NSUBJ_PASS]]);
  assert.equal(st.s(0), 0);
  assert.equal(relatives.allowsLeft(st, input), true);
  const plain = tagged([['her', 'PRON PRP$'], ['husband', 'NOUN NN'], ['was', 'AUX VBD'], ['arrested', 'VERB VBD']]);
  const st2 = configuration(4, relatives, plain, [[SHIFT], [SHIFT], [SHIFT], [LEFT, AUX_PASS]]);
  assert.equal(relatives.allowsLeft(st2, plain), true);
});
