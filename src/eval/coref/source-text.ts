import { existsSync, readFileSync } from 'node:fs';
import type { TokenSpan } from './conll.js';

/** The running text of a gold document and where each of its tokens sits in it. */
export interface SourceText {
  readonly text: string;
  readonly tokens: readonly TokenSpan[];
  /** `meta::dateCreated` of a GUM document, the date the article is anchored to. */
  readonly published: string | null;
}

/**
 * Rebuilds the article text from the CoNLL-U twin of a coreference file (GUM ships both):
 * `SpaceAfter=No` restores the original spacing and `# newpar` the paragraph breaks, so
 * Parley reads the text as a reader would. Returns null when the twin is missing or its
 * tokens differ from the coreference file's.
 */
export function textFromConllu(path: string, expected: readonly string[]): SourceText | null {
  if (!existsSync(path)) return null;
  let text = '';
  const tokens: TokenSpan[] = [];
  let published: string | null = null;
  let pendingBreak = '';
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const date = /^# meta::dateCreated = (\d{4}-\d{2}-\d{2})/.exec(line);
    if (date) published = date[1];
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) pendingBreak = text ? '\n' : '';
    if (line.startsWith('# sent_id') && text && !pendingBreak) pendingBreak = text.endsWith(' ') ? '' : ' ';
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0])) continue; // multi-word ranges and empty nodes repeat words already counted
    if (pendingBreak) {
      text = text.trimEnd() + pendingBreak;
      pendingBreak = '';
    }
    const start = text.length;
    text += cols[1];
    tokens.push({ start, end: text.length });
    if (!/SpaceAfter=No/.test(cols[9] ?? '')) text += ' ';
  }
  if (tokens.length !== expected.length || tokens.some((t, i) => text.slice(t.start, t.end) !== expected[i])) return null;
  return { text: text.trimEnd(), tokens, published };
}

/** The tokens joined by single spaces, for coreference files without a CoNLL-U twin. */
export function textFromTokens(words: readonly string[]): SourceText {
  const tokens: TokenSpan[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    tokens.push({ start: text.length, end: text.length + w.length });
    text += w;
  }
  return { text, tokens, published: null };
}
