/**
 * A decoding repair on the tagger's output, before the parse: a sentence of running prose has a verb. The tagger,
 * trained on web text and a little news, reads a news verb it saw mostly as a noun as that noun ("The Taliban
 * MET/NN on Monday with Zalmay Khalilzad", "Iran SHOT/NN down a drone", "A major search CONTINUES/NNS"), and the
 * parser then makes the sentence one noun phrase with no act in it. When a sentence of five words or more that
 * ends in a full stop, question or exclamation mark has no VERB or AUX at all, the word the tagger nearly read as
 * a finite verb (its best finite verb class closest to the tag it chose, within `VERBLESS_MARGIN`) becomes that
 * verb; it must be a lower-case word the tagger read as a noun or adjective, right after a noun, name, pronoun or
 * number (its subject; an adverb may stand between), in a sentence of Latin script with no transcript label (":").
 * The parse must then give it a subject before it, or the tag is put back (analyse.ts). Fragments stay verbless
 * unless a word came that close to being their verb ("A radio legend indeed.": "legend" 40 below its noun reading).
 * The margin is the tagger's score scale: over the 315 Wikinews articles' verbless sentences the misread verbs
 * scored 6–41 below the tag chosen; at 30, 15 sentences change, 13 of them rightly ("met", "drew", "burst",
 * "continues", "centers", "describes", "list", …; "security firm Secunia." and "Not government jobs, …" are
 * fragments given a verb); EWT dev UAS 0.84312 → 0.84300 (its web fragments: "Ice cold beer and good prices."),
 * GUM dev unchanged.
 */
export const VERBLESS_MARGIN = 30;

/** What the repair reads of the tag classes. */
export interface VerblessTags {
  readonly upos: (tag: number) => string;
}

const VERBAL = new Set(['VERB', 'AUX']);
const SUBJECTS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const PROSE_END = new Set(['.', '!', '?']);
/** What the tagger reads a news verb as: a noun ("met", "shot", "continues") or an adjective ("relinquished", "closed"). */
const MISREAD = new Set(['NOUN', 'ADJ']);
const LOWER_WORD = /^[a-z]+$/;

/**
 * Retags, in `tags`, the verb of a verbless sentence `forms` (its first `n` words) from the tagger's best finite verb
 * class of each word (`verbTag`) and how far below its tag that scored (`verbDeficit`); returns the word retagged
 * and its tag before (word -1 when none was).
 */
export function verbForVerbless(
  forms: readonly string[], tags: Uint8Array, n: number, verbTag: Uint8Array, verbDeficit: Float32Array, t: VerblessTags,
): { word: number; was: number } {
  const none = { word: -1, was: -1 };
  if (n < 5 || !PROSE_END.has(forms[n - 1])) return none;
  let ascii = 0;
  for (let i = 0; i < n; i++) {
    if (VERBAL.has(t.upos(tags[i])) || forms[i] === ':') return none;
    if (ASCII.test(forms[i])) ascii++;
  }
  if (ascii < 0.8 * n) return none;
  const nominal = (k: number) => k >= 0 && SUBJECTS.has(t.upos(tags[k]));
  let best = -1;
  for (let i = 1; i < n; i++) {
    const afterSubject = nominal(i - 1) || (t.upos(tags[i - 1]) === 'ADV' && nominal(i - 2));
    if (afterSubject && MISREAD.has(t.upos(tags[i])) && LOWER_WORD.test(forms[i]) && verbDeficit[i] < VERBLESS_MARGIN && (best < 0 || verbDeficit[i] < verbDeficit[best])) best = i;
  }
  if (best < 0) return none;
  const was = tags[best];
  tags[best] = verbTag[best];
  return { word: best, was };
}

const ASCII = /^[\x20-\x7e]+$/;
