import { ParleyError } from '../../model/errors.js';
import { openStore } from '../../store/open.js';
import { parseCommandArgs, parseLimit } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import type { SearchHit } from '../../store/store.js';
import { forTerminal } from '../terminal.js';

export const usage = `parley search QUERY... [--db FILE] [--config FILE] [--limit N] [--json]

Full-text search over stored titles and texts; every word must match, word* matches a prefix.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('search', argv, {
    ...STORE_OPTIONS, limit: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length === 0) throw new ParleyError('E_USAGE', "search: no QUERY given; see 'parley search --help'");
  const limit = parseLimit('search', values.limit, 20);
  const store = openStore(commandConfig(values), 'read');
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
