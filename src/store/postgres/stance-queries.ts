import { decodeCursor, pageLimit } from '../cursor.js';
import type { Page, StanceHit, StanceMatrix, StanceMatrixQuery, StanceQuery, TopicQuery, TopicSummary } from '../store.js';
import { day, like, page, POSTGRES, UNDATED, Where, type Param } from '../sql.js';
import { commonest, foldMatrix, holderRef, POLARITIES, STANCE_ROWS, stanceFilters, TOPIC_KEY, type StanceRow } from '../stance-rows.js';
import { rows, type Queryable } from './db.js';

/** The read side for topics and stances (the SQLite store's queries in PostgreSQL's dialect). */
export function createStanceQueries(db: Queryable) {
  async function topics(query: TopicQuery = {}): Promise<Page<TopicSummary>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, [0, 0, '']);
    const where = new Where();
    for (const word of query.text?.split(/\s+/).filter(Boolean) ?? []) {
      where.add(`(${POSTGRES.contains('t.label')} OR ${POSTGRES.contains('t.key')})`, like(word), like(word));
    }
    const from = day(query.from, 'from');
    const to = day(query.to, 'to');
    if (from) where.add('d.published_day >= ?', from);
    if (to) where.add('d.published_day <= ?', to);
    type Row = Omit<TopicSummary, 'label'> & { labels: string[] };
    const found = await rows<Row>(db, `
      SELECT * FROM (
        SELECT ${TOPIC_KEY} AS key, array_agg(t.label ORDER BY t.doc_seq, t.idx) AS labels, COUNT(DISTINCT t.doc_seq)::int AS documents,
          SUM((SELECT COUNT(*) FROM stances s WHERE s.doc_seq = t.doc_seq AND s.topic_id = t.topic_id))::int AS stances,
          ${POLARITIES.map((p) => `SUM((SELECT COUNT(*) FROM stances s WHERE s.doc_seq = t.doc_seq AND s.topic_id = t.topic_id AND s.polarity = '${p}'))::int AS ${p}`).join(', ')},
          MIN(d.published_day) AS first, MAX(d.published_day) AS last
        FROM topics t JOIN documents d ON d.seq = t.doc_seq ${where} GROUP BY 1) topic
      ${after ? 'WHERE (-documents, -stances, key) > (?, ?, ?)' : ''}
      ORDER BY -documents, -stances, key LIMIT ?`,
    [...where.params, ...(after ? [-after[0], -after[1], after[2]] : []), limit + 1]);
    return page(found, limit, (r) => [r.documents, r.stances, r.key], (r) => ({
      key: r.key, label: commonest(r.labels), documents: r.documents, stances: r.stances,
      support: r.support, oppose: r.oppose, consider: r.consider, neutral: r.neutral, first: r.first, last: r.last,
    }));
  }

  function stanceRows(where: Where, extra = '', params: Param[] = []): Promise<StanceRow[]> {
    return rows<StanceRow>(db, `
      SELECT d.id AS document, s.holder_key, COALESCE(a.name, (SELECT name FROM entities x WHERE x.doc_seq = s.doc_seq AND x.entity_id = s.holder_entity)) AS holder_name,
        s.holder_actor, ${TOPIC_KEY} AS tkey, t.label, s.polarity, s.cue, substr(d.text, s.start + 1, s."end" - s.start) AS text, s.start, s."end",
        s.date, COALESCE(s.day, '${UNDATED}') AS k, s.doc_seq, s.idx
      ${STANCE_ROWS} ${where} ORDER BY k, s.doc_seq, s.idx ${extra}`, [...where.params, ...params]);
  }

  async function stances(query: StanceQuery = {}): Promise<Page<StanceHit>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0]);
    const where = stanceFilters(query, POSTGRES);
    if (after) where.add(`(COALESCE(s.day, '${UNDATED}'), s.doc_seq, s.idx) > (?, ?, ?)`, ...after);
    const found = await stanceRows(where, 'LIMIT ?', [limit + 1]);
    return page(found, limit, (r) => [r.k, r.doc_seq, r.idx], (r) => ({
      document: r.document, holder: holderRef(r), topic: { key: r.tkey ?? '', label: r.label ?? '' },
      polarity: r.polarity, cue: r.cue, text: r.text, start: r.start, end: r.end, date: r.date,
    }));
  }

  async function stanceMatrix(query: StanceMatrixQuery = {}): Promise<StanceMatrix> {
    return foldMatrix(await stanceRows(stanceFilters({ actor: query.actor, topic: query.topic, from: query.from, to: query.to }, POSTGRES)), query);
  }


  return { topics, stances, stanceMatrix };
}
