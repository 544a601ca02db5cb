import { createRoute, z } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import {
  EventHitSchema, EventModeSchema, failures, json, MergedEventSchema, NetworkSchema, pageOf, Paging, Range, Words,
} from '../schemas.js';

const Root = z.string().regex(/^\d{2}$/, 'must be a two-digit CAMEO root such as 04').openapi({ example: '04' });
const Code = z.string().regex(/^\d{2,4}$/, 'must be a CAMEO code or its start, such as 042').openapi({ example: '042' });
const Country = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter country or organisation code').openapi({ example: 'UKR' });
const Mode = z.union([EventModeSchema, z.literal('any')]).optional()
  .openapi({ description: "Default 'asserted'; the others are denials, plans, possibilities and claims; 'any' for all." });

const filters = {
  actor: Words('Zelensky').optional(), source: Words('Putin').optional(), target: Words('Ukraine').optional(), country: Country.optional(),
  root: Root.optional(), code: Code.optional(), plover: z.string().regex(/^[A-Z_]{3,20}$/, 'must be a PLOVER type such as CONSULT').optional(),
  mode: Mode, ...Range,
};

const listEvents = createRoute({
  method: 'get', path: '/api/events', tags: ['events'],
  summary: 'Events as each article codes them, oldest first: by actor, source, target, country, CAMEO root or code, PLOVER type, mode, date, document',
  request: { query: z.object({ ...filters, document: Words('parley-seed').optional(), ...Paging }).strict() },
  responses: { 200: json(pageOf(EventHitSchema, 'EventPage'), 'One page of events.'), ...failures },
});

const mergedEvents = createRoute({
  method: 'get', path: '/api/events/merged', tags: ['events'],
  summary: 'Events merged across articles (same day, root, actors and mode), each with every article that reports it',
  request: { query: z.object({ ...filters, ...Paging }).strict() },
  responses: { 200: json(pageOf(MergedEventSchema, 'MergedEventPage'), 'One page of merged events.'), ...failures },
});

const network = createRoute({
  method: 'get', path: '/api/network', tags: ['events'],
  summary: 'The actor network: actors as nodes, edges weighted by the events between them per CAMEO root',
  request: {
    query: z.object({
      root: Root.optional(), country: Country.optional(), mode: Mode, ...Range,
      minWeight: z.coerce.number().int().min(1).max(100_000).optional(),
      limit: z.coerce.number().int().min(1).max(2000).optional().openapi({ description: 'At most this many edges, heaviest first (default 200).' }),
    }).strict(),
  },
  responses: { 200: json(NetworkSchema, 'Nodes and edges.'), ...failures },
});

export function eventRoutes(app: Api, { store }: ApiDeps): void {
  app.openapi(listEvents, async (c) => c.json(await store.events(c.req.valid('query')), 200));
  app.openapi(mergedEvents, async (c) => c.json(await store.mergedEvents(c.req.valid('query')), 200));
  app.openapi(network, async (c) => c.json(await store.network(c.req.valid('query')), 200));
}
