/**
 * The compiled form of a PETRARCH verb dictionary (CAMEO.2.0.txt and its kin): plain data,
 * written to `data/events/` at build time and read back once per process.
 */

/** One word of a pattern: an upper-case word, or `&NAME` for a synset. */
export type PatternWord = string;

/**
 * One element of a pattern, in the order the words must appear in the clause:
 * a word, a noun phrase `{A B}` (contiguous words, the last the head), or a prepositional
 * phrase `(PREP words…)` whose object must follow the preposition; `$` and `+` mark where
 * the source and the target stand (TABARI's markers), `^` skips a phrase.
 */
export type PatternElement =
  | { readonly kind: 'word'; readonly words: readonly PatternWord[] }
  | { readonly kind: 'prep'; readonly preps: readonly string[]; readonly words: readonly PatternWord[]; readonly role: 'source' | 'target' | null }
  | { readonly kind: 'role'; readonly role: 'source' | 'target' };

export interface VerbPattern {
  /** Elements before the verb, nearest last. */
  readonly pre: readonly PatternElement[];
  /** Elements after the verb, in order. */
  readonly post: readonly PatternElement[];
  /** CAMEO code when the subject acts on the object; null when only `reverse` is given or the pattern codes nothing (`---`). */
  readonly code: string | null;
  /** CAMEO code of the act the object does to the subject (`[:100]` "faces pressure from"), when given. */
  readonly reverse: string | null;
  /** The source line, for provenance (`by`). */
  readonly line: number;
  /**
   * The verbs the dictionary's comment says the pattern was written for (`- * &TREATY [057] # RATIFY`):
   * CAMEO 2.0 merged the older per-verb patterns into blocks of synonyms and kept the verb in the
   * comment, so one block can hold the same pattern with other codes for other verbs. Absent when none.
   */
  readonly for?: readonly string[];
}

/** A verb block: its verbs share a default code and a list of patterns. */
export interface VerbBlock {
  readonly label: string;
  /** Default code of the block's verbs; null for `---`. */
  readonly code: string | null;
  readonly patterns: readonly VerbPattern[];
}

/** One inflected form of a dictionary verb, possibly with particles around it ("+MEET_WITH" → MEET, then WITH). */
export interface VerbForm {
  readonly block: number;
  /** The dictionary's base form, for provenance. */
  readonly lemma: string;
  /** Words that must follow the verb ("WITH" in MEET_WITH), upper case. */
  readonly after: readonly string[];
  /** Words that must precede the verb. */
  readonly before: readonly string[];
  /** The verb's own code, overriding the block's, when the dictionary gives one. */
  readonly code: string | null;
  readonly reverse: string | null;
  /**
   * The dictionary writes `[---]` on the verb's own line ("HOLD … [---]" in the block CONFINE [170]):
   * the verb names no act by itself and is coded only through its block's patterns ("held talks" 040),
   * never with the block's default ("held a 4% share" is no confinement).
   */
  readonly uncoded?: true;
}

export interface VerbDictionary {
  readonly source: string;
  readonly synsets: Readonly<Record<string, readonly string[]>>;
  readonly blocks: readonly VerbBlock[];
  /** Upper-case inflected form of the verb word → the verbs it can be. */
  readonly forms: Readonly<Record<string, readonly VerbForm[]>>;
}

/** Each synset's members (phrases, as words) by their first word; members that start with a synset under "&". */
export type SynsetIndex = ReadonlyMap<string, SynsetMembers>;
/** One synset's members (phrases, as words) by their first word. */
export type SynsetMembers = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Per side of the verb, the words a pattern needs: each entry a list of alternatives, one of which must be there. */
export interface PatternNeeds {
  readonly pre: readonly (readonly string[])[];
  readonly post: readonly (readonly string[])[];
}

/** A verb dictionary as the coder reads it: its synsets indexed and each block's pattern needs worked out, once, when it is loaded. */
export interface IndexedVerbDictionary extends VerbDictionary {
  readonly synsetIndex: SynsetIndex;
  /** `forms` as a Map: a lookup by a word sliced from the text is several times faster in a Map than in an object of 8,000 keys. */
  readonly verbForms: ReadonlyMap<string, readonly VerbForm[]>;
  /** The synset a pattern word names (`&NAME`, `&NAME_`), from `synsetIndex`, remembered by the pattern word. */
  synsetOf(word: string): SynsetMembers | undefined;
  /** By block index, the needs of each of its patterns, in the order of its patterns. */
  readonly patternNeeds: readonly (readonly PatternNeeds[])[];
}

