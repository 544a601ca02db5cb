import type Database from 'better-sqlite3';
import { decodeCursor, pageLimit } from '../cursor.js';
import { quoteKey } from '../keys.js';
import { toFtsQuery } from '../query.js';
import { day, like, page, SQLITE, UNDATED, Where, type Param } from '../sql.js';
import { quoteFilters } from '../quote-rows.js';
import type {
  ActorQuery, ActorRole, ActorSummary, DocumentQuery, DocumentSummary, MergedQuote, Page, QuoteHit, QuoteQuery, Story, StoryQuery,
  TimelineItem, TimelineQuery,
} from '../store.js';


/** The read side of the SQLite store: every query filters, sorts stably and pages with a cursor. */
export function createQueries(db: Database.Database) {
  const all = <Row>(sql: string, params: Param[]) => db.prepare<Param[], Row>(sql).all(...params);

  function documents(query: DocumentQuery = {}): Page<DocumentSummary> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0]);
    const where = new Where();
    if (query.text !== undefined) {
      const fts = toFtsQuery(query.text);
      if (!fts) return { items: [], next: null };
      where.add('d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)', fts);
    }
    const from = day(query.from, 'from');
    const to = day(query.to, 'to');
    if (from) where.add('d.published_day >= ?', from);
    if (to) where.add('d.published_day <= ?', to);
    if (query.source !== undefined) where.add('d.source = ?', query.source);
    if (query.language !== undefined) where.add('d.language = ?', query.language);
    if (query.story !== undefined) where.add('s.id = ?', query.story);
    if (after) where.add(`(COALESCE(d.published_day, '${UNDATED}'), d.seq) > (?, ?)`, ...after);
    type Row = DocumentSummary & { k: string; seq: number };
    const rows = all<Row>(`
      SELECT d.seq, d.id, d.title, d.url, d.source, d.published, d.language, s.id AS story,
             (SELECT COUNT(*) FROM document_sources x WHERE x.doc_seq = d.seq) AS sources,
             COALESCE(d.published_day, '${UNDATED}') AS k
      FROM documents d JOIN stories s ON s.seq = d.story_seq ${where}
      ORDER BY k, d.seq LIMIT ?`, [...where.params, limit + 1]);
    return page(rows, limit, (r) => [r.k, r.seq], ({ k: _k, seq: _s, ...doc }) => doc);
  }

  function stories(query: StoryQuery = {}): Page<Story> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0]);
    const having = new Where();
    const from = day(query.from, 'from');
    const to = day(query.to, 'to');
    if (query.minDocuments !== undefined) having.add('n >= ?', query.minDocuments);
    if (from) having.add('last >= ?', from);
    if (to) having.add('first <= ?', to);
    if (after) having.add(`(COALESCE(first, '${UNDATED}'), s.seq) > (?, ?)`, ...after);
    type Row = { seq: number; id: string; representative: string; title: string | null; first: string | null; last: string | null; docs: string };
    const rows = all<Row>(`
      SELECT s.seq, s.id, r.id AS representative, r.title, MIN(d.published_day) AS first, MAX(d.published_day) AS last, COUNT(*) AS n,
             (SELECT json_group_array(id) FROM (SELECT id FROM documents WHERE story_seq = s.seq ORDER BY seq)) AS docs
      FROM stories s JOIN documents r ON r.seq = s.representative_seq JOIN documents d ON d.story_seq = s.seq
      GROUP BY s.seq ${having.parts.length ? `HAVING ${having.parts.join(' AND ')}` : ''}
      ORDER BY COALESCE(first, '${UNDATED}'), s.seq LIMIT ?`, [...having.params, limit + 1]);
    return page(rows, limit, (r) => [r.first ?? UNDATED, r.seq], (r) => ({
      id: r.id, representative: r.representative, title: r.title, documents: JSON.parse(r.docs) as string[], first: r.first, last: r.last,
    }));
  }

  const rolesOf = db.prepare<[string], ActorRole>(`
    SELECT title, country, qualifier, MIN(day) AS "from", MAX(day) AS "to", COUNT(DISTINCT doc_seq) AS documents
    FROM roles WHERE actor_key = ? GROUP BY title, country, qualifier ORDER BY MIN(COALESCE(day, '${UNDATED}')), title, country, qualifier`);

  function actors(query: ActorQuery = {}): Page<ActorSummary> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, [0, '']);
    const where = new Where();
    if (query.name !== undefined) where.add("(key = ? OR name LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')", query.name, like(query.name), like(query.name));
    if (query.type !== undefined) where.add('type = ?', query.type);
    if (query.country !== undefined) where.add('country = ?', query.country);
    if (after) where.add('(documents < ? OR (documents = ? AND key > ?))', after[0], after[0], after[1]);
    type Row = Omit<ActorSummary, 'roles' | 'id'> & { key: string };
    const rows = all<Row>(`SELECT key, name, type, country, cameo, documents, mentions FROM actors ${where}
      ORDER BY documents DESC, key LIMIT ?`, [...where.params, limit + 1]);
    return page(rows, limit, (r) => [r.documents, r.key], ({ key, ...a }) => ({ id: key, ...a, roles: rolesOf.all(key) }));
  }

  type ActorRow = Omit<ActorSummary, 'roles' | 'id'> & { key: string };
  const actorByKey = db.prepare<[string], ActorRow>('SELECT key, name, type, country, cameo, documents, mentions FROM actors WHERE key = ?');

  function actor(id: string): ActorSummary | null {
    const row = actorByKey.get(id);
    if (!row) return null;
    const { key, ...a } = row;
    return { id: key, ...a, roles: rolesOf.all(key) };
  }

  function quotes(query: QuoteQuery = {}): Page<QuoteHit> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0]);
    const where = quoteFilters(query, SQLITE);
    if (after) where.add(`(COALESCE(q.day, '${UNDATED}'), q.doc_seq, q.idx) > (?, ?, ?)`, ...after);
    type Row = QuoteHit & { k: string; doc_seq: number; idx: number };
    const rows = all<Row>(`
      SELECT d.id AS document, q.kind, q.text, q.start, q."end", q.cue, q.speaker_name AS speaker, q.actor_key AS actor, q.date,
             COALESCE(q.day, '${UNDATED}') AS k, q.doc_seq, q.idx
      FROM quotes q JOIN documents d ON d.seq = q.doc_seq ${where}
      ORDER BY k, q.doc_seq, q.idx LIMIT ?`, [...where.params, limit + 1]);
    return page(rows, limit, (r) => [r.k, r.doc_seq, r.idx], ({ k: _k, doc_seq: _d, idx: _i, ...hit }) => hit);
  }

  db.function('quote_key', { deterministic: true }, (text: unknown) => quoteKey(String(text ?? '')));

  function mergedQuotes(query: QuoteQuery = {}): Page<MergedQuote> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', '', '']);
    const where = quoteFilters(query, SQLITE);
    type Row = { k: string; who: string; qk: string; ms: string };
    const rows = all<Row>(`
      SELECT MIN(k) AS k, who, qk, json_group_array(json_object('document', document, 'text', text, 'start', start, 'end', "end",
        'speaker', speaker, 'actor', actor, 'date', date)) AS ms
      FROM (SELECT d.id AS document, q.text, q.start, q."end", q.speaker_name AS speaker, q.actor_key AS actor, q.date,
              COALESCE(q.day, '${UNDATED}') AS k, COALESCE(q.actor_key, 'name:' || lower(q.speaker_name), 'doc:' || q.doc_seq) AS who,
              quote_key(q.text) AS qk
            FROM quotes q JOIN documents d ON d.seq = q.doc_seq ${where} ORDER BY k, q.doc_seq, q.idx)
      GROUP BY who, qk ${after ? 'HAVING (MIN(k), who, qk) > (?, ?, ?)' : ''} ORDER BY MIN(k), who, qk LIMIT ?`,
    [...where.params, ...(after ?? []), limit + 1]);
    return page(rows, limit, (r) => [r.k, r.who, r.qk], (r) => {
      const ms = JSON.parse(r.ms) as Array<QuoteHit>;
      return {
        speaker: ms[0].speaker, actor: ms[0].actor, text: ms[0].text, date: ms.map((m) => m.date).filter(Boolean).sort()[0] ?? null,
        mentions: ms.map((m) => ({ document: m.document, start: m.start, end: m.end })), documents: new Set(ms.map((m) => m.document)).size,
      };
    });
  }

  function timeline(query: TimelineQuery): Page<TimelineItem> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0, 0]);
    const from = day(query.from, 'from')!;
    const to = day(query.to, 'to')!;
    const actorIn = `(SELECT key FROM actors WHERE key = ? OR name LIKE ? ESCAPE '\\')`;
    const actorParams = query.actor === undefined ? [] : [query.actor, like(query.actor)];
    const quoteActor = query.actor === undefined ? '' : `AND q.actor_key IN ${actorIn}`;
    const eventActor = query.actor === undefined ? '' : `AND (e.source_key IN ${actorIn} OR e.target_key IN ${actorIn})`;
    const afterSql = after ? 'WHERE (day, ord, doc_seq, idx) > (?, ?, ?, ?)' : '';
    type Row = TimelineItem & { ord: number; doc_seq: number; idx: number };
    const rows = all<Row>(`
      SELECT * FROM (
        SELECT q.day, q.date, 'quote' AS kind, d.id AS document, q.actor_key AS actor, NULL AS code, q.text, 0 AS ord, q.doc_seq, q.idx
        FROM quotes q JOIN documents d ON d.seq = q.doc_seq WHERE q.day BETWEEN ? AND ? ${quoteActor}
        UNION ALL
        SELECT e.day, e.date, 'event', d.id, e.source_key, e.code, substr(d.text, e.start + 1, e."end" - e.start), 1, e.doc_seq, e.rowid
        FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE e.day BETWEEN ? AND ? AND COALESCE(e.mode, 'asserted') = 'asserted' ${eventActor}
      ) ${afterSql} ORDER BY day, ord, doc_seq, idx LIMIT ?`,
    [from, to, ...actorParams, from, to, ...actorParams, ...actorParams, ...(after ?? []), limit + 1]);
    return page(rows, limit, (r) => [r.day, r.ord, r.doc_seq, r.idx], ({ ord: _o, doc_seq: _d, idx: _i, ...item }) => item);
  }

  return { documents, stories, actors, actor, quotes, mergedQuotes, timeline };
}
