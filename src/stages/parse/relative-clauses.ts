import { hashString } from '../../util/hash.js';
import type { ParserInput } from './features.js';
import type { ParseState } from './transitions.js';

/** Relative pronouns that open a clause as its subject or object ("Siarhei, who was arrested", "the plan that Russia rejected"). */
const PRONOUNS = new Set(['who', 'whom', 'which', 'that'].map((w) => hashString(w)));
/** The relations by which such a pronoun opens its clause. */
const OPENING = new Set(['nsubj', 'nsubj:pass', 'obj', 'obl']);
/** Words that may still stand before the pronoun in its clause: the comma that sets it off, "and" of a second relative clause. */
const BEFORE_OPENER = new Set(['PUNCT', 'CCONJ']);

const PRONOUN_TAG = 1;
const BEFORE_TAG = 2;

/**
 * A relative clause begins at its pronoun: "spoke about her husband Siarhei, who was arrested in May, and
 * promised …", "met by Abu Mahdi al-Muhandis, who was also killed …". Once "who" is the subject (or
 * object) of "arrested", no word further left belongs to that clause but its comma, a conjunction, or
 * the word right before the pronoun ("about who owes", "exactly who did"): a LEFT move that would make
 * "Siarhei" or "Abu" a dependent of "arrested" or "killed" is not taken. In UD English EWT train and
 * GUM, 3 of 1,375 such pronouns have another left dependent ("on exactly who did", "so, to whom").
 */
export class RelativeClauses {
  /** Per tag class + 1 (as ParserInput.tag): PRONOUN_TAG for WP and WDT, BEFORE_TAG for punctuation and conjunctions. */
  private readonly tagKind: Uint8Array;
  private readonly opening: Uint8Array;
  /** Per word: the relative pronoun that opens the clause it heads, or -1 (the greedy parser's; beam search keeps one per configuration). */
  private opener = new Int32Array(64);

  constructor(tags: readonly string[], relations: readonly string[]) {
    this.tagKind = new Uint8Array(tags.length + 1);
    tags.forEach((t, c) => {
      const [upos, xpos] = t.split(' ');
      this.tagKind[c + 1] = xpos === 'WP' || xpos === 'WDT' ? PRONOUN_TAG : BEFORE_OPENER.has(upos) ? BEFORE_TAG : 0;
    });
    this.opening = Uint8Array.from(relations, (r) => (OPENING.has(r) ? 1 : 0));
  }

  start(n: number): void {
    if (n + 1 > this.opener.length) this.opener = new Int32Array(2 * (n + 1));
    this.opener.fill(-1, 0, n + 1);
  }

  /** Notes an arc just made: a relative pronoun as its head's subject or object opens the head's clause. */
  attached(x: ParserInput, dependent: number, head: number, label: number, opener: Int32Array = this.opener): void {
    if (dependent < head && this.opening[label] === 1 && this.tagKind[x.tag[dependent]] === PRONOUN_TAG && PRONOUNS.has(x.word[dependent])) {
      opener[head] = dependent;
    }
  }

  /** Whether LEFT may make the stack top a dependent of the first buffer word. */
  allowsLeft(st: ParseState, x: ParserInput, openers: Int32Array = this.opener): boolean {
    const opener = openers[st.b(0)];
    const s0 = st.s(0);
    return opener < 0 || s0 + 1 === opener || this.tagKind[x.tag[s0]] === BEFORE_TAG;
  }
}
