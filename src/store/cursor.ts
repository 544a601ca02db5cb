import { ParleyError } from '../model/errors.js';

type Key = ReadonlyArray<string | number>;

/** Cursors are opaque to callers: the sort key of the last item returned, base64url-encoded. */
export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Reads a cursor back, checking it has the shape the query expects (`sample` gives the types). */
export function decodeCursor(cursor: string | null | undefined, sample: Key): Key | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const fits = Array.isArray(key) && key.length === sample.length && key.every((v, i) => typeof v === typeof sample[i]);
  if (!fits) throw new ParleyError('E_USAGE', `'${cursor.slice(0, 40)}' is not a cursor this query gave; start again without one`);
  return key as Key;
}

/** The page size asked for, within bounds. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return 50;
  if (!Number.isInteger(limit) || limit < 1) throw new ParleyError('E_USAGE', `a page size must be a positive whole number, not ${limit}`);
  return Math.min(limit, 1000);
}
