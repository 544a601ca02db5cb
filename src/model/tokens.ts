import type { Doc } from './document.js';
import type { TokenLayer } from './layers.js';
import { lowerBound } from './span.js';

/** Universal POS tags, as wink-nlp assigns them; `TokenLayer.pos` holds indices into this list. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT',
  'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];

const POS_INDEX = new Map<string, number>(POS_TAGS.map((tag, i) => [tag, i]));

export function posIndex(tag: string): number {
  return POS_INDEX.get(tag) ?? POS_INDEX.get('X')!;
}

export function tokenText(doc: Doc, i: number): string {
  const tokens = doc.get('tokens');
  return doc.text.slice(tokens.start[i], tokens.end[i]);
}

/**
 * Each token's text in lower case, made once per document and shared by the stages that compare words
 * ("in", "and", agent phrases): slicing and lower-casing every token again in each pass over a text
 * was a good part of those passes, and a string read again keeps its hash for the next lookup.
 */
export function lowerTokenTexts(doc: Doc): readonly string[] {
  return doc.view('lower-token-texts', ['tokens'], () => {
    const tokens = doc.get('tokens');
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = doc.text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
    return Object.freeze(out);
  });
}

export function tokenPos(tokens: TokenLayer, i: number): PosTag {
  return POS_TAGS[tokens.pos[i]];
}

/** Builds a token layer from parallel arrays. */
export function makeTokenLayer(starts: ArrayLike<number>, ends: ArrayLike<number>, pos: ArrayLike<number>): TokenLayer {
  return Object.freeze({
    length: starts.length,
    start: Uint32Array.from(starts),
    end: Uint32Array.from(ends),
    pos: Uint8Array.from(pos),
  });
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(tokens: TokenLayer, offset: number): number {
  return lowerBound(tokens.length, (i) => tokens.end[i] <= offset);
}
