/**
 * Word clusters derived from unlabelled news text: each word is described by the words
 * seen just before and after it, and spherical k-means groups words with alike contexts
 * (two granularities). Names the tagger never saw in training then share a cluster with
 * names it did see ("Zelensky" with other presidents' surnames).
 */
const TOKEN = /[A-Za-z]+(?:[.'’-][A-Za-z]+)*|[0-9]+(?:[.,][0-9]+)*|\S/g;
const CONTEXT_WORDS = 600;
const MIN_COUNT = 4;
const ITERATIONS = 8;

export const COARSE_CLUSTERS = 128;
export const FINE_CLUSTERS = 512;

/** Normalisation shared by derivation and lookup: digits count as one kind of character. */
export function clusterKey(word: string): string {
  return word.replace(/[0-9]/g, '0');
}

/** Word → coarse cluster × 65536 + fine cluster. */
export function deriveClusters(texts: Iterable<string>): Record<string, number> {
  const sentences: string[][] = [];
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const line of text.split(/\n+/)) {
      const words = (line.match(TOKEN) ?? []).map(clusterKey);
      if (words.length === 0) continue;
      sentences.push(words);
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextIndex = new Map<string, number>();
  for (const [w] of byFrequency) {
    const key = w.toLowerCase();
    if (!contextIndex.has(key)) contextIndex.set(key, contextIndex.size);
    if (contextIndex.size === CONTEXT_WORDS) break;
  }
  const vocabulary = byFrequency.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
  const wordIndex = new Map(vocabulary.map((w, i) => [w, i]));
  const contexts: Array<Map<number, number>> = vocabulary.map(() => new Map());
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const v = wordIndex.get(words[i]);
      if (v === undefined) continue;
      const left = i > 0 ? contextIndex.get(words[i - 1].toLowerCase()) : CONTEXT_WORDS - 1;
      const right = i + 1 < words.length ? contextIndex.get(words[i + 1].toLowerCase()) : CONTEXT_WORDS - 1;
      if (left !== undefined) contexts[v].set(left, (contexts[v].get(left) ?? 0) + 1);
      if (right !== undefined) contexts[v].set(CONTEXT_WORDS + right, (contexts[v].get(CONTEXT_WORDS + right) ?? 0) + 1);
    }
  }
  const vectors = contexts.map(toUnitVector);
  const coarse = kMeans(vectors, COARSE_CLUSTERS, 2 * CONTEXT_WORDS);
  const fine = kMeans(vectors, FINE_CLUSTERS, 2 * CONTEXT_WORDS);
  return Object.fromEntries(vocabulary.map((w, i) => [w, coarse[i] * 65536 + fine[i]]));
}

interface SparseVector {
  readonly dims: Int32Array;
  readonly values: Float64Array;
}

function toUnitVector(counts: Map<number, number>): SparseVector {
  const dims = Int32Array.from(counts.keys());
  const values = Float64Array.from(counts.values(), (c) => Math.log1p(c));
  let norm = 0;
  for (const v of values) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i] /= norm;
  return { dims, values };
}

/** Spherical k-means, seeded with evenly spaced words of the frequency list (deterministic). */
function kMeans(vectors: SparseVector[], k: number, size: number): Int32Array {
  const assignment = new Int32Array(vectors.length);
  const centroids = new Float64Array(k * size);
  for (let c = 0; c < k; c++) {
    const v = vectors[Math.floor((c * vectors.length) / k)];
    for (let j = 0; j < v.dims.length; j++) centroids[c * size + v.dims[j]] = v.values[j];
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    vectors.forEach((v, i) => {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const base = c * size;
        for (let j = 0; j < v.dims.length; j++) dot += v.values[j] * centroids[base + v.dims[j]];
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assignment[i] = arg;
    });
    centroids.fill(0);
    vectors.forEach((v, i) => {
      const base = assignment[i] * size;
      for (let j = 0; j < v.dims.length; j++) centroids[base + v.dims[j]] += v.values[j];
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < size; d++) norm += centroids[c * size + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < size; d++) centroids[c * size + d] /= norm;
    }
  }
  return assignment;
}
