import type { OpenAPIHono } from '@hono/zod-openapi';
import type { DocumentAnalyzer } from '../ingest/analyzers.js';
import type { Store } from '../store/store.js';

/** What the routes work with; the server wires real ones, tests their own. */
export interface ApiDeps {
  readonly store: Store;
  /** The analyser for /api/analyze and /api/ingest, made when first asked for. */
  readonly analyzer: () => DocumentAnalyzer;
  /** The token /api/ingest requires; null turns ingest off. */
  readonly ingestToken: string | null;
}

export type Api = OpenAPIHono;
