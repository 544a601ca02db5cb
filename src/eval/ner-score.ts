/** conlleval-style exact-span scoring: a prediction counts only when type, start and end all match. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

export class SpanScorer {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  constructor(private readonly labels: readonly string[]) {
    for (const label of labels) this.counts.set(label, { tp: 0, fp: 0, fn: 0 });
  }

  add(gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[]): void {
    const key = (s: LabelledSpan) => `${s.start}:${s.end}:${s.label}`;
    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    for (const s of predicted) this.count(s.label)[goldKeys.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of gold) if (!predictedKeys.has(key(s))) this.count(s.label).fn++;
  }

  overall(): PRF {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of this.counts.values()) {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return prf(tp, fp, fn);
  }

  byType(): Record<string, PRF> {
    return Object.fromEntries(this.labels.map((label) => {
      const c = this.count(label);
      return [label, prf(c.tp, c.fp, c.fn)];
    }));
  }

  private count(label: string) {
    let c = this.counts.get(label);
    if (!c) this.counts.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
