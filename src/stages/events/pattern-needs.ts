import type { VerbClause } from './clause.js';
import type { PatternElement, PatternNeeds, VerbBlock, VerbPattern } from './dictionary/types.js';
import type { SentenceWords } from './sentence.js';

/**
 * What a clause holds before and after its verb, as the forms a pattern word can match (each text
 * word and its singulars), so that a pattern that needs a word or a preposition the clause lacks is
 * passed over before it is matched: a clause of "said" has 136 patterns to try, and most name words
 * it does not hold. A necessary test only: a pattern it lets through is matched as before.
 */
export class ClauseWords {
  private before: Set<string> | null = null;
  private after: Set<string> | null = null;
  private fronted: Set<string> | null = null;

  constructor(private readonly s: SentenceWords, private readonly clause: VerbClause) {}

  /** False when a pattern with these needs (`blockNeeds`) cannot match this clause; true when it may. */
  mayMatch(needs: PatternNeeds): boolean {
    if (needs.post.length > 0 && !holdsAll(this.after ??= formsIn(this.s, this.clause.after.start, this.clause.after.end), needs.post) && !this.frontedMayMatch(needs)) return false;
    return needs.pre.length === 0 || holdsAll(this.before ??= formsIn(this.s, this.clause.subject.start, this.clause.at), needs.pre);
  }

  /** A passive's subject may hold what a pattern with no words before the verb names after it ("EVIDENCE … was presented", `match.ts`). */
  private frontedMayMatch(needs: PatternNeeds): boolean {
    if (!this.clause.passive || needs.pre.length > 0) return false;
    this.fronted ??= new Set([...formsIn(this.s, this.clause.subject.start, this.clause.groupStart), ...(this.after ??= formsIn(this.s, this.clause.after.start, this.clause.after.end))]);
    return holdsAll(this.fronted, needs.post);
  }
}

export type { PatternNeeds };

/** The needs of each pattern of a block, in the order of its patterns (worked out when the dictionary is loaded). */
export function blockNeeds(block: VerbBlock): readonly PatternNeeds[] {
  return block.patterns.map(needsOf);
}

function needsOf(pattern: VerbPattern): PatternNeeds {
  return { pre: pattern.pre.flatMap(elementNeeds), post: pattern.post.flatMap(elementNeeds) };
}

/** A pattern word that is no synset must stand in the stretch (in some form); a prepositional phrase needs one of its prepositions. */
function elementNeeds(el: PatternElement): string[][] {
  if (el.kind === 'role') return [];
  const words = el.words.filter((w) => !w.startsWith('&')).map((w) => [w]);
  return el.kind === 'prep' ? [[...el.preps], ...words] : words;
}

function holdsAll(forms: ReadonlySet<string>, needs: readonly (readonly string[])[]): boolean {
  for (const alternatives of needs) if (!alternatives.some((w) => forms.has(w))) return false;
  return true;
}

/** Words `[from, to)` of the sentence with their singulars ("TIES" → "TIE", "TI", "TY"): every dictionary word one of them can match. */
function formsIn(s: SentenceWords, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(from, 0); i < to && i < s.words.length; i++) {
    const word = s.words[i]!;
    out.add(word);
    if (word.endsWith('S')) out.add(word.slice(0, -1));
    if (word.endsWith('ES')) out.add(word.slice(0, -2));
    if (word.endsWith('IES')) out.add(`${word.slice(0, -3)}Y`);
  }
  return out;
}
