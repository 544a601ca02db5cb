import { ParleyError } from '../../model/errors.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { parseCommandArgs } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';

export const usage = `parley export [--format jsonl|csv] [--quotes] [--db FILE]

Writes the store out on standard output, streaming (constant memory):
  --format jsonl (default)  one parley.analysis/1 record a line, with its "story"
  --format csv              one row per document: id, story, published, title, url, source, language, counts
  --quotes                  quotes instead of documents: one JSON object a line, or CSV rows
                            (document, date, speaker, actor, kind, cue, start, end, text)`;

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvRow = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    ...STORE_OPTIONS, format: { type: 'string' }, quotes: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new ParleyError('E_USAGE', `export: --format must be jsonl or csv, not '${format}'`);
  if (positionals.length) throw new ParleyError('E_USAGE', `export: unexpected '${positionals[0]}'; see 'parley export --help'`);
  const store = openStore(commandConfig(values), 'read');
  const gone = (err: NodeJS.ErrnoException) => { if (err.code !== 'EPIPE') throw err; };
  out.on('error', gone);
  try {
    await (values.quotes ? exportQuotes(store, format, out) : exportDocuments(store, format, out));
    return 0;
  } catch (err) {
    if (err instanceof ReaderGone) return 0;
    throw err;
  } finally {
    out.off('error', gone);
    await store.close();
  }
}

/** A reader that went away (`parley export | head`) ends the export quietly, as it does for other Unix tools. */
class ReaderGone extends Error {}

/** Writes and waits when the stream asks for it, so a slow reader does not make the export hold the store in memory. */
async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if ((out as { destroyed?: boolean }).destroyed) throw new ReaderGone();
  if (!out.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      out.once('drain', resolve);
      out.once('error', () => reject(new ReaderGone()));
    });
  }
}

async function exportDocuments(store: Store, format: 'jsonl' | 'csv', out: NodeJS.WritableStream): Promise<void> {
  if (format === 'csv') await write(out, csvRow(['id', 'story', 'published', 'title', 'url', 'source', 'language', 'entities', 'quotes', 'timexes', 'events']));
  for await (const { story, record } of store.records()) {
    const d = record.document;
    await write(out, format === 'jsonl'
      ? `${JSON.stringify({ ...record, story })}\n`
      : csvRow([d.id, story, d.published, d.title, d.url, d.source, d.language ?? 'en', record.entities.length, record.quotes.length, record.timexes.length, record.events.length]));
  }
}

async function exportQuotes(store: Store, format: 'jsonl' | 'csv', out: NodeJS.WritableStream): Promise<void> {
  if (format === 'csv') await write(out, csvRow(['document', 'date', 'speaker', 'actor', 'kind', 'cue', 'start', 'end', 'text']));
  let cursor: string | null = null;
  do {
    const page = await store.quotes({ limit: 1000, cursor });
    for (const q of page.items) {
      await write(out, format === 'jsonl' ? `${JSON.stringify(q)}\n` : csvRow([q.document, q.date, q.speaker, q.actor, q.kind, q.cue, q.start, q.end, q.text]));
    }
    cursor = page.next;
  } while (cursor);
}
