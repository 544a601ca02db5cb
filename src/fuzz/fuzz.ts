import { isDeepStrictEqual } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatHit } from '../cli/commands/search.js';
import { summarize } from '../cli/summary.js';
import { toSourceDocument } from '../ingest/sources.js';
import { decodeArticle } from '../ingest/text.js';
import { contentHash } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import { offsetViolations } from '../model/invariants.js';
import type { AnalysisRecord } from '../model/record.js';
import { analyze, defaultTimeBudgetMs } from '../pipeline/analyze.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';
import { fuzzCase, type FuzzCase, type FuzzSizes } from './generate.js';

/** What the readers may refuse a hostile text for; any other error is a failure. */
const REFUSALS = new Set(['E_INPUT_EMPTY', 'E_INPUT_ENCODING', 'E_INPUT_BINARY', 'E_INPUT_TOO_LARGE']);
const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Documents per store file before it is thrown away, so a long run does not fill the disk. */
const STORE_ROTATION = 500;

export interface FuzzCounts {
  cases: number;
  analysed: number;
  refused: Record<string, number>;
  exceptions: number;
  overBudget: number;
  invalidSpans: number;
  roundTripDifferences: number;
  terminalLeaks: number;
  duplicates: number;
  characters: number;
  slowestMs: number;
  slowestCase: string;
  failures: string[];
}

export interface FuzzOptions {
  readonly cases: number;
  readonly seed: number;
  readonly sizes: FuzzSizes;
  readonly articles: readonly string[];
  readonly pipeline: Pipeline;
  readonly onProgress?: (counts: FuzzCounts) => void;
}

/**
 * Runs each case through an input edge (bytes for even cases, a JSON string for odd ones), the
 * whole pipeline within its time budget, a store round trip, a search and the terminal summary.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzCounts> {
  const counts: FuzzCounts = {
    cases: 0, analysed: 0, refused: {}, exceptions: 0, overBudget: 0, invalidSpans: 0, roundTripDifferences: 0,
    terminalLeaks: 0, duplicates: 0, characters: 0, slowestMs: 0, slowestCase: '', failures: [],
  };
  const dir = mkdtempSync(join(tmpdir(), 'parley-fuzz-'));
  let store: Store | null = null;
  const seen = new Set<string>();
  try {
    for (let n = 0; n < options.cases; n++) {
      if (n % STORE_ROTATION === 0) {
        await store?.close();
        rmSync(join(dir, 'fuzz.db'), { force: true });
        store = openSqliteStore(join(dir, 'fuzz.db'));
        seen.clear();
      }
      const c = fuzzCase(options.seed, n, options.articles, options.sizes);
      counts.cases++;
      await checkCase(c, options.pipeline, store!, seen, counts);
      if (options.onProgress && (n + 1) % 100 === 0) options.onProgress(counts);
    }
  } finally {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return counts;
}

const describe = (c: FuzzCase) => `case ${c.n} (${c.recipe.join(', ')}; ${c.text.length} chars)`;

function fail(counts: FuzzCounts, c: FuzzCase, what: string): void {
  if (counts.failures.length < 20) counts.failures.push(`${describe(c)}: ${what}`);
}

/** The text as a reader hands it on, or null when the reader refuses it (counted by code). */
function throughEdge(c: FuzzCase, counts: FuzzCounts): string | null {
  try {
    if (c.n % 2 === 0) return decodeArticle(Buffer.from(c.text, 'utf8'), `case ${c.n}`);
    return toSourceDocument(JSON.parse(JSON.stringify({ text: c.text })), `case ${c.n}`).text;
  } catch (err) {
    if (err instanceof ParleyError && REFUSALS.has(err.code)) {
      counts.refused[err.code] = (counts.refused[err.code] ?? 0) + 1;
      return null;
    }
    counts.exceptions++;
    fail(counts, c, `the reader threw ${(err as Error).stack}`);
    return null;
  }
}

async function checkCase(c: FuzzCase, pipeline: Pipeline, store: Store, seen: Set<string>, counts: FuzzCounts): Promise<void> {
  const text = throughEdge(c, counts);
  if (text === null) return;
  const published = c.n % 3 === 0 ? '2025-01-14' : null;
  let record: AnalysisRecord;
  const t0 = performance.now();
  try {
    record = analyze(pipeline, { text, published });
  } catch (err) {
    if (err instanceof ParleyError && err.code === 'E_TOO_SLOW') {
      counts.overBudget++;
      fail(counts, c, err.message);
    } else {
      counts.exceptions++;
      fail(counts, c, `analysis threw ${(err as Error).stack}`);
    }
    return;
  }
  const ms = performance.now() - t0;
  counts.analysed++;
  counts.characters += text.length;
  if (ms > counts.slowestMs) Object.assign(counts, { slowestMs: ms, slowestCase: describe(c) });
  if (ms > defaultTimeBudgetMs(text.length)) {
    counts.overBudget++;
    fail(counts, c, `took ${Math.round(ms)} ms`);
  }
  const violations = offsetViolations(record);
  if (record.document.text !== text) violations.push('the record does not hold the text as given');
  if (violations.length > 0) {
    counts.invalidSpans++;
    fail(counts, c, violations.slice(0, 3).join('; '));
  }
  await checkStoreAndOutput(c, record, store, seen, counts);
}

async function checkStoreAndOutput(c: FuzzCase, record: AnalysisRecord, store: Store, seen: Set<string>, counts: FuzzCounts): Promise<void> {
  try {
    const hash = contentHash(record.document.text);
    if (seen.has(hash)) {
      counts.duplicates++;
    } else {
      seen.add(hash);
      const put = await store.put(record);
      const stored = await store.get(put.id);
      if (put.outcome !== 'inserted' || !isDeepStrictEqual(stored, JSON.parse(JSON.stringify(record)))) {
        counts.roundTripDifferences++;
        fail(counts, c, `the stored record differs from the analysed one (${put.outcome})`);
      }
    }
    const word = record.document.text.match(/[\p{L}\p{N}]{2,}/u)?.[0] ?? 'Kyiv';
    const output = [summarize(record, `case ${c.n}`), ...(await store.search(word, 5)).map(formatHit)].join('\n');
    if (STEERING.test(output)) {
      counts.terminalLeaks++;
      fail(counts, c, 'a control character reached the terminal output');
    }
  } catch (err) {
    counts.exceptions++;
    fail(counts, c, `the store or the output threw ${(err as Error).stack}`);
  }
}

/** Cases that broke a promise (refusals at the edge and duplicates are not failures). */
export function failed(c: FuzzCounts): number {
  return c.exceptions + c.overBudget + c.invalidSpans + c.roundTripDifferences + c.terminalLeaks;
}
