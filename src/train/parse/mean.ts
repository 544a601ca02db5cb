import type { CompactLinear, LinearModel } from '../../stages/parse/linear.js';

/**
 * The mean of several classifiers' weights, as one classifier: a feature's weight for a class is
 * the sum of the models' weights (0 where a model lacks it) over their number. Greedy parsers
 * trained on different courses (seeds) err on different long sentences; their mean errs less and
 * costs as many lookups as one (Freund and Schapire's voted perceptron, averaged once more).
 * Features come out in ascending key order and classes in ascending order, so the result, and the
 * table laid out from it, depend only on the weights, not on the order the models were given in.
 * Mean weights below `minWeight` are dropped, as training drops each model's (a feature one model
 * lacks halves the other's weight): the mean is no larger than the models it comes from need.
 */
export function meanLinear(models: readonly CompactLinear[], minWeight = 0): CompactLinear {
  const classes = models[0].classes;
  const sums = new Map<number, Float64Array>();
  for (const m of models) {
    if (m.classes !== classes) throw new Error('the models to average have different classes');
    let e = 0;
    for (let f = 0; f < m.keys.length; f++) {
      let row = sums.get(m.keys[f]);
      if (!row) sums.set(m.keys[f], (row = new Float64Array(classes)));
      for (let end = e + m.count[f]; e < end; e++) row[m.entryClass[e]] += m.entryWeight[e];
    }
  }
  const keys = [...sums.keys()].sort((a, b) => a - b);
  const count: number[] = [];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  const kept: number[] = [];
  for (const key of keys) {
    const row = sums.get(key)!;
    let n = 0;
    row.forEach((sum, c) => {
      if (sum === 0 || Math.abs(sum / models.length) < minWeight) return;
      entryClass.push(c);
      entryWeight.push(sum / models.length);
      n++;
    });
    if (n === 0) continue;
    kept.push(key);
    count.push(n);
  }
  return { classes, keys: Uint32Array.from(kept), count: Uint8Array.from(count), entryClass: Uint8Array.from(entryClass), entryWeight: Float32Array.from(entryWeight) };
}

/** A lookup table read back as the compact list it was laid out from (weights of 0 are no weights). */
export function compactOf(model: LinearModel): CompactLinear {
  const keys: number[] = [];
  const count: number[] = [];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  for (let slot = 0; slot <= model.mask; slot++) {
    const at = slot * model.width;
    if (model.keys[at] === 0) continue;
    let kept = 0;
    const add = (c: number, w: number) => {
      if (w === 0) return;
      entryClass.push(c);
      entryWeight.push(w);
      kept++;
    };
    if (model.dense) {
      for (let c = 0; c < model.classes; c++) add(c, model.weights[at + 1 + c]);
    } else {
      const packed = model.keys[at + 1];
      for (let e = (packed >>> 8) * 2, end = e + (packed & 255) * 2; e < end; e += 2) add(model.entryClasses[e], model.entries[e + 1]);
    }
    keys.push(model.keys[at]);
    count.push(kept);
  }
  return { classes: model.classes, keys: Uint32Array.from(keys), count: Uint8Array.from(count), entryClass: Uint8Array.from(entryClass), entryWeight: Float32Array.from(entryWeight) };
}
