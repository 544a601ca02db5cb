import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What Parley keeps of a web page: the article's text and what the page says about it. */
export interface WebArticle {
  /** Paragraphs of the article, separated by blank lines, whitespace inside each collapsed. */
  readonly text: string;
  readonly title: string | null;
  /** As the page states it (ISO or RFC 2822); the caller checks it. */
  readonly published: string | null;
  readonly byline: string | null;
  /** The canonical URL, when the page names one. */
  readonly url: string | null;
  /** ISO 639-1 code the page declares. */
  readonly language: string | null;
  readonly siteName: string | null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FIGCAPTION', 'BUTTON', 'FORM', 'NAV']);
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'HR', 'ADDRESS',
]);

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/** The text of an element as paragraphs: a block element ends the paragraph it interrupts. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

type Json = Record<string, unknown>;

/** The schema.org article objects in the page's JSON-LD, @graph and arrays flattened. */
function jsonLdArticles(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const o = value as Json;
    if (o['@graph']) visit(o['@graph']);
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => /Article|BlogPosting|Report/i.test(t))) out.push(o);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem; the other sources of metadata remain.
    }
  }
  return out;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function authorName(v: unknown): string | null {
  if (Array.isArray(v)) return v.map(authorName).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object') return text((v as Json).name);
  return text(v);
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = document.querySelector(`meta[${attr}="${key}" i]`);
      const value = text(el?.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

/**
 * Extracts the article from a news page: the text with Mozilla's Readability (on linkedom),
 * the metadata from JSON-LD, then `<meta>` (Open Graph, Dublin Core, article:*), then the
 * first `<time datetime>`, the canonical link and `<html lang>`.
 */
export function extractArticle(html: string): WebArticle {
  const { document } = parseHTML(html);
  const ld = jsonLdArticles(document)[0] ?? {};
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  const lang = text(ld.inLanguage) ?? text(document.documentElement?.getAttribute('lang')) ?? meta(document, 'og:locale', 'language', 'content-language');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const metadata = {
    title: text(ld.headline) ?? meta(document, 'og:title', 'twitter:title', 'dc.title') ?? text(document.querySelector('title')?.textContent),
    published: text(ld.datePublished) ?? meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date',
      'dc.date.issued', 'dc.date', 'citation_publication_date', 'parsely-pub-date', 'og:published_time') ?? text(time),
    byline: authorName(ld.author) ?? meta(document, 'author', 'article:author', 'dc.creator', 'byl'),
    url: text(canonical) ?? meta(document, 'og:url') ?? text(ld.url),
    language: lang ? lang.toLowerCase().slice(0, 2) : null,
    siteName: meta(document, 'og:site_name', 'application-name'),
  };
  const parsed = new Readability<DomNode>(document as unknown as Document, { serializer: (node) => node as unknown as DomNode, charThreshold: 200 }).parse();
  const body = parsed?.content ? blockText(parsed.content) : '';
  const fallback = body ? '' : blockText((parseHTML(html).document.body ?? parseHTML(html).document) as unknown as DomNode);
  return {
    ...metadata,
    text: body || fallback,
    title: metadata.title ?? text(parsed?.title),
    byline: metadata.byline ?? text(parsed?.byline),
    published: metadata.published ?? text(parsed?.publishedTime),
  };
}
