import { ParleyError } from '../../model/errors.js';
import type { Config } from '../../config.js';
import { startServer, untilStopped, type ServeOptions } from '../../http/server.js';
import type { Store } from '../../store/store.js';
import { openStore } from '../../store/open.js';
import { parseCommandArgs } from '../args.js';
import { commandConfig, STORE_OPTIONS } from '../config.js';

export const usage = `parley serve [--db FILE] [--config FILE] [--port N] [--host ADDRESS] [--cache-seconds N]

Serves the store as a JSON API under /api (its OpenAPI document at /openapi.json, browsable
at /docs) and the dashboard at /. Listens on 127.0.0.1:8787 unless --host/--port say otherwise
(--port 0 picks a free port). POST /api/ingest is on only when PARLEY_INGEST_TOKEN is set, and
then needs 'Authorization: Bearer <that token>'. A query's answer is reused for 30 seconds
(--cache-seconds N, 0 for never), so what another process stores shows within that time. Ctrl-C stops it.`;

export const SERVE_OPTIONS = { port: { type: 'string' }, host: { type: 'string' }, 'cache-seconds': { type: 'string' } } as const;

/** --cache-seconds: 0 to 3600. */
export function parseCacheSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 0 && seconds <= 3600)) throw new ParleyError('E_USAGE', `serve: --cache-seconds must be a whole number from 0 to 3600, not '${value}'`);
  return seconds;
}

/** --port: 0 to 65535. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return 8787;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65_535)) throw new ParleyError('E_USAGE', `serve: --port must be a whole number from 0 to 65535, not '${value}'`);
  return port;
}

/** --host: an IP address or a host name, nothing else. */
export function parseHost(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(value)) throw new ParleyError('E_USAGE', `serve: --host must be an address such as 127.0.0.1 or 0.0.0.0, not '${value}'`);
  return value;
}

export function ingestToken(env: NodeJS.ProcessEnv = process.env): string | null {
  const token = env.PARLEY_INGEST_TOKEN;
  if (token === undefined || token === '') return null;
  if (token.length < 16) throw new ParleyError('E_CONFIG', 'PARLEY_INGEST_TOKEN must be at least 16 characters');
  return token;
}

export async function run(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs('serve', argv, { ...STORE_OPTIONS, ...SERVE_OPTIONS });
  if (values.help) return out.write(`${usage}\n`), 0;
  const port = parsePort(values.port);
  const cacheSeconds = parseCacheSeconds(values['cache-seconds']);
  const host = parseHost(values.host);
  const token = ingestToken();
  const config = commandConfig(values);
  const store = openStore(config, token ? 'write' : 'read');
  try {
    await serveUntilStopped(store, config, { host, port, ingestToken: token, cacheSeconds }, out);
    return 0;
  } finally {
    await store.close();
  }
}

/** Serves until Ctrl-C or SIGTERM; a port already taken is a one-line usage error. */
export async function serveUntilStopped(store: Store, config: Config, options: ServeOptions, out: NodeJS.WritableStream): Promise<void> {
  const server = await startServer(store, config, options).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
      throw new ParleyError('E_USAGE', `serve: cannot listen on ${options.host}:${options.port} (${err.code})`);
    }
    throw err;
  });
  out.write(`parley: serving ${server.dashboard ? 'the dashboard at' : 'the API (dashboard not built; run npm run build) at'} ${server.url}` +
    ` — API docs at ${server.url}docs; Ctrl-C stops\n`);
  if (options.ingestToken === null) out.write('parley: POST /api/ingest is off (set PARLEY_INGEST_TOKEN to turn it on)\n');
  await untilStopped();
  await server.close();
}
