import { LABEL_FEATURES, labelFeatures, labelTuples, ROOT_TAG, ROOT_WORD, type ParserInput } from './features.js';
import { CLUSTER_LABELS } from './clusters.js';
import { hashString } from '../../util/hash.js';
import { Prepositions } from './prepositions.js';
import { RelativeClauses } from './relative-clauses.js';
import { addMoveScores, RoleScores } from './role-scores.js';
import { featureArray, scoreArray, type Scorer } from './scorer.js';
import { Beam, onlyMove, type BeamRepairs, type BeamScoring } from './beam.js';
import { LEFT, MOVES, ParseState, RIGHT, SHIFT } from './transitions.js';
import type { WordClusters } from './clusters.js';
import type { WordHashes } from './words.js';

/** A greedy arc-hybrid parser: one classifier picks the move, another names the arc it makes. */
export interface Parser {
  readonly moves: Scorer;
  readonly labels: Scorer;
  /** Relation names, by label class. */
  readonly relations: readonly string[];
  /** The class of `root`, the one relation of an arc from the root and of no other. */
  readonly rootLabel: number;
  /** Word clusters the features read, when the model was trained with them. */
  readonly clusters?: WordClusters;
}

/** The parser's view of a tagged sentence; `tags` and `upos` are class indices. */
export function parserInput(h: WordHashes, tags: ArrayLike<number>, upos: ArrayLike<number>, clusters: WordClusters | null = null): ParserInput {
  const input = new InputBuffer(h.length, clusters);
  input.fill(h, tags, upos);
  return input;
}

/** A ParserInput over reusable arrays, for the words `0 … n-1` of a sentence and its root `n`. */
export class InputBuffer implements ParserInput {
  n = 0;
  word = new Uint32Array(0);
  suffix = new Uint32Array(0);
  tag = new Uint32Array(0);
  coarse = new Uint32Array(0);
  c4 = new Uint32Array(0);
  c6 = new Uint32Array(0);
  cf = new Uint32Array(0);
  readonly clusterFeatures: number;

  constructor(capacity: number, private readonly clusters: WordClusters | null = null) {
    this.clusterFeatures = clusters?.features ?? 0;
    this.grow(capacity);
  }

  private grow(capacity: number): void {
    [this.word, this.suffix, this.tag, this.coarse] = Array.from({ length: 4 }, () => new Uint32Array(capacity + 1));
    if (this.clusters) [this.c4, this.c6, this.cf] = Array.from({ length: 3 }, () => new Uint32Array(capacity + 1));
  }

  fill(h: WordHashes, tags: ArrayLike<number>, upos: ArrayLike<number>): void {
    const n = h.length;
    if (n >= this.word.length) this.grow(2 * n);
    this.n = n;
    this.word.set(h.word.subarray(0, n));
    this.suffix.set(h.suffix3.subarray(0, n));
    for (let i = 0; i < n; i++) {
      this.tag[i] = tags[i] + 1;
      this.coarse[i] = upos[i] + 1;
    }
    this.endWith(n);
  }

  /** The words `kept` (sentence indices, in order) as a sentence of their own. */
  fillSome(h: WordHashes, tags: ArrayLike<number>, upos: ArrayLike<number>, kept: readonly number[]): void {
    const n = kept.length;
    if (n >= this.word.length) this.grow(2 * n);
    this.n = n;
    kept.forEach((i, k) => {
      this.word[k] = h.word[i];
      this.suffix[k] = h.suffix3[i];
      this.tag[k] = tags[i] + 1;
      this.coarse[k] = upos[i] + 1;
    });
    this.endWith(n);
  }

  private endWith(n: number): void {
    this.word[n] = ROOT_WORD;
    this.suffix[n] = ROOT_SUFFIX;
    this.tag[n] = ROOT_TAG;
    this.coarse[n] = ROOT_TAG;
    const clusters = this.clusters;
    if (!clusters) return;
    // one lookup per word and sentence: the features read the prefixes by index
    for (let i = 0; i < n; i++) {
      const id = clusters.ids.get(this.word[i]) ?? 0;
      this.c4[i] = clusters.prefix4[id];
      this.c6[i] = clusters.prefix6[id];
      this.cf[i] = clusters.full[id];
    }
    this.c4[n] = this.c6[n] = this.cf[n] = ROOT_WORD;
  }
}

const ROOT_SUFFIX = hashString('<ROOT>');

function chooseLabel(parser: Parser, x: ParserInput, scratch: ParseScratch, st: ParseState, dependent: number, head: number, move: number): number {
  if (head === x.n) return parser.rootLabel;
  const { features, labelScores } = scratch;
  labelScores.fill(0);
  if (parser.labels.scoreTuples && !(x.clusterFeatures & CLUSTER_LABELS) && features.length >= 4 * LABEL_FEATURES) {
    parser.labels.scoreTuples(features, labelTuples(st, x, dependent, head, move, features), labelScores);
  } else {
    parser.labels.score(features, labelFeatures(st, x, dependent, head, move, features), labelScores);
  }
  let label = -1;
  for (let c = 0; c < labelScores.length; c++) {
    if (c !== parser.rootLabel && (label < 0 || labelScores[c] > labelScores[label])) label = c;
  }
  return label;
}

/**
 * How a parser decodes: greedily (beam 1, the default) or keeping the `beam` best partial parses; `repairs` off only
 * for trials; `temperature` > 0 sums moves' log-probabilities rather than their raw scores (beam.ts).
 */
export interface Decoding {
  readonly beam: number;
  readonly repairs: boolean;
  readonly temperature?: number;
}

export const GREEDY: Decoding = Object.freeze({ beam: 1, repairs: true });

/** Scratch buffers parser calls reuse; `state` grows to the longest sentence seen. */
export class ParseScratch {
  /** The move and label features, and their scores: in the scorers' own memory when they have room (scorer.ts buffers). */
  readonly features: Uint32Array;
  readonly moveScores: Float32Array;
  readonly labelScores: Float32Array;
  readonly roles = new RoleScores();
  readonly relatives: RelativeClauses;
  readonly prepositions: Prepositions;
  state = new ParseState(64);
  /** The beam and what it reads of the model, when decoding keeps more than one parse. */
  readonly beam: { readonly beam: Beam; readonly scoring: BeamScoring; readonly repairs: BeamRepairs | null } | null;
  constructor(parser: Parser, tags: readonly string[], readonly decoding: Decoding = GREEDY) {
    this.features = parser.moves.buffers === parser.labels.buffers ? featureArray(parser.moves, 4 * 128) : new Uint32Array(4 * 128);
    this.moveScores = scoreArray(parser.moves, MOVES);
    this.labelScores = scoreArray(parser.labels, parser.labels.classes);
    this.relatives = new RelativeClauses(tags, parser.relations);
    this.prepositions = new Prepositions(tags, parser.relations);
    this.beam = decoding.beam > 1 ? { beam: new Beam(decoding.beam, decoding.temperature), scoring: beamScoring(parser, this), repairs: decoding.repairs ? this : null } : null;
  }

  fit(n: number): void {
    if (n > this.state.capacity) this.state = new ParseState(Math.max(n, 2 * this.state.capacity));
  }
}

/** A loaded model's move and relation scores for beam search, through the scratch's buffers and role sums. */
function beamScoring(parser: Parser, scratch: ParseScratch): BeamScoring {
  return {
    moveScores: (item, x, out) => addMoveScores(parser.moves, scratch.roles, item.state, x, scratch.features, out),
    label: (item, x, move) => chooseLabel(parser, x, scratch, item.state, item.state.s(0), item.state.headFor(move), move),
  };
}

function bestMove(parser: Parser, x: ParserInput, scratch: ParseScratch): number {
  const { features, moveScores, state } = scratch;
  moveScores.fill(0);
  addMoveScores(parser.moves, scratch.roles, state, x, features, moveScores);
  let move = -1;
  const leftAllowed = scratch.relatives.allowsLeft(state, x);
  for (let m = 0; m < MOVES; m++) {
    if (state.valid(m) && (m !== LEFT || leftAllowed) && (move < 0 || moveScores[m] > moveScores[move])) move = m;
  }
  return move;
}

/**
 * Parses one sentence: `heads[i]` gets word i's head (-1 for the root), `labels[i]` the class
 * of its relation.
 */
export function parseWords(parser: Parser, x: ParserInput, scratch: ParseScratch, heads: Int32Array, labels: Uint8Array): void {
  if (scratch.beam) {
    beamParseWords(parser, x, scratch, heads, labels);
    return;
  }
  scratch.fit(x.n);
  const st = scratch.state;
  st.reset(x.n);
  scratch.roles.start(parser.moves, x);
  scratch.relatives.start(x.n);
  while (!st.done) {
    const move = onlyMove(st) ?? bestMove(parser, x, scratch);
    if (move === RIGHT && !scratch.prepositions.allowsRight(st, x)) {
      st.lowerUnderTop(scratch.prepositions.caseLabel);
      continue;
    }
    if (move === SHIFT) {
      st.apply(move, 0);
      continue;
    }
    const dependent = st.s(0);
    const head = st.headFor(move);
    const label = chooseLabel(parser, x, scratch, st, dependent, head, move);
    scratch.relatives.attached(x, dependent, head, label);
    st.apply(move, label);
  }
  readTree(st, heads, labels);
}

/** The best parse of a beam search (beam.ts) over the sentence, with the same decoding repairs as the greedy parser's when they are on. */
function beamParseWords(parser: Parser, x: ParserInput, scratch: ParseScratch, heads: Int32Array, labels: Uint8Array): void {
  const { beam, scoring, repairs } = scratch.beam!;
  scratch.roles.start(parser.moves, x);
  beam.start(x.n);
  while (!beam.done) beam.advance(x, scoring, repairs);
  readTree(beam.items[0].state, heads, labels);
}

function readTree(st: ParseState, heads: Int32Array, labels: Uint8Array): void {
  for (let i = 0; i < st.n; i++) {
    heads[i] = st.head[i] === st.n ? -1 : st.head[i];
    labels[i] = st.label[i];
  }
}
