import type Database from 'better-sqlite3';
import { UNDATED } from '../sql.js';

/**
 * The store's schema, as the numbered steps that built it. A store records the last step
 * it ran (`PRAGMA user_version`); opening it for writing runs the steps after that, each
 * in one transaction. Never edit a released step: add the next one.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /** Changes the schema. */
  readonly up: (db: Database.Database) => void;
  /**
   * Derives the new rows of documents already stored. Runs after every pending `up`, so it
   * writes through today's writer into today's schema.
   */
  readonly backfill?: (db: Database.Database) => void;
}

const V1_DOCUMENTS_AND_FTS = `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT, url TEXT, source TEXT,
  published TEXT, published_source TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE layers (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  name TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (doc_seq, name)
);
CREATE TABLE entities (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, actor_id TEXT, cameo TEXT,
  PRIMARY KEY (doc_seq, entity_id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_actor ON entities(actor_id);
CREATE TABLE mentions (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_seq, entity_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
`;

const REF = 'INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE';

const V2_LAYER_TABLES = `
ALTER TABLE documents ADD COLUMN language TEXT;
ALTER TABLE documents ADD COLUMN byline TEXT;
ALTER TABLE documents ADD COLUMN published_day TEXT;
ALTER TABLE documents ADD COLUMN story_seq INTEGER;
ALTER TABLE documents ADD COLUMN fingerprint BLOB;
ALTER TABLE documents ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_day ON documents(published_day, seq);
CREATE INDEX documents_story ON documents(story_seq, seq);
CREATE INDEX documents_source ON documents(source);
CREATE TABLE stories (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, representative_seq INTEGER NOT NULL);
CREATE TABLE document_sources (
  doc_seq ${REF}, origin TEXT, url TEXT, source TEXT, title TEXT, published TEXT, fetched_at TEXT, added_at TEXT NOT NULL
);
CREATE INDEX document_sources_doc ON document_sources(doc_seq);
CREATE TABLE lsh (key INTEGER NOT NULL, doc_seq ${REF});
CREATE INDEX lsh_key ON lsh(key);
CREATE INDEX lsh_doc ON lsh(doc_seq);
ALTER TABLE entities ADD COLUMN actor_key TEXT;
CREATE INDEX entities_actor_key ON entities(actor_key, doc_seq);
CREATE TABLE sentences (doc_seq ${REF}, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (doc_seq, idx));
CREATE TABLE roles (
  doc_seq ${REF}, entity_id TEXT NOT NULL, actor_key TEXT NOT NULL,
  title TEXT NOT NULL, country TEXT, qualifier TEXT, source TEXT NOT NULL, day TEXT
);
CREATE INDEX roles_actor ON roles(actor_key, title);
CREATE TABLE timexes (
  doc_seq ${REF}, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  type TEXT NOT NULL, value TEXT, mod TEXT, day TEXT, by TEXT, PRIMARY KEY (doc_seq, idx)
);
CREATE INDEX timexes_day ON timexes(day);
CREATE TABLE quotes (
  doc_seq ${REF}, idx INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  cue TEXT, speaker_entity TEXT, speaker_name TEXT, actor_key TEXT, date TEXT, day TEXT, by TEXT, PRIMARY KEY (doc_seq, idx)
);
CREATE INDEX quotes_actor ON quotes(actor_key, day);
CREATE INDEX quotes_day ON quotes(day, doc_seq, idx);
CREATE TABLE events (
  doc_seq ${REF}, event_id TEXT NOT NULL, code TEXT NOT NULL, root TEXT, plover TEXT, mode TEXT,
  source_entity TEXT, target_entity TEXT, source_actor TEXT, target_actor TEXT, source_key TEXT, target_key TEXT,
  date TEXT, day TEXT, sentence INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL, by TEXT,
  PRIMARY KEY (doc_seq, event_id)
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_key, day);
CREATE INDEX events_target ON events(target_key, day);
CREATE INDEX events_root ON events(root, day);
CREATE TABLE topics (doc_seq ${REF}, topic_id TEXT NOT NULL, label TEXT NOT NULL, key TEXT, PRIMARY KEY (doc_seq, topic_id));
CREATE INDEX topics_key ON topics(key);
CREATE TABLE stances (
  doc_seq ${REF}, idx INTEGER NOT NULL, holder_entity TEXT, holder_actor TEXT, holder_key TEXT, topic_id TEXT, topic_key TEXT,
  polarity TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT, day TEXT, by TEXT, PRIMARY KEY (doc_seq, idx)
);
CREATE INDEX stances_holder ON stances(holder_key, day);
CREATE INDEX stances_topic ON stances(topic_key, day);
CREATE TABLE actors (
  key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, cameo TEXT,
  documents INTEGER NOT NULL, mentions INTEGER NOT NULL
);
CREATE INDEX actors_rank ON actors(documents DESC, key);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
`;

/** Version 3: what a reader of events and stances wants without opening the JSON layer. */
const V3_EVENT_AND_STANCE_DETAIL = `
ALTER TABLE events ADD COLUMN label TEXT;
ALTER TABLE events ADD COLUMN quad_class INTEGER;
ALTER TABLE events ADD COLUMN goldstein REAL;
ALTER TABLE events ADD COLUMN trigger TEXT;
ALTER TABLE events ADD COLUMN source_text TEXT;
ALTER TABLE events ADD COLUMN target_text TEXT;
ALTER TABLE stances ADD COLUMN cue TEXT;
CREATE INDEX events_plover ON events(plover, day);
CREATE INDEX events_doc ON events(doc_seq);
CREATE INDEX stances_day ON stances(day);
`;

/**
 * Version 4: an actor page reads indexes, not the whole events table. Events by a CAMEO code (the
 * actor filters also match `source_actor`/`target_actor`, which made every such query a scan); an
 * actor's quotes in the order they are listed, so a page stops after its rows instead of sorting all
 * of a busy actor's thousands.
 */
const V4_ACTOR_PAGE_INDEXES = `
CREATE INDEX events_source_actor ON events(source_actor, day);
CREATE INDEX events_target_actor ON events(target_actor, day);
CREATE INDEX quotes_actor_order ON quotes(actor_key, COALESCE(day, '${UNDATED}'), doc_seq, idx);
`;

const EDGE_SOURCE = (e: string) => `COALESCE(${e}.source_key, 'code:' || ${e}.source_actor)`;
const EDGE_TARGET = (e: string) => `COALESCE(${e}.target_key, 'code:' || ${e}.target_actor)`;
const EDGE_MATCH = (e: string) => `source = ${EDGE_SOURCE(e)} AND target = ${EDGE_TARGET(e)} AND root = ${e}.root AND mode = COALESCE(${e}.mode, 'asserted')`;
const HAS_ACTORS = (e: string) => `COALESCE(${e}.source_key, ${e}.source_actor) IS NOT NULL AND COALESCE(${e}.target_key, ${e}.target_actor) IS NOT NULL`;

/**
 * Version 5: the actor network over the whole corpus without a group-by over every event. \`event_edges\`
 * counts the events of each source, target, CAMEO root and mode, kept by triggers on \`events\` (so every
 * way a row is written or deleted, cascades included, keeps it right), and is filled from the events stored.
 */
const V5_EVENT_EDGES = `
CREATE TABLE event_edges (
  source TEXT NOT NULL, target TEXT NOT NULL, root TEXT NOT NULL, mode TEXT NOT NULL, weight INTEGER NOT NULL,
  PRIMARY KEY (source, target, root, mode)
) WITHOUT ROWID;
INSERT INTO event_edges (source, target, root, mode, weight)
  SELECT ${EDGE_SOURCE('e')}, ${EDGE_TARGET('e')}, e.root, COALESCE(e.mode, 'asserted'), COUNT(*)
  FROM events e WHERE ${HAS_ACTORS('e')} AND e.root IS NOT NULL GROUP BY 1, 2, 3, 4;
CREATE TRIGGER events_edge_ai AFTER INSERT ON events WHEN ${HAS_ACTORS('new')} AND new.root IS NOT NULL BEGIN
  INSERT INTO event_edges (source, target, root, mode, weight)
    VALUES (${EDGE_SOURCE('new')}, ${EDGE_TARGET('new')}, new.root, COALESCE(new.mode, 'asserted'), 1)
    ON CONFLICT (source, target, root, mode) DO UPDATE SET weight = weight + 1;
END;
CREATE TRIGGER events_edge_ad AFTER DELETE ON events WHEN ${HAS_ACTORS('old')} AND old.root IS NOT NULL BEGIN
  UPDATE event_edges SET weight = weight - 1 WHERE ${EDGE_MATCH('old')};
  DELETE FROM event_edges WHERE ${EDGE_MATCH('old')} AND weight <= 0;
END;
`;

/**
 * Version 6: the entity rows are read only by their document (the primary key's first column: a document's actors,
 * a stance holder's name), so their three indexes by name, actor id and actor key were written on every ingest and
 * read by no query — about a quarter of the pages an ingest wrote.
 */
const V6_DROP_UNREAD_ENTITY_INDEXES = `
DROP INDEX IF EXISTS entities_name;
DROP INDEX IF EXISTS entities_actor;
DROP INDEX IF EXISTS entities_actor_key;
`;

/** How the writer re-derives rows of stored documents; passed in so that there is one way of turning a record into rows. */
export interface Backfills {
  /** The tables of documents a version-1 store holds. */
  readonly layerTables: (db: Database.Database) => void;
  /** Event and stance rows, with the columns version 3 added. */
  readonly eventsAndStances: (db: Database.Database) => void;
}

export function migrations(backfills?: Backfills): readonly Migration[] {
  return [
    { version: 1, description: 'documents, layers as JSON, entities, mentions, full-text index', up: (db) => db.exec(V1_DOCUMENTS_AND_FTS) },
    {
      version: 2,
      description: 'every layer as a table with indexes; stories, sources, LSH buckets, actors',
      up: (db) => db.exec(V2_LAYER_TABLES),
      backfill: backfills?.layerTables,
    },
    {
      version: 3,
      description: 'events with label, QuadClass, Goldstein and trigger; stances with their cue',
      up: (db) => db.exec(V3_EVENT_AND_STANCE_DETAIL),
      backfill: backfills?.eventsAndStances,
    },
    { version: 4, description: 'indexes for an actor page', up: (db) => db.exec(V4_ACTOR_PAGE_INDEXES) },
    { version: 5, description: 'event counts per source, target, root and mode, for the actor network', up: (db) => db.exec(V5_EVENT_EDGES) },
    { version: 6, description: 'no indexes on entities beyond its key: no query reads them', up: (db) => db.exec(V6_DROP_UNREAD_ENTITY_INDEXES) },
  ];
}

export const SCHEMA_VERSION = 6;

export { JSON_LAYERS } from '../json-layers.js';
