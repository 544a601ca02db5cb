import { hashString, keysOfTuples, mix } from '../../util/hash.js';
import { CLUSTER_LABELS, CLUSTER_MOVES, clusterLabelFeatures, clusterMoveFeatures, type ClusterInput } from './clusters.js';
import { LEFT, type ParseState } from './transitions.js';

/**
 * What the parser reads of a sentence: per word (and the root at index n) the hashes of its
 * spelling and suffix, and its predicted tag (index + 1) and UPOS (index + 1); with word clusters
 * (clusters.ts), its cluster's prefixes.
 */
export interface ParserInput extends ClusterInput {
  readonly n: number;
  readonly word: Uint32Array;
  readonly suffix: Uint32Array;
  readonly tag: Uint32Array;
  readonly coarse: Uint32Array;
}

export const ROOT_WORD = hashString('<ROOT>');
export const ROOT_TAG = 255;
export const MOVE_FEATURES = 75;
/** Tuples contextFeatures and labelFeatures write before hashing them. */
const TUPLES = new Uint32Array(4 * 64);
export const LABEL_FEATURES = 30;

function distance(d: number): number {
  return d <= 5 ? d : d <= 10 ? 6 : 7;
}

/**
 * The words a configuration's features read one at a time, by the role they play: the top three
 * stack words, the first three buffer words, the stack top's leftmost and rightmost children and
 * the first buffer word's leftmost child. The templates of a role read that word's spelling and
 * tag only, so their weights can be summed once per sentence for every word in every role.
 */
export const S0 = 0, S1 = 1, S2 = 2, B0 = 3, B1 = 4, B2 = 5, S0_LEFT = 6, S0_RIGHT = 7, B0_LEFT = 8;
export const ROLES = 9;
/** The template id of each role's first feature (the rest follow it), and how many it has. */
const ROLE_TEMPLATE: readonly number[] = [0, 3, 6, 8, 11, 14, 54, 57, 60];
export const ROLE_SIZE: readonly number[] = [3, 3, 2, 3, 3, 2, 2, 2, 2];
export const ROLE_FEATURES = 22;
/** The template ids of the other move features, those that read two words or more, or the configuration, in order. */
const CONTEXT_TEMPLATES: readonly number[] = [...Array.from({ length: 38 }, (_, i) => 16 + i), 56, 59, 62, ...Array.from({ length: 12 }, (_, i) => 63 + i)];
export const CONTEXT_FEATURES = CONTEXT_TEMPLATES.length;

/** The word in `role` in the configuration, or -1. */
export function roleWord(st: ParseState, role: number): number {
  if (role <= S2) return st.s(role);
  if (role <= B2) return st.b(role - B0);
  const head = role === B0_LEFT ? st.b(0) : st.s(0);
  if (head < 0) return -1;
  return role === S0_RIGHT ? st.right1[head] : st.left1[head];
}

/** Writes the features of word `t` (-1 for none) in `role` to `out[at …]`; returns how many. */
export function roleFeatures(role: number, t: number, x: ParserInput, out: Uint32Array, at: number): number {
  const w = t < 0 ? 0 : x.word[t], p = t < 0 ? 0 : x.tag[t];
  const k = ROLE_TEMPLATE[role];
  if (role === S2) {
    out[at] = mix(k, p); out[at + 1] = mix(k + 1, w, p);
  } else if (role === B2 || role >= S0_LEFT) {
    out[at] = mix(k, w); out[at + 1] = mix(k + 1, p);
  } else {
    out[at] = mix(k, w); out[at + 1] = mix(k + 1, p); out[at + 2] = mix(k + 2, w, p);
  }
  return ROLE_SIZE[role];
}

/**
 * Features of a configuration for choosing the next move: words and tags of the top three
 * stack words and the first three buffer words, their leftmost and rightmost children and
 * those children's relations, distances and valencies (after Zhang and Nivre 2011, adapted
 * to arc-hybrid, where the stack's second word can become the top's head). Feature k is
 * template k's: the role features and the context features, each at their templates.
 */
export function moveFeatures(st: ParseState, x: ParserInput, out: Uint32Array): number {
  // The context features are written to out[0 …] and moved up to their templates, last first:
  // CONTEXT_TEMPLATES rises and CONTEXT_TEMPLATES[i] >= i, so no move overwrites one not yet made.
  // The role features then fill the other templates.
  contextFeatures(st, x, out);
  for (let i = CONTEXT_FEATURES - 1; i >= 0; i--) out[CONTEXT_TEMPLATES[i]] = out[i];
  for (let role = 0; role < ROLES; role++) roleFeatures(role, roleWord(st, role), x, out, ROLE_TEMPLATE[role]);
  return MOVE_FEATURES + (x.clusterFeatures & CLUSTER_MOVES ? clusterMoveFeatures(st, x, out, MOVE_FEATURES) : 0);
}

/** Writes the CONTEXT_FEATURES move features that are not role features to `out[0 …]`. */
export function contextFeatures(st: ParseState, x: ParserInput, out: Uint32Array): number {
  return keysOfTuples(TUPLES, contextTuples(st, x, TUPLES), out, 0);
}

/**
 * The move features of contextFeatures as the (template, a, b, c) tuples mix hashes, four words each at `out[0 …]`;
 * returns how many. The parse kernel hashes them itself (kernel.wat mixAll): written here as plain stores, since V8
 * inlines only about five of the 53 calls of mix in one function.
 */
export function contextTuples(st: ParseState, x: ParserInput, out: Uint32Array): number {
  const { word, tag } = x;
  const { label, left2, right1, right2 } = st;
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  const s0L1 = roleWord(st, S0_LEFT), s0L2 = s0 < 0 ? -1 : left2[s0];
  const s0R1 = roleWord(st, S0_RIGHT), s0R2 = s0 < 0 ? -1 : right2[s0];
  const s1L1 = s1 < 0 ? -1 : st.left1[s1], s1R1 = s1 < 0 ? -1 : right1[s1];
  const b0L1 = roleWord(st, B0_LEFT), b0L2 = b0 < 0 ? -1 : left2[b0];
  const s0w = s0 < 0 ? 0 : word[s0], s0p = s0 < 0 ? 0 : tag[s0];
  const s1w = s1 < 0 ? 0 : word[s1], s1p = s1 < 0 ? 0 : tag[s1];
  const s2p = s2 < 0 ? 0 : tag[s2];
  const b0w = b0 < 0 ? 0 : word[b0], b0p = b0 < 0 ? 0 : tag[b0];
  const b1p = b1 < 0 ? 0 : tag[b1];
  const b2p = b2 < 0 ? 0 : tag[b2];
  const s0L1p = s0L1 < 0 ? 0 : tag[s0L1], s0L1l = s0L1 < 0 ? 0 : label[s0L1] + 1;
  const s0R1p = s0R1 < 0 ? 0 : tag[s0R1], s0R1l = s0R1 < 0 ? 0 : label[s0R1] + 1;
  const b0L1p = b0L1 < 0 ? 0 : tag[b0L1], b0L1l = b0L1 < 0 ? 0 : label[b0L1] + 1;
  const s0L2p = s0L2 < 0 ? 0 : tag[s0L2], s0L2l = s0L2 < 0 ? 0 : label[s0L2] + 1;
  const s0R2p = s0R2 < 0 ? 0 : tag[s0R2], s0R2l = s0R2 < 0 ? 0 : label[s0R2] + 1;
  const b0L2p = b0L2 < 0 ? 0 : tag[b0L2], b0L2l = b0L2 < 0 ? 0 : label[b0L2] + 1;
  const s1R1p = s1R1 < 0 ? 0 : tag[s1R1], s1R1l = s1R1 < 0 ? 0 : label[s1R1] + 1;
  const s1L1p = s1L1 < 0 ? 0 : tag[s1L1], s1L1l = s1L1 < 0 ? 0 : label[s1L1] + 1;
  const d = s0 < 0 ? 0 : distance(b0 - s0);
  const d1 = s1 < 0 ? 0 : distance(s0 - s1);
  const vl = s0 < 0 ? 0 : st.leftCount[s0], vr = s0 < 0 ? 0 : st.rightCount[s0], bvl = b0 < 0 ? 0 : st.leftCount[b0];
  const s0wp = s0w * 31 + s0p, s1wp = s1w * 31 + s1p, b0wp = b0w * 31 + b0p;
  let k = 0;
  let id = 16;
  // pairs
  out[k] = id++; out[k + 1] = s0w; out[k + 2] = s0p; out[k + 3] = b0wp; k += 4; out[k] = id++; out[k + 1] = s0wp; out[k + 2] = b0w; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s0w; out[k + 2] = b0wp; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0wp; out[k + 2] = b0p; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s0p; out[k + 2] = b0wp; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0w; out[k + 2] = b0w; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s0p; out[k + 2] = b0p; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = b0p; out[k + 2] = b1p; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s1p; out[k + 2] = s0p; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s1w; out[k + 2] = s0w; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s1wp; out[k + 2] = s0p; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s1p; out[k + 2] = s0wp; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s1p; out[k + 2] = b0p; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s1w; out[k + 2] = b0w; out[k + 3] = 0; k += 4;
  // triples
  out[k] = id++; out[k + 1] = b0p; out[k + 2] = b1p; out[k + 3] = b2p; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = b0p; out[k + 3] = b1p; k += 4;
  out[k] = id++; out[k + 1] = s1p; out[k + 2] = s0p; out[k + 3] = b0p; k += 4; out[k] = id++; out[k + 1] = s2p; out[k + 2] = s1p; out[k + 3] = s0p; k += 4;
  out[k] = id++; out[k + 1] = s0p; out[k + 2] = s0L1p; out[k + 3] = b0p; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = s0R1p; out[k + 3] = b0p; k += 4;
  out[k] = id++; out[k + 1] = s0p; out[k + 2] = b0p; out[k + 3] = b0L1p; k += 4; out[k] = id++; out[k + 1] = s1p; out[k + 2] = s1R1p; out[k + 3] = s0p; k += 4;
  out[k] = id++; out[k + 1] = s1p; out[k + 2] = s0p; out[k + 3] = s0L1p; k += 4; out[k] = id++; out[k + 1] = s1p; out[k + 2] = s0p; out[k + 3] = s0R1p; k += 4;
  // distances and valencies
  out[k] = id++; out[k + 1] = s0w; out[k + 2] = d; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = d; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = b0w; out[k + 2] = d; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = b0p; out[k + 2] = d; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s0w; out[k + 2] = b0w; out[k + 3] = d; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = b0p; out[k + 3] = d; k += 4;
  out[k] = id++; out[k + 1] = s1p; out[k + 2] = s0p; out[k + 3] = d1; k += 4; out[k] = id++; out[k + 1] = s1w; out[k + 2] = s0w; out[k + 3] = d1; k += 4;
  out[k] = id++; out[k + 1] = s0w; out[k + 2] = vr; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = vr; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s0w; out[k + 2] = vl; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = vl; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = b0w; out[k + 2] = bvl; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = b0p; out[k + 2] = bvl; out[k + 3] = 0; k += 4;
  // children's relations (their words and tags are role features: templates 54–55, 57–58, 60–61)
  out[k] = 56; out[k + 1] = s0L1l; out[k + 2] = 0; out[k + 3] = 0; k += 4; out[k] = 59; out[k + 1] = s0R1l; out[k + 2] = 0; out[k + 3] = 0; k += 4;
  out[k] = 62; out[k + 1] = b0L1l; out[k + 2] = 0; out[k + 3] = 0; k += 4;
  // second children
  id = 63;
  out[k] = id++; out[k + 1] = s0L2p; out[k + 2] = s0L2l; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0R2p; out[k + 2] = s0R2l; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = b0L2p; out[k + 2] = b0L2l; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s1R1p; out[k + 2] = s1R1l; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = s1L1p; out[k + 2] = s1L1l; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = s0L1p; out[k + 3] = s0L2p; k += 4;
  out[k] = id++; out[k + 1] = s0p; out[k + 2] = s0R1p; out[k + 3] = s0R2p; k += 4; out[k] = id++; out[k + 1] = b0p; out[k + 2] = b0L1p; out[k + 3] = b0L2p; k += 4;
  // relation sets
  out[k] = id++; out[k + 1] = s0w; out[k + 2] = s0 < 0 ? 0 : st.rightLabels[s0]; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s0p; out[k + 2] = s0 < 0 ? 0 : st.leftLabels[s0]; out[k + 3] = 0; k += 4;
  out[k] = id++; out[k + 1] = b0p; out[k + 2] = b0 < 0 ? 0 : st.leftLabels[b0]; out[k + 3] = 0; k += 4; out[k] = id++; out[k + 1] = s1p; out[k + 2] = s1 < 0 ? 0 : st.rightLabels[s1]; out[k + 3] = s0p; k += 4;
  return k / 4;
}

/**
 * Features for naming the relation of the arc a LEFT or RIGHT move makes from `head` to
 * `dependent`: both words, their tags, the direction and distance, the dependent's
 * suffix, neighbours and children (the "by" of an agent, the "to" of an infinitive).
 */
export function labelFeatures(st: ParseState, x: ParserInput, dependent: number, head: number, move: number, out: Uint32Array): number {
  const k = keysOfTuples(TUPLES, labelTuples(st, x, dependent, head, move, TUPLES), out, 0);
  return x.clusterFeatures & CLUSTER_LABELS ? k + clusterLabelFeatures(x, dependent, head, out, k) : k;
}

/** The features of labelFeatures but the word clusters' as (template, a, b, c) tuples (see contextTuples); returns how many. */
export function labelTuples(st: ParseState, x: ParserInput, dependent: number, head: number, move: number, out: Uint32Array): number {
  const { word, tag, coarse, n } = x;
  const dw = word[dependent], dp = tag[dependent], hw = word[head], hp = tag[head];
  const dir = move === LEFT ? 1 : 2;
  const dist = distance(Math.abs(head - dependent));
  const dL1 = st.left1[dependent], dR1 = st.right1[dependent], dL2 = st.left2[dependent];
  const dL1w = dL1 < 0 ? 0 : word[dL1], dL1p = dL1 < 0 ? 0 : tag[dL1], dL1l = dL1 < 0 ? 0 : st.label[dL1] + 1;
  const dR1w = dR1 < 0 ? 0 : word[dR1], dR1p = dR1 < 0 ? 0 : tag[dR1], dR1l = dR1 < 0 ? 0 : st.label[dR1] + 1;
  const dL2w = dL2 < 0 ? 0 : word[dL2];
  let k = 0;
  // template ids are 1000 + the feature's index
  out[k] = 1000; out[k + 1] = dw; out[k + 2] = 0; out[k + 3] = 0; k += 4;
  out[k] = 1001; out[k + 1] = dp; out[k + 2] = 0; out[k + 3] = 0; k += 4;
  out[k] = 1002; out[k + 1] = dw; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1003; out[k + 1] = hw; out[k + 2] = 0; out[k + 3] = 0; k += 4;
  out[k] = 1004; out[k + 1] = hp; out[k + 2] = 0; out[k + 3] = 0; k += 4;
  out[k] = 1005; out[k + 1] = hw; out[k + 2] = hp; out[k + 3] = 0; k += 4;
  out[k] = 1006; out[k + 1] = dp; out[k + 2] = hp; out[k + 3] = dir; k += 4;
  out[k] = 1007; out[k + 1] = dw; out[k + 2] = hp; out[k + 3] = dir; k += 4;
  out[k] = 1008; out[k + 1] = dp; out[k + 2] = hw; out[k + 3] = dir; k += 4;
  out[k] = 1009; out[k + 1] = dw * 31 + dp; out[k + 2] = hw * 31 + hp; out[k + 3] = 0; k += 4;
  out[k] = 1010; out[k + 1] = dist; out[k + 2] = dp; out[k + 3] = hp; k += 4;
  out[k] = 1011; out[k + 1] = dir; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1012; out[k + 1] = dir; out[k + 2] = dw; out[k + 3] = 0; k += 4;
  out[k] = 1013; out[k + 1] = x.suffix[dependent]; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1014; out[k + 1] = dL1w; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1015; out[k + 1] = dL1p; out[k + 2] = dL1l; out[k + 3] = dir; k += 4;
  out[k] = 1016; out[k + 1] = dR1l; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1017; out[k + 1] = st.leftLabels[dependent]; out[k + 2] = dp; out[k + 3] = dir; k += 4;
  out[k] = 1018; out[k + 1] = st.rightLabels[dependent]; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1019; out[k + 1] = st.leftLabels[head]; out[k + 2] = dir; out[k + 3] = dp; k += 4;
  out[k] = 1020; out[k + 1] = st.rightLabels[head]; out[k + 2] = dir; out[k + 3] = dp; k += 4;
  out[k] = 1021; out[k + 1] = dependent > 0 ? tag[dependent - 1] : 0; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1022; out[k + 1] = dependent + 1 < n ? tag[dependent + 1] : 0; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1023; out[k + 1] = head === n ? 1 : 0; out[k + 2] = dp; out[k + 3] = 0; k += 4;
  out[k] = 1024; out[k + 1] = dw; out[k + 2] = hw; out[k + 3] = 0; k += 4;
  out[k] = 1025; out[k + 1] = coarse[dependent]; out[k + 2] = coarse[head]; out[k + 3] = dir; k += 4;
  out[k] = 1026; out[k + 1] = dL2w; out[k + 2] = dL1w; out[k + 3] = dp; k += 4;
  out[k] = 1027; out[k + 1] = dR1w; out[k + 2] = dp; out[k + 3] = dir; k += 4;
  out[k] = 1028; out[k + 1] = dR1p; out[k + 2] = dp; out[k + 3] = hp; k += 4;
  out[k] = 1029; out[k + 1] = hw; out[k + 2] = dp; out[k + 3] = dir; k += 4;
  return k / 4;
}
