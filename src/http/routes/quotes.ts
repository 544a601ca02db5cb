import { createRoute, z } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import { DateBound, failures, json, pageOf, Paging, QuoteHitSchema, Range, TimelineItemSchema, Words } from '../schemas.js';

const listQuotes = createRoute({
  method: 'get', path: '/api/quotes', tags: ['quotes'],
  summary: 'Quotes, oldest first, by speaker name, speaker actor id, words and date',
  request: {
    query: z.object({
      speaker: Words('Merkel').optional(), actor: Words('an actor id').optional(), text: Words('security').optional(), ...Range, ...Paging,
    }).strict(),
  },
  responses: { 200: json(pageOf(QuoteHitSchema, 'QuotePage'), 'One page of quotes.'), ...failures },
});

const timeline = createRoute({
  method: 'get', path: '/api/timeline', tags: ['timeline'],
  summary: 'What was said (quotes) and done (events) day by day between two dates, optionally by one actor',
  request: {
    query: z.object({
      from: DateBound('2020-09'), to: DateBound('2020-09-30'), actor: Words('Merkel').optional(), ...Paging,
    }).strict(),
  },
  responses: { 200: json(pageOf(TimelineItemSchema, 'TimelinePage'), 'One page of the timeline.'), ...failures },
});

export function quoteRoutes(app: Api, { store }: ApiDeps): void {
  app.openapi(listQuotes, async (c) => c.json(await store.quotes(c.req.valid('query')), 200));
  app.openapi(timeline, async (c) => c.json(await store.timeline(c.req.valid('query')), 200));
}
