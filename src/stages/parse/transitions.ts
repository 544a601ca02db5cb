/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) over the
 * words `0 … n-1` of a sentence with an artificial root `n` at the end of the buffer:
 *  - SHIFT pushes the first buffer word onto the stack;
 *  - LEFT makes the first buffer word the head of the stack top, and pops it;
 *  - RIGHT makes the word under the stack top its head, and pops it.
 * The root takes exactly one dependent: LEFT onto the root is allowed only with one word left.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

const NONE = -1;

/** A parser configuration, with the child summaries the features read. Reused across sentences. */
export class ParseState {
  n = 0;
  readonly stack: Int32Array;
  depth = 0;
  /** First word of the buffer; `n` (the root) when every word has been shifted. */
  buffer = 0;
  readonly head: Int32Array;
  readonly label: Uint8Array;
  /** Leftmost and second-leftmost, rightmost and second-rightmost children; -1 when none. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Uint8Array;
  readonly rightCount: Uint8Array;
  /** The relations of a word's left and right children, as bit sets (relation index mod 32). */
  readonly leftLabels: Uint32Array;
  readonly rightLabels: Uint32Array;

  constructor(capacity: number) {
    const size = capacity + 1;
    this.stack = new Int32Array(size);
    this.head = new Int32Array(size);
    this.label = new Uint8Array(size);
    this.left1 = new Int32Array(size);
    this.left2 = new Int32Array(size);
    this.right1 = new Int32Array(size);
    this.right2 = new Int32Array(size);
    this.leftCount = new Uint8Array(size);
    this.rightCount = new Uint8Array(size);
    this.leftLabels = new Uint32Array(size);
    this.rightLabels = new Uint32Array(size);
  }

  get capacity(): number {
    return this.stack.length - 1;
  }

  reset(n: number): void {
    this.n = n;
    this.depth = 0;
    this.buffer = 0;
    for (const a of [this.head, this.left1, this.left2, this.right1, this.right2]) a.fill(NONE, 0, n + 1);
    for (const a of [this.label, this.leftCount, this.rightCount]) a.fill(0, 0, n + 1);
    this.leftLabels.fill(0, 0, n + 1);
    this.rightLabels.fill(0, 0, n + 1);
  }

  /** Makes this configuration a copy of `other` (of a sentence no longer than this state's capacity): beam search keeps several. */
  copyFrom(other: ParseState): void {
    const size = other.n + 1;
    this.n = other.n;
    this.depth = other.depth;
    this.buffer = other.buffer;
    // plain loops: a subarray per array would make eleven objects per copy, and beam search copies often
    for (let k = 0; k < other.depth; k++) this.stack[k] = other.stack[k];
    for (let i = 0; i < size; i++) {
      this.head[i] = other.head[i];
      this.label[i] = other.label[i];
      this.left1[i] = other.left1[i];
      this.left2[i] = other.left2[i];
      this.right1[i] = other.right1[i];
      this.right2[i] = other.right2[i];
      this.leftCount[i] = other.leftCount[i];
      this.rightCount[i] = other.rightCount[i];
      this.leftLabels[i] = other.leftLabels[i];
      this.rightLabels[i] = other.rightLabels[i];
    }
  }

  get done(): boolean {
    return this.buffer === this.n && this.depth === 0;
  }

  /** The `k`-th word from the stack top (0 = top), or -1. */
  s(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k] : NONE;
  }

  /** The `k`-th word of the buffer (0 = first; the root counts), or -1. */
  b(k: number): number {
    const i = this.buffer + k;
    return i <= this.n ? i : NONE;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.buffer < this.n;
    if (move === RIGHT) return this.depth >= 2;
    return this.depth >= 1 && (this.buffer < this.n || this.depth === 1);
  }

  /** The head a LEFT or RIGHT move would give the stack top. */
  headFor(move: number): number {
    return move === LEFT ? this.buffer : this.stack[this.depth - 2];
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.buffer++;
      return;
    }
    const dependent = this.stack[--this.depth];
    this.attach(move === LEFT ? this.buffer : this.stack[this.depth - 1], dependent, label);
  }

  /**
   * Makes the word under the stack top a dependent of the top and takes it off the stack: a repair
   * outside the transition system, for an arc RIGHT must not make (prepositions.ts).
   */
  lowerUnderTop(label: number): void {
    const top = this.stack[this.depth - 1];
    const below = this.stack[this.depth - 2];
    this.stack[this.depth - 2] = top;
    this.depth--;
    this.attach(top, below, label);
  }

  private attach(head: number, dependent: number, label: number): void {
    this.head[dependent] = head;
    this.label[dependent] = label;
    const bit = 1 << (label & 31);
    if (dependent < head) {
      if (this.left1[head] === NONE || dependent < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dependent;
      } else if (this.left2[head] === NONE || dependent < this.left2[head]) {
        this.left2[head] = dependent;
      }
      if (this.leftCount[head] < 255) this.leftCount[head]++;
      this.leftLabels[head] |= bit;
    } else {
      if (this.right1[head] === NONE || dependent > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dependent;
      } else if (this.right2[head] === NONE || dependent > this.right2[head]) {
        this.right2[head] = dependent;
      }
      if (this.rightCount[head] < 255) this.rightCount[head]++;
      this.rightLabels[head] |= bit;
    }
  }
}

/**
 * How many gold arcs a move makes unreachable (the arc-hybrid dynamic oracle of Goldberg
 * and Nivre 2013). `gold[i]` is word i's gold head, `n` for the root.
 */
export function moveCost(state: ParseState, move: number, gold: ArrayLike<number>): number {
  const { buffer, n } = state;
  const s0 = state.s(0);
  if (move === SHIFT) {
    let cost = 0;
    for (let k = 0; k < state.depth; k++) {
      const d = state.stack[k];
      if (gold[d] === buffer) cost++;
      if (gold[buffer] === d && d !== s0) cost++;
    }
    return cost;
  }
  let cost = dependentsInBuffer(state, s0, gold);
  const h = gold[s0];
  if (move === LEFT) {
    if (h !== buffer && (h === state.s(1) || h > buffer)) cost++;
  } else if (h >= buffer) {
    cost++;
  }
  return cost;
}

function dependentsInBuffer(state: ParseState, word: number, gold: ArrayLike<number>): number {
  let count = 0;
  for (let d = state.buffer; d < state.n; d++) if (gold[d] === word) count++;
  return count;
}
