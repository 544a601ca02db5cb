import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { parsePublished } from '../model/dates.js';
import { ParleyError } from '../model/errors.js';
import { detectFormat, type InputFormat } from './detect.js';
import { parseFeed, type FeedItem } from './feed.js';
import { isUrl, type Fetcher } from './fetch.js';
import { blockText, extractArticle, type WebArticle } from './html.js';
import { listInputFiles, toSourceDocument, type SourceDocument } from './sources.js';
import { checkText, checkUtf16, decodeText, withoutBom, readInputFile, MAX_CORPUS_BYTES, MAX_DOCUMENT_BYTES, type Notify } from './text.js';

export interface ReadOptions {
  readonly notify?: Notify;
  /** The date for documents that carry none (plain text files). */
  readonly published?: string | null;
  /** Fetches URLs given as inputs and feed items without a full text; without one, URLs are refused. */
  readonly fetcher?: Fetcher;
}

/** A feed item whose body has this many characters of text is the article; a shorter one is a teaser. */
const FULL_ITEM_TEXT = 400;
const HEAD_BYTES = 4096;

/**
 * Every document the inputs hold, one at a time: files and folders (recursively) and http(s)
 * URLs, each read by what its content is (text, JSON, JSON Lines, an HTML page, an RSS or Atom
 * feed). JSON Lines stream line by line, so a corpus of any size takes constant memory.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<SourceDocument> {
  const notify = options.notify ?? (() => {});
  const withDate = (d: SourceDocument): SourceDocument => (d.published || !options.published ? d : { ...d, published: options.published });
  for (const input of inputs) {
    if (isUrl(input)) {
      for await (const d of readUrl(input, options)) yield withDate(d);
      continue;
    }
    for (const path of listInputFiles([input], notify)) {
      for await (const d of readFile(path, options)) yield withDate(d);
    }
  }
}

/** The format of a file, from its first bytes and its name. */
export function fileFormat(path: string): InputFormat {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    return detectFormat(head.subarray(0, n).toString('utf8'), path, n < HEAD_BYTES);
  } finally {
    closeSync(fd);
  }
}

async function* readFile(path: string, options: ReadOptions): AsyncGenerator<SourceDocument> {
  const notify = options.notify ?? (() => {});
  const format = fileFormat(path);
  if (format === 'jsonl') return yield* jsonLines(path, notify);
  const limit = format === 'text' || format === 'html' ? MAX_DOCUMENT_BYTES : MAX_CORPUS_BYTES;
  const content = decodeText(readInputFile(path, limit), path, limit, notify);
  yield* documentsIn(content, format, path, options);
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<SourceDocument> {
  if (!options.fetcher) throw new ParleyError('E_USAGE', `${url}: URLs are read only by 'parley ingest'`);
  const page = await options.fetcher.get(url);
  if (page.body === null) return options.notify?.(`${url}: not modified since it was last fetched`);
  const format = /xml|rss|atom/i.test(page.contentType ?? '') && !/html/i.test(page.contentType ?? '') ? 'feed' : detectFormat(page.body, new URL(page.url).pathname);
  for await (const d of documentsIn(page.body, format, page.url, options)) yield { ...d, fetchedAt: d.fetchedAt ?? page.fetchedAt };
}

/** The documents in content already read, by its format. */
async function* documentsIn(content: string, format: InputFormat, origin: string, options: ReadOptions): AsyncGenerator<SourceDocument> {
  switch (format) {
    case 'text':
      checkText(content, origin);
      return yield { text: content, id: undefined, title: null, origin };
    case 'json':
      return yield* jsonDocuments(content, origin);
    case 'jsonl':
      for (const [i, line] of content.split('\n').entries()) if (line.trim()) yield jsonLine(line, `${origin}:${i + 1}`);
      return;
    case 'html':
      return yield webDocument(extractArticle(content), origin, isUrl(origin) ? origin : null, options.notify);
    case 'feed':
      return yield* feedDocuments(content, origin, options);
  }
}

function* jsonDocuments(content: string, origin: string): Generator<SourceDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (err) {
    throw new ParleyError('E_INPUT_FORMAT', `${origin}: is not valid JSON (${(err as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (items.length === 0) throw new ParleyError('E_INPUT_EMPTY', `${origin}: holds no documents`);
  for (const [i, item] of items.entries()) yield toSourceDocument(item, items.length > 1 ? `${origin}[${i}]` : origin);
}

function jsonLine(line: string, origin: string): SourceDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    throw new ParleyError('E_INPUT_FORMAT', `${origin}: is not valid JSON (${(err as Error).message})`);
  }
  return toSourceDocument(parsed, origin);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON Lines file read line by line from disk, each line decoded strictly and checked. */
async function* jsonLines(path: string, notify: Notify): AsyncGenerator<SourceDocument> {
  let pending: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  let count = 0;
  const lineOf = (bytes: Buffer): SourceDocument | null => {
    lineNo++;
    const origin = `${path}:${lineNo}`;
    let text: string;
    try {
      text = strictUtf8.decode(lineNo === 1 ? withoutBom(bytes, path, notify) : bytes);
    } catch {
      throw new ParleyError('E_INPUT_ENCODING', `${origin}: is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)`);
    }
    if (!text.trim()) return null;
    count++;
    return jsonLine(text, origin);
  };
  for await (const chunk of createReadStream(path)) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = pending.indexOf(0x0a)) >= 0) {
      const doc = lineOf(pending.subarray(0, nl));
      pending = pending.subarray(nl + 1);
      if (doc) yield doc;
    }
    if (pending.length > MAX_DOCUMENT_BYTES * 2) throw new ParleyError('E_INPUT_TOO_LARGE', `${path}:${lineNo + 1}: one line is larger than ${MAX_DOCUMENT_BYTES * 2 / 1048576} MB`);
  }
  const last = pending.length ? lineOf(pending) : null;
  if (last) yield last;
  if (count === 0) throw new ParleyError('E_INPUT_EMPTY', `${path}: holds no documents`);
}

/** A date as a page or feed states it (ISO, or RFC 2822 as in RSS), as an ISO date; null when it is none. */
export function webDate(value: string | null, notify?: Notify, label = 'date'): string | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : Number.isNaN(Date.parse(value)) ? null : new Date(Date.parse(value)).toISOString().slice(0, 10);
  try {
    return iso ? parsePublished(iso, label) : null;
  } catch {
    notify?.(`${label}: '${value}' is not a date Parley can use; left out`);
    return null;
  }
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function webDocument(page: WebArticle, origin: string, fetchedFrom: string | null, notify?: Notify): SourceDocument {
  if (!page.text.trim()) throw new ParleyError('E_INPUT_EMPTY', `${origin}: no article text found in the page`);
  checkText(page.text, origin);
  for (const value of [page.title, page.byline, page.url]) if (value) checkUtf16(value, origin);
  const url = page.url ?? fetchedFrom;
  return {
    origin, text: page.text, id: undefined, title: page.title, url, source: page.siteName ?? hostOf(url),
    published: webDate(page.published, notify, `${origin}: published`), byline: page.byline, language: page.language,
  };
}

/** The text of an item's HTML (or plain text) body. */
function itemText(content: string | null): string {
  if (!content) return '';
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return blockText(document.body as unknown as Parameters<typeof blockText>[0]);
}

async function* feedDocuments(xml: string, origin: string, options: ReadOptions): AsyncGenerator<SourceDocument> {
  const feed = parseFeed(xml, origin);
  if (feed.items.length === 0) options.notify?.(`${origin}: the feed has no items`);
  for (const [i, item] of feed.items.entries()) {
    const doc = await feedItemDocument(item, `${origin}#${i + 1}`, feed.title, options);
    if (doc) yield doc;
  }
}

/** An item's article: its own body when that is the full text, else the page it links to, else its teaser. */
async function feedItemDocument(item: FeedItem, origin: string, feedTitle: string | null, options: ReadOptions): Promise<SourceDocument | null> {
  const body = itemText(item.content);
  const published = webDate(item.published, options.notify, `${origin}: published`);
  if (body.length < FULL_ITEM_TEXT && item.link && options.fetcher) {
    const page = await options.fetcher.get(item.link);
    if (page.body !== null) {
      const doc = webDocument(extractArticle(page.body), origin, page.url, options.notify);
      return { ...doc, title: doc.title ?? item.title, published: doc.published ?? published, fetchedAt: page.fetchedAt };
    }
  }
  if (!body.trim()) {
    options.notify?.(`${origin}: skipped, the item has no text${item.link ? ' (pass a URL to fetch its page)' : ''}`);
    return null;
  }
  checkText(body, origin);
  return {
    origin, text: body, id: undefined, title: item.title, url: item.link, source: hostOf(item.link) ?? feedTitle,
    published, byline: item.byline,
  };
}
