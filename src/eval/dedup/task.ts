import { fileURLToPath } from 'node:url';
import { fingerprint, sameStory, SAME_STORY_CONTAINMENT } from '../../dedup/minhash.js';
import type { EvalTask } from '../task.js';
import { readPairs } from './pairs.js';

interface PRF { precision: number; recall: number; f1: number }

export interface DedupEvalResult extends PRF {
  task: 'dedup';
  pairs: number;
  duplicates: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  threshold: number;
  /** Share of pairs judged right, by how the pair was made. */
  byKind: Record<string, { pairs: number; right: number; accuracy: number }>;
  pairsPerSecond: number;
}

export const DEFAULT_PAIRS = fileURLToPath(new URL('../../../data/eval/dedup-pairs.jsonl', import.meta.url));

export const dedupEval: EvalTask<DedupEvalResult> = {
  usage: `parley eval dedup [--pairs FILE] [--json]

Scores story grouping on labelled pairs (JSON Lines {"a", "b", "duplicate": bool}; a and b
are texts or objects with a "text"): a pair is judged one story exactly as the store
links a new article to a stored one (MinHash over word shingles, an LSH band in common,
the shorter text's shingles mostly contained in the longer). Default: data/eval/dedup-pairs.jsonl.`,
  options: { pairs: { type: 'string' } },
  async run(values) {
    const pairs = readPairs(typeof values.pairs === 'string' ? values.pairs : DEFAULT_PAIRS);
    const t0 = performance.now();
    let tp = 0, fp = 0, fn = 0;
    const byKind: DedupEvalResult['byKind'] = {};
    for (const pair of pairs) {
      const judged = pair.a === pair.b || sameStory(fingerprint(pair.a), fingerprint(pair.b));
      if (judged && pair.duplicate) tp++;
      else if (judged) fp++;
      else if (pair.duplicate) fn++;
      const k = (byKind[pair.kind] ??= { pairs: 0, right: 0, accuracy: 0 });
      k.pairs++;
      if (judged === pair.duplicate) k.right++;
    }
    for (const k of Object.values(byKind)) k.accuracy = k.right / k.pairs;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return {
      task: 'dedup', pairs: pairs.length, duplicates: tp + fn, precision, recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      truePositives: tp, falsePositives: fp, falseNegatives: fn, threshold: SAME_STORY_CONTAINMENT, byKind,
      pairsPerSecond: Math.round(pairs.length / ((performance.now() - t0) / 1000)),
    };
  },
  table(r) {
    const f = (x: number) => x.toFixed(3);
    return [
      `dedup: ${r.pairs} pairs (${r.duplicates} near-duplicates), containment ≥ ${r.threshold}, ${r.pairsPerSecond} pairs/s`,
      `precision ${f(r.precision)}  recall ${f(r.recall)}  F1 ${f(r.f1)}  (${r.truePositives} TP, ${r.falsePositives} FP, ${r.falseNegatives} FN)`,
      ...Object.entries(r.byKind).map(([kind, k]) => `  ${kind.padEnd(20)} ${String(k.right).padStart(4)} / ${String(k.pairs).padEnd(4)} right (${f(k.accuracy)})`),
    ].join('\n');
  },
};
