// Builds small syntax layers by hand for tests of the accessors and of the stages that read
// them. A test helper (`*.test-helpers.ts`, which `node --test dist/` does not run as a test file
// and no shipped module may import: src/stages/boundaries.test.ts).
import { Doc } from '../model/document.js';
import { makeTokenLayer, posIndex } from '../model/tokens.js';
import { makeSyntaxLayer, relationIndex } from './layer.js';

/** One word of a hand-made tree: its text, its head (1-based as in CoNLL-U, 0 for the root), relation, UPOS and optional lemma and Penn tag. */
export type TreeRow = readonly [form: string, head: number, relation: string, upos: string, lemma?: string, xpos?: string];

/**
 * A one-sentence document whose tokens are `rows`' words, found in `text` in order, with a
 * syntax layer built from the rows (tokens, sentences and syntax layers only).
 */
export function treeDoc(text: string, rows: readonly TreeRow[]): Doc {
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const [form] of rows) {
    const at = text.indexOf(form, cursor);
    if (at < 0) throw new Error(`treeDoc: "${form}" is not in the text after offset ${cursor}`);
    starts.push(at);
    ends.push(at + form.length);
    cursor = at + form.length;
  }
  const doc = new Doc(text);
  doc.set('tokens', makeTokenLayer(starts, ends, rows.map((r) => posIndex(r[3]))), 'test');
  doc.set('sentences', [{ start: starts[0], end: ends[ends.length - 1], tokenStart: 0, tokenEnd: rows.length, paragraph: 0 }], 'test');
  const xposTags = [...new Set(rows.map((r) => r[5] ?? '_'))];
  doc.set('syntax', makeSyntaxLayer({
    upos: rows.map((r) => posIndex(r[3])),
    xpos: rows.map((r) => xposTags.indexOf(r[5] ?? '_')),
    xposTags,
    lemma: rows.map((r) => r[4] ?? r[0].toLowerCase()),
    head: rows.map((r) => r[1] - 1),
    relation: rows.map((r) => relationIndex(r[2])),
    by: 'test',
  }), 'test');
  return doc;
}

/** The index of the token whose text is `form` (the `nth` such, from 0). */
export function tokenOf(doc: Doc, form: string, nth = 0): number {
  const tokens = doc.get('tokens');
  for (let i = 0, seen = 0; i < tokens.length; i++) {
    if (doc.text.slice(tokens.start[i], tokens.end[i]) === form && seen++ === nth) return i;
  }
  throw new Error(`no token "${form}"`);
}
