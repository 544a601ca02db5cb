import type { ActorSummary } from '../../store/store.js';
import * as lookup from './actors-lookup.js';
import { openStore } from '../../store/open.js';
import { parseCommandArgs, parseLimit } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { forTerminal } from '../terminal.js';

export const usage = `parley actors [NAME] [--db FILE] [--limit N] [--cursor C] [--json]
parley actors lookup NAME [--date YYYY-MM-DD] [--json]   (the knowledge base; see 'parley actors lookup --help')

Lists the actors stored documents mention (most documents first), or those whose name
contains NAME (any case) or whose actor id is NAME, with the roles they were given and
the first and last dates of the documents that gave them. A next page is printed as a
cursor to pass back with --cursor.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  if (argv[0] === 'lookup') return lookup.run(argv, out);
  const { values, positionals } = parseCommandArgs('actors', argv, {
    ...STORE_OPTIONS, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  const name = positionals.length ? positionals.join(' ') : undefined;
  const store = openStore(commandConfig(values), 'read');
  try {
    const page = await store.actors({ name, limit: parseLimit('actors', values.limit, 20), cursor: values.cursor });
    if (values.json) out.write(`${JSON.stringify(page, null, 2)}\n`);
    else if (page.items.length === 0) out.write(name ? `no stored actor matches '${forTerminal(name)}'\n` : 'no actors stored\n');
    else out.write(`${page.items.map(formatActor).join('\n')}\n${page.next ? `more: --cursor ${page.next}\n` : ''}`);
    return 0;
  } finally {
    await store.close();
  }
}

export function formatActor(a: ActorSummary): string {
  const head = `${forTerminal(a.name)}  ${a.type}${a.country ? ` ${a.country}` : ''}${a.cameo ? ` ${a.cameo}` : ''}  ` +
    `[${forTerminal(a.id)}]  ${a.documents} document${a.documents === 1 ? '' : 's'}, ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`;
  const roles = a.roles.map((r) => `    ${r.qualifier ? `${r.qualifier} ` : ''}${forTerminal(r.title)}${r.country ? ` (${r.country})` : ''}  ` +
    `${r.from ?? '?'} – ${r.to ?? '?'}, ${r.documents} document${r.documents === 1 ? '' : 's'}`);
  return [head, ...roles].join('\n');
}
