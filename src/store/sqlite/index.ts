import { ParleyError } from '../../model/errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { toFtsQuery } from '../query.js';
import type { SearchHit, Store, StoreStats, StoredRecord } from '../store.js';
import { openDatabase } from './open.js';
import { createEventQueries } from './event-queries.js';
import { createQueries } from './queries.js';
import { createStanceQueries } from './stance-queries.js';
import { createReader } from './read.js';
import { createWriter } from './rows.js';

const RECORD_BATCH = 200;

export interface OpenOptions {
  /** Queries open the file read-only: no schema is created or migrated, nothing is written. */
  readonly readOnly?: boolean;
}

/**
 * The embedded store: one SQLite file, WAL mode, FTS5 over titles and text, every layer a table.
 * Writers create or migrate the schema; a file that is not a Parley store is refused.
 */
export function openSqliteStore(path: string, options: OpenOptions = {}): Store {
  const db = openDatabase(path, options.readOnly ? 'read' : 'write');

  const writer = options.readOnly ? null : createWriter(db);
  const reader = createReader(db);
  const queries = createQueries(db);
  const eventQueries = createEventQueries(db);
  const stanceQueries = createStanceQueries(db);
  const byHash = db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE content_hash = ?');
  const nextSeqs = db.prepare<[number, number], { seq: number; story: string }>(
    'SELECT d.seq, s.id AS story FROM documents d JOIN stories s ON s.seq = d.story_seq WHERE d.seq > ? ORDER BY d.seq LIMIT ?');

  const guard = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ParleyError) throw err;
      throw new ParleyError('E_STORE', `${what} failed: ${(err as Error).message.split('\n')[0]}`);
    }
  };

  async function* records(cursor?: string | null): AsyncIterable<StoredRecord> {
    let after = Number(decodeCursor(cursor, [0])?.[0] ?? 0);
    for (;;) {
      const batch = guard('reading records', () => nextSeqs.all(after, RECORD_BATCH));
      if (batch.length === 0) return;
      for (const { seq, story } of batch) {
        yield { cursor: encodeCursor([seq]), story, record: guard('reading a record', () => reader.bySeq(seq)) };
        after = seq;
      }
    }
  }

  return {
    async put(record, source) {
      if (!writer) throw new ParleyError('E_STORE', `${path}: was opened read-only; cannot store a document`);
      return guard('storing a document', () => writer.put(record, source));
    },
    async putAll(entries) {
      if (!writer) throw new ParleyError('E_STORE', `${path}: was opened read-only; cannot store documents`);
      if (entries.length === 0) return [];
      return guard('storing documents', () => writer.putAll(entries));
    },
    async keepSource(hash, source) {
      if (!writer) throw new ParleyError('E_STORE', `${path}: was opened read-only; cannot store a source`);
      // A read first: most texts are new, and a write transaction that finds nothing still takes the lock and commits.
      return guard('storing a source', () => (byHash.get(hash) ? writer.keepSource(hash, source) : null));
    },
    async storedIdOf(hash) {
      return guard('looking up a document', () => byHash.get(hash)?.id ?? null);
    },
    async get(id) {
      return guard('reading a document', () => reader.byId(id));
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
    async documents(query) { return guard('listing documents', () => queries.documents(query)); },
    async stories(query) { return guard('listing stories', () => queries.stories(query)); },
    async actors(query) { return guard('listing actors', () => queries.actors(query)); },
    async actor(id) { return guard('reading an actor', () => queries.actor(id)); },
    async quotes(query) { return guard('listing quotes', () => queries.quotes(query)); },
    async mergedQuotes(query) { return guard('merging quotes', () => queries.mergedQuotes(query)); },
    async timeline(query) { return guard('building a timeline', () => queries.timeline(query)); },
    async events(query) { return guard('listing events', () => eventQueries.events(query)); },
    async mergedEvents(query) { return guard('merging events', () => eventQueries.mergedEvents(query)); },
    async network(query) { return guard('building the actor network', () => eventQueries.network(query)); },
    async topics(query) { return guard('listing topics', () => stanceQueries.topics(query)); },
    async stances(query) { return guard('listing stances', () => stanceQueries.stances(query)); },
    async stanceMatrix(query) { return guard('building the stance matrix', () => stanceQueries.stanceMatrix(query)); },
    records,
    async stats(): Promise<StoreStats> {
      return guard('counting', () => {
        const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
        return {
          documents: count('documents'), stories: count('stories'), entities: count('entities'), mentions: count('mentions'),
          timexes: count('timexes'), quotes: count('quotes'), events: count('events'),
        };
      });
    },
    async close() {
      db.close();
    },
  };
}
