import type { Polarity } from '../../model/layers.js';
import { decodeCursor, pageLimit } from '../cursor.js';
import { isoWeekOf } from '../dates.js';
import type { ActorRef, Page, StanceCell, StanceHit, StanceMatrix, StanceMatrixQuery, StanceQuery, TopicQuery, TopicSummary } from '../store.js';
import { day, like, page, UNDATED, Where, type Param } from '../sqlite/sql.js';
import { rows, type Queryable } from './db.js';

/** A topic's corpus key: its normalised key, or its label in lower case when it has none. */
const TOPIC_KEY = 'COALESCE(t.key, lower(t.label))';
const ACTOR_IN = '(SELECT key FROM actors WHERE key = ? OR name ILIKE ?)';
const POLARITIES: readonly Polarity[] = ['support', 'oppose', 'consider', 'neutral'];

/** The most frequent of some labels; ties go to the first seen. */
function commonest(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

function stanceFilters(query: StanceQuery): Where {
  const where = new Where();
  if (query.actor !== undefined) where.add(`(s.holder_key IN ${ACTOR_IN} OR s.holder_actor = ?)`, query.actor, like(query.actor), query.actor);
  if (query.topic !== undefined) where.add(`(${TOPIC_KEY} = ? OR t.label ILIKE ?)`, query.topic, like(query.topic));
  if (query.polarity !== undefined) where.add('s.polarity = ?', query.polarity);
  const from = day(query.from, 'from');
  const to = day(query.to, 'to');
  if (from) where.add('s.day >= ?', from);
  if (to) where.add('s.day <= ?', to);
  if (query.document !== undefined) where.add('s.doc_seq = (SELECT seq FROM documents WHERE id = ?)', query.document);
  return where;
}

const STANCE_ROWS = `FROM stances s JOIN documents d ON d.seq = s.doc_seq
  LEFT JOIN topics t ON t.doc_seq = s.doc_seq AND t.topic_id = s.topic_id
  LEFT JOIN actors a ON a.key = s.holder_key`;

interface StanceRow {
  document: string; holder_key: string | null; holder_name: string | null; holder_actor: string | null; tkey: string | null; label: string | null;
  polarity: Polarity; cue: string | null; text: string; start: number; end: number; date: string | null; k: string; doc_seq: number; idx: number;
}

/** The read side for topics and stances (the SQLite store's queries in PostgreSQL's dialect). */
export function createStanceQueries(db: Queryable) {
  async function topics(query: TopicQuery = {}): Promise<Page<TopicSummary>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, [0, 0, '']);
    const where = new Where();
    for (const word of query.text?.split(/\s+/).filter(Boolean) ?? []) {
      where.add('(t.label ILIKE ? OR t.key ILIKE ?)', like(word), like(word));
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
    const where = stanceFilters(query);
    if (after) where.add(`(COALESCE(s.day, '${UNDATED}'), s.doc_seq, s.idx) > (?, ?, ?)`, ...after);
    const found = await stanceRows(where, 'LIMIT ?', [limit + 1]);
    return page(found, limit, (r) => [r.k, r.doc_seq, r.idx], (r) => ({
      document: r.document, holder: holderRef(r), topic: { key: r.tkey ?? '', label: r.label ?? '' },
      polarity: r.polarity, cue: r.cue, text: r.text, start: r.start, end: r.end, date: r.date,
    }));
  }

  async function stanceMatrix(query: StanceMatrixQuery = {}): Promise<StanceMatrix> {
    const size = Math.min(Math.max(1, Math.floor(query.size ?? 50)), 500);
    const found = (await stanceRows(stanceFilters({ actor: query.actor, topic: query.topic, from: query.from, to: query.to })))
      .filter((r) => r.tkey !== null && holderId(r) !== null);
    const top = <T>(items: T[], keyOf: (t: T) => string) => {
      const counts = new Map<string, number>();
      for (const i of items) counts.set(keyOf(i), (counts.get(keyOf(i)) ?? 0) + 1);
      return new Set([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, size).map(([k]) => k));
    };
    const actorsKept = top(found, (r) => holderId(r)!);
    const topicsKept = top(found, (r) => r.tkey!);
    const kept = found.filter((r) => actorsKept.has(holderId(r)!) && topicsKept.has(r.tkey!));
    return { actors: actorRefs(kept), topics: topicRefs(kept), cells: cells(kept, query.by === 'week') };
  }

  return { topics, stances, stanceMatrix };
}

const holderId = (r: StanceRow): string | null => r.holder_key ?? (r.holder_actor ? `code:${r.holder_actor}` : null);
const holderRef = (r: StanceRow): ActorRef => ({ id: holderId(r), name: r.holder_name, cameo: r.holder_actor });

function actorRefs(rows: StanceRow[]): ActorRef[] {
  const byId = new Map<string, ActorRef>();
  for (const r of rows) if (!byId.has(holderId(r)!)) byId.set(holderId(r)!, holderRef(r));
  return [...byId.values()].sort((a, b) => (a.name ?? a.id!).localeCompare(b.name ?? b.id!));
}

function topicRefs(rows: StanceRow[]): Array<{ key: string; label: string }> {
  const labels = new Map<string, string[]>();
  for (const r of rows) labels.set(r.tkey!, [...(labels.get(r.tkey!) ?? []), r.label ?? r.tkey!]);
  return [...labels].map(([key, ls]) => ({ key, label: commonest(ls) })).sort((a, b) => a.key.localeCompare(b.key));
}

/** Folds stances, oldest first, into cells: counts per polarity and the latest polarity. */
function cells(rows: StanceRow[], byWeek: boolean): StanceCell[] {
  const out = new Map<string, { -readonly [K in keyof StanceCell]: StanceCell[K] }>();
  for (const r of rows) {
    const week = byWeek && r.k !== UNDATED ? isoWeekOf(r.k) : null;
    const id = `${holderId(r)}\u0000${r.tkey}\u0000${week}`;
    const cell = out.get(id) ?? { actor: holderId(r)!, topic: r.tkey!, week, support: 0, oppose: 0, consider: 0, neutral: 0, latest: r.polarity };
    cell[r.polarity] += 1;
    cell.latest = r.polarity;
    out.set(id, cell);
  }
  return [...out.values()].sort((a, b) => a.actor.localeCompare(b.actor) || a.topic.localeCompare(b.topic) || (a.week ?? '').localeCompare(b.week ?? ''));
}
