import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, type MergeRow } from './event-merge.js';

const act = (doc_seq: number, date: string | null, mroot = '19'): MergeRow => ({ doc_seq, rid: doc_seq, date, mroot, sk: 'RUS', tk: 'UKR', mk: 'asserted' });
const merged = (rows: MergeRow[]) => clusterEvents(rows).map((c) => [c.date, c.members.map((m) => m.doc_seq)]);

// How dates decide which reports of one coding (Russia fights Ukraine, root 19) are one act.
const CASES: Array<[string, MergeRow[], unknown[]]> = [
  ['a day apart: one act', [act(1, '2022-02-24'), act(2, '2022-02-25')], [['2022-02-24', [1, 2]]]],
  ['two days apart: two acts', [act(1, '2022-02-24'), act(2, '2022-02-26')], [['2022-02-24', [1]], ['2022-02-26', [2]]]],
  ['daily reports are cut into two-day spans from the first', [act(1, '2022-02-24'), act(2, '2022-02-25'), act(3, '2022-02-26')],
    [['2022-02-24', [1, 2]], ['2022-02-26', [3]]]],
  ['a month holding one act joins it', [act(1, '2022-02'), act(2, '2022-02-24')], [['2022-02-24', [1, 2]]]],
  ['a month holding two acts joins neither', [act(1, '2022-02'), act(2, '2022-02-10'), act(3, '2022-02-24')],
    [['2022-02', [1]], ['2022-02-10', [2]], ['2022-02-24', [3]]]],
  ['a week outside the act stays apart', [act(1, '2022-W10'), act(2, '2022-02-24')], [['2022-02-24', [2]], ['2022-W10', [1]]]],
  ['the same month without a day: one act', [act(1, '2022-03'), act(2, '2022-03')], [['2022-03', [1, 2]]]],
  ['undated: only within a document', [act(1, null), act(2, null)], [[null, [1]], [null, [2]]]],
  ['another root is another act', [act(1, '2022-02-24'), act(2, '2022-02-24', '18')], [['2022-02-24', [2]], ['2022-02-24', [1]]]],
];

for (const [what, rows, expected] of CASES) {
  test(`merged events: ${what}`, () => {
    assert.deepEqual(merged(rows), expected);
    assert.deepEqual(merged([...rows].reverse()), expected, 'the storage order does not matter');
  });
}
