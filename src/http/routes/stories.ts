import { createRoute, z } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import { DocumentSummarySchema, failures, Id, json, pageOf, Paging, Range, StorySchema } from '../schemas.js';

const listStories = createRoute({
  method: 'get', path: '/api/stories', tags: ['stories'],
  summary: 'Near-duplicate articles grouped into stories, oldest first',
  request: {
    query: z.object({ minDocuments: z.coerce.number().int().min(1).max(100_000).optional(), ...Range, ...Paging }).strict(),
  },
  responses: { 200: json(pageOf(StorySchema, 'StoryPage'), 'One page of stories.'), ...failures },
});

const oneStory = createRoute({
  method: 'get', path: '/api/stories/{id}', tags: ['stories'],
  summary: "One story: its articles (every source's copy), oldest first",
  request: { params: Id('id', 'a story id'), query: z.object(Paging).strict() },
  responses: {
    200: json(z.object({ id: z.string(), documents: pageOf(DocumentSummarySchema, 'DocumentPage') }).openapi('StoryDocuments'), 'The story.'),
    404: json(z.any(), 'No such story.'), ...failures,
  },
});

export function storyRoutes(app: Api, { store }: ApiDeps): void {
  app.openapi(listStories, async (c) => c.json(await store.stories(c.req.valid('query')), 200));
  app.openapi(oneStory, async (c) => {
    const { id } = c.req.valid('param');
    const documents = await store.documents({ story: id, ...c.req.valid('query') });
    if (documents.items.length === 0) throw new ApiError(404, 'E_NOT_FOUND', `no story has the id '${id.slice(0, 80)}'`);
    return c.json({ id, documents }, 200);
  });
}
