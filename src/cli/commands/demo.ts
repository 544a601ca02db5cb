import { fileURLToPath } from 'node:url';
import { describeStore, openStore } from '../../store/open.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { parseCommandArgs } from '../args.js';
import { summarize } from '../summary.js';
import { formatSummary, ingestInto } from './ingest.js';
import { parseCacheSeconds, parseHost, parsePort, SERVE_OPTIONS, serveUntilStopped } from './serve.js';

export const usage = `parley demo [--db FILE] [--config FILE] [--port N] [--host ADDRESS] [--no-serve]

Ingests the bundled sample corpus (the seed article and ten English Wikinews articles,
CC BY 2.5) into ./parley.db (or --db FILE), prints what was stored, then serves the
dashboard over it (as 'parley serve' does; Ctrl-C stops). --no-serve stops after printing.`;

export const DEMO_CORPUS = fileURLToPath(new URL('../../../data/samples/demo.jsonl', import.meta.url));

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs('demo', argv, { ...STORE_OPTIONS, ...SERVE_OPTIONS, 'no-serve': { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const serving = values['no-serve'] ? null : { host: parseHost(values.host), port: parsePort(values.port), ingestToken: null, cacheSeconds: parseCacheSeconds(values['cache-seconds']) };
  const config = commandConfig(values);
  const dbPath = describeStore(config);
  const summary = await ingestInto(config, [DEMO_CORPUS], { keepResults: true, progress: true });
  const store = openStore(config, 'read');
  try {
    for (const { id } of summary.results) {
      const record = await store.get(id);
      if (record) out.write(`${summarize(record, id)}\n\n`);
    }
    const stats = await store.stats();
    out.write(`${formatSummary(summary, dbPath)}\n`);
    out.write(`the store now holds ${stats.documents} documents, ${stats.entities} entities (${stats.mentions} mentions), ` +
      `${stats.timexes} dates, ${stats.quotes} quotes, ${stats.events} events\n`);
    out.write(`try: npx parley search Iran --db ${dbPath}   |   npx parley show parley-seed --db ${dbPath}\n`);
    out.write('Sample articles from English Wikinews, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/); see data/samples/README.md.\n');
    if (serving) await serveUntilStopped(store, config, serving, out);
    return 0;
  } finally {
    await store.close();
  }
}
