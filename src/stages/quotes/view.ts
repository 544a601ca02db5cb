import type { Sentence, TokenLayer } from '../../model/layers.js';
import { tokenPos, type PosTag } from '../../model/tokens.js';

/** Read-only access to the tokens of one document, as the quote rules need them. */
export class TokenView {
  readonly lower: readonly string[];
  /** Sentence index of every token. */
  readonly sentenceOf: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: TokenLayer,
    readonly sentences: readonly Sentence[],
  ) {
    // lower-casing the whole text once is cheaper than per token, when it keeps every offset (it almost always does)
    const folded = text.toLowerCase();
    const aligned = folded.length === text.length;
    const lower: string[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      lower[i] = aligned ? folded.slice(tokens.start[i], tokens.end[i]) : text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
    }
    this.lower = lower;
    this.sentenceOf = new Int32Array(tokens.length).fill(-1);
    sentences.forEach((s, n) => this.sentenceOf.fill(n, s.tokenStart, s.tokenEnd));
  }

  get length(): number {
    return this.tokens.length;
  }

  pos(i: number): PosTag {
    return tokenPos(this.tokens, i);
  }

  start(i: number): number {
    return this.tokens.start[i];
  }

  end(i: number): number {
    return this.tokens.end[i];
  }

  isOpenQuote(i: number): boolean {
    const w = this.lower[i];
    if (w === "'") return this.text[this.start(i) + 1] === "'" && !/\s/.test(this.text[this.start(i) + 2] ?? ' ');
    return w === '\u201c' || (w === '"' && (i + 1 >= this.length || this.tokens.start[i + 1] === this.tokens.end[i]));
  }

  /** A closing mark; of a '' pair, the second apostrophe (the one next to what follows). */
  isCloseQuote(i: number): boolean {
    const w = this.lower[i];
    if (w === "'") return this.text[this.start(i) - 1] === "'" && !this.isOpenQuote(i - 1);
    return w === '\u201d' || (w === '"' && !this.isOpenQuote(i));
  }

  /** Offset of the quotation mark a quote token belongs to (the first apostrophe of a '' pair). */
  markStart(i: number): number {
    return this.lower[i] === "'" && this.text[this.start(i) - 1] === "'" ? this.start(i) - 1 : this.start(i);
  }
}
