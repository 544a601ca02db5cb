/**
 * A past participle with no subject, auxiliary, conjunction or mark of its own, read as a clause
 * (`ccomp`, `conj`, `parataxis`) and given as dependent the prepositional phrase that ends right
 * before it ("beyond THE WITHDRAWAL from the 'immediate area' first ANNOUNCED seven days earlier"), is
 * a reduced relative clause: the participle modifies that phrase's noun (`acl`), and the phrase hangs
 * where the participle hung. A clause of its own would have a subject or share an auxiliary through a
 * conjunction; a phrase with a preposition is no subject to read it as an active verb's.
 */
export interface ReducedRelativeLabels {
  readonly acl: number;
  readonly clausal: ReadonlySet<number>;
  /** Labels of a participle's own dependents that make it a clause: subjects, auxiliaries, cc, mark. */
  readonly ownClause: ReadonlySet<number>;
  readonly phrase: ReadonlySet<number>;
  readonly case: number;
  readonly advmod: number;
  readonly punct: number;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Re-hangs every such participle on its noun (heads: word indices, -1 for the root). */
export function attachReducedRelatives(
  xpos: (i: number) => string, upos: (i: number) => string, heads: Int32Array, labels: Uint8Array, n: number, ids: ReducedRelativeLabels,
): void {
  for (let v = 0; v < n; v++) {
    if (xpos(v) !== 'VBN' || !ids.clausal.has(labels[v]) || heads[v] < 0) continue;
    let noun = -1;
    let clause = false;
    for (let c = 0; c < n; c++) {
      if (heads[c] !== v) continue;
      if (ids.ownClause.has(labels[c])) clause = true;
      else if (c < v && ids.phrase.has(labels[c]) && NOMINAL.has(upos(c))) noun = c;
    }
    if (clause || noun < 0 || !hasCase(heads, labels, n, noun, ids.case) || !endsBefore(heads, labels, n, noun, v, ids)) continue;
    heads[noun] = heads[v];
    heads[v] = noun;
    labels[v] = ids.acl;
  }
}

function hasCase(heads: Int32Array, labels: Uint8Array, n: number, noun: number, caseLabel: number): boolean {
  for (let i = 0; i < noun; i++) if (heads[i] === noun && labels[i] === caseLabel) return true;
  return false;
}

/** Whether every word between the end of `noun`'s phrase and the participle is an adverb of the participle ("first"). */
function endsBefore(heads: Int32Array, labels: Uint8Array, n: number, noun: number, v: number, ids: ReducedRelativeLabels): boolean {
  let end = noun;
  for (let i = noun + 1; i < v; i++) {
    let p = i;
    for (let steps = 0; p >= 0 && p !== noun && steps < n; steps++) p = heads[p];
    if (p === noun) end = i;
  }
  for (let i = end + 1; i < v; i++) if (heads[i] !== v || (labels[i] !== ids.advmod && labels[i] !== ids.punct)) return false;
  return true;
}
