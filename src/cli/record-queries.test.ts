import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { NAVALNY_CUT, navalnyArticle, rouhaniArticle } from '../store/store.test-helpers.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { main } from './main.js';

// `parley events`, `topics` and `stances` over a store holding two hand-read Wikinews articles
// (CC BY 2.5; see store/store.test-helpers.ts) and a cut copy of one, so that events merge across articles.
const dir = mkdtempSync(join(tmpdir(), 'parley-record-cli-'));
const DB = join(dir, 'store.db');
after(() => rmSync(dir, { recursive: true, force: true }));

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void) { this.text += chunk.toString(); done(); }
}

async function parley(...args: string[]) {
  const out = new Capture();
  const err = new Capture();
  const code = await main([...args, '--db', DB], out, err);
  return { code, out: out.text, err: err.text };
}

before(async () => {
  const store = openSqliteStore(DB);
  await store.put(rouhaniArticle());
  await store.put(navalnyArticle());
  await store.put(navalnyArticle({ id: 'copy-navalny', text: NAVALNY_CUT, title: 'Berlin: Navalny was poisoned', published: '2020-09-07' }));
  await store.close();
});

test('parley events prints who did what to whom, with the words that say it', async () => {
  const r = await parley('events', '--actor', 'Merkel');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^2020-09-02 {2}DEUGOV \(Angela Merkel\) → RUS \(Russia\) {2}1041 Demand information, investigation {2}«Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia» {2}\[wn-navalny \d+–\d+\]$/);
  const intended = await parley('events', '--mode', 'intended');
  assert.match(intended.out, /030 Express intent to cooperate \[intended\]/);
  assert.equal((await parley('events', '--plover', 'REJECT', '--json')).out.includes('"code": "120"'), true);
});

test('parley events --merged lists each act once with the articles that report it', async () => {
  const r = await parley('events', '--merged', '--from', '2020-09');
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.out.trim().split('\n'), [
    '2020-09-02  DEUGOV (Angela Merkel) → RUS (Russia)  1041 DEMAND  2 articles, 2 sources  [wn-navalny v1, copy-navalny v1]',
    '2020-09-03  RUSGOV (Russian government) → German government  120 REJECT  2 articles, 2 sources  [wn-navalny v2, copy-navalny v2]',
  ]);
});

test('parley quotes --merged gives words two articles carry once', async () => {
  const r = await parley('quotes', '--merged', '--by', 'German');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^2020-09-02 {2}German government: “there was "unequivocal" proof he had been poisoned” {2}2 articles {2}\[wn-navalny \d+–\d+, copy-navalny \d+–\d+\]\n$/);
});

test('parley topics and stances show what is on the table and who stands where', async () => {
  const topics = await parley('topics');
  assert.equal(topics.code, 0, topics.err);
  assert.match(topics.out.split('\n')[0], /^ {3}2 articles {4}4 stances \(\+2 −2 \?0 =0\) {2}claim that Navalny was poisoned with Novichok {2}\[poison\|navalny\|novichok\]$/);
  const oppose = await parley('stances', '--polarity', 'oppose', '--limit', '1');
  assert.match(oppose.out, /^2020-09-03 {2}oppose {3}RUSGOV \(Russian government\) on “claim that Navalny was poisoned with Novichok” {2}«The Russian government dismissed the claim from Berlin as groundless»/);
  assert.match(oppose.out, /more: --cursor \S+/);
  const matrix = await parley('stances', '--matrix', '--by-week');
  assert.equal(matrix.code, 0, matrix.err);
  assert.deepEqual(matrix.out.split('\n').slice(0, 5), [
    '2019-W38                     T1      T2',
    'IRNGOV (Hassan Rouhani)      +1      ·',
    '2020-W36                     T1      T2',
    'German government            ·       +2',
    'RUSGOV (Russian government)  ·       −2',
  ]);
  assert.match(matrix.out, /T2 {2}claim that Navalny was poisoned with Novichok {2}\[poison\|navalny\|novichok\]/);
});

test('bad flags for events and stances are one-line usage errors', async () => {
  for (const args of [['events', '--mode', 'sure'], ['events', '--code', 'x1'], ['stances', '--polarity', 'maybe'], ['stances', '--by-week'], ['events', '--from', 'soon']]) {
    const r = await parley(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.out, '');
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('parley export writes events (per article, or merged as GDELT rows), stances and filtered documents', async () => {
  const gdelt = (await parley('export', '--events', '--format', 'gdelt', '--from', '2020')).out.trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(gdelt.length, 3, 'a header and two merged events');
  assert.equal(gdelt[0].length, 61);
  const merkel = Object.fromEntries(gdelt[0].map((name, i) => [name, gdelt[1][i]]));
  assert.deepEqual([merkel.SQLDATE, merkel.Actor1Code, merkel.Actor2Code, merkel.EventCode, merkel.NumArticles, merkel.NumSources], ['20200902', 'DEUGOV', 'RUS', '1041', '2', '2']);
  const csv = (await parley('export', '--events', '--format', 'csv', '--mode', 'any', '--actor', 'Rouhani')).out.split('\r\n').filter(Boolean);
  assert.equal(csv.length, 3);
  assert.match(csv[2], /^wn-rouhani,v2,2019-09-22,030,Express intent to cooperate,03,COOPERATE,1,0,intended,IRNGOV,Hassan Rouhani,/);
  const stances = (await parley('export', '--stances', '--polarity', 'support')).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(stances.map((s) => [s.document, s.holder.name]), [['wn-rouhani', 'Hassan Rouhani'], ['wn-navalny', 'German government'], ['copy-navalny', 'German government']]);
  const docs = (await parley('export', '--from', '2020-09-06')).out.trim().split('\n').map((l) => JSON.parse(l).document.id);
  assert.deepEqual(docs, ['copy-navalny']);
  for (const args of [['export', '--format', 'gdelt'], ['export', '--quotes', '--events'], ['export', '--events', '--polarity', 'oppose'], ['export', '--stances', '--polarity', 'maybe']]) {
    const r = await parley(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.out, '');
  }
});
