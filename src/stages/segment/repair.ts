import type { TokenLayer } from '../../model/layers.js';
import { tokenPos } from '../../model/tokens.js';

export interface RawSentence {
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

/** Characters that can close a sentence (with closing quotes and brackets after them). */
const TERMINAL = /[.!?…:;]["'”’»)\]]*$/;
const ELLIPSIS = /^(\.\.\.|…|\. \. \.)$/;
/** Abbreviations that often end a sentence as well as a word ("… fled to the U.S. The next day …"). */
const FINAL_ABBREVIATION = /^(?:[A-Z]\.){2,}$/;
const OPENS_SENTENCE = new Set(['DET', 'PRON', 'SCONJ', 'CCONJ', 'ADV', 'ADP']);

/**
 * Repairs wink-nlp's sentence breaks for news text:
 *  - a break at a line wrap after a word that cannot end a sentence is removed
 *    ("incoming U.S. President⏎Donald Trump");
 *  - an ellipsis followed by a capitalised common word ends a sentence ("He left… Then");
 *  - an initialism followed by a capitalised function word ends one ("to the U.S. The talks").
 * Sentences never cross paragraphs: the segmenter parses each paragraph on its own.
 */
export function repairSentences(text: string, tokens: TokenLayer, raw: readonly RawSentence[]): RawSentence[] {
  const merged: RawSentence[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && prev.paragraph === s.paragraph && isLineWrapBreak(text, tokens, prev, s)) {
      merged[merged.length - 1] = { ...prev, tokenEnd: s.tokenEnd };
    } else {
      merged.push({ ...s });
    }
  }
  const out: RawSentence[] = [];
  for (const s of merged) {
    let start = s.tokenStart;
    for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
      if (shouldSplitAfter(text, tokens, i)) {
        out.push({ tokenStart: start, tokenEnd: i + 1, paragraph: s.paragraph });
        start = i + 1;
      }
    }
    out.push({ tokenStart: start, tokenEnd: s.tokenEnd, paragraph: s.paragraph });
  }
  return out;
}

function isLineWrapBreak(text: string, tokens: TokenLayer, prev: RawSentence, next: RawSentence): boolean {
  const lastEnd = tokens.end[prev.tokenEnd - 1];
  const gap = text.slice(lastEnd, tokens.start[next.tokenStart]);
  if (!gap.includes('\n')) return false;
  const tail = text.slice(tokens.start[prev.tokenEnd - 1], lastEnd);
  return !TERMINAL.test(tail) && !/^["'”’»)\]]$/.test(tail);
}

function shouldSplitAfter(text: string, tokens: TokenLayer, i: number): boolean {
  const here = text.slice(tokens.start[i], tokens.end[i]);
  const next = text.slice(tokens.start[i + 1], tokens.end[i + 1]);
  if (tokens.start[i + 1] === tokens.end[i]) return false;
  if (!/^[A-Z]/.test(next)) return false;
  const nextPos = tokenPos(tokens, i + 1);
  if (ELLIPSIS.test(here)) return nextPos !== 'PROPN';
  if (FINAL_ABBREVIATION.test(here)) return OPENS_SENTENCE.has(nextPos) && next !== 'A';
  return false;
}
