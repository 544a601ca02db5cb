import type Database from 'better-sqlite3';
import type { AnalysisRecord } from '../../model/record.js';
import { estimatedContainment, signatureFromBytes, signatureToBytes, SAME_STORY_CONTAINMENT } from '../../dedup/minhash.js';
import { firstDay } from '../dates.js';
import type { DocumentSource, PutEntry, PutResult, SourceInfo } from '../store.js';
import { prepareRecord, type PreparedRecord } from '../prepared.js';

type Entity = AnalysisRecord['entities'][number];
/** Fields of later layers that the TypeScript types do not name yet (analysis-format.md). */
type Loose = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The key an actor is grouped under across the corpus: its knowledge-base id, else its name and country. */
export function actorKey(e: Pick<Entity, 'actor' | 'name' | 'country'>): string {
  return e.actor?.id ?? `name:${e.name.toLowerCase()}|${e.country ?? ''}`;
}

type EntityKeys = Map<string, { key: string; name: string }>;

/** Each entity id of a record with its corpus key and name. */
function entityKeys(record: AnalysisRecord): EntityKeys {
  return new Map(record.entities.map((e) => [e.id, { key: actorKey(e), name: e.name }]));
}

/** Turns records into rows. The only code that writes a document's tables. */
export function createWriter(db: Database.Database) {
  const q = {
    byHash: db.prepare<[string], { seq: number; id: string; story: string }>(
      'SELECT d.seq, d.id, s.id AS story FROM documents d JOIN stories s ON s.seq = d.story_seq WHERE d.content_hash = ?'),
    seqById: db.prepare<[string], { seq: number }>('SELECT seq FROM documents WHERE id = ?'),
    insertDoc: db.prepare(`INSERT INTO documents (id, content_hash, title, url, source, published, published_source, text, ingested_at,
      language, byline, published_day, fingerprint, shingles)
      VALUES (@id, @hash, @title, @url, @source, @published, @publishedSource, @text, @at, @language, @byline, @day, @fp, @shingles)`),
    deleteDoc: db.prepare<[number]>('DELETE FROM documents WHERE seq = ?'),
    insertSource: db.prepare('INSERT INTO document_sources (doc_seq, origin, url, source, title, published, fetched_at, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    sameSource: db.prepare<[number, string | null, string | null], { n: number }>(
      'SELECT COUNT(*) AS n FROM document_sources WHERE doc_seq = ? AND url IS ? AND origin IS ?'),
    insertLayer: db.prepare<[number, string, string]>('INSERT INTO layers (doc_seq, name, json) VALUES (?, ?, ?)'),
    insertSentence: db.prepare('INSERT INTO sentences VALUES (?, ?, ?, ?)'),
    insertEntity: db.prepare('INSERT INTO entities (doc_seq, entity_id, type, name, country, actor_id, cameo, actor_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    insertMention: db.prepare('INSERT INTO mentions (doc_seq, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)'),
    insertRole: db.prepare('INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    insertTimex: db.prepare('INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertQuote: db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertEvent: db.prepare(`INSERT INTO events (doc_seq, event_id, code, root, plover, mode, source_entity, target_entity, source_actor,
      target_actor, source_key, target_key, date, day, sentence, start, "end", by, label, quad_class, goldstein, trigger, source_text, target_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertTopic: db.prepare('INSERT INTO topics VALUES (?, ?, ?, ?)'),
    insertStance: db.prepare(`INSERT INTO stances (doc_seq, idx, holder_entity, holder_actor, holder_key, topic_id, topic_key, polarity,
      start, "end", date, day, by, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteEvents: db.prepare<[number]>('DELETE FROM events WHERE doc_seq = ?'),
    deleteTopics: db.prepare<[number]>('DELETE FROM topics WHERE doc_seq = ?'),
    deleteStances: db.prepare<[number]>('DELETE FROM stances WHERE doc_seq = ?'),
    actorCounts: db.prepare<[number], { key: string; name: string; type: string; country: string | null; cameo: string | null; mentions: number }>(`
      SELECT e.actor_key AS key, MIN(e.name) AS name, MIN(e.type) AS type, MIN(e.country) AS country, MIN(e.cameo) AS cameo,
             (SELECT COUNT(*) FROM mentions m WHERE m.doc_seq = e.doc_seq AND m.entity_id IN
               (SELECT entity_id FROM entities x WHERE x.doc_seq = e.doc_seq AND x.actor_key = e.actor_key)) AS mentions
      FROM entities e WHERE e.doc_seq = ? GROUP BY e.actor_key`),
    addActor: db.prepare(`INSERT INTO actors (key, name, type, country, cameo, documents, mentions) VALUES (@key, @name, @type, @country, @cameo, 1, @mentions)
      ON CONFLICT(key) DO UPDATE SET documents = documents + 1, mentions = mentions + excluded.mentions,
        cameo = COALESCE(actors.cameo, excluded.cameo), country = COALESCE(actors.country, excluded.country)`),
    removeActor: db.prepare<[number, string]>('UPDATE actors SET documents = documents - 1, mentions = mentions - ? WHERE key = ?'),
    dropEmptyActors: db.prepare('DELETE FROM actors WHERE documents <= 0'),
    // a document's band keys in one statement, in their order (64 rows a document)
    insertLsh: db.prepare<[number, string]>('INSERT INTO lsh (key, doc_seq) SELECT value, ? FROM json_each(?)'),
    candidates: db.prepare<[string], { seq: number; fingerprint: Buffer; shingles: number; story_seq: number }>(`
      SELECT d.seq, d.fingerprint, d.shingles, d.story_seq FROM documents d
      WHERE d.seq IN (SELECT DISTINCT doc_seq FROM lsh WHERE key IN (SELECT value FROM json_each(?)))`),
    newStory: db.prepare<[string, number]>('INSERT INTO stories (id, representative_seq) VALUES (?, ?)'),
    setStory: db.prepare<[number, number]>('UPDATE documents SET story_seq = ? WHERE seq = ?'),
    storyOf: db.prepare<[number], { story_seq: number }>('SELECT story_seq FROM documents WHERE seq = ?'),
    storyExists: db.prepare<[string], { seq: number }>('SELECT seq FROM stories WHERE id = ?'),
    storyId: db.prepare<[number], { id: string }>('SELECT id FROM stories WHERE seq = ?'),
    fixStory: db.prepare<[number, number, number]>(
      'UPDATE stories SET representative_seq = (SELECT MIN(seq) FROM documents WHERE story_seq = ?) WHERE seq = ? AND representative_seq = ?'),
    dropEmptyStory: db.prepare<[number, number]>('DELETE FROM stories WHERE seq = ? AND NOT EXISTS (SELECT 1 FROM documents WHERE story_seq = ?)'),
  };

  function addSource(seq: number, s: DocumentSource): void {
    const origin = s.origin ?? null;
    const url = s.url ?? null;
    if (q.sameSource.get(seq, url, origin)!.n > 0) return;
    q.insertSource.run(seq, origin, url, s.source ?? null, s.title ?? null, s.published ?? null, s.fetchedAt ?? null, new Date().toISOString());
  }

  const fromRecord = (record: AnalysisRecord, source: SourceInfo): DocumentSource => {
    const { url, source: outlet, title, published } = record.document;
    return { ...source, url, source: outlet, title, published };
  };

  const keepSource = db.transaction((hash: string, source: DocumentSource): PutResult | null => {
    const same = q.byHash.get(hash);
    if (!same) return null;
    addSource(same.seq, source);
    return { id: same.id, outcome: 'duplicate', story: same.story };
  });

  function insertLayerRows(seq: number, record: AnalysisRecord, prepared: PreparedRecord, day: string | null): void {
    for (const [name, json] of prepared.layers) q.insertLayer.run(seq, name, json);
    record.sentences.forEach((s, i) => q.insertSentence.run(seq, i, s.start, s.end));
    const keys = entityKeys(record);
    for (const e of record.entities) {
      const { key } = keys.get(e.id)!;
      q.insertEntity.run(seq, e.id, e.type, e.name, e.country, e.actor?.id ?? null, e.actor?.cameo ?? null, key);
      for (const m of e.mentions) q.insertMention.run(seq, e.id, m.start, m.end, m.text);
      for (const r of e.roles) q.insertRole.run(seq, e.id, key, r.title, r.country, r.qualifier, r.from, day);
    }
    record.timexes.forEach((t, i) => q.insertTimex.run(seq, i, t.start, t.end, t.type, t.value, t.mod, firstDay(t.value), t.by));
    record.quotes.forEach((qt, i) => {
      const speaker = qt.speaker ? keys.get(qt.speaker) : undefined;
      q.insertQuote.run(seq, i, qt.kind, qt.start, qt.end, qt.text, qt.cue, qt.speaker, speaker?.name ?? null, speaker?.key ?? null,
        qt.date, firstDay(qt.date), qt.by);
    });
    insertEventsAndStances(seq, record, keys);
    for (const a of q.actorCounts.all(seq)) q.addActor.run(a);
  }

  function insertEventsAndStances(seq: number, record: AnalysisRecord, keys: EntityKeys): void {
    for (const ev of record.events as unknown as Loose[]) {
      const code = String(ev.code);
      const trigger = ev.trigger as Loose | undefined;
      q.insertEvent.run(seq, String(ev.id), code, str(ev.root) ?? code.slice(0, 2), str(ev.plover), str(ev.mode),
        str(ev.source), str(ev.target), str(ev.sourceActor), str(ev.targetActor),
        keys.get(str(ev.source) ?? '')?.key ?? null, keys.get(str(ev.target) ?? '')?.key ?? null,
        str(ev.date), firstDay(str(ev.date)), num(ev.sentence), num(ev.start) ?? 0, num(ev.end) ?? 0, str(ev.by),
        str(ev.label), num(ev.quadClass), num(ev.goldstein), str(trigger?.text), str(ev.sourceText), str(ev.targetText));
    }
    for (const t of record.topics as unknown as Loose[]) q.insertTopic.run(seq, String(t.id), String(t.label), str(t.key));
    const topicKeys = new Map((record.topics as unknown as Loose[]).map((t) => [String(t.id), str(t.key)]));
    (record.stances as unknown as Loose[]).forEach((s, i) => {
      const holder = str(s.holder);
      q.insertStance.run(seq, i, holder, str(s.holderActor), keys.get(holder ?? '')?.key ?? null, str(s.topic), topicKeys.get(str(s.topic) ?? '') ?? null,
        String(s.polarity), num(s.start) ?? 0, num(s.end) ?? 0, str(s.date), firstDay(str(s.date)), str(s.by), str(s.cue));
    });
  }

  /** Re-derives the event, topic and stance rows of every stored document (schema 3 added columns to them). */
  function rewriteEventsAndStances(readRecord: (seq: number) => AnalysisRecord): void {
    const seqs = db.prepare<[], { seq: number }>('SELECT seq FROM documents ORDER BY seq').all();
    for (const { seq } of seqs) {
      const record = readRecord(seq);
      for (const stmt of [q.deleteEvents, q.deleteTopics, q.deleteStances]) stmt.run(seq);
      insertEventsAndStances(seq, record, entityKeys(record));
    }
  }

  /** Joins the story of the most similar stored text, or starts a new one. */
  function linkStory(seq: number, prepared: PreparedRecord): number {
    const { fingerprint: fp, bandKeys: keys } = prepared;
    let best: { story: number; score: number } | null = null;
    const keyList = JSON.stringify(keys);
    for (const c of q.candidates.all(keyList)) {
      if (c.seq === seq || c.story_seq === null) continue;
      const score = estimatedContainment(fp, { signature: signatureFromBytes(c.fingerprint), shingles: c.shingles });
      if (score >= SAME_STORY_CONTAINMENT && (!best || score > best.score)) best = { story: c.story_seq, score };
    }
    q.insertLsh.run(seq, keyList);
    const story = best?.story ?? Number(q.newStory.run(storyId(prepared.hash, seq), seq).lastInsertRowid);
    q.setStory.run(story, seq);
    return story;
  }

  /** A new story is named after its first text (by the text's hash), so the same corpus gives the same story ids in any store. */
  function storyId(hash: string, seq: number): string {
    const id = `story-${hash.slice(0, 16)}`;
    return q.storyExists.get(id) ? `${id}-${seq}` : id;
  }

  function removeDocument(seq: number): void {
    for (const a of q.actorCounts.all(seq)) q.removeActor.run(a.mentions, a.key);
    q.dropEmptyActors.run();
    const story = q.storyOf.get(seq)?.story_seq;
    q.deleteDoc.run(seq);
    if (story !== undefined && story !== null) {
      q.dropEmptyStory.run(story, story);
      q.fixStory.run(story, story, seq);
    }
  }

  function storeRecord(record: AnalysisRecord, prepared: PreparedRecord, source: SourceInfo): PutResult {
    const d = record.document;
    const { hash, fingerprint: fp } = prepared;
    const same = q.byHash.get(hash);
    if (same) {
      addSource(same.seq, fromRecord(record, source));
      return { id: same.id, outcome: 'duplicate', story: same.story };
    }
    const old = q.seqById.get(d.id);
    if (old) removeDocument(old.seq);
    const day = firstDay(d.published);
    const seq = Number(q.insertDoc.run({
      id: d.id, hash, title: d.title, url: d.url, source: d.source, published: d.published,
      publishedSource: d.publishedSource, text: d.text, at: new Date().toISOString(),
      language: d.language ?? null, byline: d.byline ?? null, day, fp: signatureToBytes(fp.signature), shingles: fp.shingles,
    }).lastInsertRowid);
    addSource(seq, fromRecord(record, source));
    insertLayerRows(seq, record, prepared, day);
    const story = linkStory(seq, prepared);
    return { id: d.id, outcome: old ? 'replaced' : 'inserted', story: q.storyId.get(story)!.id };
  }

  const put = db.transaction(storeRecord);
  const putAll = db.transaction((entries: ReadonlyArray<PutEntry>, prepared: PreparedRecord[]) =>
    entries.map((e, i) => storeRecord(e.record, prepared[i], e.source ?? {})));

  /** Derives the version-2 rows of documents stored by version 1, in storage order. */
  function backfill(readRecord: (seq: number) => AnalysisRecord): void {
    const seqs = db.prepare<[], { seq: number }>('SELECT seq FROM documents WHERE fingerprint IS NULL ORDER BY seq').all();
    const deleteLayers = db.prepare<[number]>('DELETE FROM layers WHERE doc_seq = ?');
    const deleteEntities = db.prepare<[number]>('DELETE FROM entities WHERE doc_seq = ?');
    const deleteMentions = db.prepare<[number]>('DELETE FROM mentions WHERE doc_seq = ?');
    const setFingerprint = db.prepare('UPDATE documents SET fingerprint = ?, shingles = ?, published_day = ? WHERE seq = ?');
    for (const { seq } of seqs) {
      const record = readRecord(seq);
      const prepared = prepareRecord(record);
      const fp = prepared.fingerprint;
      for (const stmt of [deleteLayers, deleteEntities, deleteMentions]) stmt.run(seq);
      const day = firstDay(record.document.published);
      setFingerprint.run(signatureToBytes(fp.signature), fp.shingles, day, seq);
      addSource(seq, fromRecord(record, {}));
      insertLayerRows(seq, record, prepared, day);
      linkStory(seq, prepared);
    }
  }

  return {
    put: (record: AnalysisRecord, source: SourceInfo = {}) => put.immediate(record, prepareRecord(record), source),
    // Fingerprints and JSON layers are worked out before the write lock is taken (by the analysing thread when it did).
    putAll: (entries: ReadonlyArray<PutEntry>) => putAll.immediate(entries, entries.map((e) => e.prepared ?? prepareRecord(e.record))),
    keepSource: (hash: string, source: DocumentSource) => keepSource.immediate(hash, source),
    backfill,
    rewriteEventsAndStances,
  };
}
