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
  /** Labels of a noun's phrase (nmod, nmod:poss is not one): "the governor OF PUERTO RICO". */
  readonly nmod: number;
  readonly flat: number;
  readonly appos: number;
  readonly cc: number;
  readonly det: number;
  readonly advmod: number;
  readonly punct: number;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
/** A title's phrase that names what the title is of: "the governor OF Puerto Rico", "a spokesman FOR the PMF" (not where: "a rally IN Minsk, Belarus"). */
const HOLDER_OF = new Set(['of', 'for']);

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

/**
 * "The governor of Puerto Rico, WANDA VÁZQUEZ GARCED, declared …", "the director of IEDCR, Dr MEERJADY SABRINA
 * FLORA, said …": a name set off by commas after a title's "of" or "for" phrase names the title's holder; the parser makes
 * it a conjunct of the place or body the title is of, and the act's doer was Puerto Rico. In EWT train and GUM's
 * training documents (gold trees) a name after a comma is never a conjunct of a common noun's nmod in a coordination
 * with no "and", "or" or "but" (and is the apposition of that noun 9 times), so every such conjunct — each word of
 * the name the parser made one — becomes an apposition of the title noun. A place after a place ("a rally in Minsk,
 * Belarus", "from Kennedy Space Center in Florida, US") is no holder: its phrase is not one of "of" or "for", and no
 * comma closes it.
 */
export function apposeTitleHolders(
  forms: readonly string[], upos: (i: number) => string, heads: Int32Array, labels: Uint8Array, n: number, ids: AppositionLabels,
): void {
  for (let d = 1; d < n; d++) {
    const of = heads[d];
    if (labels[d] !== ids.conj || upos(d) !== 'PROPN' || of < 0 || of > d || labels[of] !== ids.nmod || !NOMINAL.has(upos(of))) continue;
    const title = heads[of];
    if (title < 0 || title > of || upos(title) !== 'NOUN' || !HOLDER_OF.has(caseOf(forms, heads, of, n))) continue;
    const start = phraseStart(heads, labels, n, d, ids.punct);
    if (start < 1 || coordinated(heads, labels, n, of, ids)) continue;
    const holder = nameBefore(heads, labels, start, title, ids);
    if (holder >= 0) {
      // the rest of a name the parser split into conjuncts: "Wanda, Vázquez Garced"
      heads[d] = holder;
      labels[d] = ids.flat;
    } else if (forms[start - 1] === ',' && forms[nameEnd(upos, d, n)] === ',') {
      heads[d] = title;
      labels[d] = ids.appos;
    }
  }
}

/** The word after the run of names that starts at `d`. */
function nameEnd(upos: (i: number) => string, d: number, n: number): number {
  let w = d;
  while (w < n && upos(w) === 'PROPN') w++;
  return w;
}

/** The preposition of the phrase headed by `w` ("" when none). */
function caseOf(forms: readonly string[], heads: Int32Array, w: number, n: number): string {
  for (let i = 0; i < w && i < n; i++) if (heads[i] === w && /^(?:of|for)$/i.test(forms[i])) return forms[i].toLowerCase();
  return '';
}

/** The name made an apposition of `title` that ends right before word `start` (the word itself or its head), else -1. */
function nameBefore(heads: Int32Array, labels: Uint8Array, start: number, title: number, ids: AppositionLabels): number {
  let w = start - 1;
  if (w >= 0 && labels[w] === ids.flat) w = heads[w];
  return w >= 0 && heads[w] === title && labels[w] === ids.appos ? w : -1;
}

/** Whether word `head` has a child with relation `label` (heads: word indices, -1 for the root). */
export function hasChild(heads: Int32Array, labels: Uint8Array, n: number, head: number, label: number): boolean {
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
