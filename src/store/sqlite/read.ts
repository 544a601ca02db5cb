import type Database from 'better-sqlite3';
import { SCHEMA, type AnalysisRecord } from '../../model/record.js';
import { JSON_LAYERS } from './migrations.js';

interface DocumentRow {
  seq: number; id: string; title: string | null; url: string | null; source: string | null;
  published: string | null; published_source: AnalysisRecord['document']['publishedSource']; text: string;
  language?: string | null; byline?: string | null;
}

/** Reads stored records back exactly as they were put (the layers' JSON is the record of truth). */
export function createReader(db: Database.Database) {
  const hasLanguage = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM pragma_table_info('documents') WHERE name = 'language'").get()!.n > 0;
  const selectBy = (where: string) => db.prepare<[string | number], DocumentRow>(`SELECT * FROM documents WHERE ${where}`);
  const byId = selectBy('id = ?');
  const bySeq = selectBy('seq = ?');
  const selectLayers = db.prepare<[number], { name: string; json: string }>('SELECT name, json FROM layers WHERE doc_seq = ?');

  function toRecord(row: DocumentRow): AnalysisRecord {
    const layers = Object.fromEntries(selectLayers.all(row.seq).map((l) => [l.name, JSON.parse(l.json)]));
    return {
      schema: SCHEMA,
      document: {
        id: row.id, title: row.title, url: row.url, source: row.source,
        published: row.published, publishedSource: row.published_source,
        ...(layers.publishedRange ? { publishedRange: layers.publishedRange } : {}),
        ...(hasLanguage && row.language ? { language: row.language } : {}),
        ...(hasLanguage && row.byline ? { byline: row.byline } : {}),
        text: row.text,
      },
      tokens: layers.tokens ?? 0,
      ...Object.fromEntries(JSON_LAYERS.map((name) => [name, layers[name] ?? []])),
    } as AnalysisRecord;
  }

  return {
    byId: (id: string) => {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    bySeq: (seq: number) => toRecord(bySeq.get(seq)!),
  };
}
