import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { runStoreCases, sampleRecord } from '../store.cases.js';
import { openPostgresStore } from './index.js';
import { toTsQuery } from './search.js';
import { PG_MIGRATIONS } from './migrations.js';
import { dropSchemas, freshSchema, SKIP_PG, TEST_PG } from './schemas.test-helpers.js';

test('a typed query becomes a safe tsquery: every word required, prefixes kept, operators and quotes inert', () => {
  assert.equal(toTsQuery('Macron Warsaw'), "'Macron' & 'Warsaw'");
  assert.equal(toTsQuery('Navalny\'s poison*'), "'Navalny''s' & 'poison':*");
  assert.equal(toTsQuery('"unbalanced (NEAR AND'), "'unbalanced' & 'NEAR' & 'AND'");
  assert.equal(toTsQuery(' !& | '), '');
});

describe('PostgreSQL store', { skip: SKIP_PG }, () => {
  after(dropSchemas);

  runStoreCases('postgres', async () => openPostgresStore(TEST_PG, { schema: freshSchema('case') }));

  test('a document that fails half-way leaves nothing behind', async () => {
    const store = openPostgresStore(TEST_PG, { schema: freshSchema('atomic') });
    const broken = sampleRecord();
    (broken.entities[0].mentions[0] as { text: unknown }).text = null;
    await assert.rejects(store.put(broken), /storing a document failed/);
    assert.equal((await store.stats()).documents, 0);
    await store.close();
  });

  test('a query opens the store read-only: an empty database is refused, nothing is created', async () => {
    const schema = freshSchema('readonly');
    const reader = openPostgresStore(TEST_PG, { schema, readOnly: true });
    await assert.rejects(reader.stats(), /holds no Parley store yet/);
    await reader.close();
    const writer = openPostgresStore(TEST_PG, { schema });
    await writer.put(sampleRecord());
    await writer.close();
    const again = openPostgresStore(TEST_PG, { schema, readOnly: true });
    assert.equal((await again.stats()).documents, 1);
    await assert.rejects(again.put(sampleRecord('Another text about Kyiv.')), /opened read-only/);
    await again.close();
  });

  test("another program's documents table is refused, not migrated", async () => {
    const schema = freshSchema('foreign');
    const client = new pg.Client({ connectionString: TEST_PG });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.documents (x int)`);
    await client.end();
    const store = openPostgresStore(TEST_PG, { schema });
    await assert.rejects(store.stats(), /is not a Parley store/);
    await store.close();
  });

  test('many stores opening one new database at once migrate it once', async () => {
    const schema = freshSchema('race');
    const stores = Array.from({ length: 4 }, () => openPostgresStore(TEST_PG, { schema }));
    await Promise.all(stores.map((s) => s.ready()));
    const [check] = stores;
    const { rows } = await check.pool.query('SELECT COUNT(*)::int AS n FROM parley_migrations');
    assert.equal(rows[0].n, PG_MIGRATIONS.length);
    await Promise.all(stores.map((s) => s.close()));
  });

  test('entity rows keep only their key: an index no query reads is not written on every ingest', async () => {
    const schema = freshSchema('indexes');
    const store = openPostgresStore(TEST_PG, { schema });
    await store.ready();
    const { rows } = await store.pool.query('SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2', [schema, 'entities']);
    assert.deepEqual(rows.map((r: { indexname: string }) => r.indexname), ['entities_pkey']);
    await store.close();
  });

  test('an unreachable server is one E_STORE error naming the URL without its password', async () => {
    const store = openPostgresStore('postgres://parley:secret@127.0.0.1:1/nowhere');
    await assert.rejects(store.stats(), (err: Error & { code?: string }) =>
      err.code === 'E_STORE' && /127\.0\.0\.1:1/.test(err.message) && !/secret/.test(err.message));
    await store.close();
  });
});
