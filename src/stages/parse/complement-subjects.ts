/**
 * "… came as Israel announced IT WOULD free over 150 Palestinian prisoners": the parser makes "it"
 * the object of "announced" and leaves "free", the clause "announced" governs, with no subject. A
 * word read as a verb's object, followed right away by an auxiliary of a clause that verb governs
 * and that has no subject, is that clause's subject ("said THEY WILL attack", "expects the
 * GOVERNMENT WILL resign"). In EWT train and GUM (gold trees) an object is followed by an auxiliary
 * of its head's other dependent once in 14,000 sentences (an inverted conditional, "should
 * overcharges be proven", where that clause has its subject).
 */
export interface ComplementSubjectLabels {
  readonly obj: number;
  readonly aux: number;
  readonly auxPass: number;
  readonly nsubj: number;
  readonly nsubjPass: number;
  /** Labels of a clause's own subject. */
  readonly subjects: ReadonlySet<number>;
}

/** Re-hangs every such object on the clause after it, as its subject (heads: word indices, -1 for the root). */
export function attachComplementSubjects(heads: Int32Array, labels: Uint8Array, n: number, ids: ComplementSubjectLabels): void {
  for (let p = 0; p + 1 < n; p++) {
    const verb = heads[p];
    const clause = heads[p + 1];
    if (labels[p] !== ids.obj || labels[p + 1] !== ids.aux || verb < 0 || clause <= p || heads[clause] !== verb) continue;
    if (hasChild(heads, labels, n, clause, ids.subjects)) continue;
    heads[p] = clause;
    labels[p] = hasChild(heads, labels, n, clause, new Set([ids.auxPass])) ? ids.nsubjPass : ids.nsubj;
  }
}

function hasChild(heads: Int32Array, labels: Uint8Array, n: number, head: number, wanted: ReadonlySet<number>): boolean {
  for (let c = 0; c < n; c++) if (heads[c] === head && wanted.has(labels[c])) return true;
  return false;
}
