import { contentHash } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import { SCHEMA, type AnalysisRecord } from '../model/record.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { PreparedRecord } from '../store/prepared.js';
import type { PutResult, Store } from '../store/store.js';
import { inProcessAnalyzer, type DocumentAnalyzer } from './analyzers.js';
import type { SourceDocument } from './sources.js';

export interface IngestSummary {
  readonly documents: number;
  readonly inserted: number;
  readonly duplicates: number;
  readonly replaced: number;
  /** Stored without analysis because they are not in English. */
  readonly notEnglish: number;
  readonly tokens: number;
  readonly seconds: number;
  /** Each document's outcome, when asked for (`keepResults`); a large batch keeps only counts. */
  readonly results: ReadonlyArray<PutResult & { origin: string }>;
}

export interface IngestOptions {
  /** Called after each document is stored; `total` when the caller knows it. */
  readonly onProgress?: (done: number, total: number | null) => void;
  readonly total?: number | null;
  readonly keepResults?: boolean;
  /** At most this many analysed documents written in one transaction (default WRITE_BATCH). */
  readonly writeBatch?: number;
}

/**
 * The record of a text Parley does not analyse (it is not English): the document and its
 * language, every layer empty.
 */
export function unanalysedRecord(doc: SourceDocument, language: string): AnalysisRecord {
  return {
    schema: SCHEMA,
    document: {
      id: doc.id ?? contentHash(doc.text), title: doc.title ?? null, url: doc.url ?? null, source: doc.source ?? null,
      published: doc.published ?? null, publishedSource: doc.published ? 'given' : 'unknown', language, text: doc.text,
      ...(doc.byline ? { byline: doc.byline } : {}),
    },
    sentences: [], paragraphs: [], tokens: 0, entities: [], timexes: [], quotes: [], events: [], topics: [], stances: [],
  };
}

/** A document ready to store: already stored (its source kept), or its record (prepared for storing when analysed). */
export type Ready = { kept: PutResult } | { record: AnalysisRecord; prepared?: PreparedRecord; notEnglish: boolean };

/**
 * How many analysed documents are written in one transaction, by default. One commit for 16 documents costs about
 * half the CPU of 16 commits; and once the store holds thousands, each commit rewrites most pages of the indexes
 * whose keys fall anywhere (LSH band keys, actor keys, names), so storing 4,000 analyses 64 a commit wrote 1.6 GB
 * where 16 a commit wrote 3.4 GB, and took 1.92 ms of CPU a document where 16 took 2.26.
 */
export const WRITE_BATCH = 64;

interface InFlight {
  readonly doc: SourceDocument;
  readonly ready: Promise<Ready>;
  /** Analysed (or found stored) without error. */
  done: boolean;
}

/**
 * Analyses and stores a stream of documents with constant memory: the analyser's capacity plus two
 * write batches in flight, stored strictly in input order, the analysed ones
 * that are ready written together in one transaction (up to WRITE_BATCH). A text already stored
 * is looked up by its hash before it is analysed (its new source is kept), so an interrupted
 * ingest resumes where it stopped and ends with the store an uninterrupted run makes.
 */
export async function ingestStream(
  store: Store, docs: AsyncIterable<SourceDocument> | Iterable<SourceDocument>, analyzer: DocumentAnalyzer, options: IngestOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const counts = { documents: 0, inserted: 0, duplicate: 0, replaced: 0, notEnglish: 0, tokens: 0 };
  const results: Array<PutResult & { origin: string }> = [];
  const inFlight: InFlight[] = [];
  const batchSize = Math.max(1, options.writeBatch ?? WRITE_BATCH);
  // While a batch is awaited and written, the next batch waits in the analyser's queue: workers that finish
  // the batch's last documents, or their share of what follows it, take more work instead of waiting for the
  // main thread (with one batch in flight, 2 workers waited 14.5 % of their time in a 1,500-article ingest).
  // An analyser in this thread has no one to keep busy, so it only fills one batch.
  const window = analyzer.capacity + (analyzer.concurrency > 1 ? 2 : 1) * batchSize;

  const count = (doc: SourceDocument, result: PutResult) => {
    counts[result.outcome]++;
    counts.documents++;
    if (options.keepResults) results.push({ ...result, origin: doc.origin });
    options.onProgress?.(counts.documents, options.total ?? null);
  };

  // The first batch in flight, once each of its documents is done or failed; a failed document
  // ends the batch before it, so everything before it is stored when it throws.
  const storeReady = async () => {
    // Batches grow from one document (1, 2, 3 … batchSize), so a run that is stopped early has stored its first documents.
    const size = Math.min(batchSize, counts.documents + 1);
    await inFlight[0].ready;
    await Promise.allSettled(inFlight.slice(1, size).map((b) => b.ready));
    const batch = [inFlight.shift()!];
    while (batch.length < size && inFlight[0]?.done) batch.push(inFlight.shift()!);
    const ready = await Promise.all(batch.map((b) => b.ready));
    const toPut = ready.flatMap((r, i) => ('record' in r ? [{ record: r.record, prepared: r.prepared, source: { origin: batch[i].doc.origin, fetchedAt: batch[i].doc.fetchedAt ?? null } }] : []));
    const stored = await store.putAll(toPut);
    let next = 0;
    ready.forEach((r, i) => {
      if ('kept' in r) return count(batch[i].doc, r.kept);
      const result = stored[next++];
      counts.tokens += r.record.tokens;
      if (r.notEnglish && result.outcome !== 'duplicate') counts.notEnglish++;
      count(batch[i].doc, result);
    });
  };

  for await (const doc of docs) {
    const entry: InFlight = { doc, ready: prepareDocument(store, analyzer, doc), done: false };
    // Awaited in input order below; this only marks it done and stops an early failure counting as unhandled.
    entry.ready.then(() => { entry.done = true; }, () => {});
    inFlight.push(entry);
    if (inFlight.length >= window) await storeReady();
  }
  while (inFlight.length > 0) await storeReady();
  return {
    documents: counts.documents, inserted: counts.inserted, duplicates: counts.duplicate, replaced: counts.replaced,
    notEnglish: counts.notEnglish, tokens: counts.tokens, seconds: (performance.now() - t0) / 1000, results,
  };
}

/**
 * Skips a text already stored (keeping this copy's source), records a text not in English
 * unanalysed, and analyses the rest; language, analysis and the record's preparation for the
 * store are the analyser's work (a worker thread's, when there are workers).
 */
export async function prepareDocument(store: Store, analyzer: DocumentAnalyzer, doc: SourceDocument): Promise<Ready> {
  const { origin, fetchedAt: _fetched, byline, language: _given, ...input } = doc;
  const kept = await store.keepSource(contentHash(input.text), { ...input, origin, fetchedAt: doc.fetchedAt ?? null });
  if (kept !== null) return { kept };
  const reading = await analyzer.read({ input, byline }).catch((err: unknown) => { throw named(origin, err); });
  if ('language' in reading) return { record: unanalysedRecord(doc, reading.language), notEnglish: true };
  return { record: reading.record, prepared: reading.prepared, notEnglish: false };
}

/** Analyses and stores documents in this thread (the whole list; see `ingestStream` for streams and workers). */
export async function ingestDocuments(
  store: Store, pipeline: Pipeline, docs: readonly SourceDocument[],
  onProgress: (done: number, total: number) => void = () => {},
  options: AnalyzeOptions = {},
): Promise<IngestSummary> {
  return ingestStream(store, docs, inProcessAnalyzer(pipeline, options.budgetMs), {
    total: docs.length, keepResults: true, onProgress: (done) => onProgress(done, docs.length),
  });
}

/** Runs an analysis, naming the document in a refusal (E_TOO_SLOW names no file by itself). */
export function analyzeFrom<T>(origin: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw named(origin, err);
  }
}

function named(origin: string, err: unknown): unknown {
  if (err instanceof ParleyError && err.code === 'E_TOO_SLOW') return new ParleyError(err.code, `${origin}: ${err.message}`);
  return err;
}
