import pg from 'pg';

/* A test helper (`*.test-helpers.ts`: no shipped module may import it, src/stages/boundaries.test.ts). */

/**
 * The PostgreSQL tests run against the server `PARLEY_TEST_PG` names (a `postgres://` URL;
 * `.ci/run` starts one and sets it). Without it they are skipped, with this reason.
 */
export const TEST_PG = process.env.PARLEY_TEST_PG ?? '';
export const SKIP_PG = TEST_PG || process.env.CI ? false : 'PARLEY_TEST_PG is not set (.ci/run starts PostgreSQL and sets it)';
if (process.env.CI && !TEST_PG) throw new Error('CI runs the PostgreSQL tests: .ci/run must set PARLEY_TEST_PG');

let n = 0;
const made: string[] = [];

/** A new, empty schema name for one test (each test works in its own schema of the test database). */
export function freshSchema(prefix: string): string {
  const name = `t_${prefix}_${process.pid}_${Date.now().toString(36)}_${++n}`;
  made.push(name);
  return name;
}

/** Drops the schemas this process made. */
export async function dropSchemas(): Promise<void> {
  if (!TEST_PG || made.length === 0) return;
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    for (const name of made.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}

/** `url` working in `schema`: what a worker process is given on its command line. */
export function inSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
