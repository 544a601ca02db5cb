import type { TokenLayer } from '../../model/layers.js';
import { tokenPos } from '../../model/tokens.js';

export interface RawSentence {
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

const ELLIPSIS = /^(\.\.\.|…|\. \. \.)$/;
/** Abbreviations that often end a sentence as well as a word ("… fled to the U.S. The next day …"). */
const FINAL_ABBREVIATION = /^(?:[A-Z]\.){2,}$/;
const OPENS_SENTENCE = new Set(['DET', 'PRON', 'SCONJ', 'CCONJ', 'ADV', 'ADP']);

/**
 * Repairs wink-nlp's sentence breaks for news text. (wink-nlp already ignores line wraps
 * inside a sentence, as the property test over wrapped corpora checks.)
 *  - an ellipsis followed by a capitalised common word ends a sentence ("He left… Then");
 *  - an initialism followed by a capitalised function word ends one ("to the U.S. The talks").
 * Sentences never cross paragraphs: the segmenter parses each paragraph on its own.
 */
export function repairSentences(text: string, tokens: TokenLayer, raw: readonly RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of raw) {
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
