import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import type { Config } from '../config.js';
import { workerPoolAnalyzer, type DocumentAnalyzer } from '../ingest/analyzers.js';
import type { Store } from '../store/store.js';
import { createApp, DEFAULT_CACHE } from './app.js';
import { loadStaticFiles, serveFiles } from './static.js';

/** The built dashboard (`npm run build:web`), beside dist/ at the package root. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly ingestToken: string | null;
  /** Seconds a query's answer is reused (0: never). */
  readonly cacheSeconds?: number;
}

export interface RunningServer {
  readonly url: string;
  /** Whether the dashboard was found and is served at `url`. */
  readonly dashboard: boolean;
  close(): Promise<void>;
}

/**
 * Serves the API and the dashboard over `store`. Analysis runs on one worker thread, started
 * when first asked for, so queries are answered while an article is analysed.
 */
export async function startServer(store: Store, config: Partial<Pick<Config, 'models'>>, options: ServeOptions): Promise<RunningServer> {
  let analyzer: DocumentAnalyzer | null = null;
  const dashboard = existsSync(DASHBOARD_DIR) ? serveFiles(loadStaticFiles(DASHBOARD_DIR), '/index.html') : undefined;
  const app = createApp({ store, ingestToken: options.ingestToken, analyzer: () => (analyzer ??= workerPoolAnalyzer(1, config.models)) }, {
    dashboard, cache: options.cacheSeconds === 0 ? null : { ...DEFAULT_CACHE, ttlMs: (options.cacheSeconds ?? DEFAULT_CACHE.ttlMs / 1000) * 1000 },
  });
  const server = createAdaptorServer({
    fetch: app.fetch,
    // Slow or oversized requests are cut off by Node before they reach a route.
    serverOptions: { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 },
  }) as Server;
  // A long accept queue, so a thousand clients connecting at once are not left retrying their connections.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: options.host, port: options.port, backlog: 4096 }, () => resolve());
  });
  server.maxConnections = 4096;
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    dashboard: dashboard !== undefined,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await analyzer?.close();
    },
  };
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
