import { ParleyError } from '../../model/errors.js';
import type { Polarity } from '../../model/layers.js';
import { openStore } from '../../store/open.js';
import type { StanceCell, StanceHit, StanceMatrix } from '../../store/store.js';
import { parseChoice, parseCommandArgs, parseLimit } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { forTerminal } from '../terminal.js';
import { formatActor } from './events.js';

const POLARITIES: readonly Polarity[] = ['support', 'oppose', 'consider', 'neutral'];

export const usage = `parley stances [--actor A] [--topic T] [--polarity P] [--from DATE] [--to DATE]
               [--matrix [--by-week]] [--db FILE] [--limit N] [--cursor C] [--json]

Lists stored stances — who supports, opposes, considers or is neutral on which proposal —
oldest first, with the words that show each. A is an actor id, part of a name or a CAMEO
code; T a topic key or words of its label (see 'parley topics'). --matrix prints actors ×
topics instead (+ support, − oppose, ? consider, = neutral, with counts), per ISO week with --by-week.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('stances', argv, {
    ...STORE_OPTIONS, actor: { type: 'string' }, topic: { type: 'string' }, polarity: { type: 'string' }, from: { type: 'string' },
    to: { type: 'string' }, matrix: { type: 'boolean' }, 'by-week': { type: 'boolean' }, limit: { type: 'string' }, cursor: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length) throw new ParleyError('E_USAGE', `stances: unexpected '${positionals[0]}'; use --actor NAME or --topic WORDS`);
  if (values['by-week'] && !values.matrix) throw new ParleyError('E_USAGE', 'stances: --by-week goes with --matrix');
  const polarity = parseChoice('stances', 'polarity', values.polarity, POLARITIES);
  const store = openStore(commandConfig(values), 'read');
  try {
    if (values.matrix) {
      const matrix = await store.stanceMatrix({ actor: values.actor, topic: values.topic, from: values.from, to: values.to, by: values['by-week'] ? 'week' : 'all' });
      out.write(values.json ? `${JSON.stringify(matrix, null, 2)}\n` : formatMatrix(matrix));
      return 0;
    }
    const page = await store.stances({
      actor: values.actor, topic: values.topic, polarity, from: values.from, to: values.to,
      limit: parseLimit('stances', values.limit, 20), cursor: values.cursor,
    });
    if (values.json) out.write(`${JSON.stringify(page, null, 2)}\n`);
    else if (page.items.length === 0) out.write('no stances match\n');
    else out.write(`${page.items.map(formatStance).join('\n')}\n${page.next ? `more: --cursor ${page.next}\n` : ''}`);
    return 0;
  } finally {
    await store.close();
  }
}

export function formatStance(s: StanceHit): string {
  return `${s.date ?? '          '}  ${s.polarity.padEnd(8)} ${formatActor(s.holder)} on “${forTerminal(s.topic.label)}”  ` +
    `«${forTerminal(s.text.replace(/\s+/g, ' '))}»  [${forTerminal(s.document)} ${s.start}–${s.end}]`;
}

const SIGN: Record<Polarity, string> = { support: '+', oppose: '−', consider: '?', neutral: '=' };

/** "+2 −1": the count of each polarity in a cell. */
export function cellText(c: StanceCell): string {
  return POLARITIES.filter((p) => c[p] > 0).map((p) => `${SIGN[p]}${c[p]}`).join(' ');
}

/** Actors down, topics across (numbered, with a legend below), one line per week when by week. */
export function formatMatrix(m: StanceMatrix): string {
  if (m.cells.length === 0) return 'no stances match\n';
  const topicNo = new Map(m.topics.map((t, i) => [t.key, `T${i + 1}`]));
  const weeks = [...new Set(m.cells.map((c) => c.week))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  const name = (id: string) => formatActor(m.actors.find((a) => a.id === id) ?? { id, name: null, cameo: id });
  const width = Math.min(40, Math.max(...m.actors.map((a) => name(a.id!).length)));
  const col = (s: string) => s.padEnd(8);
  const lines: string[] = [];
  for (const week of weeks) {
    lines.push(`${(week ?? '').padEnd(width)}  ${m.topics.map((t) => col(topicNo.get(t.key)!)).join('')}`.trimEnd());
    for (const a of m.actors) {
      const row = m.topics.map((t) => m.cells.find((c) => c.actor === a.id && c.topic === t.key && c.week === week));
      if (row.every((c) => !c)) continue;
      lines.push(`${name(a.id!).slice(0, width).padEnd(width)}  ${row.map((c) => col(c ? cellText(c) : '·')).join('')}`.trimEnd());
    }
  }
  lines.push('', ...m.topics.map((t) => `${topicNo.get(t.key)}  ${forTerminal(t.label)}  [${forTerminal(t.key)}]`));
  return `${lines.join('\n')}\n`;
}
