import { SCHEMA, type AnalysisRecord } from '../../model/record.js';
import { JSON_LAYERS } from '../sqlite/migrations.js';
import { rows, type Queryable } from './db.js';

interface DocumentRow {
  seq: number; id: string; title: string | null; url: string | null; source: string | null;
  published: string | null; published_source: AnalysisRecord['document']['publishedSource']; text: string;
  language: string | null; byline: string | null; story: string;
}

const SELECT = `SELECT d.seq, d.id, d.title, d.url, d.source, d.published, d.published_source, d.text, d.language, d.byline, s.id AS story
  FROM documents d JOIN stories s ON s.seq = d.story_seq`;

/** Reads stored records back exactly as they were put (the layers' JSON is the record of truth). */
async function toRecords(db: Queryable, docs: DocumentRow[]): Promise<Array<{ seq: number; story: string; record: AnalysisRecord }>> {
  if (docs.length === 0) return [];
  const layerRows = await rows<{ doc_seq: number; name: string; json: string }>(db,
    'SELECT doc_seq, name, json FROM layers WHERE doc_seq = ANY(?::int[])', [docs.map((d) => d.seq)]);
  const layersOf = new Map<number, Record<string, unknown>>();
  for (const l of layerRows) {
    const layers = layersOf.get(l.doc_seq) ?? {};
    layers[l.name] = JSON.parse(l.json);
    layersOf.set(l.doc_seq, layers);
  }
  return docs.map((row) => {
    const layers = layersOf.get(row.seq) ?? {};
    const record = {
      schema: SCHEMA,
      document: {
        id: row.id, title: row.title, url: row.url, source: row.source,
        published: row.published, publishedSource: row.published_source,
        ...(layers.publishedRange ? { publishedRange: layers.publishedRange } : {}),
        ...(row.language ? { language: row.language } : {}),
        ...(row.byline ? { byline: row.byline } : {}),
        text: row.text,
      },
      tokens: layers.tokens ?? 0,
      ...Object.fromEntries(JSON_LAYERS.map((name) => [name, layers[name] ?? []])),
    } as AnalysisRecord;
    return { seq: row.seq, story: row.story, record };
  });
}

export async function recordById(db: Queryable, id: string): Promise<AnalysisRecord | null> {
  const [found] = await toRecords(db, await rows<DocumentRow>(db, `${SELECT} WHERE d.id = ?`, [id]));
  return found?.record ?? null;
}

/** The next `limit` records after storage position `after`, in storage order. */
export async function recordsAfter(db: Queryable, after: number, limit: number) {
  return toRecords(db, await rows<DocumentRow>(db, `${SELECT} WHERE d.seq > ? ORDER BY d.seq LIMIT ?`, [after, limit]));
}
