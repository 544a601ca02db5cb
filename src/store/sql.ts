import { ParleyError } from '../model/errors.js';
import { encodeCursor } from './cursor.js';
import { firstDay, lastDay } from './dates.js';
import type { Page } from './store.js';

/** Sorts undated rows after dated ones. */
export const UNDATED = '9999-99-99';
export type Param = string | number;
export type Key = ReadonlyArray<Param>;

/** A WHERE clause built from optional filters, with its parameters in order. */
export class Where {
  readonly parts: string[] = [];
  readonly params: Param[] = [];
  add(sql: string, ...params: Param[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

export const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A range bound as a day: `from` is the first day of what it names, `to` the last. */
export function day(value: string | undefined, what: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  const d = what === 'from' ? firstDay(value) : lastDay(value);
  if (!d) throw new ParleyError('E_BAD_DATE', `${what}: '${value}' is not a date (YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www)`);
  return d;
}

/** Runs a keyset-paged query: asks for one row more than the page to know whether there is a next page. */
export function page<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => Key, toItem: (row: Row) => Item): Page<Item> {
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  return { items: items.map(toItem), next: more ? encodeCursor(keyOf(items[items.length - 1])) : null };
}


/** How an adapter writes "this column contains the words, in any case" for a `like()` pattern. */
export interface Dialect {
  readonly contains: (column: string) => string;
}

export const SQLITE: Dialect = { contains: (column) => `${column} LIKE ? ESCAPE '\\'` };
export const POSTGRES: Dialect = { contains: (column) => `${column} ILIKE ?` };

/** The actors a filter names: an exact corpus key, or any actor whose name contains the words. */
export const actorIn = (d: Dialect) => `(SELECT key FROM actors WHERE key = ? OR ${d.contains('name')})`;
