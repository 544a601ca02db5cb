import { ParleyError } from '../../model/errors.js';
import type { EventMode } from '../../model/layers.js';
import { openStore } from '../../store/open.js';
import type { ActorRef, EventHit, MergedEvent } from '../../store/store.js';
import { parseChoice, parseCommandArgs, parseLimit } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { forTerminal } from '../terminal.js';

export const MODES: ReadonlyArray<EventMode | 'any'> = ['asserted', 'negated', 'intended', 'hypothetical', 'reported', 'any'];

export const usage = `parley events [--actor A] [--source A] [--target A] [--country XXX] [--code C] [--plover TYPE]
              [--mode MODE] [--from DATE] [--to DATE] [--merged] [--db FILE] [--limit N] [--cursor C] [--json]

Lists stored events (who did what to whom, CAMEO- and PLOVER-coded) oldest first, each with
the words that state it. A is an actor id or part of a name (or a CAMEO actor code such as
RUSGOV); --country matches the source's or target's code (IRN, USA, IGO …); --code takes a
CAMEO code or its start (04, 042); --mode is asserted (the default), negated, intended,
hypothetical, reported or any. --merged lists each act once, with the articles reporting it.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('events', argv, {
    ...STORE_OPTIONS, actor: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, country: { type: 'string' },
    code: { type: 'string' }, plover: { type: 'string' }, mode: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    merged: { type: 'boolean' }, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length) throw new ParleyError('E_USAGE', `events: unexpected '${positionals[0]}'; use --actor NAME`);
  if (values.code !== undefined && !/^\d{2,4}$/.test(values.code)) {
    throw new ParleyError('E_USAGE', `events: --code must be a CAMEO code or its start (two to four digits), not '${values.code.slice(0, 40)}'`);
  }
  const query = {
    actor: values.actor, source: values.source, target: values.target, country: values.country?.toUpperCase(), code: values.code,
    plover: values.plover, mode: parseChoice('events', 'mode', values.mode, MODES), from: values.from, to: values.to,
    limit: parseLimit('events', values.limit, 20), cursor: values.cursor,
  };
  const store = openStore(commandConfig(values), 'read');
  try {
    const page = values.merged ? await store.mergedEvents(query) : await store.events(query);
    const format = (e: EventHit | MergedEvent) => ('mentions' in e ? formatMerged(e) : formatEvent(e));
    if (values.json) out.write(`${JSON.stringify(page, null, 2)}\n`);
    else if (page.items.length === 0) out.write('no events match\n');
    else out.write(`${page.items.map(format).join('\n')}\n${page.next ? `more: --cursor ${page.next}\n` : ''}`);
    return 0;
  } finally {
    await store.close();
  }
}

/** "RUS (Russia)": the actor code, and the name the article gives. */
export function formatActor(a: ActorRef): string {
  if (!a.cameo && !a.name) return '—';
  return forTerminal(a.cameo && a.name ? `${a.cameo} (${a.name})` : (a.cameo ?? a.name)!);
}

const notAsserted = (mode: string | null) => (mode && mode !== 'asserted' ? ` [${mode}]` : '');

export function formatEvent(e: EventHit): string {
  return `${e.date ?? '          '}  ${formatActor(e.source)} → ${formatActor(e.target)}  ${e.code} ${forTerminal(e.label ?? '')}${notAsserted(e.mode)}  ` +
    `«${forTerminal(e.text.replace(/\s+/g, ' '))}»  [${forTerminal(e.document)} ${e.start}–${e.end}]`;
}

export function formatMerged(m: MergedEvent): string {
  const where = m.mentions.map((x) => `${x.document} ${x.event}`).join(', ');
  return `${m.date ?? '          '}  ${formatActor(m.source)} → ${formatActor(m.target)}  ${m.code}${m.plover ? ` ${m.plover}` : ''}${notAsserted(m.mode)}  ` +
    `${m.documents} article${m.documents === 1 ? '' : 's'}, ${m.sources} source${m.sources === 1 ? '' : 's'}  [${forTerminal(where)}]`;
}
