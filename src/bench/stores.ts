import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgresStore } from '../store/postgres/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

/**
 * The store part of `npm run bench` (alone: `npm run bench:stores [-- --articles N]`): ingest
 * throughput into SQLite (one process, 1, 2 and 4 analysis threads) and into PostgreSQL (1, 2
 * and 4 `parley worker` processes on the queue), then the latency of the store's queries on
 * both, filled with the same articles. PostgreSQL is the server PARLEY_BENCH_PG (or
 * PARLEY_TEST_PG) names; each run works in a new schema, dropped at the end. Prints figures.
 */
const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const PARLEY = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
const PG_URL = process.env.PARLEY_BENCH_PG || process.env.PARLEY_TEST_PG || '';
const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ARTICLES = argValue('articles', 120);
const COUNTS = [1, 2, 4];
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-stores-'));

function run(args: string[]): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [PARLEY, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`parley ${args[0]}: ${err.slice(-500)}`)))));
}

function inSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

const rate = (docs: number, seconds: number) => `${(docs / seconds).toFixed(1).padStart(6)} documents/s`;

async function sqliteIngest(corpus: string): Promise<string> {
  let last = '';
  for (const workers of COUNTS) {
    last = join(dir, `sqlite-${workers}.db`);
    const seconds = await run(['ingest', corpus, '--db', last, '--workers', String(workers)]);
    console.log(`  SQLite, one process, ${workers} analysis thread${workers === 1 ? ' ' : 's'}:   ${rate(ARTICLES, seconds)} (${seconds.toFixed(1)} s wall, with model loading)`);
  }
  return last;
}

async function postgresIngest(corpus: string, admin: pg.Client): Promise<string> {
  let last = '';
  for (const workers of COUNTS) {
    const schema = `bench_${process.pid}_${workers}`;
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    last = inSchema(PG_URL, schema);
    await run(['ingest', '--queue', corpus, '--db', last]);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', last, '--exit-when-empty', '--poll', '0.1'])));
    const wall = (performance.now() - t0) / 1000;
    const { rows: [w] } = await admin.query(`SELECT EXTRACT(EPOCH FROM MAX(finished_at) - MIN(started_at))::float AS s FROM ${schema}.jobs`);
    console.log(`  PostgreSQL, ${workers} worker process${workers === 1 ? ' ' : 'es'}:        ${rate(ARTICLES, w.s)} (first job taken to last done in ${w.s.toFixed(1)} s; ${wall.toFixed(1)} s wall with start-up)`);
  }
  return last;
}

/** Median milliseconds of `rounds` runs of each query, after one untimed run. */
async function latencies(store: Store, rounds = 15): Promise<Map<string, number>> {
  const actor = (await store.actors({ limit: 1 })).items[0];
  const month = (await store.documents({ limit: 1 })).items[0]?.published?.slice(0, 7) ?? '2010-01';
  const speaker = (await store.quotes({ limit: 200 })).items.find((q) => q.actor)?.actor ?? actor?.id ?? 'x';
  const queries: Array<[string, () => Promise<unknown>]> = [
    ['search "government"', () => store.search('government')],
    ['documents, words "president"', () => store.documents({ text: 'president' })],
    ['stories, 50 oldest', () => store.stories({})],
    [`actor page (${actor?.name ?? '-'})`, () => store.actors({ name: actor?.id ?? 'x' })],
    ['quotes by one actor', () => store.quotes({ actor: speaker })],
    [`timeline of ${month}`, () => store.timeline({ from: month, to: month })],
    ['events, 50 oldest', () => store.events({})],
    ['merged events, 50 oldest', () => store.mergedEvents({})],
    ['actor network', () => store.network({})],
    ['stance matrix', () => store.stanceMatrix({})],
  ];
  const out = new Map<string, number>();
  for (const [name, query] of queries) {
    await query();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      await query();
      times.push(performance.now() - t0);
    }
    out.set(name, times.sort((a, b) => a - b)[Math.floor(rounds / 2)]);
  }
  return out;
}

async function main(): Promise<void> {
  const lines = readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).slice(0, ARTICLES);
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  console.log(`\nstores: ingest of ${lines.length} Wikinews articles with the full analysis (this machine: 2 cores, shared)`);
  const sqlitePath = await sqliteIngest(corpus);
  const sqlite = openSqliteStore(sqlitePath, { readOnly: true });
  let postgres: Store | null = null;
  let admin: pg.Client | null = null;
  if (PG_URL) {
    admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const pgUrl = await postgresIngest(corpus, admin);
    postgres = openPostgresStore(pgUrl, { readOnly: true });
  } else {
    console.log('  PostgreSQL: not measured (set PARLEY_BENCH_PG=postgres://… to a server Parley may create schemas in)');
  }
  const onSqlite = await latencies(sqlite);
  const onPostgres = postgres ? await latencies(postgres) : null;
  console.log(`\nquery latency on those ${lines.length} documents (median of 15, ms):     SQLite   PostgreSQL`);
  for (const [name, ms] of onSqlite) {
    console.log(`  ${name.padEnd(44)} ${ms.toFixed(2).padStart(8)} ${onPostgres ? onPostgres.get(name)!.toFixed(2).padStart(12) : '           -'}`);
  }
  await sqlite.close();
  await postgres?.close();
  if (admin) {
    for (const n of COUNTS) await admin.query(`DROP SCHEMA IF EXISTS bench_${process.pid}_${n} CASCADE`);
    await admin.end();
  }
}

main().finally(() => rmSync(dir, { recursive: true, force: true })).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
