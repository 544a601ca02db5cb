import { firstDay, lastDay } from './dates.js';
import { UNDATED } from './sql.js';

/*
 * Which event mentions are one act, across articles. Mentions with the same CAMEO root, source and
 * target actors and mode are the same act when their dates are compatible:
 * - dated to days at most SAME_ACT_DAYS apart (reports a day apart date one act differently: "on
 *   Tuesday" in one, "yesterday" in the next day's copy); a run of daily acts is cut into spans of
 *   SAME_ACT_DAYS + 1 days, from the earliest, so that one merged event never stretches over a week;
 * - dated to a range (a week, a month, a quarter, a year) and the only such act on a day inside it
 *   ("in March" joins the one act of 12 March; with two acts that March it joins neither);
 * - otherwise dated to the same range; an undated mention merges only within its own document.
 * The result does not depend on the order the mentions were stored in.
 */

/** Days apart two reports of one act may date it. */
export const SAME_ACT_DAYS = 1;

/** The fields of an event mention that decide what it merges with (`rid` tells apart mentions of one document). */
export interface MergeRow {
  readonly doc_seq: number;
  readonly rid: number;
  readonly date: string | null;
  readonly mroot: string;
  readonly sk: string;
  readonly tk: string;
  readonly mk: string;
}

/** The sort key and cursor of a merged event: its first day, a group number, root, actors and mode. */
export type ClusterKey = [string, number, string, string, string, string];

export interface EventCluster<Row extends MergeRow = MergeRow> {
  readonly key: ClusterKey;
  /** The date of the merged event: its earliest day, else the range all its mentions give. */
  readonly date: string | null;
  /** In storage order. */
  readonly members: Row[];
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const storageOrder = (a: MergeRow, b: MergeRow) => a.doc_seq - b.doc_seq || a.rid - b.rid;

/** Groups event mentions into merged events, sorted by their keys; only those after `after` when it is given. */
export function clusterEvents<Row extends MergeRow>(rows: readonly Row[], after?: readonly (string | number)[] | null): EventCluster<Row>[] {
  const groups = new Map<string, Row[]>();
  const bounds = boundsOfDates();
  for (const r of rows) {
    const id = `${r.mroot}\u0000${r.sk}\u0000${r.tk}\u0000${r.mk}`;
    const group = groups.get(id);
    if (group) group.push(r); else groups.set(id, [r]);
  }
  const clusters = [...groups.values()].flatMap((group) => clusterGroup(group, bounds)).filter((c) => !after || compareKeys(c.key, after) > 0);
  for (const c of clusters) c.members.sort(storageOrder);
  return clusters.sort((a, b) => compareKeys(a.key, b.key));
}

export function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

interface Dated<Row> { readonly row: Row; readonly first: string; readonly last: string }

/** The first and last day of a date value, remembered: a corpus has far fewer dates than events. */
function boundsOfDates(): (date: string | null) => readonly [string | null, string | null] {
  const known = new Map<string, readonly [string | null, string | null]>();
  return (date) => {
    if (date === null) return [null, null];
    let bounds = known.get(date);
    if (!bounds) known.set(date, (bounds = [firstDay(date), lastDay(date)]));
    return bounds;
  };
}

/** The merged events of mentions that share a root, actors and mode. */
function clusterGroup<Row extends MergeRow>(group: Row[], bounds: ReturnType<typeof boundsOfDates>): EventCluster<Row>[] {
  const { mroot, sk, tk, mk } = group[0];
  const key = (day: string, grp: number): ClusterKey => [day, grp, mroot, sk, tk, mk];
  const days: Array<Dated<Row>> = [];
  const ranges: Array<Dated<Row>> = [];
  const undated = new Map<number, Row[]>();
  for (const row of group) {
    const [first, last] = bounds(row.date);
    if (!first || !last) undated.set(row.doc_seq, [...(undated.get(row.doc_seq) ?? []), row]);
    else (first === last ? days : ranges).push({ row, first, last });
  }
  const spans = daySpans(days);
  const byRange = new Map<string, { first: string; last: string; date: string | null; members: Row[] }>();
  for (const r of ranges) {
    const inside = spans.filter((s) => s.first <= r.last && s.last >= r.first);
    if (inside.length === 1) { inside[0].members.push(r.row); continue; }
    const id = `${r.first}|${r.last}`;
    const same = byRange.get(id);
    if (same) same.members.push(r.row); else byRange.set(id, { first: r.first, last: r.last, date: r.row.date, members: [r.row] });
  }
  return [
    ...spans.map((s) => ({ key: key(s.first, 0), date: s.date, members: s.members })),
    // A range's group number is its length in days, so a month and the day it starts on sort apart.
    ...[...byRange.values()].map((r) => ({ key: key(r.first, daysBetween(r.first, r.last) + 1), date: r.date, members: r.members })),
    ...[...undated].map(([seq, members]) => ({ key: key(UNDATED, seq), date: null, members })),
  ];
}

/** Day-dated mentions cut into spans of at most SAME_ACT_DAYS + 1 days, from the earliest; each dated by its first mention. */
function daySpans<Row extends MergeRow>(days: Array<Dated<Row>>) {
  const spans: Array<{ first: string; last: string; date: string | null; members: Row[] }> = [];
  days.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : storageOrder(a.row, b.row)));
  for (const d of days) {
    const open = spans[spans.length - 1];
    if (open && daysBetween(open.first, d.first) <= SAME_ACT_DAYS) {
      open.members.push(d.row);
      open.last = d.first;
    } else {
      spans.push({ first: d.first, last: d.first, date: d.row.date, members: [d.row] });
    }
  }
  return spans;
}
