import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocumentAnalyzer } from '../ingest/analyzers.js';
import { ingestStream } from '../ingest/ingest.js';
import { readInputs } from '../ingest/read.js';
import type { SourceDocument } from '../ingest/sources.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

/**
 * `npm run bench:corpus [-- --articles N --single M --month YYYY-MM]`: batch ingest into SQLite with the full
 * analysis. The Wikinews corpus is repeated with variations (each copy's paragraphs rotated and
 * its headline numbered and a numbered last line added, so every text is new to the store), first M articles on one worker,
 * then N on one worker per core, in the same run; memory is printed as it goes, and the two
 * queries a dashboard asks most (an actor's page, a month's timeline) are timed on the result.
 * Prints figures; asserts nothing.
 */
const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function* variations(limit: number): AsyncGenerator<SourceDocument> {
  const originals: SourceDocument[] = [];
  for await (const d of readInputs([WIKINEWS])) originals.push(d);
  for (let n = 0; n < limit; n++) {
    const round = Math.floor(n / originals.length);
    const d = originals[n % originals.length];
    if (round === 0) { yield d; continue; }
    const ps = d.text.split('\n\n');
    const shift = round % ps.length;
    // Rotation repeats once the round passes the paragraph count: a numbered last line keeps every text new to the store.
    const text = `${[...ps.slice(shift), ...ps.slice(0, shift)].join('\n\n')}\n\nThis is edition ${round} of the report.`;
    yield { ...d, id: `${d.id}-v${round}`, title: `${d.title} (${round})`, text, origin: `${d.origin}~${round}` };
  }
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);

/**
 * CPU milliseconds this process's main thread has used (Linux: /proc/self/task/PID/stat, in clock ticks of
 * 10 ms), or null elsewhere. process.cpuUsage() counts the worker threads too; the main thread's share is
 * the store's and the ingest loop's, and it holds on a loaded machine where wall rates do not.
 */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function ingest(store: Store, workers: number, count: number, marks: number[]) {
  const analyzer = createDocumentAnalyzer(workers);
  try {
    const summary = await ingestStream(store, variations(count), analyzer, {
      onProgress: (done) => { if (marks.includes(done)) console.log(`  ${done} articles: RSS ${rssMb()} MB`); },
    });
    return summary;
  } finally {
    await analyzer.close();
  }
}

async function timed<T>(what: string, run: () => Promise<T>): Promise<T> {
  await run();
  const t0 = performance.now();
  const result = await run();
  console.log(`  ${what}: ${(performance.now() - t0).toFixed(1)} ms`);
  return result;
}

async function main(): Promise<void> {
  const articles = arg('articles', 10_000);
  const single = arg('single', 300);
  const workers = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-corpus-'));
  try {
    console.log(`single worker, ${single} articles:`);
    const one = await ingest(openSqliteStore(join(dir, 'single.db')), 1, single, []);
    const oneRate = one.documents / one.seconds;
    console.log(`  ${oneRate.toFixed(1)} articles/s`);
    console.log(`${workers} workers, ${articles} articles:`);
    const store = openSqliteStore(join(dir, 'pool.db'));
    const marks = [1000, 5000, 10_000, 20_000].filter((m) => m <= articles);
    const cpu0 = mainThreadCpuMs();
    const pool = await ingest(store, workers, articles, marks);
    const cpu1 = mainThreadCpuMs();
    const poolRate = pool.documents / pool.seconds;
    console.log(`  ${poolRate.toFixed(1)} articles/s (${(poolRate / oneRate).toFixed(2)}× one worker), ${pool.inserted} stored, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    if (cpu0 !== null && cpu1 !== null) console.log(`  main thread (store and ingest loop): ${((cpu1 - cpu0) / pool.inserted).toFixed(2)} ms CPU per stored document`);
    console.log(`  load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const top = (await store.actors({ type: 'PERSON', limit: 1 })).items[0];
    console.log(`queries on ${pool.inserted} documents:`);
    if (top) await timed(`actor page (${top.name}: actor, roles, first 50 quotes)`, async () => [await store.actors({ name: top.id, limit: 1 }), await store.quotes({ actor: top.id })]);
    const month = process.argv.includes('--month') ? process.argv[process.argv.indexOf('--month') + 1] : '2020-03';
    await timed(`timeline of ${month} (first 100 items)`, () => store.timeline({ from: month, to: month, limit: 100 }));
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
