import { hashString, mix } from '../../util/hash.js';
import { LEFT, type ParseState } from './transitions.js';

/**
 * What the parser reads of a sentence: per word (and the root at index n) the hashes of its
 * spelling and suffix, and its predicted tag (index + 1) and UPOS (index + 1).
 */
export interface ParserInput {
  readonly n: number;
  readonly word: Uint32Array;
  readonly suffix: Uint32Array;
  readonly tag: Uint32Array;
  readonly coarse: Uint32Array;
}

export const ROOT_WORD = hashString('<ROOT>');
export const ROOT_TAG = 255;
export const MOVE_FEATURES = 72;
export const LABEL_FEATURES = 30;

function distance(d: number): number {
  return d <= 5 ? d : d <= 10 ? 6 : 7;
}

/**
 * Features of a configuration for choosing the next move: words and tags of the top three
 * stack words and the first three buffer words, their leftmost and rightmost children and
 * those children's relations, distances and valencies (after Zhang and Nivre 2011, adapted
 * to arc-hybrid, where the stack's second word can become the top's head).
 */
export function moveFeatures(st: ParseState, x: ParserInput, out: Uint32Array): number {
  const { word, tag } = x;
  const { label, left1, left2, right1, right2 } = st;
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  const s0L1 = s0 < 0 ? -1 : left1[s0], s0L2 = s0 < 0 ? -1 : left2[s0];
  const s0R1 = s0 < 0 ? -1 : right1[s0], s0R2 = s0 < 0 ? -1 : right2[s0];
  const s1L1 = s1 < 0 ? -1 : left1[s1], s1R1 = s1 < 0 ? -1 : right1[s1];
  const b0L1 = b0 < 0 ? -1 : left1[b0], b0L2 = b0 < 0 ? -1 : left2[b0];
  const s0w = s0 < 0 ? 0 : word[s0], s0p = s0 < 0 ? 0 : tag[s0];
  const s1w = s1 < 0 ? 0 : word[s1], s1p = s1 < 0 ? 0 : tag[s1];
  const s2w = s2 < 0 ? 0 : word[s2], s2p = s2 < 0 ? 0 : tag[s2];
  const b0w = b0 < 0 ? 0 : word[b0], b0p = b0 < 0 ? 0 : tag[b0];
  const b1w = b1 < 0 ? 0 : word[b1], b1p = b1 < 0 ? 0 : tag[b1];
  const b2w = b2 < 0 ? 0 : word[b2], b2p = b2 < 0 ? 0 : tag[b2];
  const s0L1w = s0L1 < 0 ? 0 : word[s0L1], s0L1p = s0L1 < 0 ? 0 : tag[s0L1], s0L1l = s0L1 < 0 ? 0 : label[s0L1] + 1;
  const s0R1w = s0R1 < 0 ? 0 : word[s0R1], s0R1p = s0R1 < 0 ? 0 : tag[s0R1], s0R1l = s0R1 < 0 ? 0 : label[s0R1] + 1;
  const b0L1w = b0L1 < 0 ? 0 : word[b0L1], b0L1p = b0L1 < 0 ? 0 : tag[b0L1], b0L1l = b0L1 < 0 ? 0 : label[b0L1] + 1;
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
  // single words
  out[k] = mix(k++, s0w); out[k] = mix(k++, s0p); out[k] = mix(k++, s0w, s0p); out[k] = mix(k++, s1w); out[k] = mix(k++, s1p);
  out[k] = mix(k++, s1w, s1p); out[k] = mix(k++, s2p); out[k] = mix(k++, s2w, s2p); out[k] = mix(k++, b0w); out[k] = mix(k++, b0p);
  out[k] = mix(k++, b0w, b0p); out[k] = mix(k++, b1w); out[k] = mix(k++, b1p); out[k] = mix(k++, b1w, b1p); out[k] = mix(k++, b2w);
  out[k] = mix(k++, b2p);
  // pairs
  out[k] = mix(k++, s0w, s0p, b0wp); out[k] = mix(k++, s0wp, b0w); out[k] = mix(k++, s0w, b0wp); out[k] = mix(k++, s0wp, b0p);
  out[k] = mix(k++, s0p, b0wp); out[k] = mix(k++, s0w, b0w); out[k] = mix(k++, s0p, b0p); out[k] = mix(k++, b0p, b1p);
  out[k] = mix(k++, s1p, s0p); out[k] = mix(k++, s1w, s0w); out[k] = mix(k++, s1wp, s0p); out[k] = mix(k++, s1p, s0wp);
  out[k] = mix(k++, s1p, b0p); out[k] = mix(k++, s1w, b0w);
  // triples
  out[k] = mix(k++, b0p, b1p, b2p); out[k] = mix(k++, s0p, b0p, b1p); out[k] = mix(k++, s1p, s0p, b0p); out[k] = mix(k++, s2p, s1p, s0p);
  out[k] = mix(k++, s0p, s0L1p, b0p); out[k] = mix(k++, s0p, s0R1p, b0p); out[k] = mix(k++, s0p, b0p, b0L1p);
  out[k] = mix(k++, s1p, s1R1p, s0p); out[k] = mix(k++, s1p, s0p, s0L1p); out[k] = mix(k++, s1p, s0p, s0R1p);
  // distances and valencies
  out[k] = mix(k++, s0w, d); out[k] = mix(k++, s0p, d); out[k] = mix(k++, b0w, d); out[k] = mix(k++, b0p, d);
  out[k] = mix(k++, s0w, b0w, d); out[k] = mix(k++, s0p, b0p, d); out[k] = mix(k++, s1p, s0p, d1); out[k] = mix(k++, s1w, s0w, d1);
  out[k] = mix(k++, s0w, vr); out[k] = mix(k++, s0p, vr); out[k] = mix(k++, s0w, vl); out[k] = mix(k++, s0p, vl);
  out[k] = mix(k++, b0w, bvl); out[k] = mix(k++, b0p, bvl);
  // children
  out[k] = mix(k++, s0L1w); out[k] = mix(k++, s0L1p); out[k] = mix(k++, s0L1l); out[k] = mix(k++, s0R1w); out[k] = mix(k++, s0R1p);
  out[k] = mix(k++, s0R1l); out[k] = mix(k++, b0L1w); out[k] = mix(k++, b0L1p); out[k] = mix(k++, b0L1l);
  out[k] = mix(k++, s0L2p, s0L2l); out[k] = mix(k++, s0R2p, s0R2l); out[k] = mix(k++, b0L2p, b0L2l); out[k] = mix(k++, s1R1p, s1R1l);
  out[k] = mix(k++, s1L1p, s1L1l); out[k] = mix(k++, s0p, s0L1p, s0L2p); out[k] = mix(k++, s0p, s0R1p, s0R2p);
  out[k] = mix(k++, b0p, b0L1p, b0L2p);
  // relation sets
  out[k] = mix(k++, s0w, s0 < 0 ? 0 : st.rightLabels[s0]); out[k] = mix(k++, s0p, s0 < 0 ? 0 : st.leftLabels[s0]);
  out[k] = mix(k++, b0p, b0 < 0 ? 0 : st.leftLabels[b0]); out[k] = mix(k++, s1p, s1 < 0 ? 0 : st.rightLabels[s1], s0p);
  return k;
}

/**
 * Features for naming the relation of the arc a LEFT or RIGHT move makes from `head` to
 * `dependent`: both words, their tags, the direction and distance, the dependent's
 * suffix, neighbours and children (the "by" of an agent, the "to" of an infinitive).
 */
export function labelFeatures(st: ParseState, x: ParserInput, dependent: number, head: number, move: number, out: Uint32Array): number {
  const { word, tag, coarse, n } = x;
  const w = (t: number) => (t < 0 ? 0 : word[t]);
  const p = (t: number) => (t < 0 ? 0 : tag[t]);
  const l = (t: number) => (t < 0 ? 0 : st.label[t] + 1);
  const dw = word[dependent], dp = tag[dependent], hw = word[head], hp = tag[head];
  const dir = move === LEFT ? 1 : 2;
  const dist = distance(Math.abs(head - dependent));
  const dL1 = st.left1[dependent], dR1 = st.right1[dependent], dL2 = st.left2[dependent];
  let k = 0;
  const f = (a: number, b = 0, c = 0) => { out[k] = mix(1000 + k, a, b, c); k++; };
  f(dw); f(dp); f(dw, dp); f(hw); f(hp); f(hw, hp); f(dp, hp, dir); f(dw, hp, dir); f(dp, hw, dir); f(dw * 31 + dp, hw * 31 + hp);
  f(dist, dp, hp); f(dir, dp); f(dir, dw); f(x.suffix[dependent], dp); f(w(dL1), dp); f(p(dL1), l(dL1), dir);
  f(l(dR1), dp); f(st.leftLabels[dependent], dp, dir); f(st.rightLabels[dependent], dp); f(st.leftLabels[head], dir, dp);
  f(st.rightLabels[head], dir, dp); f(dependent > 0 ? tag[dependent - 1] : 0, dp); f(dependent + 1 < n ? tag[dependent + 1] : 0, dp);
  f(head === n ? 1 : 0, dp); f(dw, hw); f(coarse[dependent], coarse[head], dir); f(w(dL2), w(dL1), dp); f(w(dR1), dp, dir);
  f(p(dR1), dp, hp); f(hw, dp, dir);
  return k;
}
