import { ParleyError } from '../../model/errors.js';
import { openStore } from '../../store/open.js';
import type { MergedQuote, QuoteHit } from '../../store/store.js';
import { parseCommandArgs, parseLimit } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { forTerminal } from '../terminal.js';

export const usage = `parley quotes [--by NAME] [--actor ID] [--text WORDS] [--from DATE] [--to DATE] [--merged]
              [--db FILE] [--limit N] [--cursor C] [--json]

Lists stored quotes and reported speech in date order: by a speaker whose name contains
NAME, by an actor id, containing WORDS, said between two dates (YYYY-MM-DD, YYYY-MM, YYYY).
--merged lists the same words by the same speaker once, with every article that carries them.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('quotes', argv, {
    ...STORE_OPTIONS, by: { type: 'string' }, actor: { type: 'string' }, text: { type: 'string' },
    from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' },
    merged: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length) throw new ParleyError('E_USAGE', `quotes: unexpected '${positionals[0]}'; use --by NAME or --text WORDS`);
  const store = openStore(commandConfig(values), 'read');
  try {
    const query = {
      speaker: values.by, actor: values.actor, text: values.text, from: values.from, to: values.to,
      limit: parseLimit('quotes', values.limit, 20), cursor: values.cursor,
    };
    const page = values.merged ? await store.mergedQuotes(query) : await store.quotes(query);
    const format = (q: QuoteHit | MergedQuote) => ('mentions' in q ? formatMerged(q) : formatQuote(q));
    if (values.json) out.write(`${JSON.stringify(page, null, 2)}\n`);
    else if (page.items.length === 0) out.write('no quotes match\n');
    else out.write(`${page.items.map(format).join('\n')}\n${page.next ? `more: --cursor ${page.next}\n` : ''}`);
    return 0;
  } finally {
    await store.close();
  }
}

export function formatQuote(q: QuoteHit): string {
  return `${q.date ?? '          '}  ${forTerminal(q.speaker ?? '(unknown speaker)')}${q.cue ? ` ${forTerminal(q.cue)}` : ''}: ` +
    `“${forTerminal(q.text.replace(/\s+/g, ' '))}”  [${forTerminal(q.document)} ${q.start}–${q.end}]`;
}

export function formatMerged(q: MergedQuote): string {
  const where = q.mentions.map((m) => `${m.document} ${m.start}–${m.end}`).join(', ');
  return `${q.date ?? '          '}  ${forTerminal(q.speaker ?? '(unknown speaker)')}: “${forTerminal(q.text.replace(/\s+/g, ' '))}”  ` +
    `${q.documents} article${q.documents === 1 ? '' : 's'}  [${forTerminal(where)}]`;
}
