import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openSqliteStore } from '../store/sqlite/index.js';
import { benchStore } from './api-store.js';

/**
 * `npm run bench` (API part) / `npm run bench:load`: the dashboard's main queries against `parley serve`
 * on loopback, over a store of ≥ 10,000 articles (built once into $TMPDIR and reused; --store PATH,
 * --articles N). Prints p50/p99 latency of sequential requests per query, first with the answer cache
 * off (every request asks the store), then with it on (30 s, as served); with --load, also holds
 * 1,000 connections for 30 s (--connections, --seconds) with autocannon and prints throughput and errors.
 * Prints figures; asserts nothing.
 */
const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

async function serve(db: string, cacheSeconds: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--cache-seconds', String(cacheSeconds)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`parley serve exited ${code}: ${out}`)));
  });
  return { child, url };
}

/** The paths each query is asked with: several actors and months, so no single row stays hot. */
async function queries(db: string): Promise<Record<string, string[]>> {
  const store = openSqliteStore(db, { readOnly: true });
  const actors = (await store.actors({ type: 'PERSON', limit: 20 })).items.map((a) => a.id);
  const months = new Set<string>();
  for (const d of (await store.documents({ limit: 1000 })).items) if (d.published) months.add(d.published.slice(0, 7));
  await store.close();
  const m = [...months].slice(0, 12);
  return {
    'actor page': actors.map((id) => `api/actors/${encodeURIComponent(id)}`),
    timeline: m.map((month) => `api/timeline?from=${month}&to=${month}&limit=200`),
    'stance matrix': ['api/stances/matrix', 'api/stances/matrix?by=week', ...m.slice(0, 4).map((month) => `api/stances/matrix?from=${month}&to=${month}`)],
    network: ['api/network', 'api/network?root=04', 'api/network?root=19', ...m.slice(0, 4).map((month) => `api/network?from=${month}&to=${month}`)],
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function latency(url: string, name: string, paths: string[], rounds: number): Promise<void> {
  for (const path of paths) await (await fetch(url + path)).arrayBuffer(); // warm up
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const res = await fetch(url + paths[i % paths.length]);
    bytes += (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`${paths[i % paths.length]}: ${res.status}`);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(14)} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(ms, 99).toFixed(1).padStart(6)} ms   ` +
    `(${rounds} requests over ${paths.length} variants, ${Math.round(bytes / rounds / 1024)} KB each)`);
}

async function load(url: string, all: Record<string, string[]>, connections: number, seconds: number): Promise<void> {
  const requests = Object.values(all).flat().map((path) => ({ method: 'GET' as const, path: `/${path}` }));
  console.log(`\nload: ${connections} connections for ${seconds} s over ${requests.length} paths (actor pages, timelines, stance matrices, networks)`);
  const result = await autocannon({ url, connections, duration: seconds, requests, timeout: 30 });
  console.log(`  ${result.requests.total} requests, ${result.requests.average.toFixed(0)} requests/s; latency p50 ${result.latency.p50} ms, ` +
    `p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, 2xx ${result['2xx']}`);
}

async function main(): Promise<void> {
  const articles = Number(arg('articles', '10000'));
  const db = arg('store', join(tmpdir(), `parley-bench-api-${articles}.db`));
  await benchStore(db, articles, (line) => console.log(line));
  const all = await queries(db);
  const rounds = Number(arg('rounds', '300'));
  for (const cacheSeconds of [0, 30]) {
    const { child, url } = await serve(db, cacheSeconds);
    try {
      console.log(`API latency on ${articles}+ articles, sequential requests to parley serve on loopback, answer cache ${cacheSeconds ? `on (${cacheSeconds} s)` : 'off'}:`);
      for (const [name, paths] of Object.entries(all)) await latency(url, name, paths, rounds);
      if (cacheSeconds && process.argv.includes('--load')) await load(url, all, Number(arg('connections', '1000')), Number(arg('seconds', '30')));
    } finally {
      child.kill('SIGTERM');
    }
  }
}

await main();
