/**
 * "She spoke about her husband Siarhei, WHO was arrested in May, AND PROMISED to conduct new elections":
 * the parser makes "promised" a conjunct of "arrested", so its subject is Siarhei. A relative clause set
 * off by commas ends at its closing comma; a finite verb after that comma and "and", with no subject of
 * its own, is a conjunct of the verb the relative clause's noun belongs to ("spoke"), whose subject it
 * shares. Conjuncts inside the clause ("who was arrested and banned") have no comma before "and".
 */
export interface RelativeConjunctLabels {
  readonly conj: number;
  readonly relcl: number;
  readonly subjects: ReadonlySet<number>;
  readonly passive: number;
  /** Labels of an active verb's complements: object, clausal complements. */
  readonly complements: ReadonlySet<number>;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** Re-hangs every such conjunct on the verb above the relative clause (heads: word indices, -1 for the root). */
export function attachRelativeConjuncts(
  forms: readonly string[], xpos: (i: number) => string, upos: (i: number) => string, heads: Int32Array, labels: Uint8Array, n: number, ids: RelativeConjunctLabels,
): void {
  for (let v = 2; v < n; v++) {
    const relative = heads[v];
    if (labels[v] !== ids.conj || relative < 0 || labels[relative] !== ids.relcl || !ownVoice(xpos, heads, labels, n, v, relative, ids)) continue;
    if (forms[v - 1]!.toLowerCase() !== 'and' || forms[v - 2] !== ',' || hasSubject(heads, labels, n, v, ids)) continue;
    if (!setOffByComma(forms, heads, labels, relative, ids)) continue;
    const verb = verbAbove(upos, heads, heads[relative]);
    if (verb < 0) continue;
    heads[v] = verb;
  }
}

/**
 * Whether verb `v` stands in a clause of its own rather than sharing the relative clause's auxiliary: a
 * finite verb, or a participle with an object or complement after a passive ("who was arrested …, and
 * promised TO CONDUCT", tagged VBN as the tagger reads a conjunct of "arrested").
 */
function ownVoice(xpos: (i: number) => string, heads: Int32Array, labels: Uint8Array, n: number, v: number, relative: number, ids: RelativeConjunctLabels): boolean {
  if (FINITE.has(xpos(v))) return true;
  if (xpos(v) !== 'VBN') return false;
  let passive = false;
  let complement = false;
  for (let c = 0; c < n; c++) {
    if (heads[c] === relative && labels[c] === ids.passive) passive = true;
    if (heads[c] === v && ids.complements.has(labels[c])) complement = true;
  }
  return passive && complement;
}

function hasSubject(heads: Int32Array, labels: Uint8Array, n: number, v: number, ids: RelativeConjunctLabels): boolean {
  for (let c = 0; c < n; c++) if (heads[c] === v && ids.subjects.has(labels[c])) return true;
  return false;
}

/** Whether the relative clause headed by `relative` is opened by "who"/"which" right after a comma. */
function setOffByComma(forms: readonly string[], heads: Int32Array, labels: Uint8Array, relative: number, ids: RelativeConjunctLabels): boolean {
  for (let c = 1; c < relative; c++) {
    if (heads[c] === relative && ids.subjects.has(labels[c]) && RELATIVE_PRONOUNS.has(forms[c]!.toLowerCase())) return forms[c - 1] === ',';
  }
  return false;
}

/** The nearest verb at or above word `w` (-1 when none). */
function verbAbove(upos: (i: number) => string, heads: Int32Array, w: number): number {
  for (let p = w, steps = 0; p >= 0 && steps < heads.length; p = heads[p], steps++) if (upos(p) === 'VERB') return p;
  return -1;
}
