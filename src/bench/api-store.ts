import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDocumentAnalyzer } from '../ingest/analyzers.js';
import { WRITE_BATCH } from '../ingest/ingest.js';
import { readInputs } from '../ingest/read.js';
import type { AnalysisRecord } from '../model/record.js';
import { openSqliteStore } from '../store/sqlite/index.js';

const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const DEMO = fileURLToPath(new URL('../../data/samples/demo.jsonl', import.meta.url));

const shiftDay = (value: string | null, days: number): string | null => {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) + value.slice(10);
};

/**
 * Copy `n` of an analysed article: the same text with a line added at its end (so every offset
 * still holds and the store takes it as a new, near-duplicate text), and every date a week later per copy.
 */
export function variant(record: AnalysisRecord, n: number): AnalysisRecord {
  if (n === 0) return record;
  const days = 7 * n;
  return {
    ...record,
    document: { ...record.document, id: `${record.document.id}~${n}`, title: `${record.document.title ?? ''} (${n})`,
      published: shiftDay(record.document.published, days), text: `${record.document.text}\n\n(copy ${n})` },
    quotes: record.quotes.map((q) => ({ ...q, date: shiftDay(q.date, days) })),
    events: record.events.map((e) => ({ ...e, date: shiftDay(e.date, days) })),
    stances: record.stances.map((s) => ({ ...s, ...('date' in s ? { date: shiftDay((s as { date: string | null }).date, days) } : {}) })),
  };
}

/**
 * A store of at least `target` articles for the API benchmarks: the Wikinews corpus (or the demo
 * samples) analysed once, then stored again and again as dated copies. An existing store that is
 * large enough is reused.
 */
export async function benchStore(path: string, target: number, log: (line: string) => void): Promise<void> {
  if (existsSync(path) && statSync(path).size > 0) {
    const store = openSqliteStore(path); // a writer: a store of an older schema is migrated before it is read
    const { documents } = await store.stats();
    await store.close();
    if (documents >= target) return log(`store: ${path} (${documents} documents, reused)`);
  }
  const source = existsSync(WIKINEWS) ? WIKINEWS : DEMO;
  // A generous budget: the benchmark wants every article, not a guard against hostile text.
  const analyzer = createDocumentAnalyzer(availableParallelism(), undefined, 600_000);
  const t0 = performance.now();
  const originals: AnalysisRecord[] = [];
  try {
    const pending: Array<Promise<AnalysisRecord>> = [];
    for await (const { origin: _o, fetchedAt: _f, byline: _b, language: _l, ...input } of readInputs([source])) pending.push(analyzer.analyze(input));
    originals.push(...await Promise.all(pending));
  } finally {
    await analyzer.close();
  }
  log(`analysed ${originals.length} articles of ${source} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const store = openSqliteStore(path);
  const t1 = performance.now();
  let stored = (await store.stats()).documents;
  for (let n = 0; stored < target; n++) {
    // In batches, as an ingest writes them.
    for (let i = 0; i < originals.length && stored < target; i += WRITE_BATCH) {
      const batch = originals.slice(i, Math.min(i + WRITE_BATCH, i + target - stored)).map((record) => ({ record: variant(record, n), source: { origin: `bench copy ${n}` } }));
      stored += (await store.putAll(batch)).filter((r) => r.outcome !== 'duplicate').length;
    }
  }
  await store.close();
  log(`stored ${stored} documents in ${path} in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
}
