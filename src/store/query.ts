/**
 * Turns what a user types into a safe full-text query: every word becomes a quoted
 * term (so punctuation and FTS operators in news text cannot break the query), all
 * terms must match, and `word*` keeps its prefix meaning.
 */
export function toFtsQuery(input: string): string {
  const terms = input.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*\*?/gu) ?? [];
  return terms
    .map((t) => {
      const prefix = t.endsWith('*');
      const word = (prefix ? t.slice(0, -1) : t).replace(/[.'’-]+$/, '').replace(/"/g, '');
      return word ? `"${word}"${prefix ? '*' : ''}` : '';
    })
    .filter(Boolean)
    .join(' ');
}
