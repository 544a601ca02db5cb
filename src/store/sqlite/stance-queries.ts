import type Database from 'better-sqlite3';
import { decodeCursor, pageLimit } from '../cursor.js';
import type { Page, StanceHit, StanceMatrix, StanceMatrixQuery, StanceQuery, TopicQuery, TopicSummary } from '../store.js';
import { day, like, page, SQLITE, UNDATED, Where, type Param } from '../sql.js';
import { commonest, foldMatrix, holderRef, POLARITIES, STANCE_ROWS, stanceFilters, TOPIC_KEY, type StanceRow } from '../stance-rows.js';

/** The read side for topics and stances: topics across the corpus, stances, and the actor × topic matrix. */
export function createStanceQueries(db: Database.Database) {
  const all = <Row>(sql: string, params: Param[]) => db.prepare<Param[], Row>(sql).all(...params);

  function topics(query: TopicQuery = {}): Page<TopicSummary> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, [0, 0, '']);
    const where = new Where();
    for (const word of query.text?.split(/\s+/).filter(Boolean) ?? []) {
      where.add(`(${SQLITE.contains('t.label')} OR ${SQLITE.contains('t.key')})`, like(word), like(word));
    }
    const from = day(query.from, 'from');
    const to = day(query.to, 'to');
    if (from) where.add('d.published_day >= ?', from);
    if (to) where.add('d.published_day <= ?', to);
    type Row = Omit<TopicSummary, 'label'> & { labels: string };
    const rows = all<Row>(`
      SELECT * FROM (
        SELECT ${TOPIC_KEY} AS key, json_group_array(t.label) AS labels, COUNT(DISTINCT t.doc_seq) AS documents,
          SUM((SELECT COUNT(*) FROM stances s WHERE s.doc_seq = t.doc_seq AND s.topic_id = t.topic_id)) AS stances,
          ${POLARITIES.map((p) => `SUM((SELECT COUNT(*) FROM stances s WHERE s.doc_seq = t.doc_seq AND s.topic_id = t.topic_id AND s.polarity = '${p}')) AS ${p}`).join(', ')},
          MIN(d.published_day) AS first, MAX(d.published_day) AS last
        FROM topics t JOIN documents d ON d.seq = t.doc_seq ${where} GROUP BY 1)
      ${after ? 'WHERE (-documents, -stances, key) > (?, ?, ?)' : ''}
      ORDER BY -documents, -stances, key LIMIT ?`,
    [...where.params, ...(after ? [-after[0], -after[1], after[2]] : []), limit + 1]);
    return page(rows, limit, (r) => [r.documents, r.stances, r.key], (r) => ({
      key: r.key, label: commonest(JSON.parse(r.labels) as string[]), documents: r.documents, stances: r.stances,
      support: r.support, oppose: r.oppose, consider: r.consider, neutral: r.neutral, first: r.first, last: r.last,
    }));
  }

  function stanceRows(where: Where, extra = '', params: Param[] = []): StanceRow[] {
    return all<StanceRow>(`
      SELECT d.id AS document, s.holder_key, COALESCE(a.name, (SELECT name FROM entities x WHERE x.doc_seq = s.doc_seq AND x.entity_id = s.holder_entity)) AS holder_name,
        s.holder_actor, ${TOPIC_KEY} AS tkey, t.label, s.polarity, s.cue, substr(d.text, s.start + 1, s."end" - s.start) AS text, s.start, s."end",
        s.date, COALESCE(s.day, '${UNDATED}') AS k, s.doc_seq, s.idx
      ${STANCE_ROWS} ${where} ORDER BY k, s.doc_seq, s.idx ${extra}`, [...where.params, ...params]);
  }

  function stances(query: StanceQuery = {}): Page<StanceHit> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0]);
    const where = stanceFilters(query, SQLITE);
    if (after) where.add(`(COALESCE(s.day, '${UNDATED}'), s.doc_seq, s.idx) > (?, ?, ?)`, ...after);
    const rows = stanceRows(where, 'LIMIT ?', [limit + 1]);
    return page(rows, limit, (r) => [r.k, r.doc_seq, r.idx], (r) => ({
      document: r.document, holder: holderRef(r), topic: { key: r.tkey ?? '', label: r.label ?? '' },
      polarity: r.polarity, cue: r.cue, text: r.text, start: r.start, end: r.end, date: r.date,
    }));
  }

  function stanceMatrix(query: StanceMatrixQuery = {}): StanceMatrix {
    return foldMatrix(stanceRows(stanceFilters({ actor: query.actor, topic: query.topic, from: query.from, to: query.to }, SQLITE)), query);
  }


  return { topics, stances, stanceMatrix };
}
