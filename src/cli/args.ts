import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParleyError } from '../model/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict option parsing: an unknown flag or a missing value is a usage error (exit 2). */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    const message = (err as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new ParleyError('E_USAGE', `${command}: ${message}; see 'parley ${command} --help'`);
  }
}

/** Writes a progress bar to stderr when it is a terminal; nothing otherwise. */
export function progressBar(label: string): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write('\r\x1b[K');
  };
}

/** `--time-budget SECONDS`: how long one document may take (default: see defaultTimeBudgetMs). */
export function parseTimeBudget(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\d{1,5}(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(seconds > 0 && seconds <= 86_400)) {
    throw new ParleyError('E_USAGE', `${command}: --time-budget must be a number of seconds from 0 to 86400, not '${value}'`);
  }
  return seconds * 1000;
}

/** The most items one listing prints; more is a usage error, not a store error. */
const MAX_LIMIT = 10_000;

/** Reads a --limit value: a whole number from 1 to MAX_LIMIT. */
export function parseLimit(command: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const limit = /^\d{1,6}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw new ParleyError('E_USAGE', `${command}: --limit must be a whole number from 1 to ${MAX_LIMIT}, not '${value}'`);
  }
  return limit;
}

/** A flag whose value must be one of a few words; anything else is a usage error naming them. */
export function parseChoice<T extends string>(command: string, flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ParleyError('E_USAGE', `${command}: --${flag} must be one of ${choices.join(', ')}, not '${value.slice(0, 40)}'`);
}
