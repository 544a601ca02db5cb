import { ParleyError } from '../../model/errors.js';
import { runWorker } from '../../queue/worker.js';
import { describeStore, isPostgresUrl } from '../../store/open.js';
import { parseCommandArgs, parseTimeBudget } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';
import { note } from '../terminal.js';

export const usage = `parley worker --db postgres://… [--concurrency N] [--exit-when-empty] [--backoff SECONDS]
                     [--poll SECONDS] [--time-budget SECONDS] [--config FILE]

Takes ingest jobs from the queue in the PostgreSQL store ('parley ingest --queue' fills it),
analyses each document and stores it in the same transaction that marks its job done. Run
as many workers as you like, on as many machines: each job is claimed by one worker; a
worker that dies mid-job leaves nothing half-stored, and its job is taken by another at once.
A failed job is retried after --backoff seconds (default 2), doubling each time; after its
last try (5 unless 'ingest --queue --max-attempts' said otherwise), or at once when the input
itself is bad, it moves to the dead-letter table with its error ('parley status' lists them).
--concurrency N analyses N documents at once on N threads (default 1). Runs until Ctrl-C or
SIGTERM (the jobs in hand are finished first), or with --exit-when-empty until no job is
queued or running. An idle worker looks for jobs every --poll seconds (default 0.5).`;

function parseCount(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,4}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new ParleyError('E_USAGE', `worker: ${flag} must be a whole number from 1 to ${max}, not '${value}'`);
  return n;
}

export function parseSeconds(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const s = /^\d{1,5}(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(s >= 0 && s <= 86_400)) throw new ParleyError('E_USAGE', `${command}: ${flag} must be a number of seconds from 0 to 86400, not '${value}'`);
  return s * 1000;
}

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs('worker', argv, {
    ...STORE_OPTIONS, concurrency: { type: 'string' }, 'exit-when-empty': { type: 'boolean' }, backoff: { type: 'string' },
    'time-budget': { type: 'string' }, poll: { type: 'string' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  const config = commandConfig(values);
  if (!isPostgresUrl(config.store)) {
    throw new ParleyError('E_USAGE', `worker: the queue lives in PostgreSQL; pass --db postgres://… (the store is ${describeStore(config)})`);
  }
  const controller = new AbortController();
  const stop = () => {
    note('stopping: finishing the jobs in hand (again to stop at once)');
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const summary = await runWorker(config.store, {
      concurrency: parseCount('--concurrency', values.concurrency, 1, 256),
      models: config.models,
      budgetMs: parseTimeBudget('worker', values['time-budget']),
      backoffBaseMs: parseSeconds('worker', '--backoff', values.backoff, 2000),
      pollMs: parseSeconds('worker', '--poll', values.poll, 500),
      exitWhenEmpty: values['exit-when-empty'] ?? false,
      fetch: config.fetch,
      log: (line) => note(line),
      signal: controller.signal,
    });
    out.write(`worker ${summary.worker}: ${summary.jobs} jobs in ${summary.seconds.toFixed(1)} s — ${summary.stored} documents stored, ` +
      `${summary.retried} failed tries to retry, ${summary.dead} dead-lettered\n`);
    return 0;
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
}
