import { createRoute, z } from '@hono/zod-openapi';
import type { Api, ApiDeps } from '../deps.js';
import { ApiError } from '../errors.js';
import {
  DocumentSummarySchema, failures, Id, json, pageOf, Paging, Range, recordBody, RecordSchema, SearchHitSchema, StatsSchema, Words,
} from '../schemas.js';

const listDocuments = createRoute({
  method: 'get', path: '/api/documents', tags: ['documents'],
  summary: 'Stored documents, oldest first, filtered by words, source, language, story and date',
  request: {
    query: z.object({
      text: Words('Navalny Novichok').optional(), source: Words('Wikinews').optional(),
      language: z.string().regex(/^[a-z]{2,3}$/).optional(), story: Words('a story id').optional(), ...Range, ...Paging,
    }).strict(),
  },
  responses: { 200: json(pageOf(DocumentSummarySchema, 'DocumentPage'), 'One page of documents.'), ...failures },
});

const searchDocuments = createRoute({
  method: 'get', path: '/api/search', tags: ['documents'],
  summary: 'Full-text search: the best-matching documents with an excerpt each',
  request: {
    query: z.object({ q: Words('Zelensky'), limit: z.coerce.number().int().min(1).max(100).optional() }).strict(),
  },
  responses: { 200: json(z.object({ items: z.array(SearchHitSchema) }).openapi('SearchResults'), 'Matches, best first.'), ...failures },
});

const oneDocument = createRoute({
  method: 'get', path: '/api/documents/{id}', tags: ['documents'],
  summary: 'One document with all its layers (the parley.analysis/1 record)',
  request: { params: Id('id', 'parley-seed') },
  responses: { 200: json(RecordSchema, 'The analysis record.'), 404: json(z.any(), 'No such document.'), ...failures },
});

const stats = createRoute({
  method: 'get', path: '/api/stats', tags: ['documents'], summary: 'How much the store holds',
  responses: { 200: json(StatsSchema, 'Counts of documents, stories and facts.'), ...failures },
});

export function documentRoutes(app: Api, { store }: ApiDeps): void {
  app.openapi(listDocuments, async (c) => c.json(await store.documents(c.req.valid('query')), 200));
  app.openapi(searchDocuments, async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ items: await store.search(q, limit ?? 20) }, 200);
  });
  app.openapi(oneDocument, async (c) => {
    const { id } = c.req.valid('param');
    const record = await store.get(id);
    if (!record) throw new ApiError(404, 'E_NOT_FOUND', `no stored document has the id '${id.slice(0, 80)}'`);
    return c.json(recordBody(record), 200);
  });
  app.openapi(stats, async (c) => c.json(await store.stats(), 200));
}
