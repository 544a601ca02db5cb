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

/** Re-hangs every such object on the clause after it, as its subject (heads: word indices, -1 for the root). One pass to mark the heads with a subject or a passive auxiliary, one to re-hang. */
export function attachComplementSubjects(heads: Int32Array, labels: Uint8Array, n: number, ids: ComplementSubjectLabels): void {
  let marks: Uint8Array | null = null;
  for (let p = 0; p + 1 < n; p++) {
    const verb = heads[p];
    const clause = heads[p + 1];
    if (labels[p] !== ids.obj || labels[p + 1] !== ids.aux || verb < 0 || clause <= p || heads[clause] !== verb) continue;
    marks ??= headMarks(heads, labels, n, ids);
    if (marks[clause] & HAS_SUBJECT) continue;
    heads[p] = clause;
    labels[p] = marks[clause] & HAS_PASSIVE ? ids.nsubjPass : ids.nsubj;
    marks[clause] |= HAS_SUBJECT;
  }
}

const HAS_SUBJECT = 1;
const HAS_PASSIVE = 2;

/** For each word, whether a subject or a passive auxiliary hangs on it. */
function headMarks(heads: Int32Array, labels: Uint8Array, n: number, ids: ComplementSubjectLabels): Uint8Array {
  const marks = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    const h = heads[c];
    if (h < 0) continue;
    if (ids.subjects.has(labels[c])) marks[h] |= HAS_SUBJECT;
    if (labels[c] === ids.auxPass) marks[h] |= HAS_PASSIVE;
  }
  return marks;
}
