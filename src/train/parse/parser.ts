import type { ConlluSentence } from '../../eval/conllu.js';
import { ParseScorer, type ParseScores } from '../../eval/parse-score.js';
import { AnalysisScratch, analyseWords } from '../../stages/parse/analyse.js';
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

/** The two classifiers under training, the configuration they share and their buffers. */
export class ParserTraining {
  state = new ParseState(256);
  readonly features = new Uint32Array(128);
  readonly moveScores = new Float32Array(MOVES);
  readonly labelScores: Float32Array;
  readonly costs = new Int32Array(MOVES);

  constructor(readonly moves: Perceptron, readonly labels: Perceptron, readonly rootLabel: number) {
    this.labelScores = new Float32Array(labels.classes);
  }
}

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
      const nf = moveFeatures(st, ex.input, t.features);
      t.moveScores.fill(0);
      t.moves.score(t.features, nf, t.moveScores);
      t.moves.tick();
      const { guess, best, minCost } = rankMoves(t, st, ex.heads);
      if (t.costs[guess] > minCost) t.moves.update(t.features, nf, best, guess);
      const move = rng() < explore ? guess : best;
      st.apply(move, move === SHIFT ? 0 : trainLabel(t, ex, move));
    }
  }
}

/** The model's best valid move, and the best of the moves that cost least. */
function rankMoves(t: ParserTraining, st: ParseState, gold: Int32Array): { guess: number; best: number; minCost: number } {
  const { costs, moveScores } = t;
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

/**
 * The relation of the arc a LEFT or RIGHT move makes: the labeller's guess, updated toward the
 * gold relation (and replaced by it) when the arc is a gold one.
 */
function trainLabel(t: ParserTraining, ex: ParserExample, move: number): number {
  const st = t.state;
  const dependent = st.s(0);
  const head = st.headFor(move);
  if (head === ex.input.n) return t.rootLabel;
  const { features, labelScores } = t;
  const nl = labelFeatures(st, ex.input, dependent, head, move, features);
  labelScores.fill(0);
  t.labels.score(features, nl, labelScores);
  t.labels.tick();
  let predicted = -1;
  for (let c = 0; c < labelScores.length; c++) if (c !== t.rootLabel && (predicted < 0 || labelScores[c] > labelScores[predicted])) predicted = c;
  if (ex.heads[dependent] !== head) return predicted;
  t.labels.update(features, nl, ex.labels[dependent], predicted);
  return ex.labels[dependent];
}

export function evaluate(model: ParseModel, sentences: readonly ConlluSentence[]): ParseScores {
  const scorer = new ParseScorer();
  const scratch = new AnalysisScratch(model);
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
