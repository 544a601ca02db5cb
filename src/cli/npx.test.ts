import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// `npx parley …` is the README's command. It must run this checkout through node_modules/.bin (linked by the
// `prepare` script), never by installing the checkout into npm's npx cache: that path needs a writable cache, costs
// seconds, and a raced or interrupted first run leaves an entry every later `npx parley` fails on.
test('npx parley runs the checkout without npm installing it into its npx cache', () => {
  const cache = mkdtempSync(join(tmpdir(), 'parley-npm-cache-'));
  try {
    const r = spawnSync('npx', ['--no', '--', 'parley', '--version'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: cache, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    });
    assert.equal(r.status, 0, r.stderr);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(r.stdout.trim(), `parley ${version}`);
    assert.equal(existsSync(join(cache, '_npx')), false, 'npx installed the checkout into its cache');
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('package.json names no `parley` bin, which would send npx through its cache', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: unknown; directories?: { bin?: string } };
  assert.equal(pkg.bin, undefined);
  assert.equal(pkg.directories?.bin, undefined);
});
