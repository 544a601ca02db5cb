/**
 * Lemmas learnt from the treebanks: a word's lemma is its spelling edited by the most
 * frequent rule for its part of speech and longest known suffix ("-ied" VERB → "-y"),
 * unless the word is one the rules get wrong ("went", "children"), which is listed.
 * Proper nouns keep their capitals; other lemmas are lower case.
 */
export interface Lemmatizer {
  /** `lower-case word \t UPOS` → lemma, for the words the rules get wrong. */
  readonly exceptions: ReadonlyMap<string, string>;
  /** `UPOS \t suffix` → [characters to strip, text to append]. */
  readonly rules: ReadonlyMap<string, readonly [number, string]>;
}

/** The same, indexed by UPOS first, for lookups that build no strings. */
export interface LemmaTables {
  readonly exceptions: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly rules: ReadonlyMap<string, ReadonlyMap<string, readonly [number, string]>>;
}

export function lemmaTables(lemmatizer: Lemmatizer): LemmaTables {
  const exceptions = new Map<string, Map<string, string>>();
  for (const [key, lemma] of lemmatizer.exceptions) {
    const [lower, upos] = key.split('\t');
    inner(exceptions, upos).set(lower, lemma);
  }
  const rules = new Map<string, Map<string, readonly [number, string]>>();
  for (const [key, edit] of lemmatizer.rules) {
    const [upos, suffix] = key.split('\t');
    inner(rules, upos).set(suffix, edit);
  }
  return { exceptions, rules };
}

function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let m = outer.get(key);
  if (!m) outer.set(key, (m = new Map()));
  return m;
}

const EMPTY = new Map<string, never>();

/** `lemmaOf` over the indexed tables: what the stage runs. */
export function lemmaFrom(tables: LemmaTables, form: string, upos: string): string {
  const lower = form.toLowerCase();
  const listed = (tables.exceptions.get(upos) ?? EMPTY).get(lower);
  if (listed !== undefined) return listed;
  const base = upos === 'PROPN' ? form : lower;
  const rules = tables.rules.get(upos) ?? EMPTY;
  for (let k = Math.min(LONGEST_SUFFIX, lower.length - 1); k >= 0; k--) {
    const rule = rules.get(k === 0 ? '' : lower.slice(lower.length - k));
    if (rule) return rule[0] === 0 && rule[1] === '' ? base : base.slice(0, base.length - rule[0]) + rule[1];
  }
  return base;
}

export const LONGEST_SUFFIX = 4;

export function lemmaOf(lemmatizer: Lemmatizer, form: string, upos: string): string {
  const lower = form.toLowerCase();
  const listed = lemmatizer.exceptions.get(`${lower}\t${upos}`);
  if (listed !== undefined) return listed;
  const base = upos === 'PROPN' ? form : lower;
  for (let k = Math.min(LONGEST_SUFFIX, lower.length - 1); k >= 0; k--) {
    const rule = lemmatizer.rules.get(`${upos}\t${lower.slice(lower.length - k)}`);
    if (rule) return base.slice(0, base.length - rule[0]) + rule[1];
  }
  return base;
}

/** The edit that turns a word into its lemma: how many final characters to strip, what to append. */
export function editOf(form: string, lemma: string): readonly [number, string] {
  let prefix = 0;
  while (prefix < form.length && prefix < lemma.length && form[prefix] === lemma[prefix]) prefix++;
  return [form.length - prefix, lemma.slice(prefix)];
}

/** Learns rules (seen at least `minCount` times) and exceptions from (form, UPOS, lemma) triples. */
export function trainLemmatizer(words: Iterable<readonly [string, string, string]>, minCount = 3): Lemmatizer {
  const edits = new Map<string, Map<string, number>>();
  const lemmas = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, key: string, value: string) => {
    const inner = m.get(key) ?? new Map<string, number>();
    inner.set(value, (inner.get(value) ?? 0) + 1);
    m.set(key, inner);
  };
  for (const [form, upos, lemma] of words) {
    const lower = form.toLowerCase();
    bump(lemmas, `${lower}\t${upos}`, lemma);
    // Edits are learnt on lower case: "Iranian" → "Iranian" learnt as a whole-word rewrite would turn "Ukrainian" into "ukIranian"
    const [strip, append] = upos === 'PROPN' ? editOf(form, lemma) : editOf(lower, lemma.toLowerCase());
    for (let k = 0; k <= Math.min(LONGEST_SUFFIX, lower.length - 1); k++) bump(edits, `${upos}\t${lower.slice(lower.length - k)}`, `${strip}\t${append}`);
  }
  const rules = new Map<string, readonly [number, string]>();
  for (const [key, counts] of edits) {
    const [edit, count] = mostFrequent(counts);
    if (count < minCount) continue;
    const [strip, append] = edit.split('\t');
    rules.set(key, [Number(strip), append]);
  }
  const ruled: Lemmatizer = { exceptions: new Map(), rules };
  const exceptions = new Map<string, string>();
  for (const [key, counts] of lemmas) {
    const [lower, upos] = key.split('\t');
    const [lemma] = mostFrequent(counts);
    if (lemmaOf(ruled, upos === 'PROPN' ? caseOf(lemma, lower) : lower, upos) !== lemma) exceptions.set(key, lemma);
  }
  return { exceptions, rules };
}

/** A proper noun's lemma keeps the word's capitals; exceptions are keyed on the lower case. */
function caseOf(lemma: string, lower: string): string {
  return lemma.toLowerCase() === lower ? lemma : lower;
}

function mostFrequent(counts: Map<string, number>): [string, number] {
  let best: [string, number] = ['', -1];
  for (const [value, count] of counts) if (count > best[1] || (count === best[1] && value < best[0])) best = [value, count];
  return best;
}
