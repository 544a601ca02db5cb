import type { SubordinatorTags } from './subordinators.js';

/**
 * A decoding repair on the tagger's output, before the parse: a hyphenated word whose last part is a
 * past participle and whose first part names who or what did it ("the Al Qaeda-LINKED Somali militant
 * group", "state-OWNED Iranian news agency Fars", "the United States-LED Iraq War") is an adjective
 * before its noun (JJ, as the Penn Treebank tags "state-owned"), never a finite past tense. The tagger has
 * seen few such words — EWT and GUM split them at the hyphen ("US - led") — and reads "-linked" as
 * "linked": as a finite verb it takes the name before it as its subject and the sentence's own verb as a
 * complement. Over the 315 Wikinews articles the repair retags 9 words, all rightly (17 such words were
 * tagged VBD; the 8 it leaves are "co-founded", "re-enabled" and words after a noun).
 *
 * Words whose first part makes a verb of the rest keep their tag ("Mugabe co-founded", "GitHub
 * re-enabled"), and so does a word followed by a determiner or pronoun, the object of a verb
 * ("North Korea test-fired a missile"). A lower-case first part must also stand inside a noun phrase:
 * after no word that could be the verb's subject, and before a noun, adjective or number.
 */
const VERB_PREFIXES = new Set([
  'co', 're', 'pre', 'de', 'un', 'mis', 'dis', 'over', 'under', 'out', 'up', 'down', 'cross', 'double', 'back', 'fast', 'test', 'live', 'hand', 'air',
]);

const PARTICIPLE = /^[^-]+(?:-[^-]+)*-[a-z]+(?:ed|en)$/;

/** The tag classes the repair reads (as the subordinator repair does) and writes. */
export interface CompoundParticipleTags extends Omit<SubordinatorTags, 'sconj'> {
  /** "ADJ JJ" (-1 when the model has none). */
  readonly adjective: number;
}

/** Retags, in `tags`, each such word of the sentence `forms` tagged as a past tense as an adjective. */
export function retagCompoundParticiples(forms: readonly string[], tags: Uint8Array, n: number, t: CompoundParticipleTags): void {
  if (t.adjective < 0) return;
  for (let i = 0; i < n; i++) {
    if (t.xpos(tags[i]) !== 'VBD' || !PARTICIPLE.test(forms[i])) continue;
    const first = forms[i].slice(0, forms[i].indexOf('-'));
    // a letter makes a verb of the rest too ("X-rayed", "e-mailed")
    if (first.length < 2 || VERB_PREFIXES.has(first.toLowerCase())) continue;
    const next = i + 1 < n ? t.upos(tags[i + 1]) : '';
    if (next === 'DET' || next === 'PRON') continue;
    if (/^[A-Z]/.test(first) || withinNounPhrase(tags, i, n, t)) tags[i] = t.adjective;
  }
}

const SUBJECTS = new Set(['NOUN', 'PROPN', 'PRON']);
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

function withinNounPhrase(tags: Uint8Array, i: number, n: number, t: CompoundParticipleTags): boolean {
  const before = i > 0 ? t.upos(tags[i - 1]) : '';
  return !SUBJECTS.has(before) && i + 1 < n && MODIFIED.has(t.upos(tags[i + 1]));
}
