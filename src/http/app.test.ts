import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inProcessAnalyzer } from '../ingest/analyzers.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { navalnyArticle, rouhaniArticle } from '../store/store.test-helpers.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import type { ApiDeps } from './deps.js';
import { hostileArticle } from './http.test-helpers.js';

/*
 * The fixtures are two English Wikinews articles (CC BY 2.5) with hand-written layers (store/store.test-helpers.ts),
 * and one article whose title, names and quote are hostile markup (./fixtures.ts).
 */
const dir = mkdtempSync(join(tmpdir(), 'parley-http-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

let analyzer: ReturnType<typeof inProcessAnalyzer> | null = null;
const analyzerOnce = () => (analyzer ??= inProcessAnalyzer(createAnalyzer()));

async function fixtureStore(name: string): Promise<Store> {
  const store = openSqliteStore(join(dir, `${name}.db`));
  for (const record of [rouhaniArticle(), navalnyArticle(), hostileArticle()]) await store.put(record, { origin: 'fixture' });
  return store;
}

const TOKEN = 'a-test-token-of-some-length';
const store = await fixtureStore('main');
const deps: ApiDeps = { store, analyzer: analyzerOnce, ingestToken: TOKEN };
const app = createApp(deps);

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() as any, headers: res.headers };
};

test('GET /api/documents lists documents oldest first and pages with a cursor', async () => {
  const first = await get('/api/documents?limit=2');
  assert.equal(first.status, 200);
  assert.deepEqual(first.body.items.map((d: { id: string }) => d.id), ['wn-rouhani', 'wn-navalny']);
  const rest = await get(`/api/documents?limit=2&cursor=${first.body.next}`);
  assert.deepEqual(rest.body.items.map((d: { id: string }) => d.id), ['hostile']);
  assert.equal(rest.body.next, null);
  assert.deepEqual((await get('/api/documents?text=Novichok')).body.items.map((d: { id: string }) => d.id), ['wn-navalny']);
  assert.deepEqual((await get('/api/documents?from=2020-09&to=2020-09-05')).body.items.map((d: { id: string }) => d.id), ['wn-navalny']);
});

test('GET /api/search finds documents by their words with an excerpt', async () => {
  const r = await get('/api/search?q=Novichok');
  assert.equal(r.status, 200);
  assert.equal(r.body.items[0].id, 'wn-navalny');
  assert.match(r.body.items[0].snippet, /\[Novichok\]/);
});

test('GET /api/documents/{id} returns the record with every layer, offsets into its text', async () => {
  const r = await get('/api/documents/wn-navalny');
  assert.equal(r.status, 200);
  assert.equal(r.body.schema, 'parley.analysis/1');
  for (const q of r.body.quotes) assert.equal(r.body.document.text.slice(q.start, q.end), q.text);
  assert.equal(r.body.events[0].code, '1041');
  const missing = await get('/api/documents/no-such-document');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'E_NOT_FOUND');
});

test('GET /api/stats counts what the store holds', async () => {
  const r = await get('/api/stats');
  assert.equal(r.status, 200);
  assert.equal(r.body.documents, 3);
  assert.deepEqual(r.body, await store.stats());
});

test('GET /api/stories and /api/stories/{id}: a story and its documents', async () => {
  const list = await get('/api/stories');
  assert.equal(list.status, 200);
  assert.equal(list.body.items.length, 3);
  const navalny = list.body.items.find((s: { representative: string }) => s.representative === 'wn-navalny');
  const one = await get(`/api/stories/${encodeURIComponent(navalny.id)}`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.body.documents.items.map((d: { id: string }) => d.id), ['wn-navalny']);
  assert.equal((await get('/api/stories/nope')).status, 404);
  assert.equal((await get('/api/stories?minDocuments=0')).status, 400);
});

test('GET /api/actors lists and finds actors; /api/actors/{id} is the actor page', async () => {
  const list = await get('/api/actors?name=merkel');
  assert.equal(list.status, 200);
  assert.deepEqual(list.body.items.map((a: { id: string }) => a.id), ['person:merkel']);
  assert.equal((await get('/api/actors?type=PERSON&country=IRN')).body.items[0].name, 'Hassan Rouhani');
  const page = await get('/api/actors/person%3Arouhani');
  assert.equal(page.status, 200);
  assert.equal(page.body.actor.roles[0].title, 'President');
  assert.equal(page.body.quotes.items.length, 2);
  assert.equal(page.body.stances.items[0].polarity, 'support');
  const merkel = (await get('/api/actors/person%3Amerkel')).body;
  assert.deepEqual(merkel.events.asSource.items.map((e: { code: string }) => e.code), ['1041']);
  assert.deepEqual((await get('/api/actors/country%3ARUS')).body.events.asTarget.items.map((e: { code: string }) => e.code), ['1041']);
  assert.equal((await get('/api/actors/person%3Anobody')).status, 404);
  assert.equal((await get('/api/actors?type=PRESIDENT')).status, 400);
});

test('GET /api/quotes filters by speaker, actor, words and date', async () => {
  const bySpeaker = await get('/api/quotes?speaker=rouhani&text=region');
  assert.equal(bySpeaker.status, 200);
  assert.equal(bySpeaker.body.items.length, 2);
  assert.equal((await get('/api/quotes?actor=person%3Arouhani&from=2020')).body.items.length, 0);
  assert.equal((await get('/api/quotes?from=2020-13-45')).status, 400);
});

test('GET /api/timeline: quotes and events day by day, by actor', async () => {
  const r = await get('/api/timeline?from=2020-09&to=2020-09&actor=merkel');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.items.map((i: { kind: string; code: string | null }) => [i.kind, i.code]), [['event', '1041']]);
  const missing = await get('/api/timeline?from=2020-09');
  assert.equal(missing.status, 400);
  assert.match(missing.body.error.message, /^to: /);
});

test('GET /api/events filters events; /api/events/merged merges them across articles; /api/network links actors', async () => {
  const events = await get('/api/events?actor=merkel&root=10&from=2020-09');
  assert.equal(events.status, 200);
  assert.deepEqual(events.body.items.map((e: { code: string; document: string }) => [e.code, e.document]), [['1041', 'wn-navalny']]);
  const e = events.body.items[0];
  assert.match(e.text, /demanded an explanation from Russia/);
  assert.equal(e.source.id, 'person:merkel');
  assert.deepEqual((await get('/api/events?country=RUS&mode=any')).body.items.map((x: { code: string }) => x.code), ['1041', '120']);
  assert.equal((await get('/api/events?root=19')).body.items.length, 0);
  assert.equal((await get('/api/events?root=4')).status, 400);
  assert.equal((await get('/api/events?mode=probably')).status, 400);
  const merged = await get('/api/events/merged?code=104');
  assert.equal(merged.status, 200);
  assert.deepEqual(merged.body.items[0].mentions, [{ document: 'wn-navalny', event: 'v1' }]);
  assert.equal((await get('/api/events/merged?document=wn-navalny')).status, 400);
  const network = await get('/api/network');
  assert.equal(network.status, 200);
  assert.deepEqual(network.body.edges.filter((x: { source: string }) => x.source === 'person:merkel')
    .map((x: { source: string; target: string; root: string; weight: number }) => [x.source, x.target, x.root, x.weight]), [['person:merkel', 'country:RUS', '10', 1]]);
  assert.ok(network.body.nodes.some((n: { id: string; name: string }) => n.id === 'person:merkel' && n.name === 'Angela Merkel'));
  assert.equal((await get('/api/network?minWeight=0')).status, 400);
});

test('GET /api/topics, /api/stances and /api/stances/matrix: who stands where on what', async () => {
  const topics = await get('/api/topics');
  assert.equal(topics.status, 200);
  const poison = topics.body.items.find((t: { key: string }) => t.key === 'poison|navalny|novichok');
  assert.equal(poison.support, 1);
  assert.equal(poison.oppose, 1);
  const stances = await get('/api/stances?topic=novichok&polarity=oppose');
  assert.equal(stances.status, 200);
  assert.equal(stances.body.items.length, 1);
  assert.match(stances.body.items[0].text, /dismissed the claim/);
  assert.equal((await get('/api/stances?polarity=against')).status, 400);
  const matrix = await get('/api/stances/matrix?by=week');
  assert.equal(matrix.status, 200);
  assert.ok(matrix.body.topics.some((t: { key: string }) => t.key === 'poison|navalny|novichok'));
  assert.ok(matrix.body.cells.every((c: { week: string }) => /^\d{4}-W\d{2}$/.test(c.week)));
  assert.equal((await get('/api/stances/matrix?size=501')).status, 400);
});

test('POST /api/analyze returns the record of one article and stores nothing', async () => {
  const text = 'Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on Thursday.';
  const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, published: '2025-01-16' }) });
  assert.equal(res.status, 200);
  const record = await res.json() as any;
  assert.equal(record.document.text, text);
  assert.ok(record.entities.some((e: { name: string }) => /Macron/.test(e.name)));
  assert.equal((await get('/api/stats')).body.documents, 3);
  const bad = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, published: 'yesterday' }) });
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as any).error.code, 'E_BAD_DATE');
  const notJson = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' });
  assert.equal(notJson.status, 400);
  const huge = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'a '.repeat(600_000) }) });
  assert.equal(huge.status, 413);
});

test('POST /api/ingest needs the token, then stores the articles', async () => {
  const ingestStore = openSqliteStore(join(dir, 'ingest.db'));
  const ingestApp = createApp({ store: ingestStore, analyzer: analyzerOnce, ingestToken: TOKEN });
  const body = JSON.stringify({ documents: [{ id: 'tusk', text: 'Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on Thursday.', published: '2025-01-16' }] });
  const post = (headers: Record<string, string>) => ingestApp.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  assert.equal((await post({})).status, 401);
  assert.equal((await post({ Authorization: 'Bearer wrong' })).status, 401);
  const ok = await post({ Authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 200);
  const summary = await ok.json() as any;
  assert.equal(summary.inserted, 1);
  assert.equal(summary.results[0].id, 'tusk');
  assert.equal((await ingestStore.stats()).documents, 1);
  const empty = await ingestApp.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: '{"documents": []}' });
  assert.equal(empty.status, 400);
  const off = createApp({ store: ingestStore, analyzer: analyzerOnce, ingestToken: null });
  assert.equal((await off.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status, 403);
  await ingestStore.close();
});

test('/openapi.json documents every route, and /docs serves its browser without inline script', async () => {
  const doc = (await get('/openapi.json')).body;
  const routes = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  assert.ok(routes.length >= 12, `${routes.length} routes`);
  for (const route of routes) {
    const [method, path] = route.split(' ');
    assert.ok(doc.paths[path]?.[method], `${route} is not in /openapi.json`);
  }
  const docs = await app.request('/docs');
  assert.equal(docs.status, 200);
  const html = await docs.text();
  assert.doesNotMatch(html, /<script>(?!<)|<script>[^<]/);
  assert.equal((await app.request('/docs/swagger-ui-bundle.js')).status, 200);
});

/** Strings that break naive SQL, LIKE patterns, FTS queries or cursors. */
const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE documents; --", '" OR ""="', "%' UNION SELECT sqlite_version(), 1, 1 --", '\\', '%_%',
  'NEAR(a b) OR *', ') OR (1=1', "1; SELECT * FROM sqlite_master", 'Robert\'); DELETE FROM actors;--',
];

const GET_ROUTES: Array<[string, string[]]> = [
  ['/api/documents', ['text', 'source', 'language', 'story', 'from', 'to', 'limit', 'cursor']],
  ['/api/search', ['q', 'limit']],
  ['/api/stories', ['minDocuments', 'from', 'to', 'limit', 'cursor']],
  ['/api/actors', ['name', 'type', 'country', 'limit', 'cursor']],
  ['/api/quotes', ['speaker', 'actor', 'text', 'from', 'to', 'limit', 'cursor']],
  ['/api/timeline?from=2019&to=2021', ['actor', 'limit', 'cursor']],
  ['/api/events?mode=any', ['actor', 'source', 'target', 'country', 'root', 'code', 'plover', 'document', 'from', 'to', 'limit', 'cursor']],
  ['/api/events/merged?mode=any', ['actor', 'source', 'target', 'country', 'root', 'code', 'plover', 'from', 'to', 'limit', 'cursor']],
  ['/api/topics', ['text', 'from', 'to', 'limit', 'cursor']],
  ['/api/stances', ['actor', 'topic', 'polarity', 'document', 'from', 'to', 'limit', 'cursor']],
];

test('SQL-injection strings in every parameter of every route get 4xx or a filtered answer, never an error', async () => {
  const before = await store.stats();
  const everything = new Map<string, number>();
  for (const [route] of GET_ROUTES) everything.set(route, (await get(route.startsWith('/api/search') ? '/api/documents' : route)).body.items.length);
  for (const [route, params] of GET_ROUTES) {
    for (const param of params) {
      for (const value of INJECTIONS) {
        const path = `${route}${route.includes('?') ? '&' : '?'}${param}=${encodeURIComponent(value)}`;
        const r = await get(path);
        assert.ok(r.status >= 200 && r.status < 500, `${path}: ${r.status} ${JSON.stringify(r.body)}`);
        // Words of an injection may match real text ('OR', 'from'); the filter must still filter.
        if (r.status === 200) assert.ok(Array.isArray(r.body.items) && r.body.items.length < (everything.get(route) ?? 0), `${path} was not filtered`);
        else assert.match(r.body.error.code, /^E_/);
      }
    }
  }
  for (const path of ['/api/documents/', '/api/actors/', '/api/stories/']) {
    for (const value of INJECTIONS) assert.equal((await get(path + encodeURIComponent(value))).status, 404, path + value);
  }
  for (const [route, params] of [['/api/network', ['root', 'country', 'mode', 'from', 'to', 'minWeight', 'limit']],
    ['/api/stances/matrix', ['actor', 'topic', 'by', 'from', 'to', 'size']]] as const) {
    for (const param of params) {
      for (const value of INJECTIONS) {
        const r = await get(`${route}?${param}=${encodeURIComponent(value)}`);
        assert.ok(r.status === 400 || (r.status === 200 && (r.body.edges ?? r.body.cells).length === 0), `${route} ${param}=${value}: ${r.status}`);
      }
    }
  }
  assert.deepEqual(await store.stats(), before);
});

test('bad input: unknown parameters, bad limits and cursors are 400 with a code and one line', async () => {
  for (const path of ['/api/documents?limit=0', '/api/documents?limit=201', '/api/documents?limit=abc', '/api/documents?colour=red',
    '/api/actors?cursor=bm90LWEtY3Vyc29y', '/api/quotes?text=%00', '/api/search', `/api/search?q=${'a'.repeat(201)}`]) {
    const r = await get(path);
    assert.equal(r.status, 400, path);
    assert.match(r.body.error.code, /^E_(USAGE|BAD_DATE)$/, path);
    assert.doesNotMatch(r.body.error.message, /\n/, path);
  }
  assert.equal((await get('/api/nothing-here')).body.error.code, 'E_NOT_FOUND');
});

test('hardening: a CSP that forbids inline script, no CORS, and limits on URL length', async () => {
  const r = await app.request('/api/stats', { headers: { Origin: 'https://evil.example' } });
  const csp = r.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /object-src 'none'/);
  assert.equal(r.headers.get('access-control-allow-origin'), null);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  const preflight = await app.request('/api/ingest', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  const long = await get(`/api/actors?name=${'a'.repeat(5000)}`);
  assert.equal(long.status, 414);
  assert.equal(long.body.error.code, 'E_URL_TOO_LONG');
});

/** A store whose queries wait until released, to hold requests in flight. */
function slowStore(inner: Store, gate: Promise<void>): Store {
  return new Proxy(inner, { get: (target, key) => key === 'stats' ? async () => (await gate, target.stats()) : Reflect.get(target, key) });
}

test('hardening: one client gets a few requests at a time and a bounded queue; the rest are 429', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const limited = createApp({ ...deps, store: slowStore(store, gate) }, { clientLimits: { active: 2, queued: 3 } });
  const pending = Array.from({ length: 8 }, () => limited.request('/api/stats'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  release();
  const statuses = (await Promise.all(pending)).map((r) => r.status).sort();
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
});

test('hardening: a query that takes too long is answered 503 E_TIMEOUT', async () => {
  const never = new Promise<void>(() => {});
  const slow = createApp({ ...deps, store: slowStore(store, never) }, { queryTimeoutMs: 50 });
  const r = await slow.request('/api/stats');
  assert.equal(r.status, 503);
  assert.equal(((await r.json()) as any).error.code, 'E_TIMEOUT');
});

test('the same query within the cache lifetime is answered once by the store; storing through this server clears it', async () => {
  let calls = 0;
  const counting = new Proxy(store, { get: (target, key) => key === 'network' ? (...a: unknown[]) => (calls++, target.network(...a as [])) : Reflect.get(target, key) });
  const cached = createApp({ ...deps, store: counting }, { cache: { ttlMs: 60_000, entries: 10 } });
  const answers = await Promise.all([1, 2, 3].map(() => cached.request('/api/network')));
  assert.deepEqual(answers.map((r) => r.status), [200, 200, 200]);
  assert.equal(calls, 1);
  const again = await cached.request('/api/network');
  assert.equal(again.headers.get('x-cache'), 'hit');
  assert.match(again.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.deepEqual(await again.json(), await store.network());
  assert.equal((await cached.request('/api/network?root=10')).headers.get('x-cache'), null);
  assert.equal(calls, 2);
  const uncached = createApp({ ...deps, store: counting }, { cache: null });
  await uncached.request('/api/network');
  await uncached.request('/api/network');
  assert.equal(calls, 4);
});

test('hostile names and titles come back as the same text, never altered or interpreted', async () => {
  const doc = (await get('/api/documents/hostile')).body;
  assert.equal(doc.document.title, '<script>alert("title")</script><img src=x onerror=alert(4)>');
  const actors = (await get('/api/actors?name=onerror')).body.items;
  assert.equal(actors[0].name, '<img src=x onerror=alert(1)>');
  const r = await app.request('/api/documents/hostile');
  assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
});

test.after(async () => {
  await analyzer?.close();
  await store.close();
});
