import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contentHash } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { runStoreCases, sampleRecord } from '../store.cases.js';
import { navalnyArticle } from '../store.test-helpers.js';
import { openSqliteStore } from './index.js';
import { SCHEMA_VERSION } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-sqlite-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

let n = 0;
runStoreCases('sqlite', async () => openSqliteStore(join(dir, `case-${++n}.db`)));

test('the store uses WAL mode', async () => {
  const path = join(dir, 'wal.db');
  await (await openSqliteStore(path)).close();
  const db = new Database(path);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('a document that fails half-way leaves nothing behind', async () => {
  const store = openSqliteStore(join(dir, 'atomic.db'));
  const broken = sampleRecord();
  // A mention without text violates NOT NULL after the document row is written.
  (broken.entities[0].mentions[0] as { text: unknown }).text = null;
  await assert.rejects(store.put(broken), /storing a document failed/);
  assert.equal((await store.stats()).documents, 0);
  assert.equal(await store.get(broken.document.id), null);
  await store.close();
});

const fileBytes = (path: string) => readFileSync(path).toString('base64');

test('a query opens the store read-only: it migrates nothing and works while a writer holds the lock (issue 16, defect 3)', async () => {
  const path = join(dir, 'readers.db');
  const writer = openSqliteStore(path);
  await writer.put(sampleRecord());
  await writer.close();
  const before = fileBytes(path);
  const locker = new Database(path);
  locker.exec('BEGIN IMMEDIATE');
  const t0 = performance.now();
  const reader = openSqliteStore(path, { readOnly: true });
  assert.equal((await reader.stats()).documents, 1);
  assert.equal((await reader.search('Macron')).length, 1);
  await assert.rejects(reader.put(sampleRecord('Another text about Kyiv.')), /opened read-only/);
  await reader.close();
  assert.ok(performance.now() - t0 < 5000, 'the reader did not wait out the writer (busy timeout 10 s)');
  locker.exec('ROLLBACK');
  locker.close();
  assert.equal(fileBytes(path), before);
});

test('a query on a store written by a newer Parley is refused', () => {
  const newer = new Database(join(dir, 'newer.db'));
  newer.pragma('user_version = 99');
  newer.close();
  assert.throws(() => openSqliteStore(join(dir, 'newer.db'), { readOnly: true }), /newer Parley/);
});

test('a SQLite file with its own documents table is refused with one line and left unchanged (issue 16, defect 6)', () => {
  const path = join(dir, 'foreign.db');
  const db = new Database(path);
  db.exec("CREATE TABLE documents (name TEXT, body BLOB); INSERT INTO documents VALUES ('invoice', x'00')");
  db.close();
  const before = fileBytes(path);
  for (const readOnly of [false, true]) {
    assert.throws(() => openSqliteStore(path, { readOnly }),
      (err: unknown) => err instanceof ParleyError && err.code === 'E_STORE' && /is not a Parley store \(it has a 'documents' table Parley did not make\)/.test(err.message) && !err.message.includes('\n'));
  }
  assert.equal(fileBytes(path), before);
  const notSqlite = join(dir, 'notes.db');
  writeFileSync(notSqlite, 'Minutes of the meeting in Geneva, not a database at all.\n'.repeat(100));
  assert.throws(() => openSqliteStore(notSqlite), /cannot open the store \(file is not a database\)/);
  assert.throws(() => openSqliteStore(notSqlite, { readOnly: true }), /cannot open the store \(file is not a database\)/);
});

test('an empty database file becomes a store for a writer and is refused by a reader', async () => {
  const path = join(dir, 'empty.db');
  writeFileSync(path, '');
  assert.throws(() => openSqliteStore(path, { readOnly: true }), /empty database, not a Parley store/);
  const store = openSqliteStore(path);
  assert.equal((await store.stats()).documents, 0);
  await store.close();
});

test('storedIdOf finds a stored text by its hash, so ingest can skip it before analysing', async () => {
  const store = openSqliteStore(join(dir, 'hash.db'));
  const record = sampleRecord();
  assert.equal(await store.storedIdOf(contentHash(record.document.text)), null);
  await store.put(record);
  assert.equal(await store.storedIdOf(contentHash(record.document.text)), record.document.id);
  await store.close();
});

test('an estimated date keeps its range through the store', async () => {
  const store = openSqliteStore(join(dir, 'range.db'));
  const base = sampleRecord();
  const record = { ...base, document: { ...base.document, published: '2024-12-13', publishedSource: 'estimated' as const, publishedRange: { earliest: '2024-11-05', latest: '2025-01-20' } } };
  await store.put(record);
  assert.deepEqual(await store.get(record.document.id), record);
  await store.close();
});

test('a version-1 store is migrated on open: its documents get tables, a story and their actors', async () => {
  const path = join(dir, 'v1.db');
  const record = navalnyArticle();
  const db = new Database(path);
  const { migrations } = await import('./migrations.js');
  migrations()[0].up(db);
  db.pragma('user_version = 1');
  const seq = Number(db.prepare(`INSERT INTO documents (id, content_hash, title, url, source, published, published_source, text, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, 'given', ?, '2026-01-01')`).run(record.document.id, contentHash(record.document.text), record.document.title, record.document.url,
    record.document.source, record.document.published, record.document.text).lastInsertRowid);
  for (const name of ['sentences', 'paragraphs', 'entities', 'timexes', 'quotes', 'events', 'topics', 'stances'] as const) {
    db.prepare('INSERT INTO layers VALUES (?, ?, ?)').run(seq, name, JSON.stringify(record[name]));
  }
  db.prepare('INSERT INTO layers VALUES (?, ?, ?)').run(seq, 'tokens', JSON.stringify(record.tokens));
  db.close();
  const store = openSqliteStore(path);
  assert.deepEqual(await store.get(record.document.id), record);
  assert.equal((await store.stories()).items.length, 1);
  assert.equal((await store.quotes({ speaker: 'German' })).items.length, 1);
  assert.equal((await store.actors({ name: 'Merkel' })).items[0].roles[0].from, '2020-09-05');
  await store.close();
  const raw = new Database(path);
  assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  // Entity rows are read by their document only; the indexes versions 1 and 2 made are gone.
  assert.deepEqual(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities' AND sql IS NOT NULL").all(), []);
  raw.close();
});
