import { ParleyError } from '../../model/errors.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { parseChoice, parseCommandArgs } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { GDELT_COLUMNS, gdeltRow } from '../export/gdelt.js';
import { allItems, csvRow, ReaderGone, tsvRow, write } from '../export/stream.js';
import { MODES } from './events.js';

export const usage = `parley export [--format jsonl|csv|gdelt] [--quotes | --events | --stances] [filters] [--db FILE]

Writes the store out on standard output, streaming (constant memory):
  --format jsonl (default)  one parley.analysis/1 record a line, with its "story"
  --format csv              one row per document: id, story, published, title, url, source, language, counts
  --quotes                  quotes instead: one JSON object a line, or CSV rows
                            (document, date, speaker, actor, kind, cue, start, end, text)
  --events                  events as each article codes them (JSON or CSV); with --format gdelt,
                            events merged across articles as GDELT 2.0 event rows (tab-separated,
                            GDELT's 61 columns in its order; tone and geography left empty)
  --stances                 stances: holder, topic, polarity, cue and evidence (JSON or CSV)
Filters: --from DATE --to DATE for all; documents --source NAME --story ID; quotes --by NAME;
events --actor A --country XXX --code C --plover TYPE --mode MODE (default asserted);
stances --actor A --topic T --polarity P.`;

type Kind = 'documents' | 'quotes' | 'events' | 'stances';
type Format = 'jsonl' | 'csv' | 'gdelt';
type Values = Record<string, string | boolean | undefined>;

const FILTERS: Record<Kind, string[]> = {
  documents: ['from', 'to', 'source', 'story'],
  quotes: ['from', 'to', 'by', 'actor'],
  events: ['from', 'to', 'actor', 'country', 'code', 'plover', 'mode'],
  stances: ['from', 'to', 'actor', 'topic', 'polarity'],
};

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    ...STORE_OPTIONS, format: { type: 'string' }, quotes: { type: 'boolean' }, events: { type: 'boolean' }, stances: { type: 'boolean' },
    from: { type: 'string' }, to: { type: 'string' }, source: { type: 'string' }, story: { type: 'string' }, by: { type: 'string' },
    actor: { type: 'string' }, country: { type: 'string' }, code: { type: 'string' }, plover: { type: 'string' }, mode: { type: 'string' },
    topic: { type: 'string' }, polarity: { type: 'string' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length) throw new ParleyError('E_USAGE', `export: unexpected '${positionals[0]}'; see 'parley export --help'`);
  const kind = kindOf(values);
  const format = parseChoice('export', 'format', values.format, ['jsonl', 'csv', 'gdelt'] as const) ?? 'jsonl';
  if (format === 'gdelt' && kind !== 'events') throw new ParleyError('E_USAGE', 'export: --format gdelt writes events; add --events');
  const stray = Object.keys(values).find((k) => [...new Set(Object.values(FILTERS).flat())].includes(k) && !FILTERS[kind].includes(k));
  if (stray) throw new ParleyError('E_USAGE', `export: --${stray} does not filter ${kind}; see 'parley export --help'`);
  parseChoice('export', 'mode', values.mode, MODES);
  parseChoice('export', 'polarity', values.polarity, ['support', 'oppose', 'consider', 'neutral'] as const);
  const store = openStore(commandConfig(values), 'read');
  const gone = (err: NodeJS.ErrnoException) => { if (err.code !== 'EPIPE') throw err; };
  out.on('error', gone);
  try {
    await EXPORTS[kind](store, format, values, out);
    return 0;
  } catch (err) {
    if (err instanceof ReaderGone) return 0;
    throw err;
  } finally {
    out.off('error', gone);
    await store.close();
  }
}

function kindOf(values: Values): Kind {
  const kinds = (['quotes', 'events', 'stances'] as const).filter((k) => values[k]);
  if (kinds.length > 1) throw new ParleyError('E_USAGE', `export: choose one of --${kinds.join(', --')}`);
  return kinds[0] ?? 'documents';
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

const EXPORTS: Record<Kind, (store: Store, format: Format, v: Values, out: NodeJS.WritableStream) => Promise<void>> = {
  documents: exportDocuments,
  async quotes(store, format, v, out) {
    if (format === 'csv') await write(out, csvRow(['document', 'date', 'speaker', 'actor', 'kind', 'cue', 'start', 'end', 'text']));
    const query = { from: str(v.from), to: str(v.to), speaker: str(v.by), actor: str(v.actor), limit: 1000 };
    for await (const q of allItems((cursor) => store.quotes({ ...query, cursor }))) {
      await write(out, format === 'jsonl' ? `${JSON.stringify(q)}\n` : csvRow([q.document, q.date, q.speaker, q.actor, q.kind, q.cue, q.start, q.end, q.text]));
    }
  },
  async events(store, format, v, out) {
    const query = {
      from: str(v.from), to: str(v.to), actor: str(v.actor), country: str(v.country)?.toUpperCase(), code: str(v.code), plover: str(v.plover),
      mode: str(v.mode) as (typeof MODES)[number] | undefined, limit: 1000,
    };
    if (format === 'gdelt') {
      await write(out, tsvRow(GDELT_COLUMNS));
      for await (const m of allItems((cursor) => store.mergedEvents({ ...query, cursor }))) await write(out, tsvRow(gdeltRow(m)));
      return;
    }
    if (format === 'csv') await write(out, csvRow(EVENT_CSV));
    for await (const e of allItems((cursor) => store.events({ ...query, cursor }))) {
      await write(out, format === 'jsonl' ? `${JSON.stringify(e)}\n` : csvRow([
        e.document, e.event, e.date, e.code, e.label, e.root, e.plover, e.quadClass, e.goldstein, e.mode,
        e.source.cameo, e.source.name, e.source.id, e.target.cameo, e.target.name, e.target.id, e.trigger, e.start, e.end, e.text,
      ]));
    }
  },
  async stances(store, format, v, out) {
    if (format === 'csv') await write(out, csvRow(['document', 'date', 'holder', 'holder_actor', 'holder_id', 'topic', 'topic_key', 'polarity', 'cue', 'start', 'end', 'text']));
    const query = { from: str(v.from), to: str(v.to), actor: str(v.actor), topic: str(v.topic), polarity: str(v.polarity) as 'support' | undefined, limit: 1000 };
    for await (const s of allItems((cursor) => store.stances({ ...query, cursor }))) {
      await write(out, format === 'jsonl' ? `${JSON.stringify(s)}\n` : csvRow([
        s.document, s.date, s.holder.name, s.holder.cameo, s.holder.id, s.topic.label, s.topic.key, s.polarity, s.cue, s.start, s.end, s.text,
      ]));
    }
  },
};

const EVENT_CSV = ['document', 'event', 'date', 'code', 'label', 'root', 'plover', 'quad_class', 'goldstein', 'mode',
  'source_actor', 'source_name', 'source_id', 'target_actor', 'target_name', 'target_id', 'trigger', 'start', 'end', 'text'];

/** Every record in storage order; with filters, the matching documents in date order, each read whole. */
async function exportDocuments(store: Store, format: Format, v: Values, out: NodeJS.WritableStream): Promise<void> {
  if (format === 'csv') await write(out, csvRow(['id', 'story', 'published', 'title', 'url', 'source', 'language', 'entities', 'quotes', 'timexes', 'events']));
  const filtered = ['from', 'to', 'source', 'story'].some((k) => v[k] !== undefined);
  const records = filtered ? matching(store, { from: str(v.from), to: str(v.to), source: str(v.source), story: str(v.story) }) : store.records();
  for await (const { story, record } of records) {
    const d = record.document;
    await write(out, format === 'jsonl'
      ? `${JSON.stringify({ ...record, story })}\n`
      : csvRow([d.id, story, d.published, d.title, d.url, d.source, d.language ?? 'en', record.entities.length, record.quotes.length, record.timexes.length, record.events.length]));
  }
}

async function* matching(store: Store, query: { from?: string; to?: string; source?: string; story?: string }) {
  for await (const doc of allItems((cursor) => store.documents({ ...query, limit: 200, cursor }))) {
    const record = await store.get(doc.id);
    if (record) yield { story: doc.story, record };
  }
}
