import { readFileSync, statSync } from 'node:fs';
import { ParleyError } from '../model/errors.js';

/** The largest article Parley accepts; real news articles are well under 1 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes an article's bytes, refusing what is not an article: empty or blank input,
 * binary data, invalid UTF-8 and oversized input. `label` names the input in errors.
 */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new ParleyError('E_INPUT_TOO_LARGE', `${label}: ${(bytes.length / 1048576).toFixed(1)} MB is larger than the ${MAX_DOCUMENT_BYTES / 1048576} MB limit for one article`);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new ParleyError('E_INPUT_ENCODING', `${label}: is UTF-16; convert it to UTF-8 first (e.g. iconv -f UTF-16 -t UTF-8)`);
  }
  if (looksBinary(bytes)) throw new ParleyError('E_INPUT_BINARY', `${label}: looks like binary data, not text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ParleyError('E_INPUT_ENCODING', `${label}: is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)`);
  }
  checkText(text, label);
  return text;
}

/** Refuses text with nothing to analyse. */
export function checkText(text: string, label: string): void {
  if (text.trim().length === 0) throw new ParleyError('E_INPUT_EMPTY', `${label}: is empty`);
  if (text.length > MAX_DOCUMENT_BYTES) {
    throw new ParleyError('E_INPUT_TOO_LARGE', `${label}: is larger than the ${MAX_DOCUMENT_BYTES / 1048576} MB limit for one article`);
  }
  if (text.includes('\u0000')) throw new ParleyError('E_INPUT_BINARY', `${label}: contains NUL characters, not text`);
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
    throw new ParleyError('E_INPUT_TOO_LARGE', `${path}: ${(size / 1048576).toFixed(1)} MB is larger than the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
  }
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ParleyError('E_INPUT_UNREADABLE', `${path}: cannot be read (${code ?? 'error'})`);
  }
}
