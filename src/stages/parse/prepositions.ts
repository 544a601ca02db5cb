import type { ParserInput } from './features.js';
import type { ParseState } from './transitions.js';

/** Universal tags of the words a preposition governs in a treebank and never takes as a dependent after it. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * A preposition heads nothing after it: in UD a prepositional phrase hangs on its noun, with the
 * preposition as its `case` ("by ABU Mahdi al-Muhandis", "about her HUSBAND Siarhei"). In UD English
 * EWT train and GUM, 56 of 20,933 prepositions have a noun, name, pronoun or number after them as a
 * dependent, 53 of them the fixed "of course" and "in order". A greedy parser still makes such arcs
 * now and then ("met by" → flat "Abu Mahdi al-Muhandis", often in the moves forced at the end of a
 * sentence), each leaving the phrase without its head. Such a RIGHT is replaced by the arc it misses:
 * the preposition becomes the `case` of the word on the stack above it, and leaves the stack.
 */
export class Prepositions {
  /** Per tag class + 1 (as ParserInput.tag): 1 for a preposition (UPOS ADP), 2 for a nominal. */
  private readonly tagKind: Uint8Array;
  /** The label class of `case`. */
  readonly caseLabel: number;

  constructor(tags: readonly string[], relations: readonly string[]) {
    this.caseLabel = Math.max(0, relations.indexOf('case'));
    this.tagKind = new Uint8Array(tags.length + 1);
    tags.forEach((t, c) => {
      const upos = t.split(' ')[0];
      this.tagKind[c + 1] = upos === 'ADP' ? 1 : NOMINAL.has(upos) ? 2 : 0;
    });
  }

  /** Whether RIGHT may make the stack top a dependent of the word under it: not a nominal of a preposition. */
  allowsRight(st: ParseState, x: ParserInput): boolean {
    return st.depth < 2 || this.tagKind[x.tag[st.s(1)]] !== 1 || this.tagKind[x.tag[st.s(0)]] !== 2;
  }
}
