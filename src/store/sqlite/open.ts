import Database from 'better-sqlite3';
import { ParleyError } from '../../model/errors.js';
import { migrations, SCHEMA_VERSION } from './migrations.js';
import { createReader } from './read.js';
import { createWriter } from './rows.js';

/** The columns Parley's `documents` table has; another program's table by that name lacks some. */
const DOCUMENT_COLUMNS = ['seq', 'id', 'content_hash', 'text', 'published_source'];

/**
 * Opens a store file. A writer creates or migrates Parley's schema (after checking the file is
 * a Parley store, or an empty database); a reader opens the file read-only and changes nothing,
 * not even the journal mode, so it works on a read-only file and never waits on a writer.
 */
export function openDatabase(path: string, mode: 'read' | 'write'): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, mode === 'read' ? { readonly: true, fileMustExist: true } : {});
    db.pragma('busy_timeout = 10000');
    const opened = db;
    // One read snapshot, so a writer creating the schema meanwhile is seen whole or not at all.
    const version = opened.transaction(() => checkIsParleyStore(opened, path, mode))();
    if (mode === 'write') {
      enableWal(opened);
      opened.pragma('synchronous = NORMAL');
      // Statement journals and the sorts of the writer's lookups (DISTINCT, IN lists) stay in memory: as temporary
      // files they wrote 870 MB beside the store's 795 MB while 1,500 articles were stored.
      opened.pragma('temp_store = MEMORY');
      opened.pragma('foreign_keys = ON');
      if (version < SCHEMA_VERSION) migrate(opened, path);
    }
    return opened;
  } catch (err) {
    db?.close();
    if (err instanceof ParleyError) throw err;
    throw new ParleyError('E_STORE', `${path}: cannot open the store (${oneLine(err)})`);
  }
}

/** Refuses a file that is not a Parley store (or an empty database, for a writer); returns its schema version. */
function checkIsParleyStore(db: Database.Database, path: string, mode: 'read' | 'write'): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new ParleyError('E_STORE', `${path}: was written by a newer Parley (schema ${version}); upgrade Parley to read it`);
  }
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((t) => t.name);
  if (version === 0 && tables.length > 0) {
    const foreign = tables.includes('documents') ? "it has a 'documents' table Parley did not make" : `it holds other tables (${tables.slice(0, 3).join(', ')})`;
    throw new ParleyError('E_STORE', `${path}: is not a Parley store (${foreign}); pass --db with a new or Parley file`);
  }
  if (version > 0) {
    const columns = new Set(db.prepare<[], { name: string }>('SELECT name FROM pragma_table_info(\'documents\')').all().map((c) => c.name));
    const missing = DOCUMENT_COLUMNS.filter((c) => !columns.has(c));
    if (missing.length > 0) {
      throw new ParleyError('E_STORE', `${path}: is not a Parley store (its 'documents' table lacks ${missing.join(', ')})`);
    }
  }
  if (mode === 'read' && version === 0) {
    throw new ParleyError('E_STORE', `${path}: is an empty database, not a Parley store; run 'parley ingest' or 'parley demo' first`);
  }
  if (mode === 'read' && version < SCHEMA_VERSION) {
    throw new ParleyError('E_STORE', `${path}: was written by an older Parley (schema ${version}); ingest into it once to upgrade it`);
  }
  return version;
}

/**
 * Creates or upgrades the schema by running the versioned steps after the file's version (every
 * schema change first, then the backfills of stored documents through today's writer), all
 * under the write lock (so concurrent writers migrate once) and in one transaction (so a failed
 * step leaves the store as it was).
 */
function migrate(db: Database.Database, path: string): void {
  const steps = migrations({
    layerTables: (tx) => createWriter(tx).backfill(createReader(tx).bySeq),
    eventsAndStances: (tx) => createWriter(tx).rewriteEventsAndStances(createReader(tx).bySeq),
  });
  db.transaction(() => {
    const version = checkIsParleyStore(db, path, 'write');
    const pending = steps.filter((m) => m.version > version);
    for (const step of pending) step.up(db);
    for (const step of pending) step.backfill?.(db);
    if (pending.length) db.pragma(`user_version = ${pending[pending.length - 1].version}`);
  }).immediate();
}

/**
 * Switches to WAL (readers never wait for writers). Changing the journal mode needs the file to
 * itself and is not retried by SQLite's busy handler, so writers opening a new file at once retry.
 */
function enableWal(db: Database.Database): void {
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 200) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 + Math.random() * 40);
    }
  }
}

const oneLine = (err: unknown) => String((err as Error).message ?? err).split('\n')[0];
