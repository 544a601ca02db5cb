import type { ParserInput } from './features.js';
import type { Prepositions } from './prepositions.js';
import type { RelativeClauses } from './relative-clauses.js';
import { LEFT, MOVES, ParseState, RIGHT, SHIFT } from './transitions.js';

/**
 * Beam search over arc-hybrid configurations (Zhang and Clark 2008; Zhang and Nivre 2011): the
 * `width` best partial parses by the sum of their move scores are kept after each move, where the
 * greedy parser keeps one. Every parse of a sentence of n words takes 2n moves (n shifts, n arcs),
 * so partial parses of one step compare fairly. The same search serves decoding and global
 * training (src/train/parse/beam-training.ts), which reads the back-pointers it keeps.
 */

/** One partial parse: its configuration, the relative clauses it has opened, its score. */
export class BeamItem {
  state: ParseState;
  /** Per word, as RelativeClauses keeps for the greedy parser: the pronoun opening its clause, or -1. */
  openers: Int32Array;
  score = 0;
  /** Whether every move so far was the gold one (training only). */
  gold = true;

  constructor(capacity: number) {
    this.state = new ParseState(capacity);
    this.openers = new Int32Array(capacity + 1);
  }

  fit(n: number): void {
    if (n <= this.state.capacity) return;
    this.state = new ParseState(2 * n);
    this.openers = new Int32Array(2 * n + 1);
  }

  copyFrom(other: BeamItem): void {
    this.state.copyFrom(other.state);
    for (let i = 0; i <= other.state.n; i++) this.openers[i] = other.openers[i];
    this.score = other.score;
    this.gold = other.gold;
  }
}

/** What a beam reads of a model: move scores of a configuration, and the relation of an arc. */
export interface BeamScoring {
  /** Adds the scores of the three moves from the item's configuration to `out` (zeroed by the caller). */
  moveScores(item: BeamItem, x: ParserInput, out: Float32Array): void;
  /** The relation class of the arc `move` (LEFT or RIGHT) makes from the item's configuration. */
  label(item: BeamItem, x: ParserInput, move: number): number;
}

/** The decoding repairs of the greedy parser (relative-clauses.ts, prepositions.ts), applied in each partial parse. */
export interface BeamRepairs {
  readonly relatives: RelativeClauses;
  readonly prepositions: Prepositions;
}

/** The one valid move, when there is one (an empty stack, or every word shifted): nothing to score. */
export function onlyMove(st: ParseState): number | null {
  if (st.depth === 0) return SHIFT;
  if (st.buffer === st.n) return st.depth === 1 ? LEFT : RIGHT;
  return null;
}

/** A beam of partial parses, its spare items, candidates and back-pointers; reused across sentences. */
export class Beam {
  /** The partial parses after the last step, best first: `items[0 … size)`. */
  items: BeamItem[];
  size = 0;
  /** Moves made so far. */
  steps = 0;
  private spare: BeamItem[];
  private readonly candItem: Int32Array;
  private readonly candMove: Uint8Array;
  private readonly candScore: Float64Array;
  private readonly scores = new Float32Array(MOVES);
  /** Per step and beam slot: the slot of the parse it extends, its move and the relation of that move's arc. */
  parent = new Int32Array(0);
  move = new Uint8Array(0);
  label = new Uint8Array(0);

  /**
   * `temperature` > 0: a parse's score is the sum of its moves' log-probabilities (a softmax over each
   * configuration's valid moves of their scores divided by the temperature) rather than of their raw scores — for a
   * model trained greedily, whose scores of different configurations were never compared with each other.
   */
  constructor(readonly width: number, private readonly temperature = 0) {
    if (!(Number.isInteger(width) && width >= 1)) throw new Error(`a beam's width is a whole number ≥ 1, not ${width}`);
    this.items = Array.from({ length: width }, () => new BeamItem(64));
    this.spare = Array.from({ length: width }, () => new BeamItem(64));
    this.candItem = new Int32Array(MOVES * width);
    this.candMove = new Uint8Array(MOVES * width);
    this.candScore = new Float64Array(MOVES * width);
  }

  /** One partial parse: the sentence's first configuration. */
  start(n: number): void {
    for (const item of [...this.items, ...this.spare]) item.fit(n);
    const first = this.items[0];
    first.state.reset(n);
    first.openers.fill(-1, 0, n + 1);
    first.score = 0;
    first.gold = true;
    this.size = 1;
    this.steps = 0;
    const cells = 2 * n * this.width;
    if (this.parent.length < cells) {
      this.parent = new Int32Array(2 * cells);
      this.move = new Uint8Array(2 * cells);
      this.label = new Uint8Array(2 * cells);
    }
  }

  get done(): boolean {
    return this.items[0].state.done;
  }

  /**
   * Extends every partial parse by each of its valid moves and keeps the `width` best (ties: the
   * earlier parse, then SHIFT, LEFT, RIGHT). With `goldMove` (training), a kept parse is gold when
   * it extends the gold parse by that move.
   */
  advance(x: ParserInput, scoring: BeamScoring, repairs: BeamRepairs | null, goldMove = -1): void {
    const kept = this.collect(x, scoring, repairs);
    const at = this.steps * this.width;
    for (let j = 0; j < kept; j++) {
      const from = this.items[this.candItem[j]];
      const item = this.spare[j];
      item.copyFrom(from);
      item.score = this.candScore[j];
      const move = this.candMove[j];
      item.gold = from.gold && move === goldMove;
      this.parent[at + j] = this.candItem[j];
      this.move[at + j] = move;
      this.label[at + j] = applyMove(item, x, move, scoring, repairs);
    }
    [this.items, this.spare] = [this.spare, this.items];
    this.size = kept;
    this.steps++;
  }

  /** The `width` best candidates, best first, in cand*[0 …); returns how many. */
  private collect(x: ParserInput, scoring: BeamScoring, repairs: BeamRepairs | null): number {
    let count = 0;
    const offer = (item: number, move: number, score: number) => {
      if (count === this.width && score <= this.candScore[count - 1]) return;
      let k = count < this.width ? count++ : count - 1;
      while (k > 0 && this.candScore[k - 1] < score) {
        this.candItem[k] = this.candItem[k - 1];
        this.candMove[k] = this.candMove[k - 1];
        this.candScore[k] = this.candScore[k - 1];
        k--;
      }
      this.candItem[k] = item;
      this.candMove[k] = move;
      this.candScore[k] = score;
    };
    const { scores } = this;
    for (let i = 0; i < this.size; i++) {
      const item = this.items[i];
      const st = item.state;
      const only = onlyMove(st);
      if (only !== null) {
        offer(i, only, item.score);
        continue;
      }
      scores.fill(0);
      scoring.moveScores(item, x, scores);
      const leftAllowed = !repairs || repairs.relatives.allowsLeft(st, x, item.openers);
      if (this.temperature > 0) localScores(scores, st, leftAllowed, this.temperature);
      for (let m = 0; m < MOVES; m++) {
        if (st.valid(m) && (m !== LEFT || leftAllowed)) offer(i, m, item.score + scores[m]);
      }
    }
    return count;
  }

  /** The moves and relations of the parse in `slot` after `steps` moves (by default all so far): back-pointers followed to the start. */
  path(slot: number, steps = this.steps): { moves: Uint8Array; labels: Uint8Array } {
    const moves = new Uint8Array(steps);
    const labels = new Uint8Array(steps);
    for (let t = steps - 1; t >= 0; t--) {
      const at = t * this.width + slot;
      moves[t] = this.move[at];
      labels[t] = this.label[at];
      slot = this.parent[at];
    }
    return { moves, labels };
  }
}

/** Replaces the scores of the valid moves (LEFT only when allowed) by their log-probabilities: log softmax(score / temperature). */
function localScores(scores: Float32Array, st: ParseState, leftAllowed: boolean, temperature: number): void {
  let max = -Infinity;
  for (let m = 0; m < MOVES; m++) if (st.valid(m) && (m !== LEFT || leftAllowed) && scores[m] > max) max = scores[m];
  let sum = 0;
  for (let m = 0; m < MOVES; m++) if (st.valid(m) && (m !== LEFT || leftAllowed)) sum += Math.exp((scores[m] - max) / temperature);
  const norm = Math.log(sum);
  for (let m = 0; m < MOVES; m++) scores[m] = (scores[m] - max) / temperature - norm;
}

/** Applies a move to a partial parse (with the repairs, when given); returns the relation of the arc it made (0 for SHIFT). */
function applyMove(item: BeamItem, x: ParserInput, move: number, scoring: BeamScoring, repairs: BeamRepairs | null): number {
  const st = item.state;
  if (move === SHIFT) {
    st.apply(SHIFT, 0);
    return 0;
  }
  if (move === RIGHT && repairs && !repairs.prepositions.allowsRight(st, x)) {
    st.lowerUnderTop(repairs.prepositions.caseLabel);
    return repairs.prepositions.caseLabel;
  }
  const dependent = st.s(0);
  const head = st.headFor(move);
  const label = scoring.label(item, x, move);
  repairs?.relatives.attached(x, dependent, head, label, item.openers);
  st.apply(move, label);
  return label;
}
