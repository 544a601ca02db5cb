import { ParleyError } from '../../model/errors.js';
import { openStore } from '../../store/open.js';
import { parseCommandArgs } from '../args.js';
import { summarize } from '../summary.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';

export const usage = `parley show ID [--db FILE] [--config FILE] [--json] [--evidence]

Prints a stored document's analysis: a summary (with its topics and the positions taken on them, topic ×
holder → polarity; --evidence adds the words that say each), or the full record with --json.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('show', argv, { ...STORE_OPTIONS, json: { type: 'boolean' }, evidence: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length !== 1) throw new ParleyError('E_USAGE', "show: give exactly one document ID; see 'parley show --help'");
  const store = openStore(commandConfig(values), 'read');
  try {
    const record = await store.get(positionals[0]);
    if (!record) throw new ParleyError('E_NOT_FOUND', `show: no document with id '${positionals[0]}'; 'parley search' lists ids`);
    out.write(values.json ? `${JSON.stringify(record, null, 2)}\n` : `${summarize(record, record.document.id, { evidence: values.evidence === true })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
