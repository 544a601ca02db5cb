import { openStore } from '../../store/open.js';
import type { Story } from '../../store/store.js';
import { parseCommandArgs, parseLimit } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { forTerminal } from '../terminal.js';

export const usage = `parley stories [--from DATE] [--to DATE] [--min N] [--db FILE] [--limit N] [--cursor C] [--json]

Lists stories, the groups of near-duplicate articles (copies, updates, new headlines,
cuts), oldest first: their headline, dates and documents. --min 2 shows only stories
told by more than one article.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs('stories', argv, {
    ...STORE_OPTIONS, from: { type: 'string' }, to: { type: 'string' }, min: { type: 'string' },
    limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  const store = openStore(commandConfig(values), 'read');
  try {
    const page = await store.stories({
      from: values.from, to: values.to, minDocuments: values.min === undefined ? undefined : parseLimit('stories --min', values.min, 1),
      limit: parseLimit('stories', values.limit, 20), cursor: values.cursor,
    });
    if (values.json) out.write(`${JSON.stringify(page, null, 2)}\n`);
    else if (page.items.length === 0) out.write('no stories match\n');
    else out.write(`${page.items.map(formatStory).join('\n')}\n${page.next ? `more: --cursor ${page.next}\n` : ''}`);
    return 0;
  } finally {
    await store.close();
  }
}

export function formatStory(s: Story): string {
  const dates = s.first === s.last ? (s.first ?? 'undated') : `${s.first ?? '?'} – ${s.last ?? '?'}`;
  return `${forTerminal(s.title ?? s.representative)}  (${dates}, ${s.documents.length} document${s.documents.length === 1 ? '' : 's'})  [${s.id}]\n` +
    s.documents.map((d) => `    ${forTerminal(d)}`).join('\n');
}
