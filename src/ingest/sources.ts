import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { parsePublished } from '../model/dates.js';
import { ParleyError } from '../model/errors.js';
import type { AnalyzeInput } from '../pipeline/analyze.js';
import { checkText, checkUtf16, type Notify } from './text.js';

/** The files a folder walk picks up; the content, not the name, then decides how each is read. */
export const EXTENSIONS = new Set(['.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xml', '.rss', '.atom']);

export interface SourceDocument extends AnalyzeInput {
  /** Where it came from, for messages: a path, path:line, or URL. */
  readonly origin: string;
  /** The author line of a web page. */
  readonly byline?: string | null;
  /** The language the source declared (detection decides what is analysed). */
  readonly language?: string | null;
  /** When it was fetched from the web. */
  readonly fetchedAt?: string | null;
}

/**
 * Expands files and folders (recursively) into the article files Parley reads, sorted. A path
 * the user named must exist; inside a folder, a broken link or a symbolic-link loop is skipped
 * with a note, and a link to a folder already walked or above it (`..`) is not followed.
 */
export function listInputFiles(paths: readonly string[], notify: Notify = () => {}): string[] {
  const out: string[] = [];
  const walked = new Set<string>();
  const walk = (path: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!explicit) return notify(`${path}: skipped, ${code === 'ELOOP' ? 'a symbolic-link loop' : code === 'ENOENT' ? 'a broken link' : `cannot be read (${code})`}`);
      throw new ParleyError(code === 'ENOENT' ? 'E_INPUT_NOT_FOUND' : 'E_INPUT_UNREADABLE',
        code === 'ENOENT' ? `${path}: no such file or folder` : `${path}: cannot be read (${code})`);
    }
    if (st.isDirectory()) {
      const real = realpathSync(path);
      const inside = [...walked].some((w) => w === real || w.startsWith(real + sep) || real === sep);
      if (inside) return notify(`${path}: skipped, a link to a folder already being read`);
      walked.add(real);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (err) {
        throw new ParleyError('E_INPUT_UNREADABLE', `${path}: cannot be read (${(err as NodeJS.ErrnoException).code})`);
      }
      for (const name of names) if (!name.startsWith('.')) walk(join(path, name), false);
    } else if (EXTENSIONS.has(extname(path).toLowerCase())) {
      out.push(path);
    } else if (explicit) {
      throw new ParleyError('E_INPUT_FORMAT', `${path}: unsupported file type; Parley reads text (.txt), JSON (.json, .jsonl), web pages (.html) and feeds (.xml, .rss, .atom)`);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

const optionalString = (value: unknown, field: string, origin: string): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ParleyError('E_INPUT_FORMAT', `${origin}: '${field}' must be a string`);
  checkUtf16(value, `${origin}: ${field}`);
  return value;
};

/** One JSON article, checked the way a text file is (the same edge), metadata included. */
export function toSourceDocument(item: unknown, origin: string): SourceDocument {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new ParleyError('E_INPUT_FORMAT', `${origin}: expected an object {id, title, published, url, text}`);
  }
  const o = item as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new ParleyError('E_INPUT_FORMAT', `${origin}: has no 'text' string`);
  checkText(o.text, origin);
  const published = optionalString(o.published, 'published', origin);
  return {
    origin,
    text: o.text,
    id: optionalString(o.id, 'id', origin) ?? undefined,
    title: optionalString(o.title, 'title', origin),
    url: optionalString(o.url, 'url', origin),
    source: optionalString(o.source, 'source', origin),
    published: published === null ? null : parsePublished(published, `${origin}: published`),
  };
}

/** A short label for a document in listings. */
export function describeOrigin(doc: SourceDocument): string {
  return doc.title ?? basename(doc.origin);
}

