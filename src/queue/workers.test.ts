import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPostgresStore } from '../store/postgres/index.js';
import { dropSchemas, freshSchema, inSchema, SKIP_PG, TEST_PG } from '../store/postgres/schemas.test-helpers.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

// English Wikinews articles (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/), read from
// ../shared/data/wikinews; each article's url names it and its authors.
const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const PARLEY = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
const ARTICLES = 60;
const COPIES = 8;
const dir = mkdtempSync(join(tmpdir(), 'parley-workers-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/**
 * 60 articles, 8 syndicated copies (cut by their last paragraph, under a new headline) so that
 * some stories have two documents, and one exact copy from another outlet (stored once, with two sources).
 */
function corpus(): string {
  const articles = readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).slice(0, ARTICLES).map((l) => JSON.parse(l));
  const copies = articles.filter((a) => a.text.split('\n\n').length >= 3).slice(0, COPIES).map((a) => {
    const paragraphs = a.text.split('\n\n');
    return { ...a, id: `copy-${a.id}`, title: `Wire: ${a.title}`, text: paragraphs.slice(0, -1).join('\n\n') };
  });
  const exact = { ...articles[ARTICLES - 1], id: 'exact-copy', url: 'https://example.org/syndicated' };
  const path = join(dir, 'corpus.jsonl');
  // The copies come first for half of them, so a copy is sometimes stored before its original.
  const lines = [...copies.slice(0, COPIES / 2), ...articles, ...copies.slice(COPIES / 2), exact].map((o) => JSON.stringify(o));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function parley(args: string[]): ChildProcess {
  return spawn(process.execPath, [PARLEY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  let err = '';
  child.stderr?.on('data', (d) => { err += d; });
  child.stdout?.resume();
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, err })));
}

/** The stories as sets of documents (story ids name a story's first text, which depends on arrival order). */
async function storyPartition(store: Store): Promise<string[]> {
  const all: string[] = [];
  for (let cursor: string | null = null; ;) {
    const page = await store.stories({ limit: 1000, cursor });
    all.push(...page.items.map((s) => [...s.documents].sort().join(' ')));
    if (!page.next) return all.sort();
    cursor = page.next;
  }
}

/**
 * Merged events as comparable lines: what does not depend on arrival order (which document came
 * first, and so leads, names the event and gives its URL) — code, root, mode, actors, documents,
 * sources and the set of mentions.
 */
async function mergedEventLines(store: Store): Promise<string[]> {
  const all: string[] = [];
  for (let cursor: string | null = null; ;) {
    const page = await store.mergedEvents({ mode: 'any', limit: 1000, cursor });
    all.push(...page.items.map((e) => JSON.stringify([
      e.code, e.root, e.mode, e.source.id ?? e.source.cameo, e.target.id ?? e.target.cameo, e.documents, e.sources,
      e.mentions.map((m) => `${m.document}#${m.event}`).sort(),
    ])));
    if (!page.next) return all.sort();
    cursor = page.next;
  }
}

describe('three worker processes on one PostgreSQL', { skip: SKIP_PG }, () => {
  after(dropSchemas);

  test('one SIGKILLed mid-job: every document stored exactly once, the same records and stories as a single-process ingest', { timeout: 600_000 }, async () => {
    const input = corpus();
    const schema = freshSchema('workers');
    const url = inSchema(TEST_PG, schema);
    const pgStore = openPostgresStore(TEST_PG, { schema });
    await pgStore.ready();

    const queued = await exited(parley(['ingest', '--queue', input, '--db', url]));
    assert.equal(queued.code, 0, queued.err);
    const workers = [0, 1, 2].map(() => parley(['worker', '--db', url, '--exit-when-empty', '--poll', '0.1']));
    const endings = workers.map(exited);
    const victim = workers[0];
    // Wait until the first worker is in the middle of a job, then kill it.
    let killedJob: number | null = null;
    for (let i = 0; i < 6000 && killedJob === null; i++) {
      const { rows } = await pgStore.pool.query(`SELECT j.id FROM jobs j JOIN workers w ON w.id = j.worker_id
        WHERE j.state = 'running' AND w.pid = $1 AND j.started_at < now() - interval '50 milliseconds'`, [victim.pid]);
      if (rows.length > 0) killedJob = rows[0].id;
      else await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(killedJob !== null, 'the first worker took a job');
    victim.kill('SIGKILL');
    const [killed, ...rest] = await Promise.all(endings);
    assert.equal(killed.signal, 'SIGKILL');
    for (const r of rest) assert.equal(r.code, 0, r.err);

    const single = join(dir, 'single.db');
    const one = await exited(parley(['ingest', input, '--db', single, '--workers', '1']));
    assert.equal(one.code, 0, one.err);
    const sqlite = openSqliteStore(single, { readOnly: true });
    try {
      const { rows: jobs } = await pgStore.pool.query('SELECT id, state, attempts FROM jobs ORDER BY id');
      assert.equal(jobs.length, ARTICLES + COPIES + 1);
      assert.ok(jobs.every((j) => j.state === 'done'), 'every job is done');
      assert.equal(jobs.find((j) => j.id === killedJob)?.attempts, 2, 'the killed job was taken again');
      assert.equal((await pgStore.pool.query('SELECT COUNT(*)::int AS n FROM dead_jobs')).rows[0].n, 0);
      const { rows: sources } = await pgStore.pool.query('SELECT doc_seq, COUNT(*)::int AS n FROM document_sources GROUP BY doc_seq');
      assert.equal(sources.length, ARTICLES + COPIES);
      assert.deepEqual(sources.map((s) => s.n).sort().reverse().slice(0, 2), [2, 1], 'no document was stored or sourced twice; the exact copy added a source');

      assert.deepEqual(await pgStore.stats(), await sqlite.stats());
      assert.deepEqual(await storyPartition(pgStore), await storyPartition(sqlite));
      const merged = await mergedEventLines(pgStore);
      assert.ok(merged.length > ARTICLES, `${merged.length} merged events`);
      assert.deepEqual(merged, await mergedEventLines(sqlite), 'the merged events equal the single-process ingest\'s');
      assert.ok((await pgStore.stories({ minDocuments: 2 })).items.length >= COPIES - 1, 'the copies joined their originals');
      for await (const { record } of sqlite.records()) {
        assert.deepEqual(await pgStore.get(record.document.id), record, `${record.document.id} reads back as the single-process ingest stored it`);
      }
    } finally {
      await sqlite.close();
      await pgStore.close();
    }
  });
});
