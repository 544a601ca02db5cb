import { toFtsQuery } from '../query.js';

/**
 * What a user typed, as a `to_tsquery` argument: the same terms the SQLite store searches for
 * (every word required, `word*` a prefix), each quoted so that punctuation and operators in the
 * query cannot break it. Empty when nothing searchable is left.
 */
export function toTsQuery(input: string): string {
  const terms = toFtsQuery(input).match(/"[^"]*"\*?/g) ?? [];
  return terms.map((t) => {
    const prefix = t.endsWith('*');
    const word = t.slice(1, prefix ? -2 : -1).replace(/\\/g, '\\\\').replace(/'/g, "''");
    return `'${word}'${prefix ? ':*' : ''}`;
  }).join(' & ');
}

/** The text-search configuration of the `fts` column (stems English words; stop words are not indexed). */
export const TS_CONFIG = 'english';
