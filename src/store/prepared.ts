import { bandKeys, fingerprint, type Fingerprint } from '../dedup/minhash.js';
import { contentHash } from '../model/document.js';
import type { AnalysisRecord } from '../model/record.js';
import { JSON_LAYERS } from './json-layers.js';

/** A record's layers kept whole as JSON: the analysis layers, the token count and, when known, the publication range. */
export type LayerJson = ReadonlyArray<readonly [name: string, json: string]>;

/**
 * What storing a record needs that no store has to be asked for: the text's hash, its MinHash fingerprint
 * and LSH band keys, and the layers it keeps as JSON. Worked out where the record is made (an analysis
 * worker thread), so the thread that writes the store only writes.
 */
export interface PreparedRecord {
  readonly hash: string;
  readonly fingerprint: Fingerprint;
  readonly bandKeys: readonly number[];
  readonly layers: LayerJson;
}

export function prepareRecord(record: AnalysisRecord): PreparedRecord {
  const fp = fingerprint(record.document.text);
  const layers: Array<readonly [string, string]> = JSON_LAYERS.map((name) => [name, JSON.stringify(record[name])] as const);
  layers.push(['tokens', JSON.stringify(record.tokens)]);
  if (record.document.publishedRange) layers.push(['publishedRange', JSON.stringify(record.document.publishedRange)]);
  return { hash: contentHash(record.document.text), fingerprint: fp, bandKeys: bandKeys(fp.signature), layers };
}
