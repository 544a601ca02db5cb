import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../../eval/conllu.js';
import { MOVES, ParseState, SHIFT } from '../../stages/parse/transitions.js';
import { moveFeatures } from '../../stages/parse/features.js';
import { conlluSentence, extraExample, ExtraTrees } from './extra-trees.js';
import { Perceptron } from './perceptron.js';
import { ParserTraining, trainParserEpoch, type ParserExample } from './parser.js';

// "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer." (English Wikinews,
// 2020-01-11, CC BY 2.5), as an automatic tree: the tags a tagger gave it, the tree a parser made.
const FORMS = ['The', 'Italian', 'foreign', 'minister', ',', 'Luigi', 'Di', 'Maio', ',', 'joined', 'the', 'talks', 'as', 'an', 'observer', '.'];
const TAGS = ['DET DT', 'ADJ JJ', 'ADJ JJ', 'NOUN NN', 'PUNCT ,', 'PROPN NNP', 'PROPN NNP', 'PROPN NNP', 'PUNCT ,', 'VERB VBD', 'DET DT', 'NOUN NNS', 'ADP IN', 'DET DT', 'NOUN NN', 'PUNCT .'];
const HEADS = [3, 3, 3, 9, 5, 3, 5, 5, 5, -1, 11, 9, 14, 14, 9, 9];
const RELATIONS = ['det', 'amod', 'amod', 'nsubj', 'punct', 'appos', 'flat', 'flat', 'punct', 'root', 'det', 'obj', 'case', 'det', 'obl', 'punct'];
const LEMMAS = FORMS.map((f) => f.toLowerCase());

// A model's classes: tags and relations by frequency, as train.js numbers them (here by hand).
const TAG_CLASSES = ['NOUN NN', 'PUNCT ,', 'DET DT', 'ADP IN', 'PROPN NNP', 'ADJ JJ', 'VERB VBD', 'NOUN NNS', 'PUNCT .'];
const RELATION_CLASSES = ['punct', 'det', 'case', 'nsubj', 'obl', 'amod', 'root', 'obj', 'flat', 'appos'];
const tagIndex = new Map(TAG_CLASSES.map((t, i) => [t, i]));
const relationIndex = new Map(RELATION_CLASSES.map((r, i) => [r, i]));

const written = conlluSentence('wikinews-1', FORMS, LEMMAS, TAGS, HEADS, RELATIONS);

test('an automatic tree is written as CoNLL-U and read back with its own tags, heads and relations', () => {
  const [s] = parseConllu(written);
  assert.deepEqual(s.forms, FORMS);
  assert.deepEqual(s.upos.map((u, i) => `${u} ${s.xpos[i]}`), TAGS);
  assert.deepEqual(s.heads, HEADS);
  assert.deepEqual(s.relations, RELATIONS);
});

test('the automatic tree becomes a parser example: its tags as the model\'s classes, the root as head n', () => {
  const ex = extraExample(parseConllu(written)[0], tagIndex, relationIndex)!;
  assert.equal(ex.input.n, 16);
  assert.deepEqual([...ex.input.tag.slice(0, 16)], TAGS.map((t) => tagIndex.get(t)! + 1), "tag classes, as parserInput numbers them");
  assert.deepEqual([...ex.heads], HEADS.map((h) => (h < 0 ? 16 : h)));
  assert.deepEqual([...ex.labels], RELATIONS.map((r) => relationIndex.get(r)));
  // a tag the model's classes lack: the sentence is not used
  const other = parseConllu(written.replace('VERB\tVBD', 'VERB\tVBN'))[0];
  assert.equal(extraExample(other, tagIndex, relationIndex), null);
});

test('the greedy trainer learns the automatic tree: its moves then rebuild it', () => {
  const ex = extraExample(parseConllu(written)[0], tagIndex, relationIndex)!;
  const t = new ParserTraining(new Perceptron(MOVES), new Perceptron(RELATION_CLASSES.length), relationIndex.get('root')!);
  let seed = 7;
  const rng = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let epoch = 0; epoch < 8; epoch++) trainParserEpoch([ex], t, epoch === 0 ? 0 : 0.9, rng);
  const st = new ParseState(32);
  st.reset(ex.input.n);
  const features = new Uint32Array(128);
  const scores = new Float32Array(MOVES);
  while (!st.done) {
    const nf = moveFeatures(st, ex.input, features);
    scores.fill(0);
    t.moves.score(features, nf, scores);
    let move = -1;
    for (let m = 0; m < MOVES; m++) if (st.valid(m) && (move < 0 || scores[m] > scores[move])) move = m;
    st.apply(move, move === SHIFT ? 0 : ex.labels[st.s(0)]); // the features read children's relations: the tree's own
  }
  assert.deepEqual([...st.head.slice(0, ex.input.n)], [...ex.heads]);
});

test('an epoch reads the next N automatic trees of a shuffled order, all of them over the epochs', () => {
  const pool: ParserExample[] = Array.from({ length: 5 }, () => extraExample(parseConllu(written)[0], tagIndex, relationIndex)!);
  const all = new ExtraTrees(pool, 0, 17);
  assert.equal(all.epoch().length, 5);
  assert.deepEqual(all.epoch(), pool);
  const some = new ExtraTrees(pool, 2, 17);
  const seen = [...some.epoch(), ...some.epoch(), ...some.epoch()];
  assert.equal(seen.length, 6);
  assert.equal(new Set(seen.slice(0, 5)).size, 5, 'the first five trees read are the five trees');
  assert.equal(seen[5], seen[0], 'then the order starts again');
  // the same seed, the same order
  const again = new ExtraTrees(pool, 2, 17);
  assert.deepEqual([...again.epoch(), ...again.epoch(), ...again.epoch()], seen);
});
