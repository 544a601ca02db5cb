import { storedKey, tableSize, type CompactLinear } from '../../stages/parse/linear.js';

/**
 * An averaged perceptron under training (Collins 2002, with Daumé's lazy averaging): per
 * feature a chain of (class, weight) entries, so that memory grows with the updates made,
 * not with features × classes.
 */
export class Perceptron {
  readonly classes: number;
  private keys = new Uint32Array(1 << 16);
  private head = new Int32Array(1 << 16).fill(-1);
  private used = 0;
  private entryClass = new Uint8Array(1 << 16);
  private next = new Int32Array(1 << 16);
  private weight = new Float64Array(1 << 16);
  private total = new Float64Array(1 << 16);
  private stamp = new Float64Array(1 << 16);
  private entries = 0;
  /** Training examples seen so far: the clock the averages are taken over. */
  private now = 0;

  constructor(classes: number) {
    if (classes > 256) throw new Error('a Perceptron holds at most 256 classes');
    this.classes = classes;
  }

  /** Adds the current weights of `features[from, n)` to `out` (the caller zeroes it). */
  score(features: Uint32Array, n: number, out: Float32Array, from = 0): void {
    for (let k = from; k < n; k++) {
      const slot = this.find(storedKey(features[k]));
      if (slot < 0) continue;
      for (let e = this.head[slot]; e >= 0; e = this.next[e]) out[this.entryClass[e]] += this.weight[e];
    }
  }

  /** Adds the current weights of each of `features[0, n)` to its own scores, `out[targets[k] + class]`. */
  scoreEach(features: Uint32Array, n: number, targets: Uint32Array, out: Float32Array): void {
    for (let k = 0; k < n; k++) {
      const slot = this.find(storedKey(features[k]));
      if (slot < 0) continue;
      for (let e = this.head[slot]; e >= 0; e = this.next[e]) out[targets[k] + this.entryClass[e]] += this.weight[e];
    }
  }

  /** Counts one training example; call once per decision, whether or not it is updated. */
  tick(): void {
    this.now++;
  }

  /** Moves the weights of the features toward `truth` and away from `guess` by `step`. */
  update(features: Uint32Array, n: number, truth: number, guess: number, step = 1): void {
    if (truth === guess) return;
    for (let k = 0; k < n; k++) {
      const slot = this.slotFor(storedKey(features[k]));
      this.add(slot, truth, step);
      this.add(slot, guess, -step);
    }
  }

  /** Adds `step` to the weights of the features for class `cls` (a structured update, one side of it). */
  adjust(features: Uint32Array, n: number, cls: number, step: number): void {
    for (let k = 0; k < n; k++) this.add(this.slotFor(storedKey(features[k])), cls, step);
  }

  /** The averaged weights, without features whose weights all round to less than `minWeight`. */
  average(minWeight: number): CompactLinear {
    const keys: number[] = [];
    const counts: number[] = [];
    const classes: number[] = [];
    const weights: number[] = [];
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keys[slot] === 0) continue;
      let kept = 0;
      for (let e = this.head[slot]; e >= 0; e = this.next[e]) {
        const avg = (this.total[e] + (this.now - this.stamp[e]) * this.weight[e]) / Math.max(1, this.now);
        if (Math.abs(avg) < minWeight) continue;
        classes.push(this.entryClass[e]);
        weights.push(avg);
        kept++;
      }
      if (kept === 0) continue;
      keys.push(this.keys[slot]);
      counts.push(kept);
    }
    return {
      classes: this.classes,
      keys: Uint32Array.from(keys),
      count: Uint8Array.from(counts),
      entryClass: Uint8Array.from(classes),
      entryWeight: Float32Array.from(weights),
    };
  }

  get features(): number {
    return this.used;
  }

  private add(slot: number, cls: number, delta: number): void {
    let e = this.head[slot];
    while (e >= 0 && this.entryClass[e] !== cls) e = this.next[e];
    if (e < 0) {
      e = this.newEntry(cls);
      this.next[e] = this.head[slot];
      this.head[slot] = e;
    }
    this.total[e] += (this.now - this.stamp[e]) * this.weight[e];
    this.stamp[e] = this.now;
    this.weight[e] += delta;
  }

  private newEntry(cls: number): number {
    if (this.entries === this.entryClass.length) this.growEntries();
    const e = this.entries++;
    this.entryClass[e] = cls;
    this.weight[e] = 0;
    this.total[e] = 0;
    this.stamp[e] = this.now;
    return e;
  }

  private growEntries(): void {
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.entryClass = grow(this.entryClass);
    this.next = grow(this.next);
    this.weight = grow(this.weight);
    this.total = grow(this.total);
    this.stamp = grow(this.stamp);
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] !== 0) {
      if (this.keys[slot] === key) return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private slotFor(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    if ((this.used + 1) * 2 > this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.head[slot] = -1;
    this.used++;
    return slot;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldHead = this.head;
    const size = tableSize(this.used * 2);
    this.keys = new Uint32Array(size);
    this.head = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] === 0) continue;
      let slot = oldKeys[s] & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = oldKeys[s];
      this.head[slot] = oldHead[s];
    }
  }
}
