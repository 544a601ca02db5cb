import type { Polarity } from '../model/layers.js';
import { isoWeekOf } from './dates.js';
import { actorIn, day, like, UNDATED, Where, type Dialect } from './sql.js';
import type { ActorRef, StanceCell, StanceMatrix, StanceMatrixQuery, StanceQuery } from './store.js';

/*
 * What the SQLite and PostgreSQL stores share for topics and stances: the filters, the row each
 * adapter reads, and the folding of rows into the actor × topic matrix.
 */

/** A topic's corpus key: its normalised key, or its label in lower case when it has none. */
export const TOPIC_KEY = 'COALESCE(t.key, lower(t.label))';
export const POLARITIES: readonly Polarity[] = ['support', 'oppose', 'consider', 'neutral'];

/** The most frequent of some labels; ties go to the first seen. */
export function commonest(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

export function stanceFilters(query: StanceQuery, dialect: Dialect): Where {
  const where = new Where();
  const ACTOR_IN = actorIn(dialect);
  if (query.actor !== undefined) where.add(`(s.holder_key IN ${ACTOR_IN} OR s.holder_actor = ?)`, query.actor, like(query.actor), query.actor);
  if (query.topic !== undefined) where.add(`(${TOPIC_KEY} = ? OR ${dialect.contains('t.label')})`, query.topic, like(query.topic));
  if (query.polarity !== undefined) where.add('s.polarity = ?', query.polarity);
  const from = day(query.from, 'from');
  const to = day(query.to, 'to');
  if (from) where.add('s.day >= ?', from);
  if (to) where.add('s.day <= ?', to);
  if (query.document !== undefined) where.add('s.doc_seq = (SELECT seq FROM documents WHERE id = ?)', query.document);
  return where;
}

export const STANCE_ROWS = `FROM stances s JOIN documents d ON d.seq = s.doc_seq
  LEFT JOIN topics t ON t.doc_seq = s.doc_seq AND t.topic_id = s.topic_id
  LEFT JOIN actors a ON a.key = s.holder_key`;

export interface StanceRow {
  document: string; holder_key: string | null; holder_name: string | null; holder_actor: string | null; tkey: string | null; label: string | null;
  polarity: Polarity; cue: string | null; text: string; start: number; end: number; date: string | null; k: string; doc_seq: number; idx: number;
}


/** The stance matrix from stance rows oldest first: the `size` actors and topics with most stances, folded into cells. */
export function foldMatrix(rows: readonly StanceRow[], query: StanceMatrixQuery): StanceMatrix {
  const size = Math.min(Math.max(1, Math.floor(query.size ?? 50)), 500);
  const found = rows.filter((r) => r.tkey !== null && holderId(r) !== null);
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

export const holderId = (r: StanceRow): string | null => r.holder_key ?? (r.holder_actor ? `code:${r.holder_actor}` : null);
export const holderRef = (r: StanceRow): ActorRef => ({ id: holderId(r), name: r.holder_name, cameo: r.holder_actor });

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
