import type { MiddlewareHandler } from 'hono';

export interface CacheOptions {
  /** How long an answer is reused; the store may change under a running server (another process ingesting). */
  readonly ttlMs: number;
  /** At most this many answers are kept, the least recently used dropped first. */
  readonly entries: number;
}

interface Entry { readonly at: number; readonly body: ArrayBuffer; readonly type: string }

/**
 * A short-lived cache of successful GET answers, keyed by path and query. The store answers
 * queries synchronously, one at a time, so the same aggregate asked by many clients at once
 * (a network, a matrix, a popular actor) is computed once: concurrent misses for one key share
 * a single computation. `clear()` empties it when this server stores something.
 */
export function responseCache(options: CacheOptions): { middleware: MiddlewareHandler; clear: () => void } {
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<Entry | null>>();
  const fresh = (e: Entry | undefined) => e !== undefined && Date.now() - e.at < options.ttlMs;
  const send = (e: Entry, hit: string) => new Response(e.body, { status: 200, headers: { 'Content-Type': e.type, 'X-Cache': hit } });

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const key = c.req.url.slice(c.req.url.indexOf('/', c.req.url.indexOf('//') + 2));
    const cached = entries.get(key);
    if (fresh(cached)) {
      entries.delete(key); // re-insert: most recently used last
      entries.set(key, cached!);
      c.res = send(cached!, 'hit');
      return;
    }
    const shared = pending.get(key);
    if (shared) {
      const entry = await shared;
      if (entry) { c.res = send(entry, 'shared'); return; }
      return next();
    }
    let settle!: (e: Entry | null) => void;
    pending.set(key, new Promise((resolve) => (settle = resolve)));
    try {
      await next();
      const entry = c.res.status === 200 ? { at: Date.now(), body: await c.res.clone().arrayBuffer(), type: c.res.headers.get('Content-Type') ?? 'application/json' } : null;
      if (entry) {
        entries.set(key, entry);
        if (entries.size > options.entries) entries.delete(entries.keys().next().value!);
      }
      settle(entry);
    } catch (err) {
      settle(null);
      throw err;
    } finally {
      pending.delete(key);
    }
  };
  return { middleware, clear: () => entries.clear() };
}
