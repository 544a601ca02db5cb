/**
 * A noun phrase set off by a comma after a noun or name, with a determiner, in a coordination that
 * has no conjunction ("Angela Merkel, THE CHANCELLOR of Germany, demanded …") is an apposition, not a
 * conjunct. In UD English EWT train and GUM, of such phrases after a comma with no "and", "or" or
 * "but" on any conjunct and no adverb of their own ("…, not a Ronald Reagan", "…, only the beating"),
 * 131 are `appos` and 23 `conj` (lists of names: "Germany, France, …, the United States"); the labeller
 * is told the conjunction is missing only by features it weighs with others, so the label is set here
 * once the sentence is parsed.
 */
export interface AppositionLabels {
  readonly conj: number;
  readonly appos: number;
  readonly cc: number;
  readonly det: number;
  readonly advmod: number;
  readonly punct: number;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Relabels as `appos` every `conj` of such a phrase in the parsed sentence (heads: word indices, -1 for the root). */
export function apposeAsyndeticConjuncts(
  forms: readonly string[], upos: (i: number) => string, heads: Int32Array, labels: Uint8Array, n: number, ids: AppositionLabels,
): void {
  for (let d = 0; d < n; d++) {
    const h = heads[d];
    if (labels[d] !== ids.conj || h < 0 || h > d || !NOMINAL.has(upos(h)) || !NOMINAL.has(upos(d))) continue;
    if (!hasChild(heads, labels, n, d, ids.det) || hasChild(heads, labels, n, d, ids.advmod)) continue;
    const start = phraseStart(heads, labels, n, d, ids.punct);
    if (start < 1 || forms[start - 1] !== ',' || coordinated(heads, labels, n, h, ids)) continue;
    labels[d] = ids.appos;
  }
}

function hasChild(heads: Int32Array, labels: Uint8Array, n: number, head: number, label: number): boolean {
  for (let i = 0; i < n; i++) if (heads[i] === head && labels[i] === label) return true;
  return false;
}

/** Whether a conjunct of `head` (or `head` itself) has a coordinating conjunction. */
function coordinated(heads: Int32Array, labels: Uint8Array, n: number, head: number, ids: AppositionLabels): boolean {
  if (hasChild(heads, labels, n, head, ids.cc)) return true;
  for (let i = 0; i < n; i++) if (heads[i] === head && labels[i] === ids.conj && hasChild(heads, labels, n, i, ids.cc)) return true;
  return false;
}

/** The first word of `d`'s phrase, punctuation left out. */
function phraseStart(heads: Int32Array, labels: Uint8Array, n: number, d: number, punct: number): number {
  let start = d;
  for (let i = d - 1; i >= 0; i--) {
    if (labels[i] === punct) continue;
    let p = i;
    for (let steps = 0; p >= 0 && p !== d && steps < n; steps++) p = heads[p];
    if (p === d) start = i;
  }
  return start;
}
