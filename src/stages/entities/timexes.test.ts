import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { outsideTimexes } from './index.js';
import type { Mention } from '../../model/layers.js';

const withTime = createAnalyzer(['segment', 'mentions', 'anchor', 'time', 'entities']);

test('a time zone or holiday inside a date is no actor: "10:02 UTC", "04:20 GMT", "Super Tuesday"', () => {
  const text = 'The capsule docked at 10:02 UTC on Sunday, NASA said. The quake struck at 04:20 GMT near Manila. '
    + 'Warren dropped out after Super Tuesday, when Biden won ten states.';
  const record = analyze(withTime, { text, published: '2020-03-06' });
  const names = record.entities.map((e) => e.name);
  for (const gone of ['UTC', 'GMT', 'Super Tuesday', 'Super']) assert.ok(!names.includes(gone), `${gone} in ${names.join(', ')}`);
  for (const kept of ['Manila', 'Warren', 'Joe Biden']) assert.ok(names.some((n) => n.includes(kept)), `${kept} missing from ${names.join(', ')}`);
});

test('outsideTimexes keeps names that only touch or overlap a timex', () => {
  const mention = (start: number, end: number) => ({ start, end, type: 'ORG', tokenStart: 0, tokenEnd: 0, by: 'test' }) as Mention;
  const timexes = [{ start: 10, end: 20 }, { start: 40, end: 45 }];
  const kept = outsideTimexes([mention(0, 9), mention(12, 16), mention(18, 24), mention(40, 45), mention(46, 50)], timexes);
  assert.deepEqual(kept.map((m) => [m.start, m.end]), [[0, 9], [18, 24], [46, 50]]);
});
