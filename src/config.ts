import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ParleyError } from './model/errors.js';

/** Where Parley finds its models when nothing says otherwise: `models/` at the package root. */
const PACKAGE_MODELS = new URL('../models/', import.meta.url).pathname;

const positiveInt = z.coerce.number().int().positive();

/** Everything a command may be configured with. One object, validated once, at the edge. */
export const ConfigSchema = z.object({
  /** The store: a SQLite file path (or `sqlite:PATH`), or a `postgres://` URL for the shared PostgreSQL store. */
  store: z.string().trim().min(1).default('parley.db'),
  /** The folder holding trained weights (`ner/`). */
  models: z.string().trim().min(1).default(PACKAGE_MODELS),
  /** Worker threads for batch ingest; defaults to one per core. */
  workers: positiveInt.max(256).default(() => availableParallelism()),
  limits: z.object({
    /** The largest single article accepted. */
    documentBytes: positiveInt.default(10 * 1024 * 1024),
    /** The largest JSON/JSON Lines or feed file accepted. */
    corpusBytes: positiveInt.default(512 * 1024 * 1024),
  }).strict().default({ documentBytes: 10 * 1024 * 1024, corpusBytes: 512 * 1024 * 1024 }),
  fetch: z.object({
    /** Sent with every request, so site owners know who is asking. */
    userAgent: z.string().min(1).default('Parley/0.1 (news analysis; +https://github.com/parley)'),
    timeoutMs: positiveInt.default(20_000),
  }).strict().default({ userAgent: 'Parley/0.1 (news analysis; +https://github.com/parley)', timeoutMs: 20_000 }),
}).strict();

export type Config = z.infer<typeof ConfigSchema>;
type ConfigInput = z.input<typeof ConfigSchema>;

/** Flags a command passes on; only the ones the user gave. */
export interface ConfigFlags {
  readonly db?: string;
  readonly workers?: string;
  readonly config?: string;
}

/** Environment variables Parley reads, and the setting each one fills. */
export const CONFIG_ENV: Readonly<Record<string, 'store' | 'models' | 'workers'>> = {
  PARLEY_STORE: 'store',
  PARLEY_MODELS: 'models',
  PARLEY_WORKERS: 'workers',
};

export const CONFIG_FILE = 'parley.config.json';

/**
 * Builds the configuration: defaults, then `parley.config.json` (or `--config FILE` /
 * `PARLEY_CONFIG`), then environment variables, then flags; later ones win.
 * Anything invalid is one `E_CONFIG` error naming the setting.
 */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const fromFile = readConfigFile(flags.config ?? env.PARLEY_CONFIG, cwd);
  const fromEnv: Record<string, string> = {};
  for (const [name, key] of Object.entries(CONFIG_ENV)) if (env[name] !== undefined && env[name] !== '') fromEnv[key] = env[name]!;
  const fromFlags: Record<string, string> = {};
  if (flags.db !== undefined) fromFlags.store = flags.db;
  if (flags.workers !== undefined) fromFlags.workers = flags.workers;
  return parseConfig({ ...fromFile, ...fromEnv, ...fromFlags }, 'configuration');
}

/** Validates a configuration object; `label` names where it came from in the error. */
export function parseConfig(input: ConfigInput | Record<string, unknown>, label: string): Config {
  const parsed = ConfigSchema.safeParse(input);
  if (parsed.success) return Object.freeze(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : '(top level)';
  throw new ParleyError('E_CONFIG', `${label}: '${where}' ${issue.message.replace(/^Invalid input: /, '')}`);
}

function readConfigFile(explicit: string | undefined, cwd: string): Record<string, unknown> {
  const path = resolve(cwd, explicit ?? CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit !== undefined) throw new ParleyError('E_CONFIG', `${explicit}: no such configuration file`);
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ParleyError('E_CONFIG', `${path}: is not valid JSON (${(err as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ParleyError('E_CONFIG', `${path}: must hold one JSON object`);
  }
  parseConfig(parsed as Record<string, unknown>, path);
  return parsed as Record<string, unknown>;
}
