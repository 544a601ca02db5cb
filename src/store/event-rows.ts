import { createHash } from 'node:crypto';
import type { EventMode } from '../model/layers.js';
import { actorIn, day, like, UNDATED, Where, type Dialect, type Param } from './sql.js';
import type { ActorRef, EventHit, EventQuery, MergedEvent, NetworkQuery } from './store.js';

/*
 * What the SQLite and PostgreSQL stores share for events: the filters, the row each adapter
 * reads and its conversion, and the grouping that merges events across articles.
 */

/** The filters events, merged events and the network share. */
export function eventFilters(query: EventQuery & NetworkQuery, dialect: Dialect): Where {
  const where = new Where();
  const ACTOR_IN = actorIn(dialect);
  const side = (col: 'source' | 'target', who: string) =>
    [`e.${col}_key IN ${ACTOR_IN} OR e.${col}_actor = ?`, who, like(who), who] as const;
  if (query.actor !== undefined) {
    const [s, ...sp] = side('source', query.actor);
    const [t, ...tp] = side('target', query.actor);
    where.add(`(${s} OR ${t})`, ...sp, ...tp);
  }
  if (query.source !== undefined) { const [s, ...p] = side('source', query.source); where.add(`(${s})`, ...p); }
  if (query.target !== undefined) { const [t, ...p] = side('target', query.target); where.add(`(${t})`, ...p); }
  if (query.country !== undefined) where.add('(substr(e.source_actor, 1, 3) = ? OR substr(e.target_actor, 1, 3) = ?)', query.country, query.country);
  if (query.root !== undefined) where.add('e.root = ?', query.root);
  if (query.code !== undefined) where.add('e.code LIKE ?', `${query.code.replace(/[^0-9A-Za-z]/g, '')}%`);
  if (query.plover !== undefined) where.add('e.plover = ?', query.plover.toUpperCase());
  const mode = query.mode ?? 'asserted';
  if (mode !== 'any') where.add("COALESCE(e.mode, 'asserted') = ?", mode);
  const from = day(query.from, 'from');
  const to = day(query.to, 'to');
  if (from) where.add('e.day >= ?', from);
  if (to) where.add('e.day <= ?', to);
  if (query.document !== undefined) where.add('e.doc_seq = (SELECT seq FROM documents WHERE id = ?)', query.document);
  return where;
}

/** The filters the counts of `event_edges` answer without reading events: a CAMEO root and a mode. */
const EDGE_FILTERS = new Set(['root', 'mode', 'minWeight', 'limit']);

/**
 * The network's edges from the maintained counts (`event_edges`, kept by triggers on `events`), when
 * the query filters by nothing else; null when the events must be read. The same edges, in the same
 * order, as the group-by over events.
 */
export function edgesFromCounts(query: NetworkQuery, limit: number): { sql: string; params: Param[] } | null {
  if (Object.entries(query).some(([name, value]) => value !== undefined && !EDGE_FILTERS.has(name))) return null;
  const where = new Where();
  if (query.root !== undefined) where.add('root = ?', query.root);
  const mode = query.mode ?? 'asserted';
  if (mode !== 'any') where.add('mode = ?', mode);
  return {
    sql: `SELECT source, target, root, CAST(SUM(weight) AS INTEGER) AS weight FROM event_edges ${where}
      GROUP BY source, target, root HAVING SUM(weight) >= ? ORDER BY weight DESC, source, target, root LIMIT ?`,
    params: [...where.params, Math.max(1, query.minWeight ?? 1), limit],
  };
}

export interface EventRow {
  document: string; url: string | null; event_id: string; code: string; label: string | null; root: string; plover: string | null;
  quad_class: number | null; goldstein: number | null; mode: EventMode | null;
  source_key: string | null; source_name: string | null; source_actor: string | null;
  target_key: string | null; target_name: string | null; target_actor: string | null;
  date: string | null; trigger: string | null; text: string; start: number; end: number; by: string | null;
  k: string; doc_seq: number;
}

export const ref = (id: string | null, name: string | null, cameo: string | null): ActorRef => ({ id, name, cameo });

export const toHit = (r: EventRow): EventHit => ({
  document: r.document, event: r.event_id, code: r.code, label: r.label, root: r.root, plover: r.plover, quadClass: r.quad_class,
  goldstein: r.goldstein, mode: r.mode, source: ref(r.source_key, r.source_name, r.source_actor),
  target: ref(r.target_key, r.target_name, r.target_actor), date: r.date, trigger: r.trigger, text: r.text, start: r.start, end: r.end, by: r.by,
});

/** The columns of one event row with its document id, actor names and evidence text. */
export const EVENT_COLUMNS = `d.id AS document, d.url, e.event_id, e.code, e.label, e.root, e.plover, e.quad_class, e.goldstein, e.mode,
  e.source_key, COALESCE(sa.name, e.source_text) AS source_name, e.source_actor,
  e.target_key, COALESCE(ta.name, e.target_text) AS target_name, e.target_actor,
  e.date, e.trigger, substr(d.text, e.start + 1, e."end" - e.start) AS text, e.start, e."end", e.by,
  COALESCE(e.day, '${UNDATED}') AS k, e.doc_seq`;
export const EVENT_JOINS = `FROM events e JOIN documents d ON d.seq = e.doc_seq
  LEFT JOIN actors sa ON sa.key = e.source_key LEFT JOIN actors ta ON ta.key = e.target_key`;

/** What decides which events merge (`event-merge.ts`): CAMEO root, actors and mode, besides the date. */
export const MERGE_COLUMNS = `e.doc_seq, e.date, e.root AS mroot,
  COALESCE(e.source_actor, e.source_key, '') AS sk, COALESCE(e.target_actor, e.target_key, '') AS tk, COALESCE(e.mode, '') AS mk`;

/** The code most mentions give; ties go to the most specific code, then the lowest. */
export function commonCode(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}


/**
 * One merged event from the rows of its mentions (the first in storage order leads) and its date
 * (`event-merge.ts`); `sourcesOf` counts the sources of documents.
 */
export function toMerged(root: string, date: string | null, mentions: EventRow[], sourcesOf: (docSeqs: number[]) => number): MergedEvent {
  const first = mentions[0];
  const code = commonCode(mentions.map((m) => m.code));
  const coded = mentions.find((m) => m.code === code)!;
  const seqs = [...new Set(mentions.map((m) => m.doc_seq))];
  const key = [date ?? `doc:${first.doc_seq}`, root, first.source_actor ?? first.source_key, first.target_actor ?? first.target_key, first.mode].join('|');
  return {
    id: `m-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`, code, root,
    plover: coded.plover, quadClass: coded.quad_class, goldstein: coded.goldstein, mode: first.mode,
    source: ref(first.source_key, first.source_name, first.source_actor), target: ref(first.target_key, first.target_name, first.target_actor),
    date, url: first.url, mentions: mentions.map((m) => ({ document: m.document, event: m.event_id })),
    documents: seqs.length, sources: sourcesOf(seqs),
  };
}
