import { decodeCursor, pageLimit } from '../cursor.js';
import type { EventHit, EventQuery, MergedEvent, Network, NetworkQuery, Page } from '../store.js';
import { page, POSTGRES, UNDATED } from '../sql.js';
import { edgesFromCounts, EVENT_COLUMNS, EVENT_JOINS, eventFilters, MERGE_COLUMNS, toHit, toMerged, type EventRow } from '../event-rows.js';
import { clusterEvents, type MergeRow } from '../event-merge.js';
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
    // What decides the merging is read for every matching event; whole rows only for the page's.
    const clusters = clusterEvents(await rows<MergeRow>(db, `SELECT e.idx AS rid, ${MERGE_COLUMNS} FROM events e ${where}`, where.params), after)
      .slice(0, limit + 1);
    const members = clusters.slice(0, limit).flatMap((c) => c.members);
    const found = new Map((await rows<EventRow & { rid: number }>(db, `SELECT ${EVENT_COLUMNS}, e.idx AS rid ${EVENT_JOINS}
      WHERE (e.doc_seq, e.idx) IN (SELECT * FROM unnest(?::int[], ?::int[]))`, [members.map((m) => m.doc_seq), members.map((m) => m.rid)]))
      .map((r) => [`${r.doc_seq}:${r.rid}`, r]));
    const sources = await sourceCounts([...new Set(members.map((m) => m.doc_seq))]);
    return page(clusters, limit, (c) => c.key, (c) => toMerged(c.key[2], c.date, c.members.map((m) => found.get(`${m.doc_seq}:${m.rid}`)!),
      (seqs) => seqs.reduce((n, seq) => n + (sources.get(seq) ?? 0), 0)));
  }

  async function network(query: NetworkQuery = {}): Promise<Network> {
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? 200)), 2000);
    type Edge = { source: string; target: string; root: string; weight: number };
    const counted = edgesFromCounts(query, limit);
    const where = eventFilters(query, POSTGRES);
    where.add('COALESCE(e.source_key, e.source_actor) IS NOT NULL AND COALESCE(e.target_key, e.target_actor) IS NOT NULL');
    const edges = counted ? await rows<Edge>(db, counted.sql, counted.params) : await rows<Edge>(db, `
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
