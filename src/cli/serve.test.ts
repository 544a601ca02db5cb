import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { navalnyArticle } from '../store/store.test-helpers.js';
import { openSqliteStore } from '../store/sqlite/index.js';

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

test('parley serve listens on 127.0.0.1, prints its URL, answers the API and stops on SIGTERM', async () => {
  const db = join(dir, 'serve.db');
  const store = openSqliteStore(db);
  await store.put(navalnyArticle());
  await store.close();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  const stats = await (await fetch(`${url}api/stats`)).json() as { documents: number };
  assert.equal(stats.documents, 1);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});

test('parley serve refuses a bad port or host, and a missing store, with one line and exit 2', () => {
  for (const [args, message] of [
    [['--port', '70000'], /--port must be a whole number/],
    [['--host', 'a b'], /--host must be an address/],
    [['--db', join(dir, 'none.db')], /no store here/],
  ] as const) {
    const r = spawnSync(process.execPath, [BIN, 'serve', ...args], { encoding: 'utf8', cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});
