import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ParleyError, type ErrorCode } from '../model/errors.js';

/** The codes the API answers with: Parley's own, and a few only the web edge raises. */
export type ApiErrorCode = ErrorCode | 'E_UNAUTHORIZED' | 'E_FORBIDDEN' | 'E_TOO_MANY_REQUESTS' | 'E_TIMEOUT' | 'E_URL_TOO_LONG'
  | 'E_METHOD' | 'E_INTERNAL';

/** An error the API raises on purpose, with the HTTP status it answers with. */
export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the user gave was wrong (400) unless the code says otherwise. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_NOT_FOUND: 404,
  E_INPUT_NOT_FOUND: 404,
  E_INPUT_TOO_LARGE: 413,
  E_TOO_SLOW: 422,
  E_STORE: 500,
  E_PIPELINE_ORDER: 500,
  E_LAYER_OWNER: 500,
  E_RESOURCE: 500,
};

/** Every error as `{error: {code, message}}`; a bug answers 500 without its stack. */
export function errorBody(err: unknown): { status: ContentfulStatusCode; body: { error: { code: string; message: string } } } {
  if (err instanceof ApiError) return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own refusals: a body that is not JSON, a wrong content type.
    return { status: err.status as ContentfulStatusCode, body: { error: { code: 'E_USAGE', message: err.message.split('\n')[0] } } };
  }
  if (err instanceof ParleyError) {
    const status = STATUS[err.code] ?? 400;
    const message = status === 500 ? 'the server could not answer; see its log' : err.message;
    return { status, body: { error: { code: err.code, message } } };
  }
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'the server could not answer; see its log' } } };
}

export function sendError(c: Context, err: unknown): Response {
  const { status, body } = errorBody(err);
  if (status === 500) console.error(`parley serve: ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? err}`);
  return c.json(body, status);
}
