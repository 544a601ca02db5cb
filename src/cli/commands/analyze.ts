import { extname } from 'node:path';
import { parsePublished } from '../../model/dates.js';
import { ParleyError } from '../../model/errors.js';
import type { AnalysisRecord } from '../../model/record.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { decodeArticle, readInputFile, MAX_DOCUMENT_BYTES } from '../../ingest/text.js';
import { analyzeFrom } from '../../ingest/ingest.js';
import { readInputs } from '../../ingest/read.js';
import type { SourceDocument } from '../../ingest/sources.js';
import { parseCommandArgs, parseTimeBudget } from '../args.js';
import { summarize } from '../summary.js';
import { note } from '../terminal.js';

export const usage = `parley analyze FILE... [--published YYYY-MM-DD] [--id ID] [--title T] [--json | --jsonl] [--time-budget SECONDS]

Analyses each article and prints its parley.analysis/1 record: pretty JSON with --json,
one line per article with --jsonl, otherwise a short readable summary. A .json or .jsonl
file holds articles as objects {id, title, published, url, text}, read as 'parley ingest'
reads them; any other FILE is one article of plain UTF-8 text ('-' reads standard input).
--published, --id and --title apply to articles that do not carry their own. An article
taking longer than its time budget (30 s + 6 s per million characters, or --time-budget)
is refused with E_TOO_SLOW.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', argv, {
    published: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' },
    json: { type: 'boolean' }, jsonl: { type: 'boolean' }, 'time-budget': { type: 'string' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length === 0) throw new ParleyError('E_USAGE', "analyze: no FILE given; see 'parley analyze --help'");
  if (values.json && values.jsonl) throw new ParleyError('E_USAGE', 'analyze: choose one of --json and --jsonl');
  const published = values.published === undefined ? null : parsePublished(values.published);
  const budgetMs = parseTimeBudget('analyze', values['time-budget']);

  // Read and check every input before printing anything, so bad input produces no partial output.
  const docs: SourceDocument[] = [];
  for (const path of positionals) docs.push(...await readArticles(path));
  if (values.id && docs.length > 1) throw new ParleyError('E_USAGE', `analyze: --id names one document, but the input holds ${docs.length}`);
  const pipeline = createAnalyzer();
  const records: AnalysisRecord[] = docs.map(({ origin, ...doc }) => analyzeFrom(origin, () => analyze(pipeline, {
    ...doc, id: doc.id ?? values.id, title: doc.title ?? values.title ?? null, published: doc.published ?? published,
  }, { budgetMs })));
  for (const [i, record] of records.entries()) {
    if (values.json) out.write(`${JSON.stringify(record, null, 2)}\n`);
    else if (values.jsonl) out.write(`${JSON.stringify(record)}\n`);
    else out.write(`${summarize(record, docs[i].origin)}\n`);
  }
  return 0;
}

/** One FILE's articles: JSON and JSON Lines through ingest's readers (said on stderr), anything else as one text. */
async function readArticles(path: string): Promise<SourceDocument[]> {
  const ext = extname(path).toLowerCase();
  if (path !== '-' && (ext === '.json' || ext === '.jsonl')) {
    const docs: SourceDocument[] = [];
    for await (const doc of readInputs([path], { notify: note })) docs.push(doc);
    note(`${path}: read as ${ext === '.json' ? 'JSON' : 'JSON Lines'}, ${docs.length} article${docs.length === 1 ? '' : 's'} (objects {id, title, published, url, text})`);
    return docs;
  }
  const label = path === '-' ? 'standard input' : path;
  const bytes = path === '-' ? await readStdin() : readInputFile(path, MAX_DOCUMENT_BYTES);
  return [{ origin: path, text: decodeArticle(bytes, label, note), title: null }];
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
