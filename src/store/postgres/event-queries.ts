import { decodeCursor, pageLimit } from '../cursor.js';
import type { EventHit, EventQuery, MergedEvent, Network, NetworkQuery, Page } from '../store.js';
import { page, POSTGRES, UNDATED } from '../sql.js';
import { EVENT_COLUMNS, EVENT_JOINS, eventFilters, MERGE_KEY, toHit, toMerged, type EventRow } from '../event-rows.js';
import { rows, type Queryable } from './db.js';

/** The read side for events (the SQLite store's queries in PostgreSQL's dialect): per article, merged, as a network. */
export function createEventQueries(db: Queryable) {
  /** How many sources each of these documents has: one query for a whole page of merged events. */
  const sourceCounts = async (seqs: number[]) => new Map((await rows<{ doc_seq: number; n: number }>(db,
    'SELECT doc_seq, COUNT(*)::int AS n FROM document_sources WHERE doc_seq = ANY(?::int[]) GROUP BY doc_seq', [seqs])).map((r) => [r.doc_seq, r.n]));

  async function events(query: EventQuery = {}): Promise<Page<EventHit>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0]);
    const where = eventFilters(query, POSTGRES);
    if (after) where.add(`(COALESCE(e.day, '${UNDATED}'), e.doc_seq, e.idx) > (?, ?, ?)`, ...after);
    const found = await rows<EventRow & { rid: number }>(db, `SELECT ${EVENT_COLUMNS}, e.idx AS rid ${EVENT_JOINS} ${where}
      ORDER BY k, e.doc_seq, e.idx LIMIT ?`, [...where.params, limit + 1]);
    return page(found, limit, (r) => [r.k, r.doc_seq, r.rid], toHit);
  }

  async function mergedEvents(query: Omit<EventQuery, 'document'> = {}): Promise<Page<MergedEvent>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, '', '', '', '']);
    const where = eventFilters({ ...query, document: undefined }, POSTGRES);
    const afterSql = after ? 'WHERE (k, grp, mroot, sk, tk, mk) > (?, ?, ?, ?, ?, ?)' : '';
    type Row = { k: string; grp: number; mroot: string; sk: string; tk: string; mk: string; ms: EventRow[] };
    const found = await rows<Row>(db, `
      SELECT k, grp, mroot, sk, tk, mk, json_agg(json_build_object(
        'document', document, 'event_id', event_id, 'code', code, 'plover', plover, 'quad_class', quad_class, 'goldstein', goldstein, 'url', url, 'mode', mode, 'date', date, 'doc_seq', doc_seq,
        'source_key', source_key, 'source_name', source_name, 'source_actor', source_actor,
        'target_key', target_key, 'target_name', target_name, 'target_actor', target_actor) ORDER BY doc_seq, rid) AS ms
      FROM (SELECT ${EVENT_COLUMNS}, e.idx AS rid, ${MERGE_KEY} ${EVENT_JOINS} ${where}) m
      ${afterSql} GROUP BY k, grp, mroot, sk, tk, mk ORDER BY k, grp, mroot, sk, tk, mk LIMIT ?`,
    [...where.params, ...(after ?? []), limit + 1]);
    const sources = await sourceCounts([...new Set(found.slice(0, limit).flatMap((r) => r.ms.map((m) => m.doc_seq)))]);
    return page(found, limit, (r) => [r.k, r.grp, r.mroot, r.sk, r.tk, r.mk], (r) => toMerged(r.mroot, r.ms, (seqs) => seqs.reduce((n, seq) => n + (sources.get(seq) ?? 0), 0)));
  }

  async function network(query: NetworkQuery = {}): Promise<Network> {
    const where = eventFilters(query, POSTGRES);
    where.add('COALESCE(e.source_key, e.source_actor) IS NOT NULL AND COALESCE(e.target_key, e.target_actor) IS NOT NULL');
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? 200)), 2000);
    type Edge = { source: string; target: string; root: string; weight: number };
    const edges = await rows<Edge>(db, `
      SELECT COALESCE(e.source_key, 'code:' || e.source_actor) AS source, COALESCE(e.target_key, 'code:' || e.target_actor) AS target,
             e.root, COUNT(*)::int AS weight
      FROM events e ${where} GROUP BY 1, 2, 3 HAVING COUNT(*) >= ? ORDER BY weight DESC, source, target, e.root LIMIT ?`,
    [...where.params, Math.max(1, query.minWeight ?? 1), limit]);
    const counts = new Map<string, number>();
    for (const e of edges) for (const id of [e.source, e.target]) counts.set(id, (counts.get(id) ?? 0) + e.weight);
    const known = new Map((await rows<{ key: string; name: string; cameo: string | null }>(db,
      'SELECT key, name, cameo FROM actors WHERE key = ANY(?::text[])', [[...counts.keys()]])).map((a) => [a.key, a]));
    const nodes = [...counts].map(([id, events]) => {
      const a = id.startsWith('code:') ? undefined : known.get(id);
      return { id, name: a?.name ?? null, cameo: a?.cameo ?? (id.startsWith('code:') ? id.slice(5) : null), events };
    }).sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
    return { nodes, edges };
  }

  return { events, mergedEvents, network };
}
