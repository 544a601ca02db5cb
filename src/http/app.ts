import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import { responseCache, type CacheOptions } from './cache.js';
import type { ApiDeps } from './deps.js';
import { docsFiles } from './docs.js';
import { ApiError, sendError } from './errors.js';
import { perClientLimit, urlLimit, type ClientLimits } from './guard.js';
import { actorRoutes } from './routes/actors.js';
import { analysisRoutes } from './routes/analyze.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { quoteRoutes } from './routes/quotes.js';
import { stanceRoutes } from './routes/stances.js';
import { storyRoutes } from './routes/stories.js';

export interface AppOptions {
  /** The dashboard's files (see static.ts); none serves the API alone. */
  readonly dashboard?: MiddlewareHandler;
  readonly clientLimits?: ClientLimits;
  /** How long a query may take before it is answered 503 (analysis and ingest get longer). */
  readonly queryTimeoutMs?: number;
  /** Reuse of query answers (default 30 s, 1,000 answers); null turns it off. */
  readonly cache?: CacheOptions | null;
}

export const DEFAULT_CACHE: CacheOptions = { ttlMs: 30_000, entries: 1000 };

/** The first validation problem, as one line: `limit: must be at most 200`. */
function firstIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${(issue?.message ?? 'is not valid').replace(/^Invalid input: /, '')}`;
}

/**
 * The HTTP API (and, when given, the dashboard): routes thin over the store, inputs checked
 * against the schemas that also make /openapi.json, every error `{error: {code, message}}`.
 */
export function createApp(deps: ApiDeps, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw new ApiError(400, 'E_USAGE', firstIssue(result.error));
    },
  });
  app.onError((err, c) => sendError(c, err));
  app.notFound((c) => sendError(c, new ApiError(404, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path.slice(0, 200)}`)));
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: 'same-origin',
  }));
  app.use('*', urlLimit());
  app.use('/api/*', perClientLimit(options.clientLimits));
  const cacheOptions = options.cache === undefined ? DEFAULT_CACHE : options.cache;
  if (cacheOptions) {
    const cache = responseCache(cacheOptions);
    app.use('/api/*', cache.middleware);
    // What this server stores shows at once; what another process stores, within the cache's lifetime.
    app.use('/api/ingest', async (c, next) => { await next(); if (c.res.status === 200) cache.clear(); });
  }
  const queryTimeout = timeout(options.queryTimeoutMs ?? 15_000, () => new ApiError(503, 'E_TIMEOUT', 'the query took too long; narrow it (dates, actor, limit)') as never);
  app.use('/api/*', async (c, next) => (c.req.path === '/api/analyze' || c.req.path === '/api/ingest' ? next() : queryTimeout(c, next)));
  app.use('/api/analyze', timeout(120_000, () => new ApiError(503, 'E_TIMEOUT', 'the analysis took too long') as never));

  documentRoutes(app, deps);
  storyRoutes(app, deps);
  actorRoutes(app, deps);
  quoteRoutes(app, deps);
  eventRoutes(app, deps);
  stanceRoutes(app, deps);
  analysisRoutes(app, deps);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Parley API', version: '0.1.0',
      description: 'The sourced record of who said and did what in the news: documents with every layer, actors, quotes, ' +
        'events, stances and stories. Every fact carries [start, end) offsets into its document text.',
    },
  });
  app.use('/docs', docsFiles());
  app.use('/docs/*', docsFiles());
  if (options.dashboard) app.use('*', options.dashboard);
  return app;
}
