import { contentHash } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { SCHEMA, type AnalysisRecord } from '../../model/record.js';
import { toFtsQuery } from '../query.js';
import type { PutResult, SearchHit, Store, StoreStats } from '../store.js';
import { openDatabase } from './open.js';
import { JSON_LAYERS } from './schema.js';

interface DocumentRow {
  seq: number; id: string; title: string | null; url: string | null; source: string | null;
  published: string | null; published_source: AnalysisRecord['document']['publishedSource']; text: string;
}

export interface OpenOptions {
  /** Queries open the file read-only: no schema is created or migrated, nothing is written. */
  readonly readOnly?: boolean;
}

/** The document field kept as a layer row, so the record reads back whole without a schema change. */
const PUBLISHED_RANGE = 'publishedRange';

/**
 * The embedded store: one SQLite file, WAL mode, FTS5 over titles and text. Writers create or
 * migrate the schema; a file that is not a Parley store is refused.
 */
export function openSqliteStore(path: string, options: OpenOptions = {}): Store {
  const db = openDatabase(path, options.readOnly ? 'read' : 'write');

  const byHash = db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE content_hash = ?');
  const deleteById = db.prepare<[string]>('DELETE FROM documents WHERE id = ?');
  const insertDoc = db.prepare(`INSERT INTO documents (id, content_hash, title, url, source, published, published_source, text, ingested_at)
    VALUES (@id, @hash, @title, @url, @source, @published, @publishedSource, @text, @at)`);
  const insertLayer = db.prepare<[number, string, string]>('INSERT INTO layers (doc_seq, name, json) VALUES (?, ?, ?)');
  const insertEntity = db.prepare('INSERT INTO entities (doc_seq, entity_id, type, name, country, actor_id, cameo) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertMention = db.prepare('INSERT INTO mentions (doc_seq, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)');
  const selectDoc = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?');
  const selectLayers = db.prepare<[number], { name: string; json: string }>('SELECT name, json FROM layers WHERE doc_seq = ?');

  const putTx = db.transaction((record: AnalysisRecord): PutResult => {
    const d = record.document;
    const hash = contentHash(d.text);
    const same = byHash.get(hash);
    if (same) return { id: same.id, outcome: 'duplicate' };
    const replaced = deleteById.run(d.id).changes > 0;
    const seq = Number(insertDoc.run({
      id: d.id, hash, title: d.title, url: d.url, source: d.source, published: d.published,
      publishedSource: d.publishedSource, text: d.text, at: new Date().toISOString(),
    }).lastInsertRowid);
    for (const name of JSON_LAYERS) insertLayer.run(seq, name, JSON.stringify(record[name]));
    insertLayer.run(seq, 'tokens', JSON.stringify(record.tokens));
    if (d.publishedRange) insertLayer.run(seq, PUBLISHED_RANGE, JSON.stringify(d.publishedRange));
    for (const e of record.entities) {
      insertEntity.run(seq, e.id, e.type, e.name, e.country, e.actor?.id ?? null, e.actor?.cameo ?? null);
      for (const m of e.mentions) insertMention.run(seq, e.id, m.start, m.end, m.text);
    }
    return { id: d.id, outcome: replaced ? 'replaced' : 'inserted' };
  });

  const guard = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ParleyError) throw err;
      throw new ParleyError('E_STORE', `${what} failed: ${(err as Error).message.split('\n')[0]}`);
    }
  };

  return {
    async put(record) {
      if (options.readOnly) throw new ParleyError('E_STORE', `${path}: was opened read-only; cannot store a document`);
      return guard('storing a document', () => putTx.immediate(record));
    },
    async storedIdOf(hash) {
      return guard('looking up a document', () => byHash.get(hash)?.id ?? null);
    },
    async get(id) {
      return guard('reading a document', () => {
        const row = selectDoc.get(id);
        if (!row) return null;
        const layers = Object.fromEntries(selectLayers.all(row.seq).map((l) => [l.name, JSON.parse(l.json)]));
        return {
          schema: SCHEMA,
          document: {
            id: row.id, title: row.title, url: row.url, source: row.source,
            published: row.published, publishedSource: row.published_source,
            ...(layers[PUBLISHED_RANGE] ? { publishedRange: layers[PUBLISHED_RANGE] } : {}),
            text: row.text,
          },
          tokens: layers.tokens ?? 0,
          ...Object.fromEntries(JSON_LAYERS.map((name) => [name, layers[name] ?? []])),
        } as AnalysisRecord;
      });
    },
    async search(query, limit = 20) {
      const fts = toFtsQuery(query);
      if (!fts) return [];
      return guard('searching', () => db.prepare<[string, number], SearchHit>(`
        SELECT d.id AS id, d.title AS title, d.published AS published,
               snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
        FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
        WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 4.0, 1.0) LIMIT ?`).all(fts, limit));
    },
    async stats(): Promise<StoreStats> {
      return guard('counting', () => {
        const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
        const layerCount = (name: string) => count(`SELECT COALESCE(SUM(json_array_length(json)), 0) AS n FROM layers WHERE name = '${name}'`);
        return {
          documents: count('SELECT COUNT(*) AS n FROM documents'),
          entities: count('SELECT COUNT(*) AS n FROM entities'),
          mentions: count('SELECT COUNT(*) AS n FROM mentions'),
          timexes: layerCount('timexes'),
          quotes: layerCount('quotes'),
          events: layerCount('events'),
        };
      });
    },
    async close() {
      db.close();
    },
  };
}
