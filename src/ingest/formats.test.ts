import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../pipeline/analyze.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { inProcessAnalyzer } from './analyzers.js';
import { detectFormat } from './detect.js';
import { parseFeed } from './feed.js';
import { createFetcher } from './fetch.js';
import { extractArticle } from './html.js';
import { ingestStream } from './ingest.js';
import { nonEnglishLanguage } from './language.js';
import { readInputs } from './read.js';

// Articles from English Wikinews (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/), read from
// ../shared/data/wikinews; each page's url names it and its authors.
const WIKINEWS = fileURLToPath(new URL('../../../shared/data/wikinews/articles.jsonl', import.meta.url));
const IDS = ['wn-22b5bfe42db1', 'wn-5793d7c79099', 'wn-aafee3e24c0c'];
interface Article { id: string; title: string; published: string; url: string; text: string }
const ARTICLES: Article[] = readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article)
  .filter((a) => IDS.includes(a.id));

const dir = mkdtempSync(join(tmpdir(), 'parley-formats-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphsHtml = (text: string) => text.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('\n');

/** A news page as sites serve them: navigation, a headline, the article, related links, a footer. */
function page(a: Article): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: `${a.published}T09:30:00Z`, author: [{ '@type': 'Organization', name: 'Wikinews contributors' }] });
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(a.title)} - Wikinews, the free news source</title>
<link rel="canonical" href="${a.url}"><meta property="og:site_name" content="Wikinews">
<script type="application/ld+json">${ld}</script><script>var tracking = "do not read me";</script></head>
<body><nav><ul><li><a href="/">Main page</a></li><li><a href="/wiki/Politics">Politics</a></li><li><a href="/wiki/World">World</a></li></ul></nav>
<main><article><h1>${escape(a.title)}</h1><p class="dateline"><time datetime="${a.published}">${a.published}</time></p>
<div class="body">${paragraphsHtml(a.text)}</div></article>
<aside><h2>Related news</h2><ul><li><a href="/x">Another story</a></li></ul></aside></main>
<footer><p>Text is available under the Creative Commons Attribution 2.5 License.</p></footer></body></html>`;
}

function rss(items: Article[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Wikinews Latest News</title><link>https://en.wikinews.org/</link><description>Latest news</description>
${items.map((a) => `<item><title>${escape(a.title)}</title><link>${a.url}</link><guid>${a.url}</guid>
<pubDate>${new Date(`${a.published}T12:00:00Z`).toUTCString()}</pubDate><dc:creator>Wikinews</dc:creator>
<description>${escape(a.text.split('\n\n')[0].slice(0, 120))}</description>
<content:encoded><![CDATA[${paragraphsHtml(a.text)}]]></content:encoded></item>`).join('\n')}
</channel></rss>`;
}

test('a news page gives its article text by paragraphs and its metadata, without navigation, scripts or footer', () => {
  const a = ARTICLES[0];
  const got = extractArticle(page(a));
  assert.equal(got.title, a.title);
  assert.equal(got.published, `${a.published}T09:30:00Z`);
  assert.equal(got.url, a.url);
  assert.equal(got.byline, 'Wikinews contributors');
  assert.equal(got.language, 'en');
  assert.equal(got.siteName, 'Wikinews');
  assert.ok(got.text.endsWith(a.text), 'every paragraph, in order, as the corpus has them');
  assert.doesNotMatch(got.text, /Main page|Related news|Creative Commons|tracking/);
});

test('RSS 2.0 and Atom items are read with their links, dates, authors and bodies', () => {
  const feed = parseFeed(rss(ARTICLES.slice(0, 2)), 'feed.xml');
  assert.equal(feed.kind, 'rss');
  assert.deepEqual(feed.items.map((i) => i.link), ARTICLES.slice(0, 2).map((a) => a.url));
  assert.match(feed.items[0].published ?? '', /GMT$/);
  assert.equal(feed.items[0].byline, 'Wikinews');
  const atom = parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
    <entry><title>${escape(ARTICLES[1].title)}</title><link rel="alternate" href="${ARTICLES[1].url}"/><id>tag:1</id>
    <published>2020-09-05T10:00:00Z</published><author><name>A. Reporter</name></author><summary>Short.</summary></entry></feed>`, 'atom.xml');
  assert.deepEqual(atom.items[0], { title: ARTICLES[1].title, link: ARTICLES[1].url, published: '2020-09-05T10:00:00Z', byline: 'A. Reporter', content: 'Short.', id: 'tag:1' });
  assert.throws(() => parseFeed('<opml version="2.0"></opml>', 'x.xml'), /neither an RSS 2.0 nor an Atom feed/);
});

test('the reader is picked by content, the name only settles what the content leaves open', () => {
  const cases: Array<[string, string, string]> = [
    [page(ARTICLES[0]), 'story.txt', 'html'],
    [rss(ARTICLES), 'latest', 'feed'],
    ['<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'a.xml', 'feed'],
    ['{"text": "a"}\n{"text": "b"}', 'corpus.txt', 'jsonl'],
    ['{\n  "text": "Kyiv said no."\n}', 'article', 'json'],
    ['[{"text": "a"}]', 'x', 'json'],
    ['[1, 2]', 'x.jsonl', 'jsonl'],
    ['{Braces} open this wire story about talks in Geneva.', 'a.txt', 'text'],
    [ARTICLES[0].text, 'rouhani.md', 'text'],
  ];
  for (const [content, name, format] of cases) assert.equal(detectFormat(content, name), format, name);
});

test('text that is not English is recognised; English with foreign names is not', () => {
  assert.equal(nonEnglishLanguage('Le président de la République a annoncé mardi une réforme des retraites, qui suscite une forte opposition des syndicats.'), 'fr');
  for (const a of ARTICLES) assert.equal(nonEnglishLanguage(a.text), null, a.title);
});

test('the fetcher is polite: one request at a time per host, a Parley user agent, If-Modified-Since on the second visit', async () => {
  let active = 0, most = 0;
  const seen: Array<Record<string, string>> = [];
  const fake = (async (_url: string, init: RequestInit) => {
    active++;
    most = Math.max(most, active);
    seen.push(init.headers as Record<string, string>);
    await new Promise((r) => setTimeout(r, 20));
    active--;
    const since = (init.headers as Record<string, string>)['if-modified-since'];
    return new Response(since ? null : '<html><body><p>x</p></body></html>', { status: since ? 304 : 200, headers: { 'last-modified': 'Sat, 05 Sep 2020 10:00:00 GMT' } });
  }) as unknown as typeof fetch;
  const fetcher = createFetcher({ userAgent: 'Parley/test', timeoutMs: 1000, hostDelayMs: 0 }, fake);
  const pages = await Promise.all(['https://a.example/1', 'https://a.example/2', 'https://a.example/1'].map((u) => fetcher.get(u)));
  assert.equal(most, 1);
  assert.ok(seen.every((h) => h['user-agent'] === 'Parley/test'));
  assert.equal(seen[2]['if-modified-since'], 'Sat, 05 Sep 2020 10:00:00 GMT');
  assert.equal(pages[2].body, null);
  assert.throws(() => fetcher.get('file:///etc/passwd'), /not an http\(s\) URL/);
});

test('ingests the same Wikinews articles from HTML, from a feed and from JSON Lines and gets one story each', async () => {
  const folder = join(dir, 'corpus');
  mkdirSync(join(folder, 'pages'), { recursive: true });
  ARTICLES.forEach((a, i) => writeFileSync(join(folder, 'pages', `${i}.html`), page(a)));
  writeFileSync(join(folder, 'latest.rss'), rss(ARTICLES));
  writeFileSync(join(folder, 'corpus.jsonl'), ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  writeFileSync(join(folder, 'fr.txt'), "Le gouvernement allemand a affirmé mercredi que l'opposant russe avait été empoisonné avec un agent neurotoxique.");
  const store = openSqliteStore(join(dir, 'three-ways.db'));
  const analyzer = inProcessAnalyzer(createAnalyzer());
  const summary = await ingestStream(store, readInputs([folder]), analyzer);
  assert.equal(summary.documents, ARTICLES.length * 3 + 1);
  const stories = (await store.stories()).items;
  assert.equal(stories.length, ARTICLES.length + 1);
  for (const a of ARTICLES) {
    const story = stories.find((s) => s.documents.some((id) => id === a.id));
    assert.ok(story, a.title);
    const docs = (await store.documents({ story: story.id })).items;
    assert.equal(docs.reduce((n, d) => n + d.sources, 0), 3, `${a.title}: every source kept`);
  }
  const french = (await store.documents({ language: 'fr' })).items;
  assert.equal(french.length, 1);
  const record = await store.get(french[0].id);
  assert.equal(record?.document.language, 'fr');
  assert.deepEqual([record?.entities.length, record?.sentences.length], [0, 0]);
  await store.close();
});
