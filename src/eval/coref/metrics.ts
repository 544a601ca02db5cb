import { assignment } from './assignment.js';

/** A chain is a set of mention keys (any string identifying a mention span). */
export type Chain = readonly string[];

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Numerators and denominators, so scores are summed over documents before dividing (as the CoNLL scorer does). */
export interface Counts {
  recallNum: number;
  recallDen: number;
  precisionNum: number;
  precisionDen: number;
}

export const emptyCounts = (): Counts => ({ recallNum: 0, recallDen: 0, precisionNum: 0, precisionDen: 0 });

export function addCounts(into: Counts, c: Counts): void {
  into.recallNum += c.recallNum;
  into.recallDen += c.recallDen;
  into.precisionNum += c.precisionNum;
  into.precisionDen += c.precisionDen;
}

export function toPrf(c: Counts): Prf {
  const recall = c.recallDen ? c.recallNum / c.recallDen : 0;
  const precision = c.precisionDen ? c.precisionNum / c.precisionDen : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function chainOf(chains: readonly Chain[]): Map<string, number> {
  const at = new Map<string, number>();
  chains.forEach((chain, i) => chain.forEach((m) => at.set(m, i)));
  return at;
}

/** MUC (Vilain et al. 1995): links kept. A mention the other side lacks is a partition of its own. */
function mucSide(gold: readonly Chain[], other: readonly Chain[]): [number, number] {
  const at = chainOf(other);
  let num = 0;
  let den = 0;
  for (const chain of gold) {
    const parts = new Set<string>();
    for (const m of chain) parts.add(at.has(m) ? `c${at.get(m)}` : `m${m}`);
    num += chain.length - parts.size;
    den += chain.length - 1;
  }
  return [num, den];
}

export function muc(key: readonly Chain[], response: readonly Chain[]): Counts {
  const [recallNum, recallDen] = mucSide(key, response);
  const [precisionNum, precisionDen] = mucSide(response, key);
  return { recallNum, recallDen, precisionNum, precisionDen };
}

/** Overlap sizes |k ∩ r| for every pair that shares a mention. */
function overlaps(key: readonly Chain[], response: readonly Chain[]): Map<number, Map<number, number>> {
  const at = chainOf(response);
  const out = new Map<number, Map<number, number>>();
  key.forEach((chain, k) => {
    const row = new Map<number, number>();
    for (const m of chain) {
      const r = at.get(m);
      if (r !== undefined) row.set(r, (row.get(r) ?? 0) + 1);
    }
    out.set(k, row);
  });
  return out;
}

/** B³ (Bagga & Baldwin 1998), mention-weighted: recall Σ|k∩r|²/|k| over Σ|k|, precision symmetric. */
export function bcubed(key: readonly Chain[], response: readonly Chain[]): Counts {
  const c = emptyCounts();
  for (const [k, row] of overlaps(key, response)) {
    for (const [r, n] of row) {
      c.recallNum += (n * n) / key[k].length;
      c.precisionNum += (n * n) / response[r].length;
    }
  }
  c.recallDen = key.reduce((s, k) => s + k.length, 0);
  c.precisionDen = response.reduce((s, r) => s + r.length, 0);
  return c;
}

/** CEAF-e (Luo 2005): the best one-to-one chain alignment under φ4 = 2|k∩r|/(|k|+|r|). */
export function ceafe(key: readonly Chain[], response: readonly Chain[]): Counts {
  const table = overlaps(key, response);
  const rows = [...table.keys()].filter((k) => table.get(k)!.size > 0);
  const cols = [...new Set(rows.flatMap((k) => [...table.get(k)!.keys()]))];
  const colIndex = new Map(cols.map((r, j) => [r, j]));
  const weights = rows.map((k) => {
    const w = new Array<number>(cols.length).fill(0);
    for (const [r, n] of table.get(k)!) w[colIndex.get(r)!] = (2 * n) / (key[k].length + response[r].length);
    return w;
  });
  const similarity = assignment(weights).reduce((s, [i, j]) => s + weights[i][j], 0);
  return { recallNum: similarity, recallDen: key.length, precisionNum: similarity, precisionDen: response.length };
}
