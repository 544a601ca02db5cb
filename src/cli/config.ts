import { loadConfig, type Config } from '../config.js';

/** The flags every command that touches the store accepts. */
export const STORE_OPTIONS = {
  db: { type: 'string' },
  config: { type: 'string' },
} as const;

/** The configuration for a command: flags over environment over parley.config.json over defaults. */
export function commandConfig(values: { db?: string; config?: string; workers?: string }): Config {
  return loadConfig({ db: values.db, config: values.config, workers: values.workers });
}
