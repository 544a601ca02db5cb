import { labelFeatures, moveFeatures, ROOT_TAG, ROOT_WORD, type ParserInput } from './features.js';
import { hashString } from '../../util/hash.js';
import type { Scorer } from './scorer.js';
import { MOVES, ParseState, SHIFT } from './transitions.js';
import type { WordHashes } from './words.js';

/** A greedy arc-hybrid parser: one classifier picks the move, another names the arc it makes. */
export interface Parser {
  readonly moves: Scorer;
  readonly labels: Scorer;
  /** Relation names, by label class. */
  readonly relations: readonly string[];
  /** The class of `root`, the one relation of an arc from the root and of no other. */
  readonly rootLabel: number;
}

/** The parser's view of a tagged sentence; `tags` and `upos` are class indices. */
export function parserInput(h: WordHashes, tags: ArrayLike<number>, upos: ArrayLike<number>): ParserInput {
  const n = h.length;
  const word = new Uint32Array(n + 1);
  const suffix = new Uint32Array(n + 1);
  const tag = new Uint32Array(n + 1);
  const coarse = new Uint32Array(n + 1);
  word.set(h.word);
  suffix.set(h.suffix3);
  for (let i = 0; i < n; i++) {
    tag[i] = tags[i] + 1;
    coarse[i] = upos[i] + 1;
  }
  word[n] = ROOT_WORD;
  suffix[n] = ROOT_SUFFIX;
  tag[n] = ROOT_TAG;
  coarse[n] = ROOT_TAG;
  return { n, word, suffix, tag, coarse };
}

const ROOT_SUFFIX = hashString('<ROOT>');

function chooseLabel(parser: Parser, x: ParserInput, scratch: ParseScratch, dependent: number, head: number, move: number): number {
  if (head === x.n) return parser.rootLabel;
  const { features, labelScores } = scratch;
  const nl = labelFeatures(scratch.state, x, dependent, head, move, features);
  labelScores.fill(0);
  parser.labels.score(features, nl, labelScores);
  let label = -1;
  for (let c = 0; c < labelScores.length; c++) {
    if (c !== parser.rootLabel && (label < 0 || labelScores[c] > labelScores[label])) label = c;
  }
  return label;
}

/** Scratch buffers parser calls reuse; `state` grows to the longest sentence seen. */
export class ParseScratch {
  readonly features = new Uint32Array(128);
  readonly moveScores = new Float32Array(MOVES);
  readonly labelScores: Float32Array;
  state = new ParseState(64);
  constructor(labels: number) {
    this.labelScores = new Float32Array(labels);
  }

  fit(n: number): void {
    if (n > this.state.capacity) this.state = new ParseState(Math.max(n, 2 * this.state.capacity));
  }
}

/**
 * Parses one sentence: `heads[i]` gets word i's head (-1 for the root), `labels[i]` the class
 * of its relation.
 */
export function parseWords(parser: Parser, x: ParserInput, scratch: ParseScratch, heads: Int32Array, labels: Uint8Array): void {
  scratch.fit(x.n);
  const st = scratch.state;
  st.reset(x.n);
  const { features, moveScores } = scratch;
  while (!st.done) {
    const nf = moveFeatures(st, x, features);
    moveScores.fill(0);
    parser.moves.score(features, nf, moveScores);
    let move = -1;
    for (let m = 0; m < MOVES; m++) if (st.valid(m) && (move < 0 || moveScores[m] > moveScores[move])) move = m;
    const label = move === SHIFT ? 0 : chooseLabel(parser, x, scratch, st.s(0), st.headFor(move), move);
    st.apply(move, label);
  }
  for (let i = 0; i < x.n; i++) {
    heads[i] = st.head[i] === x.n ? -1 : st.head[i];
    labels[i] = st.label[i];
  }
}
