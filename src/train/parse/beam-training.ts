import { Beam, onlyMove, type BeamItem, type BeamScoring } from '../../stages/parse/beam.js';
import { labelFeatures, moveFeatures, type ParserInput } from '../../stages/parse/features.js';
import { LEFT, MOVES, ParseState, RIGHT, SHIFT } from '../../stages/parse/transitions.js';
import { shuffled } from './corpus.js';
import type { Perceptron } from './perceptron.js';
import type { ParserExample } from './parser.js';

/**
 * Global training of the move classifier with beam search: the structured perceptron with early
 * update (Collins and Roark 2004; Zhang and Nivre 2011) or max-violation update (Huang, Fayong and
 * Guo 2012). The gold parse is the static oracle's move sequence, so only projective trees are
 * learnt from. A parse's score is the sum of its moves' scores; the one move a configuration
 * allows scores nothing, in training as in decoding (beam.ts). The relation labeller is trained
 * on the gold parse's arcs, one update per arc, as the greedy trainer does on gold arcs.
 */
export type BeamUpdate = 'early' | 'max';

/**
 * The arc-hybrid static oracle: LEFT or RIGHT as soon as the stack top has all its gold dependents
 * and its gold head is the first buffer word or the word under it, else SHIFT. The moves of the
 * gold tree, or null when the tree is not projective (no move sequence builds it).
 */
export function staticOracle(heads: Int32Array, st: ParseState): Uint8Array | null {
  const n = heads.length;
  const remaining = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) remaining[heads[i]]++;
  st.reset(n);
  const moves = new Uint8Array(2 * n);
  let t = 0;
  while (!st.done) {
    const s0 = st.s(0);
    const complete = s0 >= 0 && remaining[s0] === 0;
    let move: number;
    if (complete && heads[s0] === st.b(0) && st.valid(LEFT)) move = LEFT;
    else if (complete && st.depth >= 2 && heads[s0] === st.s(1)) move = RIGHT;
    else if (st.valid(SHIFT)) move = SHIFT;
    else return null;
    if (move !== SHIFT) remaining[st.headFor(move)]--;
    st.apply(move, 0);
    moves[t++] = move;
  }
  for (let i = 0; i < n; i++) if (st.head[i] !== heads[i]) return null;
  return moves;
}

/** The classifiers under global training, the beam, and the states the updates replay. */
export class BeamTraining implements BeamScoring {
  readonly beam: Beam;
  private readonly features = new Uint32Array(128);
  private readonly scores = new Float32Array(MOVES);
  private readonly labelScores: Float32Array;
  private gold = new ParseState(256);
  private predicted = new ParseState(256);
  /** The sentence being learnt from. */
  private example: ParserExample | null = null;
  /** Sentences skipped in the last epoch: trees no move sequence builds. */
  skipped = 0;
  /** Updates made in the last epoch, and sentences whose best parse was the gold one. */
  updates = 0;

  constructor(readonly moves: Perceptron, readonly labels: Perceptron, readonly rootLabel: number, width: number, readonly update: BeamUpdate) {
    this.beam = new Beam(width);
    this.labelScores = new Float32Array(labels.classes);
  }

  moveScores(item: BeamItem, x: ParserInput, out: Float32Array): void {
    this.moves.score(this.features, moveFeatures(item.state, x, this.features), out);
  }

  /** A gold parse's arc takes the gold relation; any other, the labeller's guess. */
  label(item: BeamItem, x: ParserInput, move: number): number {
    const st = item.state;
    const dependent = st.s(0);
    const head = st.headFor(move);
    if (head === x.n) return this.rootLabel;
    if (item.gold) return this.example!.labels[dependent];
    const nl = labelFeatures(st, x, dependent, head, move, this.features);
    return this.bestLabel(nl);
  }

  /** One sentence: the labeller along the gold parse, then the beam and one update of the move classifier if it went wrong. */
  learn(ex: ParserExample): void {
    const n = ex.input.n;
    if (n > this.gold.capacity) {
      this.gold = new ParseState(2 * n);
      this.predicted = new ParseState(2 * n);
    }
    const oracle = staticOracle(ex.heads, this.gold);
    if (!oracle) {
      this.skipped++;
      return;
    }
    this.example = ex;
    this.learnLabels(ex, oracle);
    const violation = this.search(ex, oracle);
    if (violation) {
      this.updateMoves(ex, oracle, violation);
      this.updates++;
    }
    this.moves.tick();
  }

  /**
   * Runs the beam over the sentence beside the gold parse; returns where to update, if anywhere: with early update
   * the step the gold parse fell out of the beam (or the end, when it is not the best there), with max-violation the step where the best parse outscored the
   * gold one by most.
   */
  private search(ex: ParserExample, oracle: Uint8Array): { step: number; slot: number } | null {
    const x = ex.input;
    const { beam, gold } = this;
    beam.start(x.n);
    gold.reset(x.n);
    let goldScore = 0;
    let worst: { step: number; slot: number } | null = null;
    let most = -Infinity;
    for (let t = 0; t < oracle.length; t++) {
      const move = oracle[t];
      if (onlyMove(gold) === null) {
        this.scores.fill(0);
        this.moves.score(this.features, moveFeatures(gold, x, this.features), this.scores);
        goldScore += this.scores[move];
      }
      gold.apply(move, this.goldLabel(ex, gold, move));
      beam.advance(x, this, null, move);
      const best = beam.items[0];
      if (this.update === 'early') {
        let kept = false;
        for (let j = 0; j < beam.size && !kept; j++) kept = beam.items[j].gold;
        if (!kept) return { step: t + 1, slot: 0 };
      } else if (!best.gold && best.score - goldScore > most) {
        most = best.score - goldScore;
        worst = { step: t + 1, slot: 0 };
      }
    }
    if (this.update === 'early') return beam.items[0].gold ? null : { step: oracle.length, slot: 0 };
    return worst && most >= 0 ? worst : null;
  }

  /** The perceptron update: the gold parse's moves up, the best parse's down, from where they part to the update's step. */
  private updateMoves(ex: ParserExample, oracle: Uint8Array, at: { step: number; slot: number }): void {
    const x = ex.input;
    const path = this.beam.path(at.slot, at.step);
    const { gold, predicted, features } = this;
    gold.reset(x.n);
    predicted.reset(x.n);
    let parted = false;
    for (let t = 0; t < at.step; t++) {
      const move = oracle[t];
      const label = this.goldLabel(ex, gold, move);
      if (!parted && move === path.moves[t] && label === path.labels[t]) {
        gold.apply(move, label);
        predicted.apply(move, label);
        continue;
      }
      parted = true;
      if (onlyMove(gold) === null) this.moves.adjust(features, moveFeatures(gold, x, features), move, 1);
      if (onlyMove(predicted) === null) this.moves.adjust(features, moveFeatures(predicted, x, features), path.moves[t], -1);
      gold.apply(move, label);
      predicted.apply(path.moves[t], path.labels[t]);
    }
  }

  /** The labeller along the gold parse: at each arc, its guess, updated toward the gold relation. */
  private learnLabels(ex: ParserExample, oracle: Uint8Array): void {
    const x = ex.input;
    const st = this.gold;
    st.reset(x.n);
    for (const move of oracle) {
      if (move !== SHIFT && st.headFor(move) !== x.n) {
        const dependent = st.s(0);
        const nl = labelFeatures(st, x, dependent, st.headFor(move), move, this.features);
        const guess = this.bestLabel(nl);
        this.labels.tick();
        this.labels.update(this.features, nl, ex.labels[dependent], guess);
      }
      st.apply(move, this.goldLabel(ex, st, move));
    }
  }

  private goldLabel(ex: ParserExample, st: ParseState, move: number): number {
    if (move === SHIFT) return 0;
    return st.headFor(move) === ex.input.n ? this.rootLabel : ex.labels[st.s(0)];
  }

  /** The labeller's best relation for the features in `features[0, nl)`, never `root`. */
  private bestLabel(nl: number): number {
    const { labelScores } = this;
    labelScores.fill(0);
    this.labels.score(this.features, nl, labelScores);
    let best = -1;
    for (let c = 0; c < labelScores.length; c++) if (c !== this.rootLabel && (best < 0 || labelScores[c] > labelScores[best])) best = c;
    return best;
  }
}

/** One pass over the data in a seeded order. */
export function trainBeamEpoch(data: readonly ParserExample[], t: BeamTraining, rng: () => number): void {
  t.skipped = 0;
  t.updates = 0;
  for (const ex of shuffled(data, rng)) t.learn(ex);
}
