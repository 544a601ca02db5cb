import { existsSync } from 'node:fs';
import { ParleyError } from '../../model/errors.js';

/** The store path for read-only commands, which must not create an empty store by accident. */
export function existingDb(path: string | undefined): string {
  const db = path ?? 'parley.db';
  if (!existsSync(db)) throw new ParleyError('E_INPUT_NOT_FOUND', `${db}: no store here; run 'parley ingest' or 'parley demo' first, or pass --db`);
  return db;
}
