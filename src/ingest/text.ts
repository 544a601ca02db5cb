import { readFileSync, statSync } from 'node:fs';
import { ParleyError } from '../model/errors.js';

/** The largest article Parley accepts; real news articles are well under 1 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** The largest JSON or JSON Lines file accepted: a corpus, not one article. */
export const MAX_CORPUS_BYTES = 512 * 1024 * 1024;

/** Hears what the readers did to the input that the user should know (a removed byte-order mark). */
export type Notify = (message: string) => void;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The bytes after a leading UTF-8 byte-order mark, which marks the encoding and is not text; the user is told. */
export function withoutBom<T extends Uint8Array>(bytes: T, label: string, notify: Notify): T {
  if (!UTF8_BOM.every((b, i) => bytes[i] === b)) return bytes;
  notify(`${label}: starts with a UTF-8 byte-order mark; it is not part of the text and was removed (offsets count from after it)`);
  return bytes.subarray(3) as T;
}

/**
 * The one edge every reader passes (text files, JSON, JSON Lines, standard input; HTML and feeds
 * plug in here too): bytes become text only if they are UTF-8 and not binary. A UTF-8
 * byte-order mark at the very start marks the encoding and is not part of the text: it is
 * removed, `notify` is told, and offsets count from after it. `maxBytes` is the limit of
 * the container (an article, or a corpus whose articles are checked one by one).
 */
export function decodeText(bytes: Uint8Array, label: string, maxBytes: number, notify: Notify = () => {}): string {
  if (bytes.length > maxBytes) {
    throw new ParleyError('E_INPUT_TOO_LARGE', `${label}: ${(bytes.length / 1048576).toFixed(1)} MB is larger than the ${maxBytes / 1048576} MB limit for ${maxBytes === MAX_DOCUMENT_BYTES ? 'one article' : 'one corpus file'}`);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new ParleyError('E_INPUT_ENCODING', `${label}: is UTF-16; convert it to UTF-8 first (e.g. iconv -f UTF-16 -t UTF-8)`);
  }
  const body = withoutBom(bytes, label, notify);
  if (looksBinary(body)) throw new ParleyError('E_INPUT_BINARY', `${label}: looks like binary data, not text`);
  try {
    return utf8.decode(body);
  } catch {
    throw new ParleyError('E_INPUT_ENCODING', `${label}: is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)`);
  }
}

/** Decodes one article's bytes and checks its text (see `decodeText` and `checkText`). */
export function decodeArticle(bytes: Uint8Array, label: string, notify?: Notify): string {
  const text = decodeText(bytes, label, MAX_DOCUMENT_BYTES, notify);
  checkText(text, label);
  return text;
}

/**
 * Refuses an article text with nothing to analyse or that no store could keep exactly:
 * empty or blank, larger than the article limit, NUL characters, or invalid UTF-16 (a lone
 * surrogate, as JSON's "\ud800" can make). A lone surrogate would turn into U+FFFD, or three
 * bytes, on the way to UTF-8, shifting every offset after it and merging distinct texts under
 * one hash, so it is refused before hashing, as invalid UTF-8 is refused in files.
 */
export function checkText(text: string, label: string): void {
  if (text.trim().length === 0) throw new ParleyError('E_INPUT_EMPTY', `${label}: is empty`);
  if (text.length > MAX_DOCUMENT_BYTES) {
    throw new ParleyError('E_INPUT_TOO_LARGE', `${label}: is larger than the ${MAX_DOCUMENT_BYTES / 1048576} MB limit for one article`);
  }
  if (text.includes('\u0000')) throw new ParleyError('E_INPUT_BINARY', `${label}: contains NUL characters, not text`);
  checkUtf16(text, label);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses a string (text or metadata) holding a lone UTF-16 surrogate, naming where. */
export function checkUtf16(value: string, label: string): void {
  const m = LONE_SURROGATE.exec(value);
  if (!m) return;
  const code = m[0].charCodeAt(0).toString(16);
  throw new ParleyError('E_INPUT_ENCODING', `${label}: holds a lone UTF-16 surrogate (\\u${code}) at character ${m.index}, which is not text; fix the producer or replace it with U+FFFD`);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Reads a file's bytes with a clear error for missing, unreadable or oversized files. */
export function readInputFile(path: string, maxBytes = Number.POSITIVE_INFINITY): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ParleyError('E_INPUT_UNREADABLE', `${path}: is a directory, not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof ParleyError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ParleyError('E_INPUT_NOT_FOUND', `${path}: no such file`);
    throw new ParleyError('E_INPUT_UNREADABLE', `${path}: cannot be read (${code ?? 'error'})`);
  }
  if (size > maxBytes) {
    throw new ParleyError('E_INPUT_TOO_LARGE', `${path}: ${(size / 1048576).toFixed(1)} MB is larger than the ${(maxBytes / 1048576).toFixed(0)} MB limit for ${maxBytes === MAX_DOCUMENT_BYTES ? 'one article' : 'one corpus file'}`);
  }
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ParleyError('E_INPUT_UNREADABLE', `${path}: cannot be read (${code ?? 'error'})`);
  }
}
