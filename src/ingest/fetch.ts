import { ParleyError } from '../model/errors.js';

export interface FetchSettings {
  readonly userAgent: string;
  readonly timeoutMs: number;
  /** The least time between two requests to one host. */
  readonly hostDelayMs?: number;
}

export interface Fetched {
  readonly url: string;
  /** null when the server answered 304 Not Modified. */
  readonly body: string | null;
  readonly contentType: string | null;
  readonly fetchedAt: string;
}

/**
 * A polite HTTP client: one request at a time per host, a pause between them, a user agent
 * naming Parley, and If-Modified-Since for a URL fetched before (so a feed polled again
 * costs the site a 304).
 */
export function createFetcher(settings: FetchSettings, fetchImpl: typeof fetch = fetch) {
  const queues = new Map<string, Promise<unknown>>();
  const lastModified = new Map<string, string>();
  const delay = settings.hostDelayMs ?? 1000;

  async function request(url: string): Promise<Fetched> {
    const headers: Record<string, string> = { 'user-agent': settings.userAgent, accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
    const since = lastModified.get(url);
    if (since) headers['if-modified-since'] = since;
    let response: Response;
    try {
      response = await fetchImpl(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(settings.timeoutMs) });
    } catch (err) {
      throw new ParleyError('E_FETCH', `${url}: cannot be fetched (${(err as Error).message})`);
    }
    const fetchedAt = new Date().toISOString();
    if (response.status === 304) return { url, body: null, contentType: null, fetchedAt };
    if (!response.ok) throw new ParleyError('E_FETCH', `${url}: the server answered ${response.status} ${response.statusText}`);
    const modified = response.headers.get('last-modified');
    if (modified) lastModified.set(url, modified);
    return { url: response.url || url, body: await response.text(), contentType: response.headers.get('content-type'), fetchedAt };
  }

  return {
    /** Fetches a URL once the previous request to its host (and the pause after it) is done. */
    get(url: string): Promise<Fetched> {
      let host: string;
      try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
        host = parsed.host;
      } catch {
        throw new ParleyError('E_INPUT_FORMAT', `${url}: is not an http(s) URL`);
      }
      const previous = queues.get(host) ?? Promise.resolve();
      const result = previous.then(() => request(url));
      queues.set(host, result.catch(() => {}).then(() => new Promise((r) => setTimeout(r, delay))));
      return result;
    },
  };
}

export type Fetcher = ReturnType<typeof createFetcher>;

export const isUrl = (input: string) => /^https?:\/\//i.test(input);
