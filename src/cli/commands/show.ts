import { ParleyError } from '../../model/errors.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import { parseCommandArgs } from '../args.js';
import { summarize } from '../summary.js';
import { existingDb } from './db.js';

export const usage = `parley show ID [--db FILE] [--json]

Prints a stored document's analysis: a summary, or the full record with --json.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('show', argv, { db: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length !== 1) throw new ParleyError('E_USAGE', "show: give exactly one document ID; see 'parley show --help'");
  const store = openSqliteStore(existingDb(values.db), { readOnly: true });
  try {
    const record = await store.get(positionals[0]);
    if (!record) throw new ParleyError('E_NOT_FOUND', `show: no document with id '${positionals[0]}'; 'parley search' lists ids`);
    out.write(values.json ? `${JSON.stringify(record, null, 2)}\n` : `${summarize(record, record.document.id)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
