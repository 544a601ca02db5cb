import { readFileSync } from 'node:fs';
import { ParleyError } from '../model/errors.js';

/** Where the knowledge base's data files live: `data/kb/` at the package root. */
export const KB_DATA_DIR = new URL('../../data/kb/', import.meta.url);

/**
 * Reads one tab-separated knowledge-base file into records keyed by its header row.
 * Lines starting with `#` are comments; list-valued cells use `|` between items.
 */
export function readKbTable(fileName: string): Record<string, string>[] {
  const url = new URL(fileName, KB_DATA_DIR);
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch {
    throw new ParleyError('E_RESOURCE', `knowledge-base file ${url.pathname} is missing; reinstall the package`);
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new ParleyError('E_RESOURCE', `${fileName} row ${i + 2}: ${cells.length} cells, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, k) => [name, cells[k]!.trim()]));
  });
}

/** Splits a `|`-separated list cell; an empty cell is an empty list. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((item) => item.trim()).filter((item) => item !== '');
}
