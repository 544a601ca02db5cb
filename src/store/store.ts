import type { AnalysisRecord } from '../model/record.js';
import type { EntityType, QuoteKind, RoleQualifier } from '../model/layers.js';

export type PutOutcome = 'inserted' | 'duplicate' | 'replaced';

export interface PutResult {
  readonly id: string;
  readonly outcome: PutOutcome;
  /** The story the document belongs to (its near-duplicates share it). */
  readonly story: string;
}

/** Where a copy of a text came from; an exact duplicate adds a source to the stored document. */
export interface SourceInfo {
  /** A path, path:line, or URL, for messages and provenance. */
  readonly origin?: string | null;
  /** When the text was fetched from the web (ISO datetime). */
  readonly fetchedAt?: string | null;
}

/** A copy of a text as one source carried it. */
export interface DocumentSource extends SourceInfo {
  readonly url?: string | null;
  readonly source?: string | null;
  readonly title?: string | null;
  readonly published?: string | null;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  /** A short excerpt around the match, with the matched words in [brackets]. */
  readonly snippet: string;
}

export interface StoreStats {
  readonly documents: number;
  readonly stories: number;
  readonly entities: number;
  readonly mentions: number;
  readonly timexes: number;
  readonly quotes: number;
  readonly events: number;
}

/** One page of a query's answer; pass `next` back as `cursor` for the following page. */
export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

interface Paging {
  /** At most this many items (default 50, at most 1000). */
  readonly limit?: number;
  readonly cursor?: string | null;
}

/** Inclusive ISO day bounds; a week, month or year value counts from its first day. */
interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

export interface DocumentQuery extends Paging, DateRange {
  /** Full-text words, as in `search`. */
  readonly text?: string;
  readonly source?: string;
  readonly language?: string;
  readonly story?: string;
}

export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly story: string;
  /** How many sources carried exactly this text. */
  readonly sources: number;
}

export interface StoryQuery extends Paging, DateRange {
  /** Only stories with at least this many documents. */
  readonly minDocuments?: number;
}

/** Near-duplicate articles grouped (analysis-format.md, "The corpus"). */
export interface Story {
  readonly id: string;
  readonly representative: string;
  readonly title: string | null;
  readonly documents: string[];
  readonly first: string | null;
  readonly last: string | null;
}

export interface ActorQuery extends Paging {
  /** Part of a name (any case) or an exact actor id. */
  readonly name?: string;
  readonly type?: EntityType;
  readonly country?: string;
}

export interface ActorRole {
  readonly title: string;
  readonly country: string | null;
  readonly qualifier: RoleQualifier;
  /** First and last publication dates of the documents the role was seen in. */
  readonly from: string | null;
  readonly to: string | null;
  readonly documents: number;
}

export interface ActorSummary {
  /** The knowledge-base actor id, or `name:<name>|<country>` for an actor found only in text. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country: string | null;
  readonly cameo: string | null;
  readonly documents: number;
  readonly mentions: number;
  readonly roles: ActorRole[];
}

export interface QuoteQuery extends Paging, DateRange {
  /** Part of the speaker's name (any case). */
  readonly speaker?: string;
  /** The speaker's actor id. */
  readonly actor?: string;
  /** Words the quote must contain (any case). */
  readonly text?: string;
}

export interface QuoteHit {
  readonly document: string;
  readonly kind: QuoteKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly actor: string | null;
  readonly date: string | null;
}

export interface TimelineQuery extends Paging {
  readonly from: string;
  readonly to: string;
  /** Only what this actor (id, or part of a name) said or did. */
  readonly actor?: string;
}

export interface TimelineItem {
  /** The first day of the item's date. */
  readonly day: string;
  readonly date: string;
  readonly kind: 'quote' | 'event';
  readonly document: string;
  readonly actor: string | null;
  /** The CAMEO code of an event; null for a quote. */
  readonly code: string | null;
  /** The quote, or the words that state the event. */
  readonly text: string;
}

/** One stored record, in storage order, with the cursor that resumes after it. */
export interface StoredRecord {
  readonly cursor: string;
  readonly story: string;
  readonly record: AnalysisRecord;
}

/**
 * Where analysed documents live. Every adapter (SQLite, PostgreSQL) implements exactly
 * this, and `store.cases.ts` is the suite each one must pass. Queries sort stably and
 * page with opaque cursors.
 */
export interface Store {
  /**
   * Stores a record and all its layers atomically and links it to its story. The same
   * text again is a no-op ('duplicate') that keeps the new source; a new text under an id
   * already stored replaces it ('replaced').
   */
  put(record: AnalysisRecord, source?: SourceInfo): Promise<PutResult>;
  /** The id of the stored document with this text's content hash, if any (checked before analysing). */
  storedIdOf(contentHash: string): Promise<string | null>;
  /**
   * If a text with this content hash is stored, records this copy's source for it and returns
   * what `put` would have ('duplicate'); otherwise null. Lets a batch skip analysing it.
   */
  keepSource(contentHash: string, source: DocumentSource): Promise<PutResult | null>;
  get(id: string): Promise<AnalysisRecord | null>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  documents(query?: DocumentQuery): Promise<Page<DocumentSummary>>;
  stories(query?: StoryQuery): Promise<Page<Story>>;
  actors(query?: ActorQuery): Promise<Page<ActorSummary>>;
  quotes(query?: QuoteQuery): Promise<Page<QuoteHit>>;
  timeline(query: TimelineQuery): Promise<Page<TimelineItem>>;
  /** Every record in storage order, from after `cursor`; constant memory. */
  records(cursor?: string | null): AsyncIterable<StoredRecord>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
