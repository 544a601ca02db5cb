/**
 * Brown clustering (Brown et al. 1992) with Liang's window (Liang 2005, "Semi-supervised learning
 * for natural language", the wcluster program): words by falling frequency enter a window of C + 1
 * clusters one at a time, and each time the two clusters whose merge loses least of the mutual
 * information between adjacent clusters are merged, so the window holds C again. When every word
 * is in, the C clusters are merged down to one, and the path from that root to each cluster (0 for
 * the left branch, 1 for the right) is the bit string of its words: prefixes of it are coarser
 * clusters (Koo, Carreras and Collins 2008 read prefixes of 4, 6 and all the bits).
 *
 * As in wcluster, a cluster's marginals are its words' bigram counts over the whole corpus, so a
 * word entering the window changes no other cluster's; a merge changes every pair's loss by terms
 * of the two merged clusters alone, updated in O(1) per pair: O(V C²) in all.
 */

export interface BigramCounts {
  /** Words by falling frequency (the order they enter the window). */
  readonly words: readonly string[];
  /** Per word, the words after it and how often: parallel arrays per word. */
  readonly next: ReadonlyArray<Int32Array>;
  readonly nextCount: ReadonlyArray<Float64Array>;
  /** Per word, how often it is the first and the second word of a bigram. */
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly total: number;
}

/**
 * The bigrams of `sentences` (arrays of words; no bigram crosses a sentence) between words seen
 * at least `minCount` times. Ties in frequency go by spelling, so the order is deterministic.
 */
export function countBigrams(sentences: Iterable<readonly string[]>, minCount: number): BigramCounts {
  const freq = new Map<string, number>();
  const all: string[][] = [];
  for (const s of sentences) {
    all.push(s as string[]);
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const words = [...freq].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const pairs = new Map<number, number>();
  for (const s of all) {
    for (let i = 1; i < s.length; i++) {
      const a = id.get(s[i - 1]), b = id.get(s[i]);
      if (a === undefined || b === undefined) continue;
      const key = a * V + b;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const lists: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  const left = new Float64Array(V), right = new Float64Array(V);
  let total = 0;
  for (const [key, c] of pairs) {
    const a = Math.floor(key / V), b = key % V;
    lists[a].push([b, c]);
    left[a] += c;
    right[b] += c;
    total += c;
  }
  for (const l of lists) l.sort((x, y) => x[0] - y[0]);
  return {
    words, left, right, total,
    next: lists.map((l) => Int32Array.from(l, (p) => p[0])),
    nextCount: lists.map((l) => Float64Array.from(l, (p) => p[1])),
  };
}

/** The window of clusters: bigram counts between them, their terms of the mutual information, and the loss of merging each pair. */
export class BrownWindow {
  readonly size: number;
  private readonly n: Float64Array;
  private readonly q: Float64Array;
  /** loss[c * size + d] for c < d, both active. */
  private readonly loss: Float64Array;
  private readonly nL: Float64Array;
  private readonly nR: Float64Array;
  readonly active: Uint8Array;
  readonly slotOfWord: Int32Array;
  readonly members: number[][];
  private readonly prev: ReadonlyArray<Int32Array>;
  private readonly prevCount: ReadonlyArray<Float64Array>;

  constructor(private readonly counts: BigramCounts, clusters: number) {
    const S = (this.size = clusters + 1);
    this.n = new Float64Array(S * S);
    this.q = new Float64Array(S * S);
    this.loss = new Float64Array(S * S);
    this.nL = new Float64Array(S);
    this.nR = new Float64Array(S);
    this.active = new Uint8Array(S);
    this.slotOfWord = new Int32Array(counts.words.length).fill(-1);
    this.members = Array.from({ length: S }, () => []);
    const prev: Array<Array<[number, number]>> = Array.from({ length: counts.words.length }, () => []);
    counts.next.forEach((next, a) => next.forEach((b, k) => prev[b].push([a, counts.nextCount[a][k]])));
    this.prev = prev.map((l) => Int32Array.from(l, (p) => p[0]));
    this.prevCount = prev.map((l) => Float64Array.from(l, (p) => p[1]));
  }

  /** p(c,d) log p(c,d) / (p(c) p(d)) from counts. */
  private term(ncd: number, nc: number, nd: number): number {
    if (ncd <= 0) return 0;
    const N = this.counts.total;
    return (ncd / N) * Math.log((ncd * N) / (nc * nd));
  }

  /** The free slot the next word goes to. */
  freeSlot(): number {
    for (let s = 0; s < this.size; s++) if (!this.active[s]) return s;
    throw new Error('brown: no free slot');
  }

  /** Puts word `w` in a cluster of its own in a free slot and updates every pair's loss. */
  add(w: number): void {
    const S = this.size, { n, q } = this;
    const s = this.freeSlot();
    this.slotOfWord[w] = s;
    this.members[s] = [w];
    const next = this.counts.next[w], nextCount = this.counts.nextCount[w];
    for (let k = 0; k < next.length; k++) {
      const t = this.slotOfWord[next[k]];
      if (t >= 0) n[s * S + t] += nextCount[k];
    }
    const prev = this.prev[w], prevCount = this.prevCount[w];
    for (let k = 0; k < prev.length; k++) {
      const t = this.slotOfWord[prev[k]];
      if (t >= 0 && prev[k] !== w) n[t * S + s] += prevCount[k];
    }
    this.nL[s] = this.counts.left[w];
    this.nR[s] = this.counts.right[w];
    this.active[s] = 1;
    this.refreshTerms(s);
    // every other pair's merged cluster now has the new cluster as a neighbour too
    const act = this.activeSlots().filter((c) => c !== s);
    for (let i = 0; i < act.length; i++) {
      const c = act[i];
      for (let j = i + 1; j < act.length; j++) {
        const d = act[j];
        this.loss[c * S + d] += q[c * S + s] + q[s * S + c] + q[d * S + s] + q[s * S + d]
          - this.term(n[c * S + s] + n[d * S + s], this.nL[c] + this.nL[d], this.nR[s])
          - this.term(n[s * S + c] + n[s * S + d], this.nL[s], this.nR[c] + this.nR[d]);
      }
    }
    for (const c of act) this.setLoss(c, s, this.fullLoss(c, s));
  }

  activeSlots(): number[] {
    const out: number[] = [];
    for (let s = 0; s < this.size; s++) if (this.active[s]) out.push(s);
    return out;
  }

  private setLoss(c: number, d: number, v: number): void {
    this.loss[Math.min(c, d) * this.size + Math.max(c, d)] = v;
  }

  lossOf(c: number, d: number): number {
    return this.loss[Math.min(c, d) * this.size + Math.max(c, d)];
  }

  /** Recomputes the mutual-information terms of slot s's row and column. */
  private refreshTerms(s: number): void {
    const S = this.size, { n, q, nL, nR } = this;
    for (let e = 0; e < S; e++) {
      q[s * S + e] = this.active[e] ? this.term(n[s * S + e], nL[s], nR[e]) : 0;
      q[e * S + s] = this.active[e] ? this.term(n[e * S + s], nL[e], nR[s]) : 0;
    }
  }

  /** The mutual information lost by merging c and d, computed from the counts (O(C)). */
  fullLoss(c: number, d: number): number {
    const S = this.size, { n, q, nL, nR } = this;
    const mL = nL[c] + nL[d], mR = nR[c] + nR[d];
    let before = 0, after = 0;
    for (let e = 0; e < S; e++) {
      if (!this.active[e] || e === c || e === d) continue;
      before += q[c * S + e] + q[e * S + c] + q[d * S + e] + q[e * S + d];
      after += this.term(n[c * S + e] + n[d * S + e], mL, nR[e]) + this.term(n[e * S + c] + n[e * S + d], nL[e], mR);
    }
    before += q[c * S + c] + q[d * S + d] + q[c * S + d] + q[d * S + c];
    after += this.term(n[c * S + c] + n[c * S + d] + n[d * S + c] + n[d * S + d], mL, mR);
    return before - after;
  }

  /** The active pair whose merge loses least (the first in slot order on a tie). */
  bestPair(): [number, number] {
    const S = this.size;
    const act = this.activeSlots();
    let best = Infinity, bc = -1, bd = -1;
    for (let i = 0; i < act.length; i++) {
      for (let j = i + 1; j < act.length; j++) {
        const v = this.loss[act[i] * S + act[j]];
        if (v < best) [best, bc, bd] = [v, act[i], act[j]];
      }
    }
    return [bc, bd];
  }

  /** Merges b into a (a < b): b's slot is freed; every other pair's loss is updated by the terms of a, b and their merge. */
  merge(a: number, b: number): void {
    const S = this.size, { n, q, nL, nR } = this;
    const mL = nL[a] + nL[b], mR = nR[a] + nR[b];
    const act = this.activeSlots().filter((c) => c !== a && c !== b);
    const rowM = new Float64Array(S), colM = new Float64Array(S), qRow = new Float64Array(S), qCol = new Float64Array(S);
    for (const e of act) {
      rowM[e] = n[a * S + e] + n[b * S + e];
      colM[e] = n[e * S + a] + n[e * S + b];
      qRow[e] = this.term(rowM[e], mL, nR[e]);
      qCol[e] = this.term(colM[e], nL[e], mR);
    }
    for (let i = 0; i < act.length; i++) {
      const c = act[i];
      for (let j = i + 1; j < act.length; j++) {
        const d = act[j];
        const cdL = nL[c] + nL[d], cdR = nR[c] + nR[d];
        const old = q[c * S + a] + q[a * S + c] + q[c * S + b] + q[b * S + c] + q[d * S + a] + q[a * S + d] + q[d * S + b] + q[b * S + d]
          - this.term(n[c * S + a] + n[d * S + a], cdL, nR[a]) - this.term(n[a * S + c] + n[a * S + d], nL[a], cdR)
          - this.term(n[c * S + b] + n[d * S + b], cdL, nR[b]) - this.term(n[b * S + c] + n[b * S + d], nL[b], cdR);
        const now = qCol[c] + qRow[c] + qCol[d] + qRow[d]
          - this.term(colM[c] + colM[d], cdL, mR) - this.term(rowM[c] + rowM[d], mL, cdR);
        this.loss[c * S + d] += now - old;
      }
    }
    const self = n[a * S + a] + n[a * S + b] + n[b * S + a] + n[b * S + b];
    for (const e of act) {
      n[a * S + e] = rowM[e];
      n[e * S + a] = colM[e];
    }
    n[a * S + a] = self;
    for (let e = 0; e < S; e++) {
      n[b * S + e] = 0;
      n[e * S + b] = 0;
      q[b * S + e] = 0;
      q[e * S + b] = 0;
    }
    nL[a] = mL;
    nR[a] = mR;
    nL[b] = nR[b] = 0;
    this.active[b] = 0;
    for (const w of this.members[b]) this.slotOfWord[w] = a;
    this.members[a] = this.members[a].concat(this.members[b]);
    this.members[b] = [];
    this.refreshTerms(a);
    for (const e of act) this.setLoss(a, e, this.fullLoss(a, e));
  }
}

export interface BrownClusters {
  /** Per word of `counts.words`, its bit string. */
  readonly bits: string[];
  readonly clusters: number;
}

/**
 * Clusters the words of `counts` into `clusters` Brown clusters and returns each word's bit
 * string. `progress` is called every 1,000 words.
 */
export function brownClusters(counts: BigramCounts, clusters: number, progress?: (done: number) => void): BrownClusters {
  const V = counts.words.length;
  const win = new BrownWindow(counts, clusters);
  for (let w = 0; w < V; w++) {
    win.add(w);
    if (win.activeSlots().length > clusters) win.merge(...win.bestPair());
    if (progress && (w + 1) % 1000 === 0) progress(w + 1);
  }
  // the hierarchy over the final clusters: node ids below `size` are the slots' clusters
  const leaf = Int32Array.from(win.slotOfWord);
  const node = Array.from({ length: win.size }, (_, s) => s);
  const children: Array<[number, number]> = [];
  while (win.activeSlots().length > 1) {
    const [a, b] = win.bestPair();
    children.push([node[a], node[b]]);
    node[a] = win.size + children.length - 1;
    win.merge(a, b);
  }
  const code = new Map<number, string>();
  const walk = (id: number, path: string): void => {
    if (id < win.size) code.set(id, path || '0');
    else {
      const [l, r] = children[id - win.size];
      walk(l, path + '0');
      walk(r, path + '1');
    }
  };
  walk(node[win.activeSlots()[0]], '');
  return { bits: Array.from(leaf, (s) => code.get(s)!), clusters: code.size };
}
