import { hashString, mix } from '../../util/hash.js';
import type { ParseState } from './transitions.js';

/**
 * Word clusters as parser features (Koo, Carreras and Collins 2008): each word's Brown cluster
 * (src/train/parse/clusters.ts) is a bit string, and prefixes of 4 and 6 bits and the whole string
 * stand in for the word in pairs of head and dependent candidates, so that what the parser learnt
 * of "attacked" reaches "shelled" in the same cluster. A word's cluster is looked up once per
 * sentence (InputBuffer), never per move.
 */
export const CLUSTER_MOVES = 1;
export const CLUSTER_LABELS = 2;
/** Only the move templates that pair a cluster with the other word's cluster prefix or tag (7, not 12): fewer lookups a move. */
export const CLUSTER_LEAN = 4;

export interface WordClusters {
  /** Word hash (words.ts normalise, then hashString) → cluster id, 1 … C; 0 is "in no cluster". */
  readonly ids: ReadonlyMap<number, number>;
  /** Per cluster id: its bit string ('' for id 0). */
  readonly bits: readonly string[];
  /** Per cluster id: the hashes of its bit string's first 4 and 6 bits and of the whole string. */
  readonly prefix4: Uint32Array;
  readonly prefix6: Uint32Array;
  readonly full: Uint32Array;
  /** Which classifiers read them: CLUSTER_MOVES, CLUSTER_LABELS or both. */
  readonly features: number;
}

/** The clusters file of words (as the parser spells them: words.ts normalise) and their bit strings. */
export function clusterFile(words: readonly string[], wordBits: readonly string[], made: Record<string, unknown>): ClusterFile {
  const bits: string[] = [''];
  const codes = new Map<string, number>();
  const clusters = wordBits.map((code) => {
    if (!codes.has(code)) codes.set(code, bits.push(code) - 1);
    return codes.get(code)!;
  });
  return { format: 'parley.clusters/1', made, bits, words: words.map((w) => hashString(w)), clusters };
}

/** The clusters of word hashes (as a saved model keeps them) and the bit string of each cluster id. */
export function hashedClusters(ids: ReadonlyMap<number, number>, bits: readonly string[], features: number): WordClusters {
  const prefix = (tag: string, f: (b: string) => string) => Uint32Array.from(bits, (b, id) => (id === 0 ? 0 : hashString(`${tag}:${f(b)}`)));
  return {
    ids, bits, features,
    prefix4: prefix('4', (b) => b.slice(0, 4)), prefix6: prefix('6', (b) => b.slice(0, 6)), full: prefix('*', (b) => b),
  };
}

/**
 * The clusters file (`clusters.json`, made by src/train/parse/clusters.ts): where the clusters came
 * from, each cluster's bit string (index = cluster id, '' at 0), and each word's cluster, the words
 * as their 32-bit hashes: no text of the corpus is kept.
 */
export interface ClusterFile {
  readonly format: 'parley.clusters/1';
  readonly made: Record<string, unknown>;
  readonly bits: string[];
  readonly words: number[];
  readonly clusters: number[];
}

export function clustersOfFile(file: ClusterFile, features: number): WordClusters {
  if (file.format !== 'parley.clusters/1') throw new Error(`not a parley.clusters/1 file: ${String(file.format)}`);
  return hashedClusters(new Map(file.words.map((w, i) => [w, file.clusters[i]])), file.bits, features);
}

/** What the cluster features read of a sentence: per word (and the root at n) its cluster's prefix hashes. */
export interface ClusterInput {
  readonly clusterFeatures: number;
  readonly c4: Uint32Array;
  readonly c6: Uint32Array;
  readonly cf: Uint32Array;
  readonly tag: Uint32Array;
}

export const CLUSTER_MOVE_FEATURES = 12;
export const LEAN_CLUSTER_MOVE_FEATURES = 7;

/**
 * The move features over clusters: the stack top with the first buffer word and with the word
 * under it (the two arcs arc-hybrid can make), as cluster pairs at each granularity and as a
 * cluster with the other word's tag; the two words' own clusters; the first two buffer words.
 */
export function clusterMoveFeatures(st: ParseState, x: ClusterInput, out: Uint32Array, at: number): number {
  const { c4, c6, cf, tag } = x;
  const s0 = st.s(0), s1 = st.s(1), b0 = st.b(0), b1 = st.b(1);
  const s0c4 = s0 < 0 ? 0 : c4[s0], s0c6 = s0 < 0 ? 0 : c6[s0], s0cf = s0 < 0 ? 0 : cf[s0], s0p = s0 < 0 ? 0 : tag[s0];
  const s1c4 = s1 < 0 ? 0 : c4[s1], s1c6 = s1 < 0 ? 0 : c6[s1], s1cf = s1 < 0 ? 0 : cf[s1], s1p = s1 < 0 ? 0 : tag[s1];
  const b0c4 = b0 < 0 ? 0 : c4[b0], b0c6 = b0 < 0 ? 0 : c6[b0], b0cf = b0 < 0 ? 0 : cf[b0], b0p = b0 < 0 ? 0 : tag[b0];
  const b1c6 = b1 < 0 ? 0 : c6[b1];
  let k = at;
  out[k++] = mix(200, s0c4, b0c4); out[k++] = mix(201, s0c6, b0c6); out[k++] = mix(202, s0cf, b0p); out[k++] = mix(203, s0p, b0cf);
  if (x.clusterFeatures & CLUSTER_LEAN) {
    out[k++] = mix(205, s1c4, s0c4); out[k++] = mix(207, s1cf, s0p); out[k++] = mix(208, s1p, s0cf);
    return k - at;
  }
  out[k++] = mix(204, s0cf, b0cf); out[k++] = mix(205, s1c4, s0c4); out[k++] = mix(206, s1c6, s0c6); out[k++] = mix(207, s1cf, s0p);
  out[k++] = mix(208, s1p, s0cf); out[k++] = mix(209, s0cf); out[k++] = mix(210, b0cf); out[k++] = mix(211, b0c6, b1c6);
  return k - at;
}

export const CLUSTER_LABEL_FEATURES = 5;

/** The label features over clusters: dependent and head as cluster pairs, and each one's cluster with the other's tag. */
export function clusterLabelFeatures(x: ClusterInput, dependent: number, head: number, out: Uint32Array, at: number): number {
  const { c4, c6, cf, tag } = x;
  let k = at;
  out[k++] = mix(1100, cf[dependent], cf[head]); out[k++] = mix(1101, c4[dependent], c4[head]); out[k++] = mix(1102, c6[dependent], c6[head]);
  out[k++] = mix(1103, cf[dependent], tag[head]); out[k++] = mix(1104, tag[dependent], cf[head]);
  return k - at;
}
