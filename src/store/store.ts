import type { AnalysisRecord } from '../model/record.js';

export type PutOutcome = 'inserted' | 'duplicate' | 'replaced';

export interface PutResult {
  readonly id: string;
  readonly outcome: PutOutcome;
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
  readonly entities: number;
  readonly mentions: number;
  readonly timexes: number;
  readonly quotes: number;
  readonly events: number;
}

/**
 * Where analysed documents live. Deliberately narrow: every adapter (SQLite, PostgreSQL)
 * implements exactly this, and `store.cases.ts` is the suite each one must pass.
 */
export interface Store {
  /**
   * Stores a record and all its layers atomically. The same text again is a no-op
   * ('duplicate'); a new text under an id already stored replaces it ('replaced').
   */
  put(record: AnalysisRecord): Promise<PutResult>;
  /** The id of the stored document with this text's content hash, if any (checked before analysing). */
  storedIdOf(contentHash: string): Promise<string | null>;
  get(id: string): Promise<AnalysisRecord | null>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
