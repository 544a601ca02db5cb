import { createHash } from 'node:crypto';
import type { EventMode } from '../../model/layers.js';
import { decodeCursor, pageLimit } from '../cursor.js';
import type { ActorRef, EventHit, EventQuery, MergedEvent, Network, NetworkQuery, Page } from '../store.js';
import { day, like, page, UNDATED, Where } from '../sqlite/sql.js';
import { rows, type Queryable } from './db.js';

/** The actors a filter names: an exact corpus key, or any actor whose name contains the words. */
const ACTOR_IN = '(SELECT key FROM actors WHERE key = ? OR name ILIKE ?)';

/** The filters events, merged events and the network share. */
function eventFilters(query: EventQuery & NetworkQuery): Where {
  const where = new Where();
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

interface EventRow {
  document: string; url: string | null; event_id: string; code: string; label: string | null; root: string; plover: string | null;
  quad_class: number | null; goldstein: number | null; mode: EventMode | null;
  source_key: string | null; source_name: string | null; source_actor: string | null;
  target_key: string | null; target_name: string | null; target_actor: string | null;
  date: string | null; trigger: string | null; text: string; start: number; end: number; by: string | null;
  k: string; doc_seq: number;
}

const ref = (id: string | null, name: string | null, cameo: string | null): ActorRef => ({ id, name, cameo });

const toHit = (r: EventRow): EventHit => ({
  document: r.document, event: r.event_id, code: r.code, label: r.label, root: r.root, plover: r.plover, quadClass: r.quad_class,
  goldstein: r.goldstein, mode: r.mode, source: ref(r.source_key, r.source_name, r.source_actor),
  target: ref(r.target_key, r.target_name, r.target_actor), date: r.date, trigger: r.trigger, text: r.text, start: r.start, end: r.end, by: r.by,
});

/** The columns of one event row with its document id, actor names and evidence text. */
const EVENT_COLUMNS = `d.id AS document, d.url, e.event_id, e.code, e.label, e.root, e.plover, e.quad_class, e.goldstein, e.mode,
  e.source_key, COALESCE(sa.name, e.source_text) AS source_name, e.source_actor,
  e.target_key, COALESCE(ta.name, e.target_text) AS target_name, e.target_actor,
  e.date, e.trigger, substr(d.text, e.start + 1, e."end" - e.start) AS text, e.start, e."end", e.by,
  COALESCE(e.day, '${UNDATED}') AS k, e.doc_seq`;
const EVENT_JOINS = `FROM events e JOIN documents d ON d.seq = e.doc_seq
  LEFT JOIN actors sa ON sa.key = e.source_key LEFT JOIN actors ta ON ta.key = e.target_key`;

/** The grouping that makes one merged event: same day (undated: same document), CAMEO root, actors and mode. */
const MERGE_KEY = `CASE WHEN e.day IS NULL THEN e.doc_seq ELSE 0 END AS grp, e.root AS mroot,
  COALESCE(e.source_actor, e.source_key, '') AS sk, COALESCE(e.target_actor, e.target_key, '') AS tk, COALESCE(e.mode, '') AS mk`;

/** The code most mentions give; ties go to the most specific code, then the lowest. */
function commonCode(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}

/** The read side for events (the SQLite store's queries in PostgreSQL's dialect): per article, merged, as a network. */
export function createEventQueries(db: Queryable) {
  /** How many sources each of these documents has: one query for a whole page of merged events. */
  const sourceCounts = async (seqs: number[]) => new Map((await rows<{ doc_seq: number; n: number }>(db,
    'SELECT doc_seq, COUNT(*)::int AS n FROM document_sources WHERE doc_seq = ANY(?::int[]) GROUP BY doc_seq', [seqs])).map((r) => [r.doc_seq, r.n]));

  async function events(query: EventQuery = {}): Promise<Page<EventHit>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, 0]);
    const where = eventFilters(query);
    if (after) where.add(`(COALESCE(e.day, '${UNDATED}'), e.doc_seq, e.idx) > (?, ?, ?)`, ...after);
    const found = await rows<EventRow & { rid: number }>(db, `SELECT ${EVENT_COLUMNS}, e.idx AS rid ${EVENT_JOINS} ${where}
      ORDER BY k, e.doc_seq, e.idx LIMIT ?`, [...where.params, limit + 1]);
    return page(found, limit, (r) => [r.k, r.doc_seq, r.rid], toHit);
  }

  async function mergedEvents(query: Omit<EventQuery, 'document'> = {}): Promise<Page<MergedEvent>> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['', 0, '', '', '', '']);
    const where = eventFilters({ ...query, document: undefined });
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
    return page(found, limit, (r) => [r.k, r.grp, r.mroot, r.sk, r.tk, r.mk], (r) => toMerged(r.mroot, r.ms, sources));
  }

  function toMerged(root: string, mentions: EventRow[], sourcesOf: Map<number, number>): MergedEvent {
    const first = mentions[0];
    const code = commonCode(mentions.map((m) => m.code));
    const coded = mentions.find((m) => m.code === code)!;
    const seqs = [...new Set(mentions.map((m) => m.doc_seq))];
    const key = [first.date ?? `doc:${first.doc_seq}`, root, first.source_actor ?? first.source_key, first.target_actor ?? first.target_key, first.mode].join('|');
    return {
      id: `m-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`, code, root,
      plover: coded.plover, quadClass: coded.quad_class, goldstein: coded.goldstein, mode: first.mode,
      source: ref(first.source_key, first.source_name, first.source_actor), target: ref(first.target_key, first.target_name, first.target_actor),
      date: first.date, url: first.url, mentions: mentions.map((m) => ({ document: m.document, event: m.event_id })),
      documents: seqs.length, sources: seqs.reduce((n, seq) => n + (sourcesOf.get(seq) ?? 0), 0),
    };
  }

  async function network(query: NetworkQuery = {}): Promise<Network> {
    const where = eventFilters(query);
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
