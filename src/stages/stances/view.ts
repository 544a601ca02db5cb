import type { Doc } from '../../model/document.js';
import type { Entity, Quote, Sentence, TokenLayer } from '../../model/layers.js';
import { tokenAt } from '../../model/tokens.js';
import { lemmaOf, relationOf, uposOf } from '../../syntax/accessors.js';
import type { SyntaxLayer } from '../../syntax/layer.js';

/**
 * The text after a mention's last space, as `text.slice(text.search(/\S+$/))` gives it but in one pass
 * from the end: that regular expression retries from every character of a long run without spaces
 * (a 69,000-character run in a mention took the stances stage 29 s).
 */
export function lastWord(text: string): string {
  let from = text.length;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  return from === text.length ? text.slice(-1) : text.slice(from);
}

/** What the stance rules read of a document: words, lemmas, the tree, entities by token, quotes by token. */
export class StanceView {
  readonly text: string;
  readonly tokens: TokenLayer;
  readonly syntax: SyntaxLayer;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  /** Sentence index of every token. */
  readonly sentenceOf: Int32Array;
  /** Index into `entities` of the entity a mention of which covers the token (the shortest such mention), or -1. */
  readonly entityOf: Int32Array;
  /** Index into `quotes` of the quote whose content covers the token, or -1. */
  readonly quoteOf: Int32Array;
  private readonly entityIndex: Map<string, number>;

  constructor(readonly doc: Doc) {
    this.text = doc.text;
    this.tokens = doc.get('tokens');
    this.syntax = doc.get('syntax');
    this.sentences = doc.get('sentences');
    this.entities = doc.getOr('entities', []);
    this.quotes = doc.getOr('quotes', []);
    const n = this.tokens.length;
    this.sentenceOf = new Int32Array(n).fill(-1);
    this.sentences.forEach((s, k) => this.sentenceOf.fill(k, s.tokenStart, s.tokenEnd));
    this.entityOf = this.mark(this.entities.flatMap((e, k) => e.mentions.map((m) => ({ start: m.start, end: m.end, value: k }))));
    this.entityIndex = new Map(this.entities.map((e, k) => [e.id, k]));
    this.quoteOf = this.mark(this.quotes.map((q, k) => ({ start: q.start, end: q.end, value: k })));
  }

  /** Fills a token column from spans, longest first so that the shortest span covering a token wins. */
  private mark(spans: Array<{ start: number; end: number; value: number }>): Int32Array {
    const out = new Int32Array(this.tokens.length).fill(-1);
    spans.sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const s of spans) {
      for (let i = tokenAt(this.tokens, s.start); i < this.tokens.length && this.tokens.start[i] < s.end; i++) out[i] = s.value;
    }
    return out;
  }

  /** Multi-word mentions by their last word (lower case), in text order: "US Embassy" under "embassy". */
  private byLastWord: Map<string, Array<{ end: number; entity: number }>> | null = null;

  mentionsEndingIn(word: string): ReadonlyArray<{ end: number; entity: number }> {
    if (!this.byLastWord) {
      const index = new Map<string, Array<{ end: number; entity: number }>>();
      this.entities.forEach((e, k) => {
        for (const m of e.mentions) {
          if (!/\s/.test(m.text)) continue;
          const last = lastWord(m.text).toLowerCase();
          const list = index.get(last) ?? [];
          list.push({ end: m.end, entity: k });
          index.set(last, list);
        }
      });
      for (const list of index.values()) list.sort((a, b) => a.end - b.end);
      this.byLastWord = index;
    }
    return this.byLastWord.get(word) ?? [];
  }

  /** Sentences longer than this are lists, tables or text without punctuation: no stance is read in them (and none is worth a quadratic look). */
  static readonly LONGEST_SENTENCE = 150;

  /** Is the token in a sentence short enough to read stances in? */
  readable(i: number): boolean {
    const s = this.sentences[this.sentenceOf[i]];
    return s !== undefined && s.tokenEnd - s.tokenStart <= StanceView.LONGEST_SENTENCE;
  }

  /** Index into `entities` of the speaker of a quote, or -1. */
  speakerOf(quote: number): number {
    const id = this.quotes[quote]?.speaker;
    return id ? this.entityIndex.get(id) ?? -1 : -1;
  }

  /** The token range a span covers. */
  tokensOf(span: { start: number; end: number }): [number, number] {
    const from = tokenAt(this.tokens, span.start);
    let to = from;
    while (to < this.tokens.length && this.tokens.start[to] < span.end) to++;
    return [from, to];
  }

  word(i: number): string {
    if (i < 0 || i >= this.tokens.length) return '';
    return this.text.slice(this.tokens.start[i], this.tokens.end[i]).toLowerCase();
  }

  lemma(i: number): string {
    return lemmaOf(this.syntax, i).toLowerCase();
  }

  pos(i: number): string {
    return uposOf(this.syntax, i);
  }

  rel(i: number): string {
    return relationOf(this.syntax, i);
  }

  /** Offsets of the tokens `[from, to)`. */
  span(from: number, to: number): { start: number; end: number } {
    return { start: this.tokens.start[from], end: this.tokens.end[to - 1] };
  }

  slice(from: number, to: number): string {
    return this.text.slice(this.tokens.start[from], this.tokens.end[to - 1]);
  }

  /** The word after the token's (lower case), or '' at the end of its sentence. */
  next(i: number): string {
    return i + 1 < this.tokens.length && this.sentenceOf[i + 1] === this.sentenceOf[i] ? this.word(i + 1) : '';
  }
}
