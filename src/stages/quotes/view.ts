import type { Sentence, TokenLayer } from '../../model/layers.js';
import { POS_TAGS, tokenPos, type PosTag } from '../../model/tokens.js';
import { isOpening } from './marks.js';
import type { SyntaxLayer } from '../../syntax/layer.js';

/** Read-only access to the tokens of one document, as the quote rules need them. */
export class TokenView {
  /** Sentence index of every token. */
  readonly sentenceOf: Int32Array;
  /** Lower-cased token words, filled on first use: most tokens are never looked at as words. */
  private readonly words: Array<string | undefined>;
  private readonly folded: string | null;
  private readonly upos: ArrayLike<number> | null;

  constructor(
    readonly text: string,
    readonly tokens: TokenLayer,
    readonly sentences: readonly Sentence[],
    /** The syntax layer, when the parse ran: its tags are read instead of the token layer's. */
    readonly syntax: SyntaxLayer | null = null,
  ) {
    this.upos = syntax ? syntax.upos : null;
    // lower-casing the whole text once is cheaper than per token, when it keeps every offset (it almost always does)
    const folded = text.toLowerCase();
    this.folded = folded.length === text.length ? folded : null;
    this.words = new Array(tokens.length);
    this.sentenceOf = new Int32Array(tokens.length).fill(-1);
    sentences.forEach((s, n) => this.sentenceOf.fill(n, s.tokenStart, s.tokenEnd));
  }

  /** The token's text, lower-cased; '' outside the document. */
  word(i: number): string {
    if (i < 0 || i >= this.tokens.length) return '';
    let w = this.words[i];
    if (w === undefined) {
      const start = this.tokens.start[i];
      const end = this.tokens.end[i];
      w = this.folded ? this.folded.slice(start, end) : this.text.slice(start, end).toLowerCase();
      this.words[i] = w;
    }
    return w;
  }

  get length(): number {
    return this.tokens.length;
  }

  pos(i: number): PosTag {
    return this.upos ? POS_TAGS[this.upos[i]] : tokenPos(this.tokens, i);
  }

  start(i: number): number {
    return this.tokens.start[i];
  }

  end(i: number): number {
    return this.tokens.end[i];
  }

  isOpenQuote(i: number): boolean {
    const w = this.word(i);
    if (w === "'") return this.text[this.start(i) + 1] === "'" && !/\s/.test(this.text[this.start(i) + 2] ?? ' ');
    // a straight mark opens as the quotation finder decides: after a space or bracket, before a word ('", Pompeo said' closes)
    return w === '\u201c' || (w === '"' && isOpening(this.text, this.start(i)));
  }

  /** A closing mark; of a '' pair, the second apostrophe (the one next to what follows). */
  isCloseQuote(i: number): boolean {
    const w = this.word(i);
    if (w === "'") return this.text[this.start(i) - 1] === "'" && !this.isOpenQuote(i - 1);
    return w === '\u201d' || (w === '"' && !this.isOpenQuote(i));
  }

  /** Offset of the quotation mark a quote token belongs to (the first apostrophe of a '' pair). */
  markStart(i: number): number {
    return this.word(i) === "'" && this.text[this.start(i) - 1] === "'" ? this.start(i) - 1 : this.start(i);
  }
}
