/**
 * Which quotations no verb has claimed yet, counted over any range of them in logarithmic
 * time (a Fenwick tree): the test "does this reported span hold an unclaimed quotation?"
 * is asked once per span, and a quote-heavy text has as many spans as quotations.
 */
export class UnboundQuotes {
  private readonly tree: Int32Array;
  private readonly bound: Uint8Array;

  constructor(readonly size: number) {
    this.tree = new Int32Array(size + 1);
    this.bound = new Uint8Array(size);
    for (let i = 1; i <= size; i++) {
      this.tree[i] += 1;
      const parent = i + (i & -i);
      if (parent <= size) this.tree[parent] += this.tree[i];
    }
  }

  /** Marks quotation `n` as claimed (idempotent). */
  bind(n: number): void {
    if (this.bound[n]) return;
    this.bound[n] = 1;
    for (let i = n + 1; i <= this.size; i += i & -i) this.tree[i]--;
  }

  /** How many of the quotations `[from, to)` are still unclaimed. */
  countIn(from: number, to: number): number {
    return to <= from ? 0 : this.prefix(to) - this.prefix(from);
  }

  private prefix(n: number): number {
    let sum = 0;
    for (let i = n; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }
}
