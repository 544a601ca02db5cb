import { writeFileSync } from 'node:fs';
import { clusterFile } from '../../stages/parse/clusters.js';
import { brownClusters, countBigrams } from './brown.js';
import { clusterCorpus } from './cluster-corpus.js';
import { log } from './corpus.js';

/**
 * `node dist/train/parse/clusters.js --out FILE [--clusters C] [--min-count N]`: Brown clusters of
 * the unlabelled news text of cluster-corpus.ts, written as the parser reads them (FILE, a
 * parley.clusters/1 file: words as hashes, with where they came from), and for reading as wcluster
 * writes them (FILE.tsv: "bits<TAB>word<TAB>count" per word; holds the vocabulary, never ship it).
 * Deterministic.
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function main(): void {
  const began = Date.now();
  const clusters = Number(option('--clusters', '256'));
  const minCount = Number(option('--min-count', '3'));
  const out = option('--out', 'clusters.json');
  const parts = clusterCorpus();
  for (const p of parts) log(`${p.name}: ${p.sentences.length} sentences, ${p.sentences.reduce((n, s) => n + s.length, 0)} tokens`);
  const sentences = parts.flatMap((p) => p.sentences);
  const counts = countBigrams(sentences, minCount);
  log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} tokens; ${counts.words.length} words seen ${minCount}+ times, ${counts.total} bigrams; corpus read in ${((Date.now() - began) / 60000).toFixed(1)} min`);
  const t0 = Date.now();
  const { bits } = brownClusters(counts, clusters, (done) => log(`${done} words clustered (${((Date.now() - t0) / 60000).toFixed(1)} min)`));
  const minutes = Math.round((Date.now() - began) / 600) / 100;
  const made = {
    by: `node dist/train/parse/clusters.js --clusters ${clusters} --min-count ${minCount} (Brown clustering, brown.ts)`,
    corpus: parts.map((p) => ({ name: p.name, licence: p.licence, sentences: p.sentences.length, tokens: p.sentences.reduce((n, s) => n + s.length, 0) })),
    licence: 'derived from the texts above: the clusters are statistics of word pairs, no text is kept; words are 32-bit hashes of their normalised spelling',
    clusters, minCount, words: counts.words.length, bigrams: counts.total, minutes,
  };
  writeFileSync(out, `${JSON.stringify(clusterFile(counts.words, bits, made))}\n`);
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  writeFileSync(`${out}.tsv`, counts.words.map((w, i) => `${bits[i]}\t${w}\t${freq.get(w)}\n`).join(''));
  log(`wrote ${out}: ${clusters} clusters of ${counts.words.length} words in ${minutes} min (clustering ${((Date.now() - t0) / 60000).toFixed(1)})`);
}

main();
