import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { makeTokenLayer, posIndex } from '../../model/tokens.js';
import type { Stage } from '../../pipeline/stage.js';
import { findParagraphs } from './paragraphs.js';
import { repairSentences, type RawSentence } from './repair.js';
import type { WinkReader, WinkSegmenter } from './wink.js';
import { hyphenGroups, joinedPos, type PlacedTokens } from './hyphens.js';
import { isBlank, isSpaceCode } from '../../util/whitespace.js';
import { winkInput } from './wink-input.js';

export { loadWink } from './wink.js';

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
  const reader = wink.reader();
  const parsed = paragraphs.map((para) => parseParagraph(text, para, reader));
  // as many tokens as wink's at most (hyphen groups join some, whitespace tokens are dropped)
  const most = parsed.reduce((n, p) => n + p.placed.length, 0);
  const starts = new Uint32Array(most);
  const ends = new Uint32Array(most);
  const pos = new Uint8Array(most);
  let n = 0;
  const raw: RawSentence[] = [];
  parsed.forEach(({ placed, sentences }, p) => {
    const breaks = new Uint8Array(placed.length);
    for (const [, last] of sentences) breaks[last] = 1;
    // wink's token index → ours (-1 for tokens not placed); a hyphen group becomes one token
    const ours = new Int32Array(placed.length).fill(-1);
    const groups = hyphenGroups(text, placed, breaks);
    let g = 0;
    for (let i = 0; i < placed.length; i++) {
      if (placed.start[i] < 0) continue;
      const group = groups[g]?.[0] === i ? groups[g++] : null;
      const last = group ? group[1] : i;
      for (let k = i; k <= last; k++) ours[k] = n;
      starts[n] = placed.start[i];
      ends[n] = placed.end[last];
      pos[n++] = posIndex(group ? joinedPos(text, placed, i, last) : placed.pos[i]);
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
  const tokens = makeTokenLayer(starts.subarray(0, n), ends.subarray(0, n), pos.subarray(0, n));
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
 * wink's tokens of one paragraph placed at their offsets in `text` (whitespace tokens and any it
 * cannot place are left unplaced, so that wink's indices still apply), and its sentences as
 * inclusive wink token index pairs.
 */
function parseParagraph(text: string, para: Span, wink: WinkReader): { placed: PlacedTokens; sentences: Array<[number, number]> } {
  const input = winkInput(text.slice(para.start, para.end));
  const { values, pos, sentences } = wink.parse(input.text);
  const start = new Int32Array(values.length);
  const end = new Int32Array(values.length);
  const runs = input.runs.size > 0 ? input.runs : null;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = isBlank(value) ? -1 : locate(input.text, value, cursor);
    if (at < 0) {
      start[i] = end[i] = -1;
      continue;
    }
    cursor = runs?.get(at) ?? at + value.length;
    start[i] = para.start + at;
    end[i] = para.start + cursor;
  }
  return { placed: { length: values.length, start, end, pos }, sentences };
}

/** Where a wink token's text starts, at or after `from`, within a short distance; -1 if not there. */
function locate(text: string, value: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (text.startsWith(value, i)) return i;
  const found = text.slice(from, from + NEARBY + value.length).indexOf(value);
  return found >= 0 ? from + found : -1;
}
