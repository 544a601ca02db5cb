import { z } from '@hono/zod-openapi';

/*
 * The shapes the API accepts and returns. Inputs are checked here, at the edge; the same
 * schemas generate the OpenAPI document (/openapi.json).
 */

/** Words typed into a filter: bounded, and free of control characters. */
export const Words = (example: string) => z.string().trim().min(1).max(200)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters').openapi({ example });

/** A year, month, day, ISO week or quarter that exists on the calendar. */
function isCalendarBound(value: string): boolean {
  const m = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|Q[1-4]))?$/.exec(value);
  if (!m) return false;
  const [year, month, day, week] = [Number(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3]), m[4] && Number(m[4])];
  if (week !== undefined && week !== '' && (week < 1 || week > 53)) return false;
  if (month !== undefined && month !== '' && (month < 1 || month > 12)) return false;
  if (day !== undefined && day !== '') return day >= 1 && day <= new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
  return true;
}

export const DateBound = (example: string) => z.string().max(10)
  .refine(isCalendarBound, 'must be a calendar YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn')
  .openapi({ example });

const Limit = z.coerce.number().int().min(1).max(200).optional()
  .openapi({ description: 'Items per page (default 50, at most 200).', example: 20 });

const Cursor = z.string().max(512).regex(/^[A-Za-z0-9_-]*$/, 'is not a cursor this API gave').optional()
  .openapi({ description: "The `next` value of the previous page." });

export const Paging = { limit: Limit, cursor: Cursor };
export const Range = { from: DateBound('2020-09').optional(), to: DateBound('2020-09-30').optional() };

export const Id = (name: string, example: string) => z.object({
  [name]: z.string().min(1).max(300).regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .openapi({ param: { name, in: 'path' }, example }),
});

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'E_USAGE' }),
    message: z.string().openapi({ example: "limit: must be at most 200" }),
  }),
}).openapi('Error');

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), next: z.string().nullable() }).openapi(name);
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
export const failures = {
  400: json(ErrorSchema, 'The request is not valid (the message says which part).'),
  429: json(ErrorSchema, 'Too many requests from this client at once.'),
  500: json(ErrorSchema, 'The server failed; see its log.'),
};

const Nullable = z.string().nullable();

export const DocumentSummarySchema = z.object({
  id: z.string(), title: Nullable, url: Nullable, source: Nullable, published: Nullable, language: Nullable,
  story: z.string(), sources: z.number().int(),
}).openapi('DocumentSummary');

export const SearchHitSchema = z.object({
  id: z.string(), title: Nullable, published: Nullable,
  snippet: z.string().openapi({ description: 'An excerpt with the matched words in [brackets].' }),
}).openapi('SearchHit');

export const StorySchema = z.object({
  id: z.string(), representative: z.string(), title: Nullable, documents: z.array(z.string()), first: Nullable, last: Nullable,
}).openapi('Story');

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC']);

export const ActorRoleSchema = z.object({
  title: z.string(), country: Nullable,
  qualifier: z.enum(['incoming', 'outgoing', 'former', 'acting', 'elect']).nullable(),
  from: Nullable, to: Nullable, documents: z.number().int(),
}).openapi('ActorRole');

export const ActorSummarySchema = z.object({
  id: z.string(), name: z.string(), type: EntityTypeSchema, country: Nullable, cameo: Nullable,
  documents: z.number().int(), mentions: z.number().int(), roles: z.array(ActorRoleSchema),
}).openapi('Actor');

export const QuoteHitSchema = z.object({
  document: z.string(), kind: z.enum(['direct', 'indirect', 'mixed']), text: z.string(), start: z.number().int(), end: z.number().int(),
  cue: Nullable, speaker: Nullable, actor: Nullable, date: Nullable,
}).openapi('Quote');

export const TimelineItemSchema = z.object({
  day: z.string(), date: z.string(), kind: z.enum(['quote', 'event']), document: z.string(), actor: Nullable,
  code: Nullable, text: z.string(),
}).openapi('TimelineItem');

export const StatsSchema = z.object({
  documents: z.number().int(), stories: z.number().int(), entities: z.number().int(), mentions: z.number().int(),
  timexes: z.number().int(), quotes: z.number().int(), events: z.number().int(),
}).openapi('Stats');

const Span = { start: z.number().int(), end: z.number().int() };

/** The parley.analysis/1 record (shared/spec/analysis-format.md); layers list their main fields, more may be present. */
export const RecordSchema = z.looseObject({
  schema: z.literal('parley.analysis/1'),
  document: z.looseObject({ id: z.string(), title: Nullable, url: Nullable, source: Nullable, published: Nullable, text: z.string() }),
  sentences: z.array(z.object(Span)),
  entities: z.array(z.looseObject({ id: z.string(), type: EntityTypeSchema, name: z.string(), country: Nullable, mentions: z.array(z.looseObject(Span)) })),
  timexes: z.array(z.looseObject({ ...Span, type: z.string(), value: z.string().nullable() })),
  quotes: z.array(z.looseObject({ ...Span, kind: z.string(), speaker: Nullable, text: z.string() })),
  events: z.array(z.looseObject({ ...Span, id: z.string(), code: z.string() })),
  topics: z.array(z.looseObject({ id: z.string(), label: z.string() })),
  stances: z.array(z.looseObject({ ...Span, holder: Nullable, topic: z.string(), polarity: z.string() })),
}).openapi('AnalysisRecord');

/** An article sent to /api/analyze or /api/ingest, as `parley ingest` reads one from JSON. */
export const ArticleSchema = z.object({
  text: z.string().min(1).openapi({ example: 'Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on Thursday.' }),
  id: z.string().min(1).max(300).optional(),
  title: z.string().max(2000).nullable().optional(),
  url: z.string().max(2000).nullable().optional(),
  source: z.string().max(300).nullable().optional(),
  published: z.string().max(40).nullable().optional().openapi({ example: '2025-01-16' }),
}).strict().openapi('Article');

/** The record as its schema types it (the schema lists the main fields; readonly layers are sent as they are). */
export const recordBody = (record: unknown) => record as z.infer<typeof RecordSchema>;

export const EventModeSchema = z.enum(['asserted', 'negated', 'intended', 'hypothetical', 'reported']);
export const PolaritySchema = z.enum(['support', 'oppose', 'consider', 'neutral']);

export const ActorRefSchema = z.object({ id: Nullable, name: Nullable, cameo: Nullable }).openapi('ActorRef');

export const EventHitSchema = z.object({
  document: z.string(), event: z.string(), code: z.string(), label: Nullable, root: z.string(), plover: Nullable,
  quadClass: z.number().int().nullable(), goldstein: z.number().nullable(), mode: EventModeSchema.nullable(),
  source: ActorRefSchema, target: ActorRefSchema, date: Nullable, trigger: Nullable,
  text: z.string().openapi({ description: 'The words that state the event; [start, end) in the document text.' }),
  start: z.number().int(), end: z.number().int(), by: Nullable,
}).openapi('Event');

export const MergedEventSchema = z.object({
  id: z.string(), code: z.string(), root: z.string(), plover: Nullable, mode: EventModeSchema.nullable(),
  source: ActorRefSchema, target: ActorRefSchema, date: Nullable,
  mentions: z.array(z.object({ document: z.string(), event: z.string() })).readonly(),
  documents: z.number().int(), sources: z.number().int(),
}).openapi('MergedEvent');

export const NetworkSchema = z.object({
  nodes: z.array(ActorRefSchema.extend({ events: z.number().int() })).readonly(),
  edges: z.array(z.object({ source: z.string(), target: z.string(), root: z.string(), weight: z.number().int() })).readonly(),
}).openapi('Network');

export const TopicSummarySchema = z.object({
  key: z.string(), label: z.string(), documents: z.number().int(), stances: z.number().int(), support: z.number().int(),
  oppose: z.number().int(), consider: z.number().int(), neutral: z.number().int(), first: Nullable, last: Nullable,
}).openapi('Topic');

export const StanceHitSchema = z.object({
  document: z.string(), holder: ActorRefSchema, topic: z.object({ key: z.string(), label: z.string() }), polarity: PolaritySchema,
  cue: Nullable, text: z.string(), start: z.number().int(), end: z.number().int(), date: Nullable,
}).openapi('Stance');

export const StanceMatrixSchema = z.object({
  actors: z.array(ActorRefSchema).readonly(),
  topics: z.array(z.object({ key: z.string(), label: z.string() })).readonly(),
  cells: z.array(z.object({
    actor: z.string(), topic: z.string(), week: Nullable, support: z.number().int(), oppose: z.number().int(),
    consider: z.number().int(), neutral: z.number().int(), latest: PolaritySchema,
  })).readonly(),
}).openapi('StanceMatrix');
