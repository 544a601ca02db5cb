import type { StringLookup } from '../../util/string-table.js';
/**
 * Phrase gazetteer: lower-cased token sequences mapped to a bit set of classes. The
 * tagger uses the longest match covering each token as a feature; the type mapping
 * uses the country table to tell GPE from LOC and NORP from MISC.
 */
export const GAZ_PER = 1;
export const GAZ_ORG = 2;
export const GAZ_GPE = 4;

export const WORD_PER_FIRST = 1;
export const WORD_PER_LAST = 2;
export const WORD_ORG = 4;
export const WORD_GPE = 8;

export interface GazetteerData {
  /** Lower-cased phrase (tokens joined by one space) → class bits. */
  readonly phrases: Readonly<Record<string, number>>;
  /** Lower-cased country name, demonym or city → ISO 3166 alpha-3 code. */
  readonly countries: Readonly<Record<string, string>>;
}

export interface Gazetteer {
  readonly phrases: StringLookup<number>;
  readonly countries: StringLookup<string>;
  /**
   * First word of phrases → the most words a phrase starting with it has: a match attempt
   * starts only at these words and stops there (most first words begin one- or two-word names).
   */
  readonly firstWords: StringLookup<number>;
  /** Word → WORD_* bits: where single words occur in names, for words seen outside a full phrase. */
  readonly wordClasses: StringLookup<number>;
}

export function buildGazetteer(data: GazetteerData): Gazetteer {
  const phrases = new Map(Object.entries(data.phrases));
  return { phrases, countries: new Map(Object.entries(data.countries)), ...wordTables(phrases) };
}

/** The tables of single words derived from the phrases (the model file stores them, so loading need not derive them). */
export function wordTables(phrases: ReadonlyMap<string, number>): { firstWords: Map<string, number>; wordClasses: Map<string, number> } {
  const firstWords = new Map<string, number>();
  const wordClasses = new Map<string, number>();
  const mark = (word: string, bit: number) => wordClasses.set(word, (wordClasses.get(word) ?? 0) | bit);
  for (const [phrase, bits] of phrases) {
    const words = phrase.split(' ');
    if (words.length > (firstWords.get(words[0]) ?? 0)) firstWords.set(words[0], words.length);
    if (bits & GAZ_PER && words.length > 1) {
      mark(words[0], WORD_PER_FIRST);
      mark(words[words.length - 1], WORD_PER_LAST);
    }
    if (bits & GAZ_ORG) for (const w of words) mark(w, WORD_ORG);
    if (bits & GAZ_GPE) for (const w of words) mark(w, WORD_GPE);
  }
  return { firstWords, wordClasses };
}

/**
 * The most words a gazetteer phrase may have that starts at a word (0 when none may): phrases start with a
 * capitalised word (A–Z) that begins a phrase of `firstWords`. `word` is as written, `lower` its lower-cased form.
 */
export function longestPhraseAt(gaz: Gazetteer, word: string, lower: string): number {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 ? gaz.firstWords.get(lower) ?? 0 : 0;
}

/**
 * For each token of `lower[from, to)`, the class bits of the longest gazetteer phrase
 * covering it, shifted left by 2, plus 1 when the token begins the phrase and 2 inside
 * it (0 when no phrase covers it). `longest[i]` is `longestPhraseAt` of token i.
 */
export function matchGazetteer(gaz: Gazetteer, lower: readonly string[], longest: ArrayLike<number>, from: number, to: number, out: Int32Array): void {
  out.fill(0, from, to);
  let i = from;
  while (i < to) {
    let matched = 0;
    let bits = 0;
    if (longest[i] > 0) {
      let phrase = '';
      const limit = Math.min(to, i + longest[i]);
      for (let j = i; j < limit; j++) {
        phrase = j === i ? lower[i] : `${phrase} ${lower[j]}`;
        const found = gaz.phrases.get(phrase);
        if (found !== undefined) {
          matched = j - i + 1;
          bits = found;
        }
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    out[i] = (bits << 2) | 1;
    for (let j = i + 1; j < i + matched; j++) out[j] = (bits << 2) | 2;
    i += matched;
  }
}
