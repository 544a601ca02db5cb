import type {
  ActorSummary, DocumentSummary, EventHit, MergedEvent, Network, Page, QuoteHit, SearchHit, StanceHit, StanceMatrix, Story,
  StoreStats, TopicSummary,
} from '../../src/store/store.js';
import type { AnalysisRecord } from '../../src/model/record.js';

export type {
  ActorSummary, DocumentSummary, EventHit, MergedEvent, Network, Page, QuoteHit, SearchHit, StanceHit, StanceMatrix, Story,
  StoreStats, TopicSummary, AnalysisRecord,
};

export interface ActorPage {
  actor: ActorSummary;
  quotes: Page<QuoteHit>;
  events: { asSource: Page<EventHit>; asTarget: Page<EventHit> };
  stances: Page<StanceHit>;
}

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

/** GET /api/<path> with the parameters that have a value; errors become ApiFailure with the server's message. */
export async function api<T>(path: string, params: Params = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `the server answered ${res.status}`);
  return body as T;
}

export const enc = encodeURIComponent;
