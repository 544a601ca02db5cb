import { isUrl } from '../ingest/fetch.js';
import { readInputs } from '../ingest/read.js';
import type { Notify } from '../ingest/text.js';
import { ParleyError } from '../model/errors.js';
import { transaction } from '../store/postgres/db.js';
import { openPostgresStore } from '../store/postgres/index.js';
import { enqueue, type NewJob } from './queue.js';

export interface EnqueueSummary {
  readonly documents: number;
  readonly urls: number;
}

const BATCH = 500;

/**
 * `parley ingest --queue`: reads local inputs here (each checked as ingest checks it) and queues
 * one job per document; URLs are queued as they are, for a worker to fetch. All in one
 * transaction, streamed in batches: a bad input queues nothing.
 */
export async function enqueueInputs(url: string, inputs: readonly string[], options: { published?: string | null; maxAttempts: number; notify?: Notify }): Promise<EnqueueSummary> {
  const store = openPostgresStore(url, { max: 2 });
  try {
    await store.ready();
    return await transaction(store.pool, async (client) => {
      let documents = 0;
      let batch: NewJob[] = [];
      const flush = async () => {
        await enqueue(client, batch, options.maxAttempts);
        batch = [];
      };
      const local = inputs.filter((i) => !isUrl(i));
      for await (const { origin, ...payload } of readInputs(local, { published: options.published, notify: options.notify })) {
        batch.push({ kind: 'document', payload, origin });
        documents++;
        if (batch.length >= BATCH) await flush();
      }
      const urls = inputs.filter(isUrl);
      batch.push(...urls.map((u) => ({ kind: 'url' as const, payload: { url: u }, origin: u })));
      await flush();
      if (documents + urls.length === 0) {
        throw new ParleyError('E_INPUT_EMPTY', `${inputs.join(' ')}: no articles found (text, JSON, JSON Lines, HTML or feed files)`);
      }
      return { documents, urls: urls.length };
    });
  } finally {
    await store.close();
  }
}
