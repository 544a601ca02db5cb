import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-config-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

test('without flags, environment or file, the defaults hold', () => {
  const config = loadConfig({}, {}, dir);
  assert.equal(config.store, 'parley.db');
  assert.ok(config.workers >= 1);
  assert.match(config.models, /models\/$/);
  assert.equal(config.limits.documentBytes, 10 * 1024 * 1024);
  assert.match(config.fetch.userAgent, /^Parley\//);
});

test('parley.config.json, then the environment, then flags: the later one wins', () => {
  writeFileSync(join(dir, 'parley.config.json'), JSON.stringify({ store: 'from-file.db', workers: 3, limits: { documentBytes: 1000 } }));
  assert.equal(loadConfig({}, {}, dir).store, 'from-file.db');
  assert.equal(loadConfig({}, {}, dir).limits.documentBytes, 1000);
  assert.equal(loadConfig({}, { PARLEY_STORE: 'from-env.db', PARLEY_WORKERS: '2' }, dir).store, 'from-env.db');
  assert.equal(loadConfig({}, { PARLEY_WORKERS: '2' }, dir).workers, 2);
  assert.equal(loadConfig({ db: 'from-flag.db' }, { PARLEY_STORE: 'from-env.db' }, dir).store, 'from-flag.db');
  rmSync(join(dir, 'parley.config.json'));
});

test('a bad setting is one error that names it', () => {
  assert.throws(() => loadConfig({ workers: 'many' }, {}, dir), { code: 'E_CONFIG', message: /'workers'/ });
  assert.throws(() => loadConfig({}, { PARLEY_WORKERS: '0' }, dir), { code: 'E_CONFIG', message: /'workers'/ });
  assert.throws(() => loadConfig({ db: '  ' }, {}, dir), { code: 'E_CONFIG', message: /'store'/ });
  writeFileSync(join(dir, 'typo.json'), JSON.stringify({ stroe: 'x.db' }));
  assert.throws(() => loadConfig({ config: join(dir, 'typo.json') }, {}, dir), { code: 'E_CONFIG', message: /typo\.json.*stroe/ });
  writeFileSync(join(dir, 'broken.json'), '{"store": ');
  assert.throws(() => loadConfig({ config: join(dir, 'broken.json') }, {}, dir), { code: 'E_CONFIG', message: /not valid JSON/ });
  assert.throws(() => loadConfig({ config: join(dir, 'none.json') }, {}, dir), { code: 'E_CONFIG', message: /no such configuration file/ });
});
