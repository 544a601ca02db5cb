/** A timex reduced to what TempEval-3 compares: its token range `[first, last]` and its attributes. */
export interface ScoredTimex {
  readonly first: number;
  readonly last: number;
  readonly type: string;
  readonly value: string;
}

export interface PRF { readonly precision: number; readonly recall: number; readonly f1: number }

/** Counts over any number of documents; `summarise` turns them into TempEval-3 figures. */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  valueMatches: number;
  typeMatches: number;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, valueMatches: 0, typeMatches: 0 };
}

/**
 * Adds one document to the counts as the TE3 scorer does: a system timex matches the first
 * unclaimed gold timex it shares a token with (relaxed); the match is strict when the token
 * ranges are identical; value and type are compared as strings on relaxed matches. `onMatch`
 * sees every relaxed match (gold, system).
 */
export function countDocument(
  counts: TimexCounts, gold: readonly ScoredTimex[], system: readonly ScoredTimex[],
  onMatch?: (gold: ScoredTimex, system: ScoredTimex) => void,
): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const claimed = new Set<number>();
  for (const sys of system) {
    const g = gold.findIndex((cand, i) => !claimed.has(i) && cand.first <= sys.last && sys.first <= cand.last);
    if (g < 0) continue;
    claimed.add(g);
    const hit = gold[g];
    counts.relaxed++;
    if (hit.first === sys.first && hit.last === sys.last) counts.strict++;
    if (hit.value === sys.value) counts.valueMatches++;
    if (hit.type === sys.type) counts.typeMatches++;
    onMatch?.(hit, sys);
  }
}

function prf(matches: number, system: number, gold: number): PRF {
  const precision = system ? matches / system : 0;
  const recall = gold ? matches / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface TimexScores {
  readonly strict: PRF;
  readonly relaxed: PRF;
  /** Value accuracy on relaxed matches × relaxed F1 (the TE3 Task A ranking figure). */
  readonly valueF1: number;
  readonly typeF1: number;
  readonly timexes: number;
}

export function summarise(c: TimexCounts): TimexScores {
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const accuracy = (n: number) => (c.relaxed ? n / c.relaxed : 0);
  return {
    strict: prf(c.strict, c.system, c.gold),
    relaxed,
    valueF1: accuracy(c.valueMatches) * relaxed.f1,
    typeF1: accuracy(c.typeMatches) * relaxed.f1,
    timexes: c.gold,
  };
}
