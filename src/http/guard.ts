import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from './errors.js';

/** The longest URL (path and query) answered; longer ones get 414. */
export const MAX_URL_LENGTH = 4096;

export const urlLimit = (max = MAX_URL_LENGTH): MiddlewareHandler => async (c, next) => {
  if (c.req.url.length > max) throw new ApiError(414, 'E_URL_TOO_LONG', `the URL is longer than ${max} characters`);
  await next();
};

/** Who a request comes from: the socket's address (no proxy headers are trusted). */
function clientOf(c: Parameters<MiddlewareHandler>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

export interface ClientLimits {
  /** Requests one client may have answered at the same time. */
  readonly active: number;
  /** Requests one client may have waiting behind those; more get 429. */
  readonly queued: number;
}

/**
 * Per-client concurrency: each client gets a few requests in progress and a bounded queue, so
 * one busy client waits its turn instead of starving the others, and a flood is refused (429).
 */
export function perClientLimit(limits: ClientLimits = { active: 8, queued: 2000 }): MiddlewareHandler {
  const clients = new Map<string, { active: number; waiting: Array<() => void> }>();
  return async (c, next) => {
    const key = clientOf(c);
    let slot = clients.get(key);
    if (!slot) clients.set(key, slot = { active: 0, waiting: [] });
    if (slot.active >= limits.active) {
      if (slot.waiting.length >= limits.queued) {
        throw new ApiError(429, 'E_TOO_MANY_REQUESTS', `more than ${limits.active + limits.queued} requests at once from one client; retry later`);
      }
      await new Promise<void>((resolve) => slot!.waiting.push(resolve));
    } else {
      slot.active++;
    }
    try {
      await next();
    } finally {
      const wake = slot.waiting.shift();
      if (wake) wake(); // the slot passes straight to the next waiting request
      else if (--slot.active === 0) clients.delete(key);
    }
  };
}
