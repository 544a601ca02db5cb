import { ParleyError } from '../../model/errors.js';
import { openStore } from '../../store/open.js';
import type { TopicSummary } from '../../store/store.js';
import { parseCommandArgs, parseLimit } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { forTerminal } from '../terminal.js';

export const usage = `parley topics [WORDS] [--from DATE] [--to DATE] [--db FILE] [--limit N] [--cursor C] [--json]

Lists the proposals, policies and issues the stored articles discuss, the most discussed
first: in how many articles, how many stances for and against, and their key (give it to
'parley stances --topic KEY').`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('topics', argv, {
    ...STORE_OPTIONS, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length > 1) throw new ParleyError('E_USAGE', `topics: give the words as one argument ("${positionals.join(' ')}")`);
  const store = openStore(commandConfig(values), 'read');
  try {
    const page = await store.topics({
      text: positionals[0], from: values.from, to: values.to, limit: parseLimit('topics', values.limit, 20), cursor: values.cursor,
    });
    if (values.json) out.write(`${JSON.stringify(page, null, 2)}\n`);
    else if (page.items.length === 0) out.write('no topics match\n');
    else out.write(`${page.items.map(formatTopic).join('\n')}\n${page.next ? `more: --cursor ${page.next}\n` : ''}`);
    return 0;
  } finally {
    await store.close();
  }
}

export function formatTopic(t: TopicSummary): string {
  const counts = `+${t.support} −${t.oppose} ?${t.consider} =${t.neutral}`;
  return `${String(t.documents).padStart(4)} article${t.documents === 1 ? ' ' : 's'}  ${String(t.stances).padStart(3)} stances (${counts})  ` +
    `${forTerminal(t.label)}  [${forTerminal(t.key)}]`;
}
