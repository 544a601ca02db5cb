import type { Doc } from '../../model/document.js';
import type { Sentence, TokenLayer } from '../../model/layers.js';
import { POS_TAGS, tokenPos, type PosTag } from '../../model/tokens.js';
import { RELATIONS, type Relation, type SyntaxLayer } from '../../syntax/layer.js';

/**
 * One sentence as the event coder reads it: upper-case words, their parts of speech, lemmas and
 * dependency tree (from the syntax layer), indexed from 0 within the sentence, with the way back
 * to document offsets.
 */
export interface SentenceWords {
  readonly index: number;
  readonly sentence: Sentence;
  readonly words: readonly string[];
  /** Lower-case words, for function-word tests. */
  readonly lower: readonly string[];
  /** Parts of speech from the tokeniser (wink), which the word-window fallbacks were made for. */
  readonly pos: readonly PosTag[];
  /** Parts of speech from the parser's tagger, which its tree goes with. */
  readonly upos: readonly PosTag[];
  /** The parser's tagger's Penn tags ("VBN", "VBD"): a participle from a past tense. */
  readonly xpos: readonly string[];
  readonly lemma: readonly string[];
  /** Head of word i within the sentence, -1 for the root. */
  readonly head: Int32Array;
  readonly relation: readonly Relation[];
  /** Children of word i, in text order. */
  readonly children: readonly (readonly number[])[];
  /** The index of the last comma at or before word i (-1 when none): one pass, not a search back per verb. */
  readonly lastComma: Int32Array;
  /** Document offsets of word i. */
  start(i: number): number;
  end(i: number): number;
}

const CURLY_SINGLE = /[’‘]/;
const CURLY_SINGLES = /[’‘]/g;
/**
 * A stretch wholly in ASCII changes case character by character, whatever surrounds each: its words
 * are sliced from the stretch upper- and lower-cased once. Word by word, a text with one character
 * past Latin-1 (a curly quote) made every word's case change a call into the runtime.
 */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** A word that lower-casing would change: an ASCII capital, or anything past ASCII. */
const MAY_LOWER = /[A-Z]|[^\x00-\x7f]/;

export function sentenceWords(doc: Doc, index: number): SentenceWords {
  const sentence = doc.get('sentences')[index]!;
  const tokens = doc.get('tokens');
  const syntax = doc.get('syntax');
  const n = sentence.tokenEnd - sentence.tokenStart;
  const words: string[] = [];
  const lower: string[] = [];
  const pos: PosTag[] = [];
  const upos: PosTag[] = [];
  const xpos: string[] = [];
  const lemma: string[] = [];
  const relation: Relation[] = [];
  const head = new Int32Array(n);
  const children = childrenOf(syntax, sentence.tokenStart, n);
  const lastComma = new Int32Array(n);
  const cased = casedStretch(doc.text, tokens, sentence.tokenStart, sentence.tokenEnd);
  for (let k = 0; k < n; k++) {
    const t = sentence.tokenStart + k;
    if (cased) {
      words.push(cased.upper.slice(tokens.start[t] - cased.from, tokens.end[t] - cased.from));
      lower.push(cased.lower.slice(tokens.start[t] - cased.from, tokens.end[t] - cased.from));
    } else {
      const raw = doc.text.slice(tokens.start[t], tokens.end[t]);
      const text = CURLY_SINGLE.test(raw) ? raw.replace(CURLY_SINGLES, "'") : raw;
      words.push(text.toUpperCase());
      lower.push(text.toLowerCase());
    }
    lastComma[k] = lower[k] === ',' ? k : k > 0 ? lastComma[k - 1]! : -1;
    pos.push(tokenPos(tokens, t));
    upos.push(POS_TAGS[syntax.upos[t]]!);
    xpos.push(syntax.xposTags[syntax.xpos[t]!]!);
    const l = syntax.lemma[t]!;
    lemma.push(MAY_LOWER.test(l) ? l.toLowerCase() : l);
    relation.push(RELATIONS[syntax.relation[t]]!);
    const h = syntax.head[t]!;
    head[k] = h < 0 ? -1 : h - sentence.tokenStart;
  }
  return {
    index,
    sentence,
    words,
    lower,
    pos,
    upos,
    xpos,
    lemma,
    head,
    relation,
    children,
    lastComma,
    start: (i) => tokens.start[sentence.tokenStart + i]!,
    end: (i) => tokens.end[sentence.tokenStart + i]!,
  };
}

const NO_CHILDREN: readonly number[] = Object.freeze([]);

/**
 * The children of words `[0, n)` of the sentence starting at token `first`, from the syntax layer's index of them
 * (in text order): a word without children, most of them, shares one empty list instead of a list of its own.
 */
function childrenOf(syntax: SyntaxLayer, first: number, n: number): (readonly number[])[] {
  const out: (readonly number[])[] = [];
  for (let k = 0; k < n; k++) {
    const from = syntax.childStart[first + k]!;
    const to = syntax.childStart[first + k + 1]!;
    if (from === to) {
      out.push(NO_CHILDREN);
      continue;
    }
    const own: number[] = [];
    for (let c = from; c < to; c++) own.push(syntax.children[c]! - first);
    out.push(own);
  }
  return out;
}

/** Tokens `[first, last)` of the text upper- and lower-cased as one stretch from offset `from`, when the stretch is ASCII (`ASCII_ONLY`); else null. */
function casedStretch(text: string, tokens: TokenLayer, first: number, last: number): { from: number; upper: string; lower: string } | null {
  if (first >= last) return null;
  let from = tokens.start[first]!;
  let to = tokens.end[first]!;
  for (let t = first + 1; t < last; t++) {
    from = Math.min(from, tokens.start[t]!);
    to = Math.max(to, tokens.end[t]!);
  }
  const stretch = text.slice(from, to);
  return ASCII_ONLY.test(stretch) ? { from, upper: stretch.toUpperCase(), lower: stretch.toLowerCase() } : null;
}

const NOMINAL: ReadonlySet<PosTag> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** True for a word that can sit inside a noun phrase. */
export function isNominal(s: SentenceWords, i: number): boolean {
  return NOMINAL.has(s.pos[i]!) || s.lower[i] === "'s" || s.lower[i] === "'";
}

/** The children of word i whose relation is one of `relations` (a relation matches its subtypes too: `obl` matches `obl:agent`). */
export function dependents(s: SentenceWords, i: number, ...relations: string[]): number[] {
  return s.children[i]!.filter((c) => relations.some((r) => s.relation[c] === r || s.relation[c]!.startsWith(`${r}:`)));
}

/** The nearest verb above word i in the tree ("demand the RESIGNATION of" → demand); -1 when none. */
export function verbAbove(s: SentenceWords, i: number): number {
  let p = s.head[i]!;
  for (let steps = 0; p >= 0 && s.upos[p] !== 'VERB' && steps < s.words.length; steps++) p = s.head[p]!;
  return p;
}

/** Words `[start, end)` that word i's subtree covers. */
export function subtree(s: SentenceWords, i: number): { start: number; end: number } {
  let start = i;
  let end = i + 1;
  const todo = [i];
  while (todo.length) {
    const t = todo.pop()!;
    if (t < start) start = t;
    if (t + 1 > end) end = t + 1;
    todo.push(...s.children[t]!);
  }
  return { start, end };
}

/** Word i and the words coordinated with it ("Jordan and Britain", "Egypt, Greece and Cyprus"). */
export function withConjuncts(s: SentenceWords, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) for (const c of s.children[out[k]!]!) if (s.relation[c] === 'conj' && s.upos[c] !== 'VERB') out.push(c);
  return out.sort((a, b) => a - b);
}
