import { createRoute, z } from '@hono/zod-openapi';
import type { ActorSummary, Store } from '../../store/store.js';
import type { Api, ApiDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import {
  ActorSummarySchema, EntityTypeSchema, EventHitSchema, failures, Id, json, pageOf, Paging, QuoteHitSchema, StanceHitSchema, Words,
} from '../schemas.js';

const listActors = createRoute({
  method: 'get', path: '/api/actors', tags: ['actors'],
  summary: 'Actors the stored documents mention, most documents first; by part of a name, type or country',
  request: {
    query: z.object({
      name: Words('Zelensky').optional(), type: EntityTypeSchema.optional(),
      country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code').optional().openapi({ example: 'UKR' }), ...Paging,
    }).strict(),
  },
  responses: { 200: json(pageOf(ActorSummarySchema, 'ActorPage'), 'One page of actors.'), ...failures },
});

const ActorPageSchema = z.object({
  actor: ActorSummarySchema,
  quotes: pageOf(QuoteHitSchema, 'QuotePage'),
  events: z.object({ asSource: pageOf(EventHitSchema, 'EventPage'), asTarget: pageOf(EventHitSchema, 'EventPage') }),
  stances: pageOf(StanceHitSchema, 'StancePage'),
}).openapi('ActorPage');

const oneActor = createRoute({
  method: 'get', path: '/api/actors/{id}', tags: ['actors'],
  summary: 'One actor: its roles over time, and the first page of its quotes, its events (as source and as target, every mode) and its stances',
  request: { params: Id('id', 'Q3874799'), query: z.object({ limit: Paging.limit }).strict() },
  responses: { 200: json(ActorPageSchema, 'The actor page.'), 404: json(z.any(), 'No such actor.'), ...failures },
});

/** The actor with exactly this id. */
export async function actorById(store: Store, id: string): Promise<ActorSummary> {
  const actor = await store.actor(id);
  if (!actor) throw new ApiError(404, 'E_NOT_FOUND', `no stored actor has the id '${id.slice(0, 80)}'`);
  return actor;
}

export function actorRoutes(app: Api, { store }: ApiDeps): void {
  app.openapi(listActors, async (c) => c.json(await store.actors(c.req.valid('query')), 200));
  app.openapi(oneActor, async (c) => {
    const actor = await actorById(store, c.req.valid('param').id);
    const limit = c.req.valid('query').limit ?? 50;
    const [quotes, asSource, asTarget, stances] = await Promise.all([
      store.quotes({ actor: actor.id, limit }),
      store.events({ source: actor.id, mode: 'any', limit }),
      store.events({ target: actor.id, mode: 'any', limit }),
      store.stances({ actor: actor.id, limit }),
    ]);
    return c.json({ actor, quotes, events: { asSource, asTarget }, stances }, 200);
  });
}
