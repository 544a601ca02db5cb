import { mix } from '../../util/hash.js';
import type { WordHashes } from './words.js';

/**
 * Word clusters as tagger features (Koo, Carreras and Collins 2008; Turian, Ratinov and Bengio 2010):
 * a word the treebanks show rarely or never ("shelled", "Tikhanovsky") shares its Brown cluster's bit
 * string with words they show often, so its cluster's prefixes say what its spelling cannot. The
 * clusters are looked up once per sentence (words.ts WordHashBuffer), never per decision.
 */
export type TaggerClusterSet = 'full' | 'lean';

export const TAGGER_CLUSTER_COUNTS: Readonly<Record<TaggerClusterSet, number>> = { full: 8, lean: 4 };
/** The most features a cluster set adds (for buffers). */
export const MOST_CLUSTER_FEATURES = 8;

const START = 0x5354;
const END = 0x454e;

/**
 * The 8 features of `full`, written at out[at …]: the word's cluster prefixes of 4 and 6 bits and its
 * whole bit string, the 4- and 6-bit prefixes of the word before and the word after, the word's
 * cluster with the previous tag (index + 1, 0 before the sentence).
 */
function fullClusterFeatures(h: WordHashes, i: number, prev1: number, out: Uint32Array, at: number): number {
  const n = h.length;
  out[at] = mix(40, h.cluster4[i]);
  out[at + 1] = mix(41, h.cluster6[i]);
  out[at + 2] = mix(42, h.clusterFull[i]);
  out[at + 3] = mix(43, i > 0 ? h.cluster4[i - 1] : START);
  out[at + 4] = mix(44, i > 0 ? h.cluster6[i - 1] : START);
  out[at + 5] = mix(45, i + 1 < n ? h.cluster4[i + 1] : END);
  out[at + 6] = mix(46, i + 1 < n ? h.cluster6[i + 1] : END);
  out[at + 7] = mix(47, prev1, h.clusterFull[i]);
  return 8;
}

/** The 4 features of `lean`: the word's 6-bit prefix and whole bit string, the next word's 6-bit prefix, the whole string with the previous tag. */
function leanClusterFeatures(h: WordHashes, i: number, prev1: number, out: Uint32Array, at: number): number {
  out[at] = mix(41, h.cluster6[i]);
  out[at + 1] = mix(42, h.clusterFull[i]);
  out[at + 2] = mix(46, i + 1 < h.length ? h.cluster6[i + 1] : END);
  out[at + 3] = mix(47, prev1, h.clusterFull[i]);
  return 4;
}

/** Each cluster set's writer: it puts its features of word `i` at out[at …] and returns how many (TAGGER_CLUSTER_COUNTS). */
export const TAGGER_CLUSTER_WRITERS: Readonly<Record<TaggerClusterSet, (h: WordHashes, i: number, prev1: number, out: Uint32Array, at: number) => number>> = {
  full: fullClusterFeatures,
  lean: leanClusterFeatures,
};
