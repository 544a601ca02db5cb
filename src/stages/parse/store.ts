import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../model/errors.js';
import type { LinearModel } from './linear.js';
import type { Lemmatizer } from './lemmatizer.js';
import { assembleModel, type ParseModel } from './model.js';
import { linearScorer } from './scorer.js';
import type { WordClusters } from './words.js';

/**
 * On disk a model is `parse.json` (tag and relation names, the lemmatizer, the tagger's
 * lexicon, how it was trained) and `weights.bin`: the three classifiers' lookup tables exactly
 * as they are searched, then the word clusters as (hash, clusters) pairs — all 32-bit words,
 * so that loading is one read and typed-array views over it, with nothing rebuilt.
 */
const FORMAT = 'parley.parse/2';
export const DEFAULT_MODEL_DIR = new URL('../../../models/parse/', import.meta.url);

interface TableHeader {
  readonly classes: number;
  readonly mask: number;
  readonly width: number;
  readonly dense: boolean;
  /** 32-bit words of the slot table and of the sparse entries. */
  readonly slotWords: number;
  readonly entryWords: number;
}

interface ModelHeader {
  readonly format: typeof FORMAT;
  readonly name: string;
  readonly tags: string[];
  readonly relations: string[];
  /** Word hash and the tags the tagger chooses among for each frequent training word. */
  readonly lexicon: Array<[number, number[]]>;
  readonly clusters: number;
  readonly lemmaExceptions: Array<[string, string]>;
  readonly lemmaRules: Array<[string, number, string]>;
  readonly tagger: TableHeader;
  readonly moves: TableHeader;
  readonly labels: TableHeader;
  readonly training: Record<string, unknown>;
}

export interface TrainedParts {
  readonly name: string;
  readonly tags: readonly string[];
  readonly relations: readonly string[];
  readonly lexicon: ReadonlyMap<number, readonly number[]>;
  readonly clusters: WordClusters;
  readonly lemmatizer: Lemmatizer;
  readonly tagger: LinearModel;
  readonly moves: LinearModel;
  readonly labels: LinearModel;
  readonly training: Record<string, unknown>;
}

const tableHeader = (m: LinearModel): TableHeader => ({
  classes: m.classes, mask: m.mask, width: m.width, dense: m.dense, slotWords: m.keys.length, entryWords: m.entries.length,
});

const bytesOf = (a: Uint32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

export function saveModel(dir: string, parts: TrainedParts): void {
  mkdirSync(dir, { recursive: true });
  const model: ModelHeader = {
    format: FORMAT,
    name: parts.name,
    tags: [...parts.tags],
    relations: [...parts.relations],
    lexicon: [...parts.lexicon].map(([word, tags]) => [word, [...tags]]),
    clusters: parts.clusters.size,
    lemmaExceptions: [...parts.lemmatizer.exceptions],
    lemmaRules: [...parts.lemmatizer.rules].map(([key, [strip, append]]) => [key, strip, append]),
    tagger: tableHeader(parts.tagger),
    moves: tableHeader(parts.moves),
    labels: tableHeader(parts.labels),
    training: parts.training,
  };
  const tables = [parts.tagger, parts.moves, parts.labels].flatMap((m) => [bytesOf(m.keys), bytesOf(m.entries)]);
  const clusters = Uint32Array.from([...parts.clusters].flat());
  writeFileSync(join(dir, 'weights.bin'), Buffer.concat([...tables, bytesOf(clusters)]));
  writeFileSync(join(dir, 'parse.json'), `${JSON.stringify(model)}\n`);
}

/** Typed-array views, one after another, over the 32-bit words of the weights file. */
class Words {
  private at = 0;
  constructor(private readonly buffer: ArrayBuffer, private readonly offset: number, private readonly length: number) {}

  take(words: number): Uint32Array {
    if (this.at + words * 4 > this.length) throw new ParleyError('E_RESOURCE', 'the parse model\'s weights.bin is shorter than parse.json says; retrain with \'npm run train:parse\'');
    const view = new Uint32Array(this.buffer, this.offset + this.at, words);
    this.at += words * 4;
    return view;
  }
}

function readTable(words: Words, h: TableHeader): LinearModel {
  const keys = words.take(h.slotWords);
  const entries = words.take(h.entryWords);
  return {
    classes: h.classes, mask: h.mask, width: h.width, dense: h.dense,
    keys, weights: new Float32Array(keys.buffer, keys.byteOffset, keys.length), entries: new Float32Array(entries.buffer, entries.byteOffset, entries.length),
  };
}

function readClusters(words: Words, count: number): WordClusters {
  const pairs = words.take(count * 2);
  const clusters = new Map<number, number>();
  for (let i = 0; i < pairs.length; i += 2) clusters.set(pairs[i], pairs[i + 1]);
  return clusters;
}

/** The file's bytes in an ArrayBuffer at a 4-byte-aligned offset (a fresh read is; a pooled one may not be). */
function alignedBytes(path: string | URL): { buffer: ArrayBuffer; offset: number; length: number } {
  const bytes = readFileSync(path);
  if (bytes.byteOffset % 4 === 0) return { buffer: bytes.buffer as ArrayBuffer, offset: bytes.byteOffset, length: bytes.byteLength };
  const copy = new Uint8Array(bytes);
  return { buffer: copy.buffer, offset: 0, length: copy.byteLength };
}

/** Loads the shipped model (or one in `dir`); a missing or foreign model is a resource error. */
export function loadParseModel(dir: string | URL = DEFAULT_MODEL_DIR): ParseModel {
  const path = (name: string) => (dir instanceof URL ? new URL(name, dir) : join(dir, name));
  if (!existsSync(path('parse.json'))) throw new ParleyError('E_RESOURCE', `no parse model in ${String(dir)}; run 'npm run train:parse' to make one`);
  const header = JSON.parse(readFileSync(path('parse.json'), 'utf8')) as ModelHeader;
  if (header.format !== FORMAT) throw new ParleyError('E_RESOURCE', `parse model format '${header.format}' is not '${FORMAT}'; retrain with 'npm run train:parse'`);
  const { buffer, offset, length } = alignedBytes(path('weights.bin'));
  const words = new Words(buffer, offset, length);
  const tagger = readTable(words, header.tagger);
  const moves = readTable(words, header.moves);
  const labels = readTable(words, header.labels);
  const clusters = readClusters(words, header.clusters);
  return assembleModel(
    header.name,
    { tags: header.tags, scorer: linearScorer(tagger), lexicon: new Map(header.lexicon), clusters },
    { moves: linearScorer(moves), labels: linearScorer(labels), relations: header.relations, rootLabel: header.relations.indexOf('root') },
    { exceptions: new Map(header.lemmaExceptions), rules: new Map(header.lemmaRules.map(([key, strip, append]) => [key, [strip, append] as const])) },
  );
}
