/**
 * A decoding repair on the tagger's output, before the parse: "after", "before", "since", "until" or "once"
 * followed by a noun phrase and a finite verb opens a clause (SCONJ), not a prepositional phrase (ADP) — "the
 * SDF announced an agreement after Turkey began a military offensive". The tagger reads left to right and
 * takes the preposition, and the parser then hangs "Turkey" on the noun before and makes "began" a conjunct of
 * the main verb, with its subject. In EWT train + GUM, such a word before [DET] ADJ* NOUN/PROPN+ and a finite
 * verb is SCONJ 66 times and ADP 5 times ("several days before the elections Pakistan closed").
 */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'once']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** The tag classes the repair reads and writes. */
export interface SubordinatorTags {
  readonly sconj: number;
  readonly upos: (tag: number) => string;
  readonly xpos: (tag: number) => string;
}

/** Retags, in `tags`, each such preposition of the sentence `forms` as the conjunction `sconj`. */
export function retagSubordinators(forms: readonly string[], tags: Uint8Array, n: number, t: SubordinatorTags): void {
  if (t.sconj < 0) return;
  for (let i = 0; i + 2 < n; i++) {
    if (t.upos(tags[i]) !== 'ADP' || !SUBORDINATORS.has(forms[i].toLowerCase())) continue;
    let j = nounPhraseEnd(tags, i + 1, n, t);
    if (j < 0) continue;
    // "since a seven-week war IN THE ENCLAVE ended": one prepositional phrase may close the noun phrase
    if (j < n && t.upos(tags[j]) === 'ADP' && PHRASE_PREPOSITIONS.has(forms[j].toLowerCase())) j = nounPhraseEnd(tags, j + 1, n, t);
    if (j >= 0 && j < n && FINITE.has(t.xpos(tags[j]))) tags[i] = t.sconj;
  }
}

/**
 * Prepositions of a phrase inside the noun phrase: in EWT train + GUM, such a word before a noun phrase,
 * one of these phrases and a finite verb is SCONJ all 5 times ("After news of the police response was …").
 */
const PHRASE_PREPOSITIONS = new Set(['in', 'of', 'on', 'at', 'from', 'for', 'with']);

/** The end of [DET] ADJ* (NOUN|PROPN)+ from `j`, or -1 when no noun comes. */
function nounPhraseEnd(tags: Uint8Array, j: number, n: number, t: SubordinatorTags): number {
  if (j < n && t.upos(tags[j]) === 'DET') j++;
  while (j < n && t.upos(tags[j]) === 'ADJ') j++;
  const noun = j;
  while (j < n && (t.upos(tags[j]) === 'NOUN' || t.upos(tags[j]) === 'PROPN')) j++;
  return j > noun ? j : -1;
}
