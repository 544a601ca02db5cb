import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { makeTokenLayer, posIndex } from '../../model/tokens.js';
import type { Stage } from '../../pipeline/stage.js';
import { findParagraphs } from './paragraphs.js';
import { repairSentences, type RawSentence } from './repair.js';
import type { WinkSegmenter } from './wink.js';

export { loadWink } from './wink.js';

const WHITESPACE = /^\s*$/;

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
    const parsed = wink.parse(text.slice(para.start, para.end));
    const ours = new Int32Array(parsed.tokens.length).fill(-1);
    let cursor = para.start;
    parsed.tokens.forEach((tok, i) => {
      if (WHITESPACE.test(tok.value)) return;
      const at = locate(text, tok.value, cursor, para.end);
      if (at < 0) return;
      ours[i] = starts.length;
      starts.push(at);
      ends.push(at + tok.value.length);
      pos.push(posIndex(tok.pos));
      cursor = at + tok.value.length;
    });
    for (const [first, last] of parsed.sentences) {
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

/** Where a wink token's text starts, at or after `from`; -1 if it cannot be found nearby. */
function locate(text: string, value: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i])) i++;
  if (text.startsWith(value, i)) return i;
  const found = text.indexOf(value, from);
  return found >= 0 && found + value.length <= limit && found - from < 64 ? found : -1;
}
