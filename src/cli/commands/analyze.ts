import { parsePublished } from '../../model/dates.js';
import { ParleyError } from '../../model/errors.js';
import type { AnalysisRecord } from '../../model/record.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { decodeArticle, readInputFile, MAX_DOCUMENT_BYTES } from '../../ingest/text.js';
import { parseCommandArgs } from '../args.js';
import { summarize } from '../summary.js';

export const usage = `parley analyze FILE... [--published YYYY-MM-DD] [--id ID] [--title T] [--json | --jsonl]

Analyses each article (plain UTF-8 text; '-' reads standard input) and prints its
parley.analysis/1 record: pretty JSON with --json, one line per article with --jsonl,
otherwise a short readable summary.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', argv, {
    published: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' },
    json: { type: 'boolean' }, jsonl: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length === 0) throw new ParleyError('E_USAGE', "analyze: no FILE given; see 'parley analyze --help'");
  if (values.json && values.jsonl) throw new ParleyError('E_USAGE', 'analyze: choose one of --json and --jsonl');
  if (values.id && positionals.length > 1) throw new ParleyError('E_USAGE', 'analyze: --id names one document; give one FILE');
  const published = values.published === undefined ? null : parsePublished(values.published);

  // Read and check every input before printing anything, so bad input produces no partial output.
  const texts: Array<{ path: string; text: string }> = [];
  for (const path of positionals) {
    const bytes = path === '-' ? await readStdin() : readInputFile(path, MAX_DOCUMENT_BYTES);
    texts.push({ path, text: decodeArticle(bytes, path === '-' ? 'standard input' : path) });
  }
  const pipeline = createAnalyzer();
  const records: AnalysisRecord[] = texts.map(({ text }) =>
    analyze(pipeline, { text, published, id: values.id, title: values.title ?? null }));
  for (const [i, record] of records.entries()) {
    if (values.json) out.write(`${JSON.stringify(record, null, 2)}\n`);
    else if (values.jsonl) out.write(`${JSON.stringify(record)}\n`);
    else out.write(`${summarize(record, texts[i].path)}\n`);
  }
  return 0;
}

/** Reads standard input, stopping early once it exceeds the article size limit. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_DOCUMENT_BYTES) break;
  }
  return Buffer.concat(chunks);
}
