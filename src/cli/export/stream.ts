import type { Page } from '../../store/store.js';

/** A reader that went away (`parley export | head`) ends the export quietly, as it does for other Unix tools. */
export class ReaderGone extends Error {}

/** Writes and waits when the stream asks for it, so a slow reader does not make the export hold the store in memory. */
export async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if ((out as { destroyed?: boolean }).destroyed) throw new ReaderGone();
  if (!out.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      out.once('drain', resolve);
      out.once('error', () => reject(new ReaderGone()));
    });
  }
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One RFC 4180 row. */
export const csvRow = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** One tab-separated row; tabs and line breaks inside a value become spaces (GDELT's files have no quoting). */
export const tsvRow = (cells: readonly unknown[]) => `${cells.map((v) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '))).join('\t')}\n`;

/** Every item of a paged query, a page at a time (constant memory). */
export async function* allItems<T>(fetch: (cursor: string | null) => Promise<Page<T>>): AsyncIterable<T> {
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetch(cursor);
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}
