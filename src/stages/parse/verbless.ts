/**
 * A decoding repair on the tagger's output, before the parse: a sentence of running prose has a finite verb. The
 * tagger, trained on web text and a little news, reads news verbs it saw mostly as nouns as nouns ("The Taliban MET/NN
 * on Monday with Zalmay Khalilzad", "Iran SHOT/NN down a drone", "A major search CONTINUES/NNS") and a past tense after
 * a plural or a long subject as a participle ("Britons VOTED/VBN in a 2016 referendum", "A bus carrying children …
 * OVERTURNED/VBN", "The mayor of New Orleans, LaToya Cantrell, ADVISED/VBN residents"); the parser then finds no clause
 * and no act in the sentence. When a sentence of five words or more that ends in a full stop, question or exclamation
 * mark has no finite verb (VBD, VBZ, VBP, MD) and opens with no imperative, the word right after its subject (a noun,
 * name, pronoun or number, with an adverb or the comma closing an apposition between) that the tagger nearly read as
 * a finite verb becomes that verb: a participle first (within `PARTICIPLE_MARGIN` of its tag), else a noun or
 * adjective (within `VERBLESS_MARGIN`), the nearest; a lower-case word in a sentence of Latin script with no
 * transcript label (":"). The parse must then give it a subject before it, or the tag is put back (analyse.ts).
 * Fragments stay as they are unless a word came that close to being their verb ("A radio legend indeed.": "legend"
 * scored 40 below its noun reading). Over the 315 Wikinews articles 112 sentences change, nearly all rightly; EWT dev
 * UAS/LAS 0.84312 / 0.80968 → 0.84312 / 0.80964, UPOS the same; GUM dev 0.84161 / 0.80557 → 0.84282 / 0.80678.
 */
export const VERBLESS_MARGIN = 30;
/** The same for a participle read where a past tense stands ("Britons VOTED/VBN in a 2016 referendum"): their scores lie further apart. */
export const PARTICIPLE_MARGIN = 60;

/** What the repair reads of the tag classes. */
export interface VerblessTags {
  readonly upos: (tag: number) => string;
  readonly xpos: (tag: number) => string;
}

/** The tags of a finite verb, which a main clause has. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
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
    if (FINITE.has(t.xpos(tags[i])) || forms[i] === ':') return none;
    if (ASCII.test(forms[i])) ascii++;
  }
  if (imperative(tags, n, t)) return none;
  if (ascii < 0.8 * n) return none;
  const nominal = (k: number) => k >= 0 && SUBJECTS.has(t.upos(tags[k]));
  // a participle with no auxiliary is a past tense misread before a noun is a verb misread
  let best = -1;
  let bestRank = 0;
  for (let i = 1; i < n; i++) {
    const afterSubject = nominal(i - 1) || ((t.upos(tags[i - 1]) === 'ADV' || forms[i - 1] === ',') && nominal(i - 2));
    const rank = t.xpos(tags[i]) === 'VBN' ? 2 : MISREAD.has(t.upos(tags[i])) ? 1 : 0;
    if (!afterSubject || rank === 0 || !LOWER_WORD.test(forms[i]) || verbDeficit[i] >= (rank === 2 ? PARTICIPLE_MARGIN : VERBLESS_MARGIN)) continue;
    if (best < 0 || rank > bestRank || (rank === bestRank && verbDeficit[i] < verbDeficit[best])) {
      best = i;
      bestRank = rank;
    }
  }
  if (best < 0) return none;
  const was = tags[best];
  tags[best] = verbTag[best];
  return { word: best, was };
}

const ASCII = /^[\x20-\x7e]+$/;
/** Words that may come before an imperative's verb: "Please let me know", "Simply type in …". */
const BEFORE_IMPERATIVE = new Set(['ADV', 'INTJ', 'PUNCT', 'CCONJ']);

/** Whether the sentence opens with a verb in its base form: an imperative, whose verb is finite in all but its tag. */
function imperative(tags: Uint8Array, n: number, t: VerblessTags): boolean {
  let i = 0;
  while (i < n && BEFORE_IMPERATIVE.has(t.upos(tags[i]))) i++;
  return i < n && t.xpos(tags[i]) === 'VB';
}
