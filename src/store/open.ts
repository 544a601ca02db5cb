import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { ParleyError } from '../model/errors.js';
import { openPostgresStore } from './postgres/index.js';
import { redact } from './postgres/db.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

export type StoreMode = 'write' | 'read';

/** A PostgreSQL store URL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(store: string): boolean {
  return /^postgres(ql)?:\/\//i.test(store);
}

/** The SQLite file a store setting names (`sqlite:PATH` or a plain path). */
function sqlitePath(store: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(store)) {
    throw new ParleyError('E_CONFIG', `store '${store.split('://')[0]}://…': give a SQLite file path or a postgres:// URL`);
  }
  return store.startsWith('sqlite:') ? store.slice('sqlite:'.length) : store;
}

/**
 * The one place a store is opened from the configuration: a `postgres://` URL opens the shared
 * PostgreSQL store, anything else names a SQLite file. A command that only reads ('read')
 * refuses to create an empty store where there was none.
 */
export function openStore(config: Pick<Config, 'store'>, mode: StoreMode = 'write'): Store {
  if (isPostgresUrl(config.store)) return openPostgresStore(config.store, { readOnly: mode === 'read' });
  const path = sqlitePath(config.store);
  if (mode === 'read' && !existsSync(path)) {
    throw new ParleyError('E_INPUT_NOT_FOUND', `${path}: no store here; run 'parley ingest' or 'parley demo' first, or pass --db`);
  }
  return openSqliteStore(path, { readOnly: mode === 'read' });
}

/** A human name for where the store is, for messages (a URL without its password). */
export function describeStore(config: Pick<Config, 'store'>): string {
  return isPostgresUrl(config.store) ? redact(config.store) : sqlitePath(config.store);
}
