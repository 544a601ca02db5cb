import { queueStatus, type QueueStatus } from '../../queue/queue.js';
import { describeStore, isPostgresUrl, openStore } from '../../store/open.js';
import { openPostgresStore } from '../../store/postgres/index.js';
import type { StoreStats } from '../../store/store.js';
import { parseCommandArgs } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { forTerminal } from '../terminal.js';

export const usage = `parley status [--db FILE|postgres://…] [--config FILE] [--json]

What the store holds (documents, stories, entities, mentions, dates, quotes, events) and, for
a PostgreSQL store, its ingest queue: jobs queued, waiting for a retry, running and done,
throughput over the last minute and ten minutes, the workers alive, and the latest
dead-lettered jobs with their errors.`;

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs('status', argv, { ...STORE_OPTIONS, json: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const config = commandConfig(values);
  const where = describeStore(config);
  let stats: StoreStats;
  let queue: QueueStatus | null = null;
  if (isPostgresUrl(config.store)) {
    const store = openPostgresStore(config.store, { readOnly: true, max: 2 });
    try {
      stats = await store.stats();
      queue = await queueStatus(store.pool);
    } finally {
      await store.close();
    }
  } else {
    const store = openStore(config, 'read');
    try {
      stats = await store.stats();
    } finally {
      await store.close();
    }
  }
  if (values.json) out.write(`${JSON.stringify({ store: where, stats, queue }, null, 2)}\n`);
  else out.write(formatStatus(where, stats, queue));
  return 0;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function formatStatus(where: string, s: StoreStats, q: QueueStatus | null): string {
  const lines = [
    `store ${where}`,
    `  ${plural(s.documents, 'document')} in ${plural(s.stories, 'story').replace(/storys$/, 'stories')}; ${plural(s.entities, 'entity').replace(/entitys$/, 'entities')}, ` +
    `${plural(s.mentions, 'mention')}, ${plural(s.timexes, 'date')}, ${plural(s.quotes, 'quote')}, ${plural(s.events, 'event')}`,
  ];
  if (!q) {
    lines.push('queue: none (a SQLite store is filled by parley ingest; the queue needs --db postgres://…)');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `queue: ${q.queued.toLocaleString('en-US')} queued, ${q.retrying.toLocaleString('en-US')} waiting to retry, ${q.running.toLocaleString('en-US')} running, ` +
    `${q.done.toLocaleString('en-US')} done, ${q.dead.toLocaleString('en-US')} dead-lettered`,
    `  throughput: ${plural(q.doneLastMinute, 'job')} in the last minute, ${(q.doneLast10Minutes / 10).toFixed(1)} a minute over the last 10 minutes`,
    `workers alive: ${q.workers.length}`,
    ...q.workers.map((w) => `  worker ${w.id} on ${forTerminal(w.host)} (pid ${w.pid}), ${w.running} of ${w.concurrency} running, since ${w.startedAt}`),
  );
  if (q.lastFailures.length > 0) {
    lines.push('latest dead-lettered jobs:');
    for (const f of q.lastFailures) lines.push(`  job ${f.id} ${forTerminal(f.origin)} after ${plural(f.attempts, 'try').replace(/trys$/, 'tries')}, ${f.failedAt}: ${forTerminal(f.error)}`);
  }
  return `${lines.join('\n')}\n`;
}
