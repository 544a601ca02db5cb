import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openPostgresStore, type PostgresStore } from '../store/postgres/index.js';
import { dropSchemas, freshSchema, SKIP_PG, TEST_PG } from '../store/postgres/schemas.test-helpers.js';
import { backoffMs, claim, complete, enqueue, queueStatus, registerWorker } from './queue.js';
import { runWorker, type WorkerOptions } from './worker.js';

test('the wait before a retry doubles from the base, with jitter, and stops growing at an hour', () => {
  assert.equal(backoffMs(1, 1000, () => 0.5), 1000);
  assert.equal(backoffMs(3, 1000, () => 0.5), 4000);
  assert.equal(backoffMs(2, 1000, () => 0), 1500);
  assert.equal(backoffMs(40, 1000, () => 0.5), 3_600_000);
});

const quietWorker = (overrides: Partial<WorkerOptions> = {}): WorkerOptions => ({
  concurrency: 1, backoffBaseMs: 20, pollMs: 20, exitWhenEmpty: true,
  fetch: { userAgent: 'Parley test', timeoutMs: 2000 }, log: () => {}, ...overrides,
});

/** A fresh store in its own schema, and its URL with that schema for a worker. */
async function freshStore(prefix: string): Promise<{ store: PostgresStore; url: string }> {
  const schema = freshSchema(prefix);
  const store = openPostgresStore(TEST_PG, { schema });
  await store.ready();
  const u = new URL(TEST_PG);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { store, url: u.toString() };
}

// Wikinews, "Germany says Alexei Navalny poisoned with Novichok" (2020-09-05), CC BY 2.5.
const NAVALNY = 'On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok, a range of neurotoxins developed by the Soviet Union.';

describe('the ingest queue on PostgreSQL', { skip: SKIP_PG }, () => {
  after(dropSchemas);

  test('a worker stores a queued document once and marks its job done; a bad input is dead-lettered at once with its error', async () => {
    const { store, url } = await freshStore('queue');
    await enqueue(store.pool, [
      { kind: 'document', payload: { id: 'wn-navalny', text: NAVALNY, published: '2020-09-05' }, origin: 'navalny.json' },
      { kind: 'document', payload: { id: 'copy', text: NAVALNY }, origin: 'copy.json' },
      { kind: 'document', payload: { title: 'no text at all' }, origin: 'broken.json' },
      { kind: 'document', payload: { text: '   \n  ' }, origin: 'empty.json' },
    ]);
    const summary = await runWorker(url, quietWorker());
    assert.equal(summary.jobs, 4);
    assert.equal(summary.stored, 1);
    assert.equal(summary.dead, 2);
    assert.equal((await store.stats()).documents, 1);
    assert.equal((await store.documents()).items[0].sources, 2);
    const q = await queueStatus(store.pool);
    assert.deepEqual([q.queued, q.retrying, q.running, q.done, q.dead], [0, 0, 0, 2, 2]);
    assert.deepEqual(q.lastFailures.map((f) => [f.origin, f.attempts]).sort(), [['broken.json', 1], ['empty.json', 1]]);
    assert.match(q.lastFailures.find((f) => f.origin === 'broken.json')!.error, /has no 'text' string/);
    await store.close();
  });

  test('a job that keeps failing is retried with backoff, then dead-lettered with the error after its last try', async () => {
    const { store, url } = await freshStore('retry');
    await enqueue(store.pool, [{ kind: 'url', payload: { url: 'http://127.0.0.1:1/feed.xml' }, origin: 'http://127.0.0.1:1/feed.xml' }], 3);
    const lines: string[] = [];
    const t0 = performance.now();
    const summary = await runWorker(url, quietWorker({ backoffBaseMs: 100, log: (l) => lines.push(l) }));
    assert.ok(performance.now() - t0 >= 0.75 * (100 + 200), 'the tries waited for their backoff');
    assert.deepEqual([summary.retried, summary.dead], [2, 1]);
    assert.equal(lines.filter((l) => /will retry/.test(l)).length, 2);
    const [dead] = (await queueStatus(store.pool)).lastFailures;
    assert.equal(dead.attempts, 3);
    assert.match(dead.error, /127\.0\.0\.1:1/);
    await store.close();
  });

  test("a running job whose worker's connection died is claimed again, and the dead worker's late commit is refused", async () => {
    const { store } = await freshStore('orphan');
    const otherSession = await store.pool.connect();
    const client = await store.pool.connect();
    try {
      await enqueue(store.pool, [{ kind: 'document', payload: { text: NAVALNY }, origin: 'a.json' }]);
      const session = await store.pool.connect();
      const dying = await registerWorker(session, 'test', 1, 1);
      const first = (await claim(store.pool, dying))!;
      const other = await registerWorker(otherSession, 'test', 2, 1);
      assert.equal(await claim(store.pool, other), null, 'a live worker keeps its job');
      session.release(new Error('the worker died')); // closes the connection: its advisory lock goes with it
      let again = null;
      for (let i = 0; i < 100 && !again; i++) {
        again = await claim(store.pool, other);
        if (!again) await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(again, 'the job was claimed again');
      assert.deepEqual([again.id, again.attempts], [first.id, 2]);
      assert.equal(await complete(client, first, dying, 'inserted', null), false);
      assert.equal(await complete(client, again, other, 'inserted', null), true);
    } finally {
      client.release();
      otherSession.release();
      await store.close();
    }
  });

  test('a job that kills every worker that takes it is dead-lettered after its last try', async () => {
    const { store, url } = await freshStore('poison');
    await enqueue(store.pool, [{ kind: 'document', payload: { text: NAVALNY }, origin: 'crash.json' }], 2);
    for (let i = 0; i < 2; i++) {
      const conn = new pg.Client({ connectionString: url });
      await conn.connect();
      const id = await registerWorker(conn, 'test', 100 + i, 1);
      assert.ok(await claim(store.pool, id));
      await conn.end();
    }
    const summary = await runWorker(url, quietWorker());
    assert.deepEqual([summary.stored, summary.dead], [0, 1]);
    assert.match((await queueStatus(store.pool)).lastFailures[0].error, /stopped while processing it, 2 times/);
    await store.close();
  });
});
