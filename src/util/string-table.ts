/** What a model's string lookups need of a Map (a Map is one). */
export interface StringLookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A read-only table over parallel columns of keys and values, as model files store them: an
 * open-addressing index of positions (an Int32Array, half full) instead of a Map of every key.
 * Building a Map of tens of thousands of strings was most of the cost of loading a model's word
 * tables; here each key is hashed once and nothing else is allocated. A key listed twice keeps its
 * last value, as a Map built in column order would.
 */
export class StringTable<V> implements StringLookup<V> {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly keys: readonly string[], private readonly values: readonly V[]) {
    if (keys.length !== values.length) throw new Error(`${keys.length} keys for ${values.length} values`);
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(1 << bits).fill(-1);
    for (let k = 0; k < keys.length; k++) this.slots[this.slotOf(keys[k])] = k;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: string): number {
    let s = fnv1a(key) & this.mask;
    while (this.slots[s] !== -1 && this.keys[this.slots[s]] !== key) s = (s + 1) & this.mask;
    return s;
  }

  /** The position of `key` in the key column, or -1. */
  indexOf(key: string): number {
    return this.slots[this.slotOf(key)];
  }

  get(key: string): V | undefined {
    const k = this.indexOf(key);
    return k === -1 ? undefined : this.values[k];
  }

  has(key: string): boolean {
    return this.indexOf(key) !== -1;
  }
}
