import type pg from 'pg';
import { ParleyError } from '../../model/errors.js';
import type { AnalysisRecord } from '../../model/record.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { PutResult, SearchHit, SourceInfo, Store, StoreStats, StoredRecord } from '../store.js';
import { createPool, prepareSchema, redact, rows, transaction, type PoolOptions } from './db.js';
import { createEventQueries } from './event-queries.js';
import { createQueries } from './queries.js';
import { createStanceQueries } from './stance-queries.js';
import { recordById, recordsAfter } from './read.js';
import { keepSourceOf, putRecord } from './rows.js';
import { toTsQuery, TS_CONFIG } from './search.js';

const RECORD_BATCH = 200;

export interface PgOpenOptions extends PoolOptions {
  /** Queries change nothing: no schema is created or migrated, nothing is written. */
  readonly readOnly?: boolean;
}

/** The PostgreSQL store, with what a queue worker needs beyond `Store`: its pool, and a put inside a transaction. */
export interface PostgresStore extends Store {
  readonly pool: pg.Pool;
  /** Resolves once the schema is checked (and migrated, for a writer). */
  ready(): Promise<void>;
  /** Stores a record with the caller's client, inside the caller's transaction. */
  putWith(client: pg.PoolClient, record: AnalysisRecord, source?: SourceInfo): Promise<PutResult>;
}

const COUNTED = ['documents', 'stories', 'entities', 'mentions', 'timexes', 'quotes', 'events'] as const;

/**
 * The shared store: a PostgreSQL database (`postgres://…`), the same tables as the SQLite store,
 * full-text search by a generated tsvector column with a GIN index, migrations run on open.
 * Opening is synchronous; the connection and schema check happen before the first operation.
 */
export function openPostgresStore(url: string, options: PgOpenOptions = {}): PostgresStore {
  const where = redact(url);
  const pool = createPool(url, options);
  const opened = prepareSchema(pool, where, options.readOnly ? 'read' : 'write', options.schema).catch((err: unknown) => {
    throw err instanceof ParleyError ? err : new ParleyError('E_STORE', `${where}: cannot open the store (${oneLine(err)})`);
  });
  opened.catch(() => {}); // reported by the first operation that waits for it
  const queries = createQueries(pool);
  const eventQueries = createEventQueries(pool);
  const stanceQueries = createStanceQueries(pool);

  const guard = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    await opened;
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ParleyError) throw err;
      throw new ParleyError('E_STORE', `${what} failed: ${oneLine(err)}`);
    }
  };
  const writable = (what: string) => {
    if (options.readOnly) throw new ParleyError('E_STORE', `${where}: was opened read-only; cannot store ${what}`);
  };

  async function* records(cursor?: string | null): AsyncIterable<StoredRecord> {
    let after = Number(decodeCursor(cursor, [0])?.[0] ?? 0);
    for (;;) {
      const batch = await guard('reading records', () => recordsAfter(pool, after, RECORD_BATCH));
      if (batch.length === 0) return;
      for (const { seq, story, record } of batch) {
        yield { cursor: encodeCursor([seq]), story, record };
        after = seq;
      }
    }
  }

  return {
    pool,
    ready: () => opened,
    async putWith(client, record, source) {
      writable('a document');
      return guard('storing a document', () => putRecord(client, record, source));
    },
    async put(record, source) {
      writable('a document');
      return guard('storing a document', () => transaction(pool, (client) => putRecord(client, record, source)));
    },
    async putAll(entries) {
      writable('documents');
      if (entries.length === 0) return [];
      return guard('storing documents', () => transaction(pool, async (client) => {
        const results: PutResult[] = [];
        for (const e of entries) results.push(await putRecord(client, e.record, e.source, e.prepared?.fingerprint));
        return results;
      }));
    },
    async keepSource(hash, source) {
      writable('a source');
      return guard('storing a source', () => transaction(pool, (client) => keepSourceOf(client, hash, source)));
    },
    async storedIdOf(hash) {
      return guard('looking up a document', async () =>
        (await rows<{ id: string }>(pool, 'SELECT id FROM documents WHERE content_hash = ?', [hash]))[0]?.id ?? null);
    },
    async get(id) {
      return guard('reading a document', () => recordById(pool, id));
    },
    async search(query, limit = 20) {
      const ts = toTsQuery(query);
      if (!ts) return [];
      return guard('searching', () => rows<SearchHit>(pool, `
        SELECT d.id, d.title, d.published,
               ts_headline('${TS_CONFIG}', d.text, q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
        FROM documents d, to_tsquery('${TS_CONFIG}', ?) q
        WHERE d.fts @@ q ORDER BY ts_rank(d.fts, q) DESC, d.seq LIMIT ?`, [ts, limit]));
    },
    documents: (query) => guard('listing documents', () => queries.documents(query)),
    stories: (query) => guard('listing stories', () => queries.stories(query)),
    actors: (query) => guard('listing actors', () => queries.actors(query)),
    actor: (id) => guard('reading an actor', () => queries.actor(id)),
    quotes: (query) => guard('listing quotes', () => queries.quotes(query)),
    mergedQuotes: (query) => guard('merging quotes', () => queries.mergedQuotes(query)),
    timeline: (query) => guard('building a timeline', () => queries.timeline(query)),
    events: (query) => guard('listing events', () => eventQueries.events(query)),
    mergedEvents: (query) => guard('merging events', () => eventQueries.mergedEvents(query)),
    network: (query) => guard('building the actor network', () => eventQueries.network(query)),
    topics: (query) => guard('listing topics', () => stanceQueries.topics(query)),
    stances: (query) => guard('listing stances', () => stanceQueries.stances(query)),
    stanceMatrix: (query) => guard('building the stance matrix', () => stanceQueries.stanceMatrix(query)),
    records,
    async stats(): Promise<StoreStats> {
      return guard('counting', async () => {
        const [counts] = await rows<Record<string, number>>(pool,
          `SELECT ${COUNTED.map((t) => `(SELECT COUNT(*) FROM ${t})::int AS ${t}`).join(', ')}`);
        return Object.fromEntries(COUNTED.map((t) => [t, counts[t]])) as unknown as StoreStats;
      });
    },
    async close() {
      await opened.catch(() => {});
      await pool.end();
    },
  };
}

const oneLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0];
