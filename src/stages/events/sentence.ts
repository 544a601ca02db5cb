import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import { tokenPos, type PosTag } from '../../model/tokens.js';

/**
 * One sentence as the event coder reads it: upper-case words and their parts of speech,
 * indexed from 0 within the sentence, with the way back to document offsets.
 */
export interface SentenceWords {
  readonly index: number;
  readonly sentence: Sentence;
  readonly words: readonly string[];
  /** Lower-case words, for function-word tests. */
  readonly lower: readonly string[];
  readonly pos: readonly PosTag[];
  /** Document offsets of word i. */
  start(i: number): number;
  end(i: number): number;
}

export function sentenceWords(doc: Doc, index: number): SentenceWords {
  const sentence = doc.get('sentences')[index]!;
  const tokens = doc.get('tokens');
  const words: string[] = [];
  const lower: string[] = [];
  const pos: PosTag[] = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const text = doc.text.slice(tokens.start[t], tokens.end[t]).replace(/[’‘]/g, "'");
    words.push(text.toUpperCase());
    lower.push(text.toLowerCase());
    pos.push(tokenPos(tokens, t));
  }
  return {
    index,
    sentence,
    words,
    lower,
    pos,
    start: (i) => tokens.start[sentence.tokenStart + i]!,
    end: (i) => tokens.end[sentence.tokenStart + i]!,
  };
}

const NOMINAL: ReadonlySet<PosTag> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** True for a word that can sit inside a noun phrase. */
export function isNominal(s: SentenceWords, i: number): boolean {
  return NOMINAL.has(s.pos[i]!) || s.lower[i] === "'s" || s.lower[i] === "'";
}
