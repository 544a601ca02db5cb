import type pg from 'pg';
import { contentHash } from '../../model/document.js';
import type { AnalysisRecord } from '../../model/record.js';
import { bandKeys, estimatedContainment, fingerprint, signatureFromBytes, signatureToBytes, SAME_STORY_CONTAINMENT, type Fingerprint } from '../../dedup/minhash.js';
import { firstDay } from '../dates.js';
import { quoteKey } from '../keys.js';
import { JSON_LAYERS } from '../sqlite/migrations.js';
import { actorKey } from '../sqlite/rows.js';
import type { DocumentSource, PutResult, SourceInfo } from '../store.js';
import { one, rows, type Param } from './db.js';

/** Fields of later layers that the TypeScript types do not name yet (analysis-format.md). */
type Loose = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * Every put runs under this transaction-scoped advisory lock: linking a document to a story reads
 * the LSH buckets and then writes them, so two workers storing near-duplicates at once would
 * otherwise each start a story. Analysis runs in parallel; only the short write is serialised.
 */
const PUT_LOCK = 'parley:put';

/** Inserts many rows with one statement (chunked under PostgreSQL's 65,535 parameters). */
async function insertRows(db: pg.PoolClient, table: string, columns: readonly string[], values: Param[][]): Promise<void> {
  const perChunk = Math.max(1, Math.floor(60_000 / columns.length));
  for (let i = 0; i < values.length; i += perChunk) {
    const chunk = values.slice(i, i + perChunk);
    let n = 0;
    const tuples = chunk.map((row) => `(${row.map(() => `$${++n}`).join(', ')})`).join(', ');
    const cols = columns.map((c) => `"${c}"`).join(', ');
    await db.query(`INSERT INTO ${table} (${cols}) VALUES ${tuples}`, chunk.flat() as unknown[]);
  }
}

const fromRecord = (record: AnalysisRecord, source: SourceInfo): DocumentSource => {
  const { url, source: outlet, title, published } = record.document;
  return { ...source, url, source: outlet, title, published };
};

async function addSource(db: pg.PoolClient, seq: number, s: DocumentSource): Promise<void> {
  const origin = s.origin ?? null;
  const url = s.url ?? null;
  const same = await one(db, 'SELECT 1 FROM document_sources WHERE doc_seq = ? AND url IS NOT DISTINCT FROM ? AND origin IS NOT DISTINCT FROM ?', [seq, url, origin]);
  if (same) return;
  await db.query('INSERT INTO document_sources (doc_seq, origin, url, source, title, published, fetched_at, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [seq, origin, url, s.source ?? null, s.title ?? null, s.published ?? null, s.fetchedAt ?? null, new Date().toISOString()]);
}

type Same = { seq: number; id: string; story: string };
const byHash = (db: pg.PoolClient, hash: string) => one<Same>(db,
  'SELECT d.seq, d.id, s.id AS story FROM documents d JOIN stories s ON s.seq = d.story_seq WHERE d.content_hash = ?', [hash]);

async function insertLayerRows(db: pg.PoolClient, seq: number, record: AnalysisRecord, day: string | null): Promise<void> {
  const layers: Param[][] = JSON_LAYERS.map((name) => [seq, name, JSON.stringify(record[name])]);
  layers.push([seq, 'tokens', JSON.stringify(record.tokens)]);
  if (record.document.publishedRange) layers.push([seq, 'publishedRange', JSON.stringify(record.document.publishedRange)]);
  await insertRows(db, 'layers', ['doc_seq', 'name', 'json'], layers);
  await insertRows(db, 'sentences', ['doc_seq', 'idx', 'start', 'end'], record.sentences.map((s, i) => [seq, i, s.start, s.end]));

  const keys: EntityKeys = new Map();
  const entities: Param[][] = [];
  const mentions: Param[][] = [];
  const roles: Param[][] = [];
  for (const e of record.entities) {
    const key = actorKey(e);
    keys.set(e.id, { key, name: e.name });
    entities.push([seq, e.id, e.type, e.name, e.country, e.actor?.id ?? null, e.actor?.cameo ?? null, key]);
    for (const m of e.mentions) mentions.push([seq, e.id, m.start, m.end, m.text]);
    for (const r of e.roles) roles.push([seq, e.id, key, r.title, r.country, r.qualifier, r.from, day]);
  }
  await insertRows(db, 'entities', ['doc_seq', 'entity_id', 'type', 'name', 'country', 'actor_id', 'cameo', 'actor_key'], entities);
  await insertRows(db, 'mentions', ['doc_seq', 'entity_id', 'start', 'end', 'text'], mentions);
  await insertRows(db, 'roles', ['doc_seq', 'entity_id', 'actor_key', 'title', 'country', 'qualifier', 'source', 'day'], roles);
  await insertRows(db, 'timexes', ['doc_seq', 'idx', 'start', 'end', 'type', 'value', 'mod', 'day', 'by'],
    record.timexes.map((t, i) => [seq, i, t.start, t.end, t.type, t.value, t.mod, firstDay(t.value), t.by]));
  await insertRows(db, 'quotes', ['doc_seq', 'idx', 'kind', 'start', 'end', 'text', 'cue', 'speaker_entity', 'speaker_name', 'actor_key', 'date', 'day', 'by', 'quote_key'],
    record.quotes.map((qt, i) => {
      const speaker = qt.speaker ? keys.get(qt.speaker) : undefined;
      return [seq, i, qt.kind, qt.start, qt.end, qt.text, qt.cue, qt.speaker, speaker?.name ?? null, speaker?.key ?? null, qt.date, firstDay(qt.date), qt.by,
        quoteKey(qt.text)];
    }));
  await insertEventsAndStances(db, seq, record, keys);
  for (const a of await actorCounts(db, seq)) {
    await db.query(`INSERT INTO actors (key, name, type, country, cameo, documents, mentions) VALUES ($1, $2, $3, $4, $5, 1, $6)
      ON CONFLICT (key) DO UPDATE SET documents = actors.documents + 1, mentions = actors.mentions + excluded.mentions,
        cameo = COALESCE(actors.cameo, excluded.cameo), country = COALESCE(actors.country, excluded.country)`,
    [a.key, a.name, a.type, a.country, a.cameo, a.mentions]);
  }
}

type EntityKeys = Map<string, { key: string; name: string }>;

async function insertEventsAndStances(db: pg.PoolClient, seq: number, record: AnalysisRecord, keys: EntityKeys): Promise<void> {
  await insertRows(db, 'events', ['doc_seq', 'idx', 'event_id', 'code', 'root', 'plover', 'mode', 'source_entity', 'target_entity', 'source_actor',
    'target_actor', 'source_key', 'target_key', 'date', 'day', 'sentence', 'start', 'end', 'by',
    'label', 'quad_class', 'goldstein', 'trigger', 'source_text', 'target_text'],
  (record.events as unknown as Loose[]).map((ev, i) => {
    const code = String(ev.code);
    const trigger = ev.trigger as Loose | undefined;
    return [seq, i, String(ev.id), code, str(ev.root) ?? code.slice(0, 2), str(ev.plover), str(ev.mode),
      str(ev.source), str(ev.target), str(ev.sourceActor), str(ev.targetActor),
      keys.get(str(ev.source) ?? '')?.key ?? null, keys.get(str(ev.target) ?? '')?.key ?? null,
      str(ev.date), firstDay(str(ev.date)), num(ev.sentence), num(ev.start) ?? 0, num(ev.end) ?? 0, str(ev.by),
      str(ev.label), num(ev.quadClass), num(ev.goldstein), str(trigger?.text), str(ev.sourceText), str(ev.targetText)];
  }));
  const topics = record.topics as unknown as Loose[];
  await insertRows(db, 'topics', ['doc_seq', 'idx', 'topic_id', 'label', 'key'], topics.map((t, i) => [seq, i, String(t.id), String(t.label), str(t.key)]));
  const topicKeys = new Map(topics.map((t) => [String(t.id), str(t.key)]));
  await insertRows(db, 'stances', ['doc_seq', 'idx', 'holder_entity', 'holder_actor', 'holder_key', 'topic_id', 'topic_key', 'polarity', 'start', 'end', 'date', 'day', 'by', 'cue'],
    (record.stances as unknown as Loose[]).map((s, i) => {
      const holder = str(s.holder);
      return [seq, i, holder, str(s.holderActor), keys.get(holder ?? '')?.key ?? null, str(s.topic), topicKeys.get(str(s.topic) ?? '') ?? null,
        String(s.polarity), num(s.start) ?? 0, num(s.end) ?? 0, str(s.date), firstDay(str(s.date)), str(s.by), str(s.cue)];
    }));
}

type ActorCount = { key: string; name: string; type: string; country: string | null; cameo: string | null; mentions: number };
const actorCounts = (db: pg.PoolClient, seq: number) => rows<ActorCount>(db, `
  SELECT e.actor_key AS key, MIN(e.name) AS name, MIN(e.type) AS type, MIN(e.country) AS country, MIN(e.cameo) AS cameo,
         (SELECT COUNT(*) FROM mentions m WHERE m.doc_seq = e.doc_seq AND m.entity_id IN
           (SELECT entity_id FROM entities x WHERE x.doc_seq = e.doc_seq AND x.actor_key = e.actor_key))::int AS mentions
  FROM entities e WHERE e.doc_seq = ? GROUP BY e.doc_seq, e.actor_key`, [seq]);

/** Joins the story of the most similar stored text, or starts a new one; returns the story's id. */
async function linkStory(db: pg.PoolClient, seq: number, text: string, fp: Fingerprint): Promise<string> {
  const keys = bandKeys(fp.signature);
  const candidates = await rows<{ seq: number; fingerprint: Buffer; shingles: number; story_seq: number | null }>(db, `
    SELECT d.seq, d.fingerprint, d.shingles, d.story_seq FROM documents d
    WHERE d.seq IN (SELECT DISTINCT doc_seq FROM lsh WHERE key = ANY(?::bigint[])) ORDER BY d.seq`, [keys]);
  let best: { story: number; score: number } | null = null;
  for (const c of candidates) {
    if (c.seq === seq || c.story_seq === null) continue;
    const score = estimatedContainment(fp, { signature: signatureFromBytes(c.fingerprint), shingles: c.shingles });
    if (score >= SAME_STORY_CONTAINMENT && (!best || score > best.score)) best = { story: c.story_seq, score };
  }
  await db.query('INSERT INTO lsh (key, doc_seq) SELECT unnest($1::bigint[]), $2', [keys, seq]);
  let story = best?.story;
  if (story === undefined) {
    // A new story is named after its first text, so the same corpus gives the same story ids in any store.
    const id = `story-${contentHash(text).slice(0, 16)}`;
    const taken = await one(db, 'SELECT 1 FROM stories WHERE id = ?', [id]);
    story = (await one<{ seq: number }>(db, 'INSERT INTO stories (id, representative_seq) VALUES (?, ?) RETURNING seq', [taken ? `${id}-${seq}` : id, seq]))!.seq;
  }
  await db.query('UPDATE documents SET story_seq = $1 WHERE seq = $2', [story, seq]);
  return (await one<{ id: string }>(db, 'SELECT id FROM stories WHERE seq = ?', [story]))!.id;
}

async function removeDocument(db: pg.PoolClient, seq: number): Promise<void> {
  for (const a of await actorCounts(db, seq)) {
    await db.query('UPDATE actors SET documents = documents - 1, mentions = mentions - $1 WHERE key = $2', [a.mentions, a.key]);
  }
  await db.query('DELETE FROM actors WHERE documents <= 0');
  const story = (await one<{ story_seq: number | null }>(db, 'SELECT story_seq FROM documents WHERE seq = ?', [seq]))?.story_seq;
  await db.query('DELETE FROM documents WHERE seq = $1', [seq]);
  if (story !== undefined && story !== null) {
    await db.query('DELETE FROM stories WHERE seq = $1 AND NOT EXISTS (SELECT 1 FROM documents WHERE story_seq = $1)', [story]);
    await db.query('UPDATE stories SET representative_seq = (SELECT MIN(seq) FROM documents WHERE story_seq = $1) WHERE seq = $1 AND representative_seq = $2', [story, seq]);
  }
}

/**
 * Stores a record inside the caller's transaction (so a queue worker can mark its job done in
 * the same commit). Serialised with every other put by an advisory lock held until commit.
 */
export async function putRecord(db: pg.PoolClient, record: AnalysisRecord, source: SourceInfo = {}, fp = fingerprint(record.document.text)): Promise<PutResult> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [PUT_LOCK]);
  const d = record.document;
  const hash = contentHash(d.text);
  const same = await byHash(db, hash);
  if (same) {
    await addSource(db, same.seq, fromRecord(record, source));
    return { id: same.id, outcome: 'duplicate', story: same.story };
  }
  const old = await one<{ seq: number }>(db, 'SELECT seq FROM documents WHERE id = ?', [d.id]);
  if (old) await removeDocument(db, old.seq);
  const day = firstDay(d.published);
  const { seq } = (await one<{ seq: number }>(db, `INSERT INTO documents (id, content_hash, title, url, source, published, published_source, text,
      ingested_at, language, byline, published_day, fingerprint, shingles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
  [d.id, hash, d.title, d.url, d.source, d.published, d.publishedSource, d.text, new Date().toISOString(),
    d.language ?? null, d.byline ?? null, day, signatureToBytes(fp.signature), fp.shingles]))!;
  await addSource(db, seq, fromRecord(record, source));
  await insertLayerRows(db, seq, record, day);
  const story = await linkStory(db, seq, d.text, fp);
  return { id: d.id, outcome: old ? 'replaced' : 'inserted', story };
}

/** If this text is stored, keeps the new source for it and answers as `put` would; else null. */
export async function keepSourceOf(db: pg.PoolClient, hash: string, source: DocumentSource): Promise<PutResult | null> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [PUT_LOCK]);
  const same = await byHash(db, hash);
  if (!same) return null;
  await addSource(db, same.seq, source);
  return { id: same.id, outcome: 'duplicate', story: same.story };
}
