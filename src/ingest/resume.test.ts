import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { seeded } from '../eval/dedup/edits.js';

// First paragraphs of English Wikinews articles (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/),
// read from ../shared/data/wikinews; each article's url names it and its authors.
const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parley-resume-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const DOCS = 40;
const KILLS = 10;

/**
 * The ingest as a separate process, with no stages: what resuming must get right does not depend on the analysis.
 * Documents are written two to a transaction, so kills land inside batches and between them.
 */
const RUNNER = `
import { openSqliteStore } from ${JSON.stringify(new URL('../store/sqlite/index.js', import.meta.url).href)};
import { readInputs } from ${JSON.stringify(new URL('./read.js', import.meta.url).href)};
import { ingestStream } from ${JSON.stringify(new URL('./ingest.js', import.meta.url).href)};
import { inProcessAnalyzer } from ${JSON.stringify(new URL('./analyzers.js', import.meta.url).href)};
import { createAnalyzer } from ${JSON.stringify(new URL('../pipeline/analyze.js', import.meta.url).href)};
const [db, input] = process.argv.slice(2);
const store = openSqliteStore(db);
await ingestStream(store, readInputs([input]), inProcessAnalyzer(createAnalyzer([])), { writeBatch: 2 });
await store.close();
`;

/** Runs the ingest; true when it was killed before it finished. */
function runIngest(db: string, input: string, killAt?: number): Promise<boolean> {
  const child = spawn(process.execPath, [join(dir, 'runner.mjs'), db, input], { stdio: 'ignore' });
  return new Promise<boolean>((resolve, reject) => {
    let timer: NodeJS.Timeout | null = null;
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      if (code === 0 || signal === 'SIGKILL') resolve(signal === 'SIGKILL');
      else reject(new Error(`ingest exited with ${code ?? signal}`));
    });
    if (killAt === undefined) return;
    timer = setInterval(() => {
      if (!existsSync(db) || documentsIn(db) < killAt) return;
      child.kill('SIGKILL');
      clearInterval(timer!);
      timer = null;
    }, 3);
  });
}

function documentsIn(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

/** Everything a store holds that an ingest decides (not the clock times it stamps). */
function contents(db: string): unknown {
  const conn = new Database(db, { readonly: true });
  const rows = (sql: string) => conn.prepare(sql).all();
  const out = {
    documents: rows('SELECT d.seq, d.id, d.content_hash, d.title, d.published, d.language, s.id AS story FROM documents d JOIN stories s ON s.seq = d.story_seq ORDER BY d.seq'),
    sources: rows('SELECT doc_seq, origin, url FROM document_sources ORDER BY doc_seq, rowid'),
    layers: rows('SELECT doc_seq, name, json FROM layers ORDER BY doc_seq, name'),
    stories: rows('SELECT seq, id, representative_seq FROM stories ORDER BY seq'),
    lsh: rows('SELECT COUNT(*) AS n FROM lsh'),
  };
  conn.close();
  return out;
}

test(`an ingest killed with SIGKILL at ${KILLS} random points and resumed ends with the store of an uninterrupted run`, async () => {
  writeFileSync(join(dir, 'runner.mjs'), RUNNER);
  const articles = readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).slice(0, DOCS).map((l) => JSON.parse(l));
  // Every fifth line repeats an earlier text from another source, so duplicates and sources are resumed too.
  const lines = articles.map((a, i) => JSON.stringify(i % 5 === 4
    ? { id: `again-${i}`, url: `https://example.org/${i}`, text: articles[i - 3].text.split('\n\n')[0] }
    : { id: a.id, title: a.title, published: a.published, url: a.url, text: a.text.split('\n\n')[0] }));
  const input = join(dir, 'corpus.jsonl');
  writeFileSync(input, lines.join('\n'));

  const reference = join(dir, 'reference.db');
  await runIngest(reference, input);
  const stored = documentsIn(reference);
  assert.equal(stored, DOCS - DOCS / 5);

  const random = seeded(16);
  const targets = Array.from({ length: KILLS }, () => 1 + Math.floor(random() * (stored - 1))).sort((a, b) => a - b);
  const resumed = join(dir, 'resumed.db');
  let killedMidway = 0;
  for (const target of targets) if (await runIngest(resumed, input, target)) killedMidway++;
  // On a busy machine a run can finish before the poll sees its target; the test needs some kills to land, not all.
  assert.ok(killedMidway >= 1, `${killedMidway} of ${KILLS} runs were killed before they finished`);
  await runIngest(resumed, input);
  assert.deepEqual(contents(resumed), contents(reference));
});
