import type Database from 'better-sqlite3';
import { decodeCursor, pageLimit } from '../cursor.js';
import type { EventHit, EventQuery, MergedEvent, Network, NetworkQuery, Page } from '../store.js';
import { page, SQLITE, UNDATED, type Param } from '../sql.js';
import { edgesFromCounts, EVENT_COLUMNS, EVENT_JOINS, eventFilters, MERGE_COLUMNS, toHit, toMerged, type EventRow } from '../event-rows.js';
import { clusterEvents, type MergeRow } from '../event-merge.js';

/** The read side for events: per article, merged across articles, and as an actor network. */
export function createEventQueries(db: Database.Database) {
  const all = <Row>(sql: string, params: Param[]) => db.prepare<Param[], Row>(sql).all(...params);
  const actor = db.prepare<[string], { name: string; cameo: string | null }>('SELECT name, cameo FROM actors WHERE key = ?');
  const sourcesOf = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM document_sources WHERE doc_seq IN (SELECT value FROM json_each(?))');

  function events(query: EventQuery = {}): Page<EventHit> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0]);
    const where = eventFilters(query, SQLITE);
    if (after) where.add(`(COALESCE(e.day, '${UNDATED}'), e.doc_seq, e.rowid) > (?, ?, ?)`, ...after);
    // The page's rows are chosen first and only they are joined to their documents: sorting whole rows
    // (evidence text included) of an actor with thousands of events took most of an actor page's time.
    const rows = all<EventRow & { rid: number }>(`SELECT ${EVENT_COLUMNS}, e.rowid AS rid ${EVENT_JOINS}
      WHERE e.rowid IN (SELECT e.rowid FROM events e ${where} ORDER BY COALESCE(e.day, '${UNDATED}'), e.doc_seq, e.rowid LIMIT ?)
      ORDER BY k, e.doc_seq, e.rowid`, [...where.params, limit + 1]);
    return page(rows, limit, (r) => [r.k, r.doc_seq, r.rid], toHit);
  }

  function mergedEvents(query: Omit<EventQuery, 'document'> = {}): Page<MergedEvent> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, '', '', '', '']);
    const where = eventFilters({ ...query, document: undefined }, SQLITE);
    // What decides the merging is read for every matching event; whole rows only for the page's.
    const clusters = clusterEvents(all<MergeRow>(`SELECT e.rowid AS rid, ${MERGE_COLUMNS} FROM events e ${where}`, where.params), after)
      .slice(0, limit + 1);
    const rids = clusters.slice(0, limit).flatMap((c) => c.members.map((m) => m.rid));
    const rows = new Map(all<EventRow & { rid: number }>(`SELECT ${EVENT_COLUMNS}, e.rowid AS rid ${EVENT_JOINS}
      WHERE e.rowid IN (SELECT value FROM json_each(?))`, [JSON.stringify(rids)]).map((r) => [r.rid, r]));
    return page(clusters, limit, (c) => c.key, (c) =>
      toMerged(c.key[2], c.date, c.members.map((m) => rows.get(m.rid)!), (seqs) => sourcesOf.get(JSON.stringify(seqs))!.n));
  }

  function network(query: NetworkQuery = {}): Network {
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? 200)), 2000);
    type Edge = { source: string; target: string; root: string; weight: number };
    const counted = edgesFromCounts(query, limit);
    const where = eventFilters(query, SQLITE);
    where.add('COALESCE(e.source_key, e.source_actor) IS NOT NULL AND COALESCE(e.target_key, e.target_actor) IS NOT NULL');
    const edges = counted ? all<Edge>(counted.sql, counted.params) : all<Edge>(`
      SELECT COALESCE(e.source_key, 'code:' || e.source_actor) AS source, COALESCE(e.target_key, 'code:' || e.target_actor) AS target,
             e.root, COUNT(*) AS weight
      FROM events e ${where} GROUP BY 1, 2, 3 HAVING COUNT(*) >= ? ORDER BY weight DESC, source, target, e.root LIMIT ?`,
    [...where.params, Math.max(1, query.minWeight ?? 1), limit]);
    const counts = new Map<string, number>();
    for (const e of edges) for (const id of [e.source, e.target]) counts.set(id, (counts.get(id) ?? 0) + e.weight);
    const nodes = [...counts].map(([id, events]) => {
      const a = id.startsWith('code:') ? undefined : actor.get(id);
      return { id, name: a?.name ?? null, cameo: a?.cameo ?? (id.startsWith('code:') ? id.slice(5) : null), events };
    }).sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
    return { nodes, edges };
  }

  return { events, mergedEvents, network };
}
