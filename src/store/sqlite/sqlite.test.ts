import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runStoreCases, sampleRecord } from '../store.cases.js';
import { openSqliteStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-sqlite-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

runStoreCases('sqlite', async () => openSqliteStore(join(dir, 'cases.db')));

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
