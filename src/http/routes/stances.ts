import { createRoute, z } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import {
  failures, json, pageOf, Paging, PolaritySchema, Range, StanceHitSchema, StanceMatrixSchema, TopicSummarySchema, Words,
} from '../schemas.js';

const listTopics = createRoute({
  method: 'get', path: '/api/topics', tags: ['stances'],
  summary: 'Proposals, policies and issues across the corpus, most discussed first, with counts of each stance',
  request: { query: z.object({ text: Words('troops').optional(), ...Range, ...Paging }).strict() },
  responses: { 200: json(pageOf(TopicSummarySchema, 'TopicPage'), 'One page of topics.'), ...failures },
});

const listStances = createRoute({
  method: 'get', path: '/api/stances', tags: ['stances'],
  summary: 'Stances, oldest first: by holder, topic, polarity, date and document',
  request: {
    query: z.object({
      actor: Words('Zelensky').optional(), topic: Words('troops').optional(), polarity: PolaritySchema.optional(),
      document: Words('parley-seed').optional(), ...Range, ...Paging,
    }).strict(),
  },
  responses: { 200: json(pageOf(StanceHitSchema, 'StancePage'), 'One page of stances.'), ...failures },
});

const matrix = createRoute({
  method: 'get', path: '/api/stances/matrix', tags: ['stances'],
  summary: 'Who stands where on what: actors × topics (per ISO week with by=week), counts of each polarity and the latest',
  request: {
    query: z.object({
      actor: Words('Zelensky').optional(), topic: Words('troops').optional(), by: z.enum(['week', 'all']).optional(), ...Range,
      size: z.coerce.number().int().min(1).max(500).optional().openapi({ description: 'At most this many actors and topics (default 50).' }),
    }).strict(),
  },
  responses: { 200: json(StanceMatrixSchema, 'The matrix.'), ...failures },
});

export function stanceRoutes(app: Api, { store }: ApiDeps): void {
  app.openapi(listTopics, async (c) => c.json(await store.topics(c.req.valid('query')), 200));
  app.openapi(listStances, async (c) => c.json(await store.stances(c.req.valid('query')), 200));
  app.openapi(matrix, async (c) => c.json(await store.stanceMatrix(c.req.valid('query')), 200));
}
