/**
 * What Parley's analysis knows about an ECB+ document and its gold event mentions: the
 * document's actors and date, and for each mention the lemma and form of its head word, the
 * speaker when it is the cue of a quote, and the CAMEO event its trigger was coded as (if the
 * events stage coded it). These are the parts of the key Parley merges events across articles
 * by (src/store/sqlite/event-queries.ts: same day, CAMEO root, source and target actors, mode).
 */
import type { Doc } from '../../model/document.js';
import type { Entity } from '../../model/layers.js';
import { overlaps, type Span } from '../../model/span.js';
import { tokenAt } from '../../model/tokens.js';
import { headOf, lemmaOf } from '../../syntax/accessors.js';

export interface DocumentFacts {
  readonly id: string;
  /** Every entity and actor the document names, one key each (see `entityKey`). */
  readonly actors: readonly string[];
  /** The document's date, given or estimated by the anchor stage (YYYY-MM-DD), or null. */
  readonly date: string | null;
}

export interface MentionFacts {
  readonly id: string;
  readonly document: string;
  /** The lemma of the mention's head word, lower-cased ("struck" → "strike"). */
  readonly lemma: string;
  /** The head word as written, lower-cased. */
  readonly word: string;
  /** When the mention is the cue of a quote or reported speech: its speaker's key, if the speaker is an entity. */
  readonly speaker: string | null;
  /** The full CAMEO code of an event whose trigger overlaps the mention, or null. */
  readonly cameo: string | null;
}

/** One name for an entity across documents: its actor id when linked, else its type and lower-cased name. */
export function entityKey(entity: Entity): string {
  return entity.actor?.id ?? `${entity.type}:${entity.name.toLowerCase()}`;
}

/** The token of `[start, end)` whose head lies outside it (the first such), else its last token. */
export function headToken(doc: Doc, span: Span): number {
  const tokens = doc.get('tokens');
  const syntax = doc.get('syntax');
  const first = tokenAt(tokens, span.start);
  let last = first;
  while (last + 1 < tokens.length && tokens.start[last + 1] < span.end) last++;
  for (let i = first; i <= last; i++) {
    const head = headOf(syntax, i);
    if (head < first || head > last) return i;
  }
  return last;
}

export function documentFacts(doc: Doc): DocumentFacts {
  return {
    id: doc.meta.id,
    actors: [...new Set(doc.get('entities').map(entityKey))].sort(),
    date: /^\d{4}-\d{2}-\d{2}/.exec(doc.get('anchor').value ?? '')?.[0] ?? null,
  };
}

/** The facts of every gold mention of one analysed document. */
export function mentionFacts(doc: Doc, mentions: readonly (Span & { id: string })[]): MentionFacts[] {
  const tokens = doc.get('tokens');
  const byId = new Map(doc.get('entities').map((e) => [e.id, e]));
  const quotes = doc.getOr('quotes', []);
  const events = doc.getOr('events', []);
  return mentions.map((m) => {
    const head = headToken(doc, m);
    const quote = quotes.find((q) => q.cueSpan !== null && overlaps(q.cueSpan, m));
    const speaker = quote?.speaker ? byId.get(quote.speaker) : undefined;
    return {
      id: m.id,
      document: doc.meta.id,
      lemma: lemmaOf(doc.get('syntax'), head).toLowerCase(),
      word: doc.text.slice(tokens.start[head], tokens.end[head]).toLowerCase(),
      speaker: speaker ? entityKey(speaker) : null,
      cameo: events.find((e) => overlaps(e.trigger, m))?.code ?? null,
    };
  });
}
