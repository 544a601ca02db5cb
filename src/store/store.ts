import type { AnalysisRecord } from '../model/record.js';
import type { EntityType, EventMode, Polarity, QuoteKind, RoleQualifier } from '../model/layers.js';
import type { PreparedRecord } from './prepared.js';

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
/** A record to store and where it came from. */
export interface PutEntry {
  readonly record: AnalysisRecord;
  readonly source?: SourceInfo;
  /** The record's hash, fingerprint and JSON layers, when the thread that analysed it worked them out (else the store does). */
  readonly prepared?: PreparedRecord;
}

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

/** The same words by the same speaker in several articles (wire copies, follow-ups): one quote with every place it appears. */
export interface MergedQuote {
  readonly speaker: string | null;
  readonly actor: string | null;
  /** The words as the first article gives them. */
  readonly text: string;
  /** The earliest date any article gives it. */
  readonly date: string | null;
  readonly mentions: ReadonlyArray<{ readonly document: string; readonly start: number; readonly end: number }>;
  readonly documents: number;
}

/** What was said and done in a period: quotes, and the events asserted to have happened (not plans, claims or denials). */
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

export interface EventQuery extends Paging, DateRange {
  /** Events this actor did or underwent: an actor id, or part of a name (any case). */
  readonly actor?: string;
  /** Only events by this actor (id or part of a name). */
  readonly source?: string;
  /** Only events to this actor (id or part of a name). */
  readonly target?: string;
  /** Events whose source or target actor code starts with this country code (ISO alpha-3 or an IGO code). */
  readonly country?: string;
  /** A two-digit CAMEO root ("04"). */
  readonly root?: string;
  /** A CAMEO code or its start ("04", "042"). */
  readonly code?: string;
  /** A PLOVER event type ("CONSULT"). */
  readonly plover?: string;
  /** Only events in this mode; default 'asserted' (the others are claims, plans, denials), 'any' for all. */
  readonly mode?: EventMode | 'any';
  /** Only the events of one stored document. */
  readonly document?: string;
}

/** An actor as an event or stance names it: the corpus key (kb id, or name|country) when it is an entity, and its code. */
export interface ActorRef {
  readonly id: string | null;
  readonly name: string | null;
  readonly cameo: string | null;
}

/** What an event is, per article or merged: its CAMEO and PLOVER coding, mode, actors and date. */
export interface EventCoding {
  readonly code: string;
  readonly root: string;
  readonly plover: string | null;
  /** QuadClass and Goldstein score of the code. */
  readonly quadClass: number | null;
  readonly goldstein: number | null;
  readonly mode: EventMode | null;
  readonly source: ActorRef;
  readonly target: ActorRef;
  readonly date: string | null;
}

/** One event as one article codes it (analysis-format.md, "events"). */
export interface EventHit extends EventCoding {
  readonly document: string;
  readonly event: string;
  readonly label: string | null;
  readonly trigger: string | null;
  /** The words that state the event, and where they are in the document. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly by: string | null;
}

/**
 * The same act reported by several articles (analysis-format.md, "merged event"): events with
 * the same CAMEO root, source and target actors and mode and compatible dates (a day apart, or a
 * month or week holding the one such act; `event-merge.ts`) are one, with every article's evidence.
 */
export interface MergedEvent extends EventCoding {
  readonly id: string;
  /** The code most of its articles give (ties: the most specific, then the lowest); the other codings are its. */
  readonly code: string;
  /** The URL of the first article that reports it. */
  readonly url: string | null;
  readonly mentions: ReadonlyArray<{ readonly document: string; readonly event: string }>;
  /** Distinct documents, and distinct sources (outlets or files) that carried them. */
  readonly documents: number;
  readonly sources: number;
}

export interface NetworkQuery extends DateRange {
  readonly root?: string;
  readonly country?: string;
  /** Default 'asserted', as for events. */
  readonly mode?: EventMode | 'any';
  /** Only edges with at least this many events (default 1). */
  readonly minWeight?: number;
  /** At most this many edges, the heaviest first (default 200, at most 2000). */
  readonly limit?: number;
}

/** Actors as nodes and who-did-what-to-whom as edges, one edge per source, target and CAMEO root. */
export interface Network {
  readonly nodes: ReadonlyArray<ActorRef & { readonly events: number }>;
  readonly edges: ReadonlyArray<{ readonly source: string; readonly target: string; readonly root: string; readonly weight: number }>;
}

export interface TopicQuery extends Paging, DateRange {
  /** Words of the label or key (any case). */
  readonly text?: string;
}

/** A proposal, policy or issue across the corpus: its topics in every article grouped by key. */
export interface TopicSummary {
  readonly key: string;
  readonly label: string;
  readonly documents: number;
  readonly stances: number;
  readonly support: number;
  readonly oppose: number;
  readonly consider: number;
  readonly neutral: number;
  readonly first: string | null;
  readonly last: string | null;
}

export interface StanceQuery extends Paging, DateRange {
  /** The holder: an actor id, or part of a name (any case). */
  readonly actor?: string;
  /** A topic key, or words of its label. */
  readonly topic?: string;
  readonly polarity?: Polarity;
  readonly document?: string;
}

export interface StanceHit {
  readonly document: string;
  readonly holder: ActorRef;
  readonly topic: { readonly key: string; readonly label: string };
  readonly polarity: Polarity;
  readonly cue: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly date: string | null;
}

export interface StanceMatrixQuery extends DateRange {
  readonly actor?: string;
  readonly topic?: string;
  /** One cell per actor, topic and ISO week ('week'), or per actor and topic over the whole range ('all', the default). */
  readonly by?: 'week' | 'all';
  /** At most this many actors and this many topics, those with the most stances (default 50, at most 500). */
  readonly size?: number;
}

/** Who stands where on what: actors × topics, with the count of each polarity and the latest one. */
export interface StanceMatrix {
  readonly actors: ReadonlyArray<ActorRef>;
  readonly topics: ReadonlyArray<{ readonly key: string; readonly label: string }>;
  readonly cells: ReadonlyArray<StanceCell>;
}

export interface StanceCell {
  readonly actor: string;
  readonly topic: string;
  /** The ISO week (2025-W03) when the matrix is by week, else null. */
  readonly week: string | null;
  readonly support: number;
  readonly oppose: number;
  readonly consider: number;
  readonly neutral: number;
  /** The polarity of the latest stance in the cell. */
  readonly latest: Polarity;
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
  /**
   * Stores several records in order, in one transaction: the results `put` gives one by one, for
   * one commit (a batch ingest writes far less per document). All or none is stored.
   */
  putAll(entries: ReadonlyArray<PutEntry>): Promise<PutResult[]>;
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
  /** The actor with exactly this id, with its roles; null when none is stored. */
  actor(id: string): Promise<ActorSummary | null>;
  quotes(query?: QuoteQuery): Promise<Page<QuoteHit>>;
  /** Quotes merged across articles: same speaker (actor, else name) and the same words up to case, punctuation and spacing. */
  mergedQuotes(query?: QuoteQuery): Promise<Page<MergedQuote>>;
  timeline(query: TimelineQuery): Promise<Page<TimelineItem>>;
  /** Events as each article codes them, oldest first. */
  events(query?: EventQuery): Promise<Page<EventHit>>;
  /** Events merged across articles, oldest first; filters as for `events` (`document` excluded). */
  mergedEvents(query?: Omit<EventQuery, 'document'>): Promise<Page<MergedEvent>>;
  network(query?: NetworkQuery): Promise<Network>;
  /** Topics across the corpus, most discussed first. */
  topics(query?: TopicQuery): Promise<Page<TopicSummary>>;
  /** Stances, oldest first. */
  stances(query?: StanceQuery): Promise<Page<StanceHit>>;
  stanceMatrix(query?: StanceMatrixQuery): Promise<StanceMatrix>;
  /** Every record in storage order, from after `cursor`; constant memory. */
  records(cursor?: string | null): AsyncIterable<StoredRecord>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
