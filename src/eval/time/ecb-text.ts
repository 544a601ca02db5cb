import { detokenise } from '../corpora/detokenise.js';
import { readMarkables, type CatToken } from './cat-xml.js';
import { ecbJoins, straightQuoteOpens } from './ecb-joins.js';

/** In an added (`ecbplus`) text, sentence 0 is the source URL, tokenised. */
const URL_SENTENCE = 0;

/** An ECB+ file's text rebuilt from its tokens, with each kept token's offsets. */
export interface EcbText {
  readonly tokens: readonly CatToken[];
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The text rebuilt from the tokens: a blank line between sentences, the URL sentence of an `ecbplus` file left out. */
export function rebuildEcbText(id: string, all: readonly CatToken[]): EcbText {
  const tokens = id.endsWith('ecbplus') ? all.filter((t) => t.sentence !== URL_SENTENCE) : all;
  const joined = ecbJoins(tokens);
  const opens = straightQuoteOpens(tokens);
  const { text, starts, ends } = detokenise(tokens.map((t, i) => ({ ...t, opens: opens.get(i) })), () => '\n\n', (i) => joined.has(i));
  return { tokens, text, starts, ends };
}

/**
 * The markables of one kind whose first token lies in an `annotated` sentence, as character spans of the
 * rebuilt text (from their first token's start to their last token's end), with their attributes.
 */
export function anchoredMarkables(xml: string, tag: string, rebuilt: EcbText, annotated: ReadonlySet<number>) {
  const position = new Map(rebuilt.tokens.map((t, i) => [t.id, i]));
  const out: Array<{ attrs: Readonly<Record<string, string>>; start: number; end: number; text: string }> = [];
  for (const { attrs, anchors } of readMarkables(xml, tag)) {
    const positions = anchors.map((a) => position.get(a));
    if (positions.length === 0 || positions.some((p) => p === undefined)) continue;
    const first = Math.min(...(positions as number[]));
    if (!annotated.has(rebuilt.tokens[first].sentence)) continue;
    const start = rebuilt.starts[first];
    const end = rebuilt.ends[Math.max(...(positions as number[]))];
    out.push({ attrs, start, end, text: rebuilt.text.slice(start, end) });
  }
  return out;
}
