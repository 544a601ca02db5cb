import type { Sentence, TokenLayer } from '../../model/layers.js';
import { POS_TAGS, tokenPos, type PosTag } from '../../model/tokens.js';
import { CUE_FORMS } from './cues.js';
import { isOpening } from './marks.js';
import type { SyntaxLayer } from '../../syntax/layer.js';

/** Tags the parser's tagger gives names it does not know (an adverb: "Netanyahu/ADV called on Italy …" opening a sentence). */
const NAME_MISREAD: ReadonlySet<PosTag> = new Set(['NOUN', 'ADJ', 'ADV', 'VERB', 'X']);
const VERBAL: ReadonlySet<PosTag> = new Set(['VERB', 'AUX']);

/** Tags before a word that make it a noun: "the", "recent", "a", "every". */
const NOT_BEFORE_VERB: ReadonlySet<PosTag> = new Set(['DET', 'ADJ', 'NUM', 'ADP']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);

/** Longest name (in tokens) before a verb read by `isVerbAfterName`. */
const NAME_REACH = 5;
/** What may stand before a clause's subject: a mark or a conjunction. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', ',', '\u2014', '(', 'and', 'but', 'so']);

/** A word that begins with a capital and has a small letter after it ("Trump", not "CLARIFICATION"). */
const isCapitalised = (word: string) => /^\p{Lu}.*\p{Ll}/u.test(word);

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

  /**
   * The syntax layer's tag, with two confusions of its tagger (trained on web text with few headlines) undone:
   * a capitalised word wink's lexicon calls a name stays a name ("Schiff, 56, … told", "Trump questions …",
   * where the tagger said noun or verb), and a speech verb in -s right after a name that opens its clause is
   * the name's verb, not a plural noun ("Trump claims that", "” Blige sings to Clinton", where "Blige" was
   * also read as an adjective). Such a word read as an adjective or adverb is a name before a verb ("Zelensky thanked",
   * "Netanyahu/ADV called on Italy", not "Worse, the companies"),
   * or before such a noun inside a sentence; an adjective before a noun is one ("the Republican attorney
   * general", "Initial reports from Omsk hospital reported").
   */
  pos(i: number): PosTag {
    if (!this.upos) return tokenPos(this.tokens, i);
    const parsed = POS_TAGS[this.upos[i]];
    if (parsed === 'PROPN' || !this.nameLike(i)) return parsed === 'NOUN' && (this.isVerbAfterName(i) || this.isVerbBeforeClause(i)) ? 'VERB' : parsed;
    const modifier = parsed === 'ADJ' || parsed === 'ADV';
    if (!modifier || i + 1 >= this.length) return modifier ? parsed : 'PROPN';
    const next = POS_TAGS[this.upos[i + 1]];
    return next === 'VERB' || (next === 'NOUN' && this.isVerbAfterName(i + 1)) ? 'PROPN' : parsed;
  }

  /**
   * Tagged a name by the parser, or capitalised and a name to wink where the parser read a noun, adjective or verb
   * (an adjective that opens its sentence only with `openingAdjective`: wink calls any capitalised word a name).
   */
  private nameLike(i: number, openingAdjective = true): boolean {
    const parsed = POS_TAGS[this.upos![i]];
    const opening = i === this.sentences[this.sentenceOf[i]]?.tokenStart;
    if (!openingAdjective && parsed === 'ADJ' && opening) return false;
    // "OFFERING his condolence, speaker of the parliament Ali Larijani wrote": a participle the parser read opening its
    // sentence is capitalised as any first word is (not so a name in -ing before its verb: "Boeing did not release")
    if (opening && parsed === 'VERB' && this.word(i).endsWith('ing') && !VERBAL.has(POS_TAGS[this.upos![i + 1]!]!)) return false;
    return parsed === 'PROPN' || NAME_MISREAD.has(parsed) && tokenPos(this.tokens, i) === 'PROPN' && isCapitalised(this.text.slice(this.start(i), this.end(i)));
  }

  /**
   * A speech verb's form in -s after a name that opens the clause (after nothing, a mark or a conjunction), with
   * no verb of its own after it: a noun compound would have a determiner or possessive before the name ("the
   * Trump claims") or a verb after ("Trump claims were false").
   */
  private isVerbAfterName(i: number): boolean {
    const w = this.word(i);
    const cue = CUE_FORMS.get(w);
    if (!cue || w === cue.lemma || !w.endsWith('s') || i === 0 || !this.nameLike(i - 1, false)) return false;
    const next = i + 1 < this.length ? POS_TAGS[this.upos![i + 1]] : 'PUNCT';
    if (next === 'AUX' || next === 'VERB') return false;
    const first = this.sentences[this.sentenceOf[i]]?.tokenStart ?? 0;
    let k = i - 1;
    while (k > first && k > i - NAME_REACH && this.nameLike(k - 1, false)) k--;
    return k === first || CLAUSE_OPENERS.has(this.word(k - 1)) || this.isCloseQuote(k - 1);
  }

  /**
   * A speech verb the parser read as a noun where wink reads a verb, with "that" and a clause's subject after it and no
   * determiner or possessive before it: a verb after its subject ("Partisans on both sides warn that the leading candidate
   * …", "Mr. Autor and Mr. Hanson emphasize that trade is …"), not a noun of saying ("the warnings that were issued", "his
   * claims that …").
   */
  private isVerbBeforeClause(i: number): boolean {
    if (tokenPos(this.tokens, i) !== 'VERB' || this.word(i + 1) !== 'that' || !CUE_FORMS.has(this.word(i))) return false;
    if (i + 2 >= this.length) return false;
    // (a gerund may open the clause, and a comma an aside before its subject: "argue that relying on …", "admit that, given …")
    const after = POS_TAGS[this.upos![i + 2]];
    const opens = after === 'PUNCT' ? this.word(i + 2) === ',' : !VERBAL.has(after) || this.syntax!.xposTags[this.syntax!.xpos[i + 2]] === 'VBG';
    const before = i > 0 ? POS_TAGS[this.upos![i - 1]] : 'PUNCT';
    return opens && !NOT_BEFORE_VERB.has(before) && !POSSESSIVES.has(this.word(i - 1));
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
