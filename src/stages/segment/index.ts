import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { makeTokenLayer, posIndex } from '../../model/tokens.js';
import type { Stage } from '../../pipeline/stage.js';
import { findParagraphs } from './paragraphs.js';
import { repairSentences, type RawSentence } from './repair.js';
import type { WinkSegmenter } from './wink.js';
import { hyphenGroups, joinedPos, type PlacedToken } from './hyphens.js';
import { winkInput } from './wink-input.js';

export { loadWink } from './wink.js';

const WHITESPACE = /^\s*$/;
/** How far past the last token the next one may start (text wink skipped, such as a control character). */
const NEARBY = 64;

/**
 * Tokens (with part of speech), sentences and paragraphs. wink-nlp tokenises and splits
 * each paragraph separately, so a blank line always ends a sentence; its tokens are
 * aligned back onto the original text to get exact offsets (wink keeps none), and a few
 * rules repair the sentence breaks news text needs (see repair.ts).
 */
export const segmentStage: Stage<'tokens' | 'sentences' | 'paragraphs'> = {
  name: 'segment',
  requires: [],
  provides: ['tokens', 'sentences', 'paragraphs'],
  resources: ['wink'],
  run(doc: Doc, ctx) {
    const wink = ctx.resources.wink as WinkSegmenter;
    return segmentText(doc.text, wink);
  },
};

export function segmentText(text: string, wink: WinkSegmenter) {
  const paragraphs = findParagraphs(text);
  const starts: number[] = [];
  const ends: number[] = [];
  const pos: number[] = [];
  const raw: RawSentence[] = [];
  paragraphs.forEach((para: Span, p: number) => {
    const { placed, sentences } = parseParagraph(text, para, wink);
    const breaks = new Set(sentences.map(([, last]) => last));
    const ours = new Int32Array(placed.length).fill(-1);
    const groups = hyphenGroups(text, placed, breaks);
    let g = 0;
    for (let i = 0; i < placed.length; i++) {
      const first = placed[i];
      if (!first) continue;
      const group = groups[g]?.[0] === i ? groups[g++] : null;
      const last = group ? group[1] : i;
      for (let k = i; k <= last; k++) ours[k] = starts.length;
      starts.push(first.start);
      ends.push(placed[last]!.end);
      pos.push(posIndex(group ? joinedPos(text, placed.slice(i, last + 1)) : first.pos));
      i = last;
    }
    for (const [first, last] of sentences) {
      let a = -1;
      let b = -1;
      for (let i = first; i <= last; i++) {
        if (ours[i] < 0) continue;
        if (a < 0) a = ours[i];
        b = ours[i];
      }
      if (a >= 0) raw.push({ tokenStart: a, tokenEnd: b + 1, paragraph: p });
    }
  });
  const tokens = makeTokenLayer(starts, ends, pos);
  const sentences: Sentence[] = repairSentences(text, tokens, raw).map((s) => ({
    start: tokens.start[s.tokenStart],
    end: tokens.end[s.tokenEnd - 1],
    tokenStart: s.tokenStart,
    tokenEnd: s.tokenEnd,
    paragraph: s.paragraph,
  }));
  return { tokens, sentences, paragraphs };
}

/**
 * wink's tokens of one paragraph placed at their offsets in `text` (null for whitespace
 * tokens and any it cannot place, so that wink's indices still apply), and its sentences as inclusive wink token index pairs.
 */
function parseParagraph(text: string, para: Span, wink: WinkSegmenter): { placed: Array<PlacedToken | null>; sentences: Array<[number, number]> } {
  const input = winkInput(text.slice(para.start, para.end));
  const parsed = wink.parse(input.text);
  let cursor = 0;
  const { values, pos } = parsed;
  const placed: Array<PlacedToken | null> = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = WHITESPACE.test(value) ? -1 : locate(input.text, value, cursor);
    if (at < 0) {
      placed.push(null);
      continue;
    }
    const end = input.runs.get(at) ?? at + value.length;
    cursor = end;
    placed.push({ start: para.start + at, end: para.start + end, pos: pos[i] });
  }
  return { placed, sentences: parsed.sentences };
}

/** Where a wink token's text starts, at or after `from`, within a short distance; -1 if not there. */
function locate(text: string, value: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text.startsWith(value, i)) return i;
  const found = text.slice(from, from + NEARBY + value.length).indexOf(value);
  return found >= 0 ? from + found : -1;
}
