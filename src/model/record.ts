import type { Doc } from './document.js';
import type { Entity, Event, Mention, Quote, Stance, Timex, Topic } from './layers.js';

export const SCHEMA = 'parley.analysis/1';

/** The `parley.analysis/1` record (see shared/spec/analysis-format.md): the product's contract. */
export interface AnalysisRecord {
  schema: typeof SCHEMA;
  document: {
    id: string;
    title: string | null;
    url: string | null;
    source: string | null;
    published: string | null;
    /** How `published` was obtained: given by the caller, estimated from the content, or unknown. */
    publishedSource: 'given' | 'estimated' | 'unknown';
    /** For an estimated date: the range the text must have been written in. */
    publishedRange?: { earliest: string | null; latest: string | null };
    /** ISO 639-1 code of the language detected when it is not English; such texts are stored, not analysed. */
    language?: string;
    /** The author line of a web page, when it had one. */
    byline?: string;
    text: string;
  };
  sentences: Array<{ start: number; end: number }>;
  paragraphs: Array<{ start: number; end: number }>;
  tokens: number;
  entities: Array<Omit<Entity, 'by'> & { by: string }>;
  timexes: Array<Timex & { text: string }>;
  quotes: Array<Quote & { text: string }>;
  events: Event[];
  topics: Topic[];
  stances: Stance[];
}

/** Serialises a document's layers into the analysis record. Layers no stage computed are empty. */
export function toRecord(doc: Doc): AnalysisRecord {
  const text = doc.text;
  const anchor = doc.has('anchor') ? doc.get('anchor') : null;
  return {
    schema: SCHEMA,
    document: {
      id: doc.meta.id,
      title: doc.meta.title,
      url: doc.meta.url,
      source: doc.meta.source,
      published: anchor ? anchor.value : doc.meta.published,
      publishedSource: anchor ? anchor.source : doc.meta.published ? 'given' : 'unknown',
      ...(anchor?.source === 'estimated' ? { publishedRange: { earliest: anchor.earliest, latest: anchor.latest } } : {}),
      text,
    },
    sentences: doc.getOr('sentences', []).map((s) => ({ start: s.start, end: s.end })),
    paragraphs: doc.getOr('paragraphs', []).map((p) => ({ start: p.start, end: p.end })),
    tokens: doc.has('tokens') ? doc.get('tokens').length : 0,
    entities: doc.has('entities') ? [...doc.get('entities')] : doc.getOr('mentions', []).map((m, i) => mentionEntity(text, m, i)),
    timexes: doc.getOr('timexes', []).map((t) => ({ ...t, text: text.slice(t.start, t.end) })),
    quotes: doc.getOr('quotes', []).map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
    events: [...doc.getOr('events', [])],
    topics: [...doc.getOr('topics', [])],
    stances: [...doc.getOr('stances', [])],
  };
}

/** Until mentions are linked into entities, each mention stands for one entity of its own. */
function mentionEntity(text: string, mention: Mention, index: number): Entity {
  const name = text.slice(mention.start, mention.end);
  return {
    id: `e${index + 1}`,
    type: mention.type,
    name,
    country: mention.country ?? null,
    actor: null,
    roles: [],
    mentions: [{ start: mention.start, end: mention.end, text: name, form: 'name' }],
    by: mention.by,
  };
}
