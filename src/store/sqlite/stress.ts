import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { AnalysisRecord } from '../../model/record.js';
import type { StoreStats } from '../store.js';
import { openSqliteStore } from './index.js';

/** Helpers shared by the crash and concurrency tests: a corpus, a CLI child, and a store's whole content. */

const BIN = fileURLToPath(new URL('../../../bin/parley.js', import.meta.url));
const DEMO = new URL('../../../data/samples/demo.jsonl', import.meta.url);

/** Paragraphs of the bundled sample articles (English Wikinews, CC BY 2.5) as short documents. */
export function paragraphCorpus(count: number): Array<{ id: string; published: string | null; text: string }> {
  const articles = readFileSync(DEMO, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const paragraphs = articles.flatMap((a, i) => (a.text as string).split(/\n+/).filter((p) => p.length > 200)
    .map((text, j) => ({ id: `a${i}-p${j}`, published: a.published as string | null, text })));
  return paragraphs.slice(0, count);
}

export function writeJsonl(path: string, docs: readonly unknown[]): string {
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n'));
  return path;
}

/** Starts `parley ARGS` as a child; `exited` resolves with its exit code (null when killed). */
export function parleyChild(args: string[], cwd: string): { child: ChildProcess; exited: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += d; });
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

export interface StoreContent {
  readonly integrity: string;
  readonly ftsIntegrity: string;
  readonly foreignKeyProblems: number;
  readonly stats: StoreStats;
  readonly records: Record<string, AnalysisRecord | null>;
}

/** Everything a store holds, checked: SQLite's integrity check, the search index's, foreign keys, counts and every record. */
export async function storeContent(path: string, ids: readonly string[]): Promise<StoreContent> {
  const db = new Database(path, { readonly: true });
  const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
  let ftsIntegrity = 'ok';
  try {
    db.prepare("SELECT * FROM documents_fts WHERE documents_fts MATCH 'kyiv OR the' LIMIT 1").all();
    const fts = (db.prepare('SELECT COUNT(*) AS n FROM documents_fts').get() as { n: number }).n;
    const docs = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    if (fts !== docs) ftsIntegrity = `${fts} indexed rows for ${docs} documents`;
  } catch (err) {
    ftsIntegrity = (err as Error).message;
  }
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  db.close();
  const store = openSqliteStore(path, { readOnly: true });
  try {
    const records: Record<string, AnalysisRecord | null> = {};
    for (const id of ids) records[id] = await store.get(id);
    return { integrity, ftsIntegrity, foreignKeyProblems, stats: await store.stats(), records };
  } finally {
    await store.close();
  }
}

/** The number of documents stored so far, read without disturbing the writer (0 before the file exists). */
export function documentCounter(path: string): { count: () => number; close: () => void } {
  let db: Database.Database | null = null;
  const close = () => { db?.close(); db = null; };
  const count = () => {
    try {
      db ??= new Database(path, { readonly: true, fileMustExist: true });
      return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } catch {
      close();
      return 0;
    }
  };
  return { count, close };
}
