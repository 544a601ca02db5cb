import pg from 'pg';
import { ParleyError } from '../../model/errors.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from './migrations.js';

export type Param = string | number | boolean | null | Buffer | readonly (string | number)[];
/** A pool or one checked-out client: both answer queries. */
export type Queryable = pg.Pool | pg.PoolClient;

// BIGINT counts (COUNT(*), ids) as numbers: they stay far below 2^53 here.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Lets the SQL keep SQLite's `?` placeholders: each becomes `$1`, `$2` … in order. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function rows<Row>(db: Queryable, sql: string, params: readonly Param[] = []): Promise<Row[]> {
  return (await db.query(numbered(sql), params as unknown[])).rows as Row[];
}

export async function one<Row>(db: Queryable, sql: string, params: readonly Param[] = []): Promise<Row | undefined> {
  return (await rows<Row>(db, sql, params))[0];
}

/** Runs `fn` in a transaction on one client of the pool; rolls back if it throws. */
export async function transaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** Where the database is, for messages: the URL without its password. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export interface PoolOptions {
  /** A PostgreSQL schema to work in (created if missing); tests give each case its own. */
  readonly schema?: string;
  readonly max?: number;
}

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new ParleyError('E_CONFIG', `'${schema}' is not a schema name`);
  const pool = new pg.Pool({
    connectionString: url, max: options.max ?? 4, application_name: 'parley',
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client whose server went away must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return pool;
}

const MIGRATE_LOCK = 'parley:migrate';

/**
 * Checks the database is a Parley store (or empty), and, for a writer, runs the migrations it
 * lacks in one transaction under an advisory lock. A reader changes nothing.
 */
export async function prepareSchema(pool: pg.Pool, where: string, mode: 'read' | 'write', schema?: string): Promise<void> {
  await transaction(pool, async (db) => {
    if (mode === 'write') await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATE_LOCK]);
    if (schema && mode === 'write') await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const version = await schemaVersion(db, where);
    if (version > PG_SCHEMA_VERSION) {
      throw new ParleyError('E_STORE', `${where}: was written by a newer Parley (schema ${version}); upgrade Parley to read it`);
    }
    if (mode === 'read') {
      if (version === 0) throw new ParleyError('E_STORE', `${where}: holds no Parley store yet; run 'parley ingest --db ${where}' first`);
      if (version < PG_SCHEMA_VERSION) throw new ParleyError('E_STORE', `${where}: was written by an older Parley (schema ${version}); ingest into it once to upgrade it`);
      return;
    }
    if (version === 0) await db.query('CREATE TABLE parley_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    for (const step of PG_MIGRATIONS.filter((m) => m.version > version)) {
      await db.query(step.sql);
      await db.query('INSERT INTO parley_migrations (version, description) VALUES ($1, $2)', [step.version, step.description]);
    }
  });
}

/** The last migration the database ran; 0 for a database without Parley's tables (refusing another program's). */
async function schemaVersion(db: pg.PoolClient, where: string): Promise<number> {
  const tables = new Set((await rows<{ name: string }>(db,
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()')).map((t) => t.name));
  if (!tables.has('parley_migrations')) {
    if (tables.has('documents')) {
      throw new ParleyError('E_STORE', `${where}: is not a Parley store (it has a 'documents' table Parley did not make); use another database or schema`);
    }
    return 0;
  }
  return (await one<{ v: number | null }>(db, 'SELECT MAX(version) AS v FROM parley_migrations'))?.v ?? 0;
}
