import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { ingestStream } from '../../ingest/ingest.js';
import { toSourceDocument } from '../../ingest/sources.js';
import type { Api, ApiDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { ArticleSchema, ErrorSchema, failures, json, recordBody, RecordSchema } from '../schemas.js';

/** The largest body /api/analyze reads (one article) and /api/ingest reads (a batch). */
export const ANALYZE_BODY_BYTES = 1024 * 1024;
export const INGEST_BODY_BYTES = 16 * 1024 * 1024;
const INGEST_MAX_ARTICLES = 1000;

const tooLarge = (limit: number) => bodyLimit({
  maxSize: limit,
  onError: () => { throw new ApiError(413, 'E_INPUT_TOO_LARGE', `the request body is larger than ${limit / 1024 / 1024} MB`); },
});

const analyzeRoute = createRoute({
  method: 'post', path: '/api/analyze', tags: ['analysis'],
  summary: 'Analyses one article and returns its parley.analysis/1 record (nothing is stored)',
  middleware: [tooLarge(ANALYZE_BODY_BYTES)] as const,
  request: { body: { content: { 'application/json': { schema: ArticleSchema } }, required: true } },
  responses: {
    200: json(RecordSchema, 'The analysis record.'),
    413: json(ErrorSchema, 'The article is too large.'),
    422: json(ErrorSchema, 'The article took longer than its time budget.'), ...failures,
  },
});

const IngestSummarySchema = z.object({
  documents: z.number().int(), inserted: z.number().int(), duplicates: z.number().int(), replaced: z.number().int(),
  notEnglish: z.number().int(),
  results: z.array(z.object({ id: z.string(), outcome: z.enum(['inserted', 'duplicate', 'replaced']), story: z.string() })),
}).openapi('IngestSummary');

const ingestRoute = createRoute({
  method: 'post', path: '/api/ingest', tags: ['analysis'],
  summary: 'Analyses articles and stores them (needs the bearer token the server was started with)',
  security: [{ bearer: [] }],
  middleware: [tooLarge(INGEST_BODY_BYTES)] as const,
  request: {
    headers: z.object({ authorization: z.string().max(1000).optional() }),
    body: { content: { 'application/json': { schema: z.object({ documents: z.array(ArticleSchema).min(1).max(INGEST_MAX_ARTICLES) }).strict() } }, required: true },
  },
  responses: {
    200: json(IngestSummarySchema, 'What was stored.'),
    401: json(ErrorSchema, 'No token, or the wrong one.'),
    403: json(ErrorSchema, 'Ingest is off on this server.'),
    413: json(ErrorSchema, 'The body is too large.'), ...failures,
  },
});

/** Compares the bearer token in constant time (of the hashes, so lengths do not leak either). */
function checkToken(expected: string | null, header: string | undefined): void {
  if (expected === null) throw new ApiError(403, 'E_FORBIDDEN', 'ingest is off on this server; start it with PARLEY_INGEST_TOKEN set');
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (given === undefined || !timingSafeEqual(digest(given), digest(expected))) {
    throw new ApiError(401, 'E_UNAUTHORIZED', "send the server's ingest token as 'Authorization: Bearer TOKEN'");
  }
}

export function analysisRoutes(app: Api, deps: ApiDeps): void {
  app.openapi(analyzeRoute, async (c) => {
    const article = toSourceDocument(c.req.valid('json'), 'request');
    const { origin: _origin, ...input } = article;
    const record = await deps.analyzer().analyze(input);
    return c.json(recordBody(record), 200);
  });
  app.openapi(ingestRoute, async (c) => {
    checkToken(deps.ingestToken, c.req.valid('header').authorization);
    const docs = c.req.valid('json').documents.map((d, i) => toSourceDocument(d, `request document ${i + 1}`));
    const { seconds: _s, tokens: _t, results, ...counts } = await ingestStream(deps.store, docs, deps.analyzer(), { keepResults: true });
    return c.json({ ...counts, results: results.map(({ id, outcome, story }) => ({ id, outcome, story })) }, 200);
  });
}
