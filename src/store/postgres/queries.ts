import { decodeCursor, pageLimit } from '../cursor.js';
import { day, like, page, POSTGRES, UNDATED, Where } from '../sql.js';
import { quoteFilters } from '../quote-rows.js';
import type {
  ActorQuery, ActorRole, ActorSummary, DocumentQuery, DocumentSummary, MergedQuote, Page, QuoteHit, QuoteQuery, Story, StoryQuery,
  TimelineItem, TimelineQuery,
} from '../store.js';
import { rows, type Queryable } from './db.js';
import { toTsQuery, TS_CONFIG } from './search.js';


/** The read side of the PostgreSQL store: the SQLite store's queries, in PostgreSQL's dialect. */
export function createQueries(db: Queryable) {
  async function documents(query: DocumentQuery = {}): Promise<Page<DocumentSummary>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0]);
    const where = new Where();
    if (query.text !== undefined) {
      const ts = toTsQuery(query.text);
      if (!ts) return { items: [], next: null };
      where.add(`d.fts @@ to_tsquery('${TS_CONFIG}', ?)`, ts);
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
    const found = await rows<Row>(db, `
      SELECT d.seq, d.id, d.title, d.url, d.source, d.published, d.language, s.id AS story,
             (SELECT COUNT(*) FROM document_sources x WHERE x.doc_seq = d.seq)::int AS sources,
             COALESCE(d.published_day, '${UNDATED}') AS k
      FROM documents d JOIN stories s ON s.seq = d.story_seq ${where}
      ORDER BY k, d.seq LIMIT ?`, [...where.params, limit + 1]);
    return page(found, limit, (r) => [r.k, r.seq], ({ k: _k, seq: _s, ...doc }) => doc);
  }

  async function stories(query: StoryQuery = {}): Promise<Page<Story>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0]);
    const where = new Where();
    const from = day(query.from, 'from');
    const to = day(query.to, 'to');
    if (query.minDocuments !== undefined) where.add('n >= ?', query.minDocuments);
    if (from) where.add('last >= ?', from);
    if (to) where.add('first <= ?', to);
    if (after) where.add(`(COALESCE(first, '${UNDATED}'), seq) > (?, ?)`, ...after);
    type Row = { seq: number; id: string; representative: string; title: string | null; first: string | null; last: string | null; docs: string[] };
    const found = await rows<Row>(db, `
      SELECT * FROM (
        SELECT s.seq, s.id, r.id AS representative, r.title, MIN(d.published_day) AS first, MAX(d.published_day) AS last, COUNT(*) AS n,
               array_agg(d.id ORDER BY d.seq) AS docs
        FROM stories s JOIN documents r ON r.seq = s.representative_seq JOIN documents d ON d.story_seq = s.seq
        GROUP BY s.seq, r.id, r.title
      ) story ${where}
      ORDER BY COALESCE(first, '${UNDATED}'), seq LIMIT ?`, [...where.params, limit + 1]);
    return page(found, limit, (r) => [r.first ?? UNDATED, r.seq], (r) => ({
      id: r.id, representative: r.representative, title: r.title, documents: r.docs, first: r.first, last: r.last,
    }));
  }

  const rolesOf = (key: string) => rows<ActorRole>(db, `
    SELECT title, country, qualifier, MIN(day) AS "from", MAX(day) AS "to", COUNT(DISTINCT doc_seq)::int AS documents
    FROM roles WHERE actor_key = ? GROUP BY title, country, qualifier
    ORDER BY MIN(COALESCE(day, '${UNDATED}')), title, country, qualifier`, [key]);

  async function actors(query: ActorQuery = {}): Promise<Page<ActorSummary>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, [0, '']);
    const where = new Where();
    if (query.name !== undefined) where.add('(key = ? OR name ILIKE ? OR key ILIKE ?)', query.name, like(query.name), like(query.name));
    if (query.type !== undefined) where.add('type = ?', query.type);
    if (query.country !== undefined) where.add('country = ?', query.country);
    if (after) where.add('(documents < ? OR (documents = ? AND key > ?))', after[0], after[0], after[1]);
    type Row = Omit<ActorSummary, 'roles' | 'id'> & { key: string };
    const found = await rows<Row>(db, `SELECT key, name, type, country, cameo, documents, mentions FROM actors ${where}
      ORDER BY documents DESC, key LIMIT ?`, [...where.params, limit + 1]);
    const roles = await Promise.all(found.slice(0, limit).map((r) => rolesOf(r.key)));
    const rolesByKey = new Map(found.slice(0, limit).map((r, i) => [r.key, roles[i]]));
    return page(found, limit, (r) => [r.documents, r.key], ({ key, ...a }) => ({ id: key, ...a, roles: rolesByKey.get(key)! }));
  }

  async function actor(id: string): Promise<ActorSummary | null> {
    type Row = Omit<ActorSummary, 'roles' | 'id'> & { key: string };
    const [row] = await rows<Row>(db, 'SELECT key, name, type, country, cameo, documents, mentions FROM actors WHERE key = ?', [id]);
    if (!row) return null;
    const { key, ...a } = row;
    return { id: key, ...a, roles: await rolesOf(key) };
  }

  async function quotes(query: QuoteQuery = {}): Promise<Page<QuoteHit>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0]);
    const where = quoteFilters(query, POSTGRES);
    if (after) where.add(`(COALESCE(q.day, '${UNDATED}'), q.doc_seq, q.idx) > (?, ?, ?)`, ...after);
    type Row = QuoteHit & { k: string; doc_seq: number; idx: number };
    const found = await rows<Row>(db, `
      SELECT d.id AS document, q.kind, q.text, q.start, q."end", q.cue, q.speaker_name AS speaker, q.actor_key AS actor, q.date,
             COALESCE(q.day, '${UNDATED}') AS k, q.doc_seq, q.idx
      FROM quotes q JOIN documents d ON d.seq = q.doc_seq ${where}
      ORDER BY k, q.doc_seq, q.idx LIMIT ?`, [...where.params, limit + 1]);
    return page(found, limit, (r) => [r.k, r.doc_seq, r.idx], ({ k: _k, doc_seq: _d, idx: _i, ...hit }) => hit);
  }

  /** Quotes grouped by speaker and `quoteKey` (stored with each quote when it is written, by the function SQLite's store uses). */
  async function mergedQuotes(query: QuoteQuery = {}): Promise<Page<MergedQuote>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', '', '']);
    const where = quoteFilters(query, POSTGRES);
    type Row = { k: string; who: string; qk: string; ms: QuoteHit[] };
    const found = await rows<Row>(db, `
      SELECT MIN(k) AS k, who, qk, json_agg(json_build_object('document', document, 'text', text, 'start', start, 'end', "end",
        'speaker', speaker, 'actor', actor, 'date', date) ORDER BY k, doc_seq, idx) AS ms
      FROM (SELECT d.id AS document, q.text, q.start, q."end", q.speaker_name AS speaker, q.actor_key AS actor, q.date, q.doc_seq, q.idx,
              COALESCE(q.day, '${UNDATED}') AS k, COALESCE(q.actor_key, 'name:' || lower(q.speaker_name), 'doc:' || q.doc_seq) AS who,
              q.quote_key AS qk
            FROM quotes q JOIN documents d ON d.seq = q.doc_seq ${where}) m
      GROUP BY who, qk ${after ? 'HAVING (MIN(k), who, qk) > (?, ?, ?)' : ''} ORDER BY MIN(k), who, qk LIMIT ?`,
    [...where.params, ...(after ?? []), limit + 1]);
    return page(found, limit, (r) => [r.k, r.who, r.qk], ({ ms }) => ({
      speaker: ms[0].speaker, actor: ms[0].actor, text: ms[0].text, date: ms.map((m) => m.date).filter(Boolean).sort()[0] ?? null,
      mentions: ms.map((m) => ({ document: m.document, start: m.start, end: m.end })), documents: new Set(ms.map((m) => m.document)).size,
    }));
  }

  async function timeline(query: TimelineQuery): Promise<Page<TimelineItem>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0, 0]);
    const from = day(query.from, 'from')!;
    const to = day(query.to, 'to')!;
    const actorIn = '(SELECT key FROM actors WHERE key = ? OR name ILIKE ?)';
    const actorParams = query.actor === undefined ? [] : [query.actor, like(query.actor)];
    const quoteActor = query.actor === undefined ? '' : `AND q.actor_key IN ${actorIn}`;
    const eventActor = query.actor === undefined ? '' : `AND (e.source_key IN ${actorIn} OR e.target_key IN ${actorIn})`;
    const afterSql = after ? 'WHERE (day, ord, doc_seq, idx) > (?, ?, ?, ?)' : '';
    type Row = TimelineItem & { ord: number; doc_seq: number; idx: number };
    const found = await rows<Row>(db, `
      SELECT * FROM (
        SELECT q.day, q.date, 'quote' AS kind, d.id AS document, q.actor_key AS actor, NULL AS code, q.text, 0 AS ord, q.doc_seq, q.idx
        FROM quotes q JOIN documents d ON d.seq = q.doc_seq WHERE q.day BETWEEN ? AND ? ${quoteActor}
        UNION ALL
        SELECT e.day, e.date, 'event', d.id, e.source_key, e.code, substr(d.text, e.start + 1, e."end" - e.start), 1, e.doc_seq, e.idx
        FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE e.day BETWEEN ? AND ? AND COALESCE(e.mode, 'asserted') = 'asserted' ${eventActor}
      ) item ${afterSql} ORDER BY day, ord, doc_seq, idx LIMIT ?`,
    [from, to, ...actorParams, from, to, ...actorParams, ...actorParams, ...(after ?? []), limit + 1]);
    return page(found, limit, (r) => [r.day, r.ord, r.doc_seq, r.idx], ({ ord: _o, doc_seq: _d, idx: _i, ...item }) => item);
  }

  return { documents, stories, actors, actor, quotes, mergedQuotes, timeline };
}
