import type { ConlluSentence } from '../../eval/conllu.js';
import { ParseScorer, type ParseScores } from '../../eval/parse-score.js';
import { analyseWords, newScratch } from '../../stages/parse/analyse.js';
import { labelFeatures, moveFeatures, type ParserInput } from '../../stages/parse/features.js';
import type { ParseModel } from '../../stages/parse/model.js';
import { MOVES, ParseState, SHIFT, moveCost } from '../../stages/parse/transitions.js';
import { shuffled } from './corpus.js';
import type { Perceptron } from './perceptron.js';

/** A training sentence as the parser reads it, with predicted tags, and its gold tree. */
export interface ParserExample {
  readonly input: ParserInput;
  /** Gold head of each word, n for the root. */
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}

/** The two classifiers under training and the configuration they share. */
export interface ParserTraining {
  readonly moves: Perceptron;
  readonly labels: Perceptron;
  readonly rootLabel: number;
  state: ParseState;
}

const features = new Uint32Array(128);
const moveScores = new Float32Array(MOVES);
const costs = new Int32Array(MOVES);
let labelScores = new Float32Array(0);

/**
 * One pass over the data with the dynamic oracle: the move classifier is updated toward the
 * best zero-cost move whenever its guess costs more; with probability `explore` the parser then
 * follows its own guess, so that it learns to recover from its mistakes.
 */
export function trainParserEpoch(data: readonly ParserExample[], t: ParserTraining, explore: number, rng: () => number): void {
  for (const ex of shuffled(data, rng)) {
    if (ex.input.n > t.state.capacity) t.state = new ParseState(ex.input.n * 2);
    const st = t.state;
    st.reset(ex.input.n);
    while (!st.done) {
      const nf = moveFeatures(st, ex.input, features);
      moveScores.fill(0);
      t.moves.score(features, nf, moveScores);
      t.moves.tick();
      const { guess, best, minCost } = rankMoves(st, ex.heads);
      if (costs[guess] > minCost) t.moves.update(features, nf, best, guess);
      const move = rng() < explore ? guess : best;
      st.apply(move, move === SHIFT ? 0 : trainLabel(t, ex, move));
    }
  }
}

/** The highest-scoring valid move, the highest-scoring move of least cost, and that cost. */
function rankMoves(st: ParseState, gold: Int32Array): { guess: number; best: number; minCost: number } {
  let minCost = Infinity;
  for (let m = 0; m < MOVES; m++) {
    costs[m] = st.valid(m) ? moveCost(st, m, gold) : -1;
    if (costs[m] >= 0 && costs[m] < minCost) minCost = costs[m];
  }
  let guess = -1;
  let best = -1;
  for (let m = 0; m < MOVES; m++) {
    if (costs[m] < 0) continue;
    if (guess < 0 || moveScores[m] > moveScores[guess]) guess = m;
    if (costs[m] === minCost && (best < 0 || moveScores[m] > moveScores[best])) best = m;
  }
  return { guess, best, minCost };
}

/** Names the arc `move` makes, learning from it when the arc is gold; returns the label to record. */
function trainLabel(t: ParserTraining, ex: ParserExample, move: number): number {
  const st = t.state;
  const dependent = st.s(0);
  const head = st.headFor(move);
  if (head === ex.input.n) return t.rootLabel;
  const nl = labelFeatures(st, ex.input, dependent, head, move, features);
  if (labelScores.length !== t.labels.classes) labelScores = new Float32Array(t.labels.classes);
  const scores = labelScores.fill(0);
  t.labels.score(features, nl, scores);
  t.labels.tick();
  let predicted = -1;
  for (let c = 0; c < scores.length; c++) if (c !== t.rootLabel && (predicted < 0 || scores[c] > scores[predicted])) predicted = c;
  if (ex.heads[dependent] !== head) return predicted;
  t.labels.update(features, nl, ex.labels[dependent], predicted);
  return ex.labels[dependent];
}

/** Tags and parses `sentences` with `model` as the stage would, and scores it against them. */
export function evaluate(model: ParseModel, sentences: readonly ConlluSentence[]): ParseScores {
  const scorer = new ParseScorer();
  const scratch = newScratch(model);
  for (const s of sentences) {
    const words = analyseWords(model, s.forms, scratch);
    scorer.add(s, {
      upos: Array.from(words.tags, (t) => model.tagUposName[t]),
      lemmas: words.lemmas,
      heads: words.heads,
      relations: Array.from(words.labels, (l) => model.parser.relations[l]),
    });
  }
  return scorer.result();
}
