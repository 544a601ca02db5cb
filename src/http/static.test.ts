import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { loadStaticFiles, serveFiles } from './static.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-static-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const root = join(dir, 'dist');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Parley</title>');
writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'not for the web');

const app = new Hono();
app.use('*', serveFiles(loadStaticFiles(root), '/index.html'));
app.get('/api/x', (c) => c.json({ ok: true }));

test('the built files are served with their types, the index for app routes', async () => {
  const js = await app.request('/assets/app-1234.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.match(js.headers.get('cache-control') ?? '', /immutable/);
  assert.equal(await (await app.request('/actor/person%3Amerkel')).text(), '<!doctype html><title>Parley</title>');
  assert.deepEqual(await (await app.request('/api/x')).json(), { ok: true });
});

test('no path reaches a file outside the folder', async () => {
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt', '//etc/passwd', '/assets/../../secret.txt', '/secret.txt', '/index.html%00.js']) {
    const r = await app.request(`http://localhost${path}`);
    const body = await r.text();
    assert.doesNotMatch(body, /not for the web|root:/, path);
  }
  assert.equal((await app.request('/nope.js')).status, 404);
});
