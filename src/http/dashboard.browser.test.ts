import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestDocuments } from '../ingest/ingest.js';
import { readInputs } from '../ingest/read.js';
import type { SourceDocument } from '../ingest/sources.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { navalnyArticle, rouhaniArticle } from '../store/store.test-helpers.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';
import { hostileArticle, HOSTILE_TEXT } from './http.test-helpers.js';
import { DASHBOARD_DIR, startServer, type RunningServer } from './server.js';

/*
 * The dashboard in Debian's Chromium (apt-get install chromium; .ci/run installs it) over the demo
 * corpus (the seed and ten English Wikinews articles, CC BY 2.5) plus one hostile article.
 * Screenshots go to artefacts/screenshots (or $PARLEY_ARTEFACTS), outside git.
 */
const CHROMIUM = '/usr/bin/chromium';
const DEMO = fileURLToPath(new URL('../../data/samples/demo.jsonl', import.meta.url));
const SHOTS = process.env.PARLEY_ARTEFACTS ?? fileURLToPath(new URL('../../artefacts/screenshots/', import.meta.url));
const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install chromium)` : !existsSync(DASHBOARD_DIR) ? 'the dashboard is not built (npm run build)' : null;
// On CI both must be there: a skip would hide a broken install.
const skip = missing && !process.env.CI ? missing : false;

const dir = mkdtempSync(join(tmpdir(), 'parley-dashboard-'));
let store: Store;
let server: RunningServer;
let browser: Browser;
const dialogs: string[] = [];
const pageErrors: string[] = [];

before(async () => {
  if (skip) return;
  if (missing) throw new Error(missing);
  store = openSqliteStore(join(dir, 'demo.db'));
  // Two of the demo's Wikinews articles first with hand-written layers that include stances (store/store.test-helpers.ts),
  // so the matrix has content whichever stages the analysis runs; the demo's copies of them are then duplicates.
  await store.put(navalnyArticle(), { origin: 'fixture' });
  await store.put(rouhaniArticle(), { origin: 'fixture' });
  const docs: SourceDocument[] = [];
  for await (const d of readInputs([DEMO])) docs.push(d);
  await ingestDocuments(store, createAnalyzer(), docs);
  await store.put(hostileArticle(), { origin: 'hostile fixture' });
  server = await startServer(store, {}, { host: '127.0.0.1', port: 0, ingestToken: null });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, viewport = { width: 1280, height: 860 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(new URL(path, server.url).href);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test('search "Zelensky" finds him and the seed article; his actor page shows roles, quotes, events and stances', { skip }, async () => {
  const page = await open('/');
  await page.getByRole('searchbox').fill('Zelensky');
  await page.getByRole('button', { name: 'Search' }).click();
  const actor = page.locator('ul.actors a.actor', { hasText: 'Zelensky' }).first();
  await actor.waitFor();
  await page.locator('ul.hits a', { hasText: 'Zelensky discusses European troop deployment' }).waitFor();
  await shot(page, '01-search-zelensky');
  await actor.click();
  await page.locator('h1', { hasText: 'Zelensky' }).waitFor();
  const roles = await page.locator('.roles .role-label').allTextContents();
  assert.ok(roles.some((r) => /President/.test(r)), `roles: ${roles.join(' | ')}`);
  assert.ok(await page.locator('ul.quotes li').count() > 0, 'quotes listed');
  assert.ok(await page.locator('ul.event-list li').count() > 0, 'events listed');
  await shot(page, '02-actor-zelensky');
  await page.close();
});

test('the seed article: clicking a highlighted quote shows its fact, and the fact leads to the speaker and back to the words', { skip }, async () => {
  const page = await open('/#/doc/parley-seed');
  await page.locator('.article-text').waitFor();
  const quote = page.locator('.article-text .hl-quote').first();
  const words = await quote.textContent();
  await quote.click();
  const card = page.locator('.fact-card');
  await card.waitFor();
  assert.match(await card.locator('h2').textContent() ?? '', /Quote by|Stance|Event|entity/i);
  // The innermost fact is shown first; the quote is either it or listed under "Also here".
  if (!/Quote by/.test(await card.locator('h2').textContent() ?? '')) await page.locator('.also button.k-quote').first().click();
  assert.match(await card.locator('h2').textContent() ?? '', /Quote by/);
  assert.ok(await page.locator('.article-text .selected').count() > 0, 'the quoted words are marked');
  await shot(page, '03-seed-article-quote');
  const speaker = card.locator('a.actor').first();
  if (await speaker.count()) {
    await speaker.click();
    await page.locator('h1').waitFor();
    const back = page.locator('ul.quotes a.evidence').first();
    await back.click();
    await page.locator('.article-text .selected').first().waitFor();
    assert.ok((await page.locator('.article-text .selected').allTextContents()).join('').length > 0);
  }
  assert.ok(words && words.length > 0);
  await page.close();
});

test('the stance matrix shows who backs and who rejects, and a cell opens its evidence', { skip }, async () => {
  const page = await open('/#/stances');
  const cells = page.locator('table.matrix button.cell');
  await cells.first().waitFor();
  // The Navalny report: the German government backs the poisoning claim, the Russian government rejects it.
  const row = (name: string) => page.locator('table.matrix tbody tr', { has: page.locator('th a.actor', { hasText: name }) });
  await row('German government').locator('button.cell.pol-support').waitFor();
  await row('Russian government').locator('button.cell.pol-oppose').click();
  const evidence = page.locator('.cell-stances a.evidence').first();
  await evidence.waitFor();
  assert.match(await evidence.textContent() ?? '', /dismissed the claim/);
  await shot(page, '04-stance-matrix');
  await page.close();
});

test('the network draws actors and their links', { skip }, async () => {
  const page = await open('/#/network');
  await page.locator('.network canvas').first().waitFor();
  assert.match(await page.locator('p.muted.small', { hasText: 'actors' }).textContent() ?? '', /^\d+ actors, \d+ links/);
  await page.waitForTimeout(300);
  await shot(page, '05-network');
  await page.close();
});

test('the timeline filters by actor and mode', { skip }, async () => {
  const page = await open('/#/timeline');
  const status = page.getByRole('status').filter({ hasText: 'events' });
  await status.waitFor();
  const all = await status.textContent();
  const count = () => page.locator('ol.timeline li').count();
  const before = await count();
  await page.locator('input[name=actor]').fill('Zelensky');
  await page.locator('select[name=mode]').selectOption('asserted');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForFunction((previous) => document.querySelector('[role=status]')?.textContent !== previous, all);
  const filtered = await count();
  assert.ok(filtered > 0 && filtered < before, `${filtered} of ${before}`);
  assert.match(page.url(), /actor=Zelensky/);
  await page.locator('.chart canvas').first().waitFor();
  await shot(page, '06-timeline-zelensky');
  await page.close();
});

test('hostile titles, names and text are shown as text: no script runs, no markup is made', { skip }, async () => {
  const page = await open('/#/doc/hostile');
  await page.locator('.article-text').waitFor();
  assert.equal(await page.locator('h1').textContent(), '<script>alert("title")</script><img src=x onerror=alert(4)>');
  assert.equal(await page.locator('.article-text').textContent(), HOSTILE_TEXT);
  await page.locator('.article-text .hl-entity').first().click();
  await page.locator('.fact-card').waitFor();
  const injected = await page.evaluate(() => ({
    imgs: document.querySelectorAll('#app img').length,
    scripts: document.querySelectorAll('#app script').length,
    bold: document.querySelectorAll('#app b, #app i').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => a.href.toLowerCase().startsWith('javascript:')).length,
  }));
  assert.deepEqual(injected, { imgs: 0, scripts: 0, bold: 0, jsLinks: 0 });
  await page.goto(new URL('/#/search?q=onerror', server.url).href);
  await page.locator('ul.actors a.actor').first().waitFor();
  assert.equal(await page.locator('ul.actors a.actor').first().textContent(), '<img src=x onerror=alert(1)>');
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  await shot(page, '07-hostile-as-text');
  await page.close();
});

test('on a phone the actor page and the article fit the screen', { skip }, async () => {
  const phone = { width: 390, height: 844 };
  const id = (await store.actors({ name: 'Zelensky', limit: 1 })).items[0].id;
  for (const [path, name] of [[`/#/actor/${encodeURIComponent(id)}`, '08-phone-actor'], ['/#/doc/parley-seed', '09-phone-article']]) {
    const page = await open(path, phone);
    await page.locator('h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${path} is ${overflow}px wider than the phone`);
    await shot(page, name);
    await page.close();
  }
  assert.deepEqual(pageErrors, []);
});
