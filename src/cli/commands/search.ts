import { ParleyError } from '../../model/errors.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { parseCommandArgs } from '../args.js';
import type { SearchHit } from '../../store/store.js';
import { forTerminal } from '../terminal.js';
import { existingDb } from './db.js';

export const usage = `parley search QUERY... [--db FILE] [--limit N] [--json]

Full-text search over stored titles and texts; every word must match, word* matches a prefix.`;

/** The most hits one search prints; more is a usage error, not a store error. */
const MAX_LIMIT = 10_000;

function parseLimit(value: string): number {
  const limit = /^\d{1,6}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw new ParleyError('E_USAGE', `search: --limit must be a whole number from 1 to ${MAX_LIMIT}, not '${value}'`);
  }
  return limit;
}

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('search', argv, {
    db: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length === 0) throw new ParleyError('E_USAGE', "search: no QUERY given; see 'parley search --help'");
  const limit = values.limit === undefined ? 20 : parseLimit(values.limit);
  const store = openSqliteStore(existingDb(values.db), { readOnly: true });
  try {
    const hits = await store.search(positionals.join(' '), limit);
    if (values.json) out.write(`${JSON.stringify(hits, null, 2)}\n`);
    else if (hits.length === 0) out.write('no matches\n');
    else for (const h of hits) out.write(`${formatHit(h)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** One hit as two lines, with the article's steering characters escaped. */
export function formatHit(h: SearchHit): string {
  const flat = (s: string) => forTerminal(s.replace(/\s+/g, ' '));
  return `${flat(h.id)}  ${h.published ?? '          '}  ${flat(h.title ?? '')}\n    ${flat(h.snippet)}`;
}
