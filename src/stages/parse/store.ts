import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../model/errors.js';
import { checkModelFormat } from '../../util/model-format.js';
import { clustersOfFile, type ClusterFile } from './clusters.js';
import { expandLinear, type CompactLinear, type LinearModel } from './linear.js';
import type { Lemmatizer } from './lemmatizer.js';
import type { Decoding } from './parser.js';
import { assembleModel, type ParseModel } from './model.js';
import { Kernel } from './kernel/index.js';
import type { TaggerClusterSet } from './tagger-clusters.js';
import { taggerFeatureSet, type TaggerFeatures } from './tagger.js';

/**
 * On disk a model is `parse.json` (tag and relation names, the lemmatizer, the tagger's
 * word list, how it was trained) and `weights.bin`: the three classifiers' lookup tables
 * (tagger, parser moves, relation labeller) exactly as they are searched, slot words then
 * sparse entries, all 32-bit little-endian words. Loading is one read (into the memory of the
 * WebAssembly kernel that searches them, kernel/) and typed-array views over it, with nothing
 * decompressed or rebuilt. (`parley.parse/1` was the same weights as
 * gzipped feature lists, laid out at load; `/2` a retrained model that was set aside.)
 */
const FORMAT = 'parley.parse/3';
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

export interface ModelHeader {
  readonly format: typeof FORMAT;
  readonly name: string;
  readonly tags: string[];
  readonly relations: string[];
  /** Word hash and tag of each word the tagger looks up instead of predicting. */
  readonly known: Array<[number, number]>;
  readonly lemmaExceptions: Array<[string, string]>;
  readonly lemmaRules: Array<[string, number, string]>;
  readonly tagger: TableHeader;
  readonly moves: TableHeader;
  readonly labels: TableHeader;
  /** The tagger's second pass, when it has one; its table follows the labeller's. */
  readonly taggerSecond?: TableHeader;
  /** The tagger's feature set (tagger.ts TAGGER_FEATURE_SETS); plain when not given. */
  readonly taggerFeatures?: TaggerFeatures['name'];
  /** Which parser classifiers read word clusters (clusters.ts CLUSTER_MOVES, CLUSTER_LABELS), kept in clusters.json; none when not given. */
  readonly clusterFeatures?: number;
  /** The word-cluster features of the tagger (tagger-clusters.ts), whose clusters are kept in tagger-clusters.json; none when not given. */
  readonly taggerClusters?: TaggerClusterSet;
  readonly training: Record<string, unknown>;
}

export interface TrainedParts {
  readonly name: string;
  readonly tags: readonly string[];
  readonly relations: readonly string[];
  readonly known: ReadonlyMap<number, number>;
  readonly lemmatizer: Lemmatizer;
  readonly tagger: CompactLinear;
  readonly moves: CompactLinear;
  readonly labels: CompactLinear;
  readonly taggerSecond?: CompactLinear;
  readonly taggerFeatures?: TaggerFeatures['name'];
  readonly clusters?: { readonly file: ClusterFile; readonly features: number };
  readonly taggerClusters?: { readonly file: ClusterFile; readonly features: TaggerClusterSet };
  readonly training: Record<string, unknown>;
}

const tableHeader = (m: LinearModel): TableHeader => ({
  classes: m.classes, mask: m.mask, width: m.width, dense: m.dense, slotWords: m.keys.length, entryWords: m.entries.length,
});

const bytesOf = (a: Uint32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

export function saveModel(dir: string, parts: TrainedParts): void {
  mkdirSync(dir, { recursive: true });
  const tables = [parts.tagger, parts.moves, parts.labels, ...(parts.taggerSecond ? [parts.taggerSecond] : [])].map((m) => expandLinear(m));
  const [tagger, moves, labels, taggerSecond] = tables.map(tableHeader);
  const model: ModelHeader = {
    format: FORMAT,
    name: parts.name,
    tags: [...parts.tags],
    relations: [...parts.relations],
    known: [...parts.known],
    lemmaExceptions: [...parts.lemmatizer.exceptions],
    lemmaRules: [...parts.lemmatizer.rules].map(([key, [strip, append]]) => [key, strip, append]),
    tagger,
    moves,
    labels,
    ...(taggerSecond ? { taggerSecond } : {}),
    ...(parts.taggerFeatures ? { taggerFeatures: parts.taggerFeatures } : {}),
    ...(parts.clusters ? { clusterFeatures: parts.clusters.features } : {}),
    ...(parts.taggerClusters ? { taggerClusters: parts.taggerClusters.features } : {}),
    training: parts.training,
  };
  if (parts.clusters) writeFileSync(join(dir, 'clusters.json'), `${JSON.stringify(parts.clusters.file)}\n`);
  if (parts.taggerClusters) writeFileSync(join(dir, 'tagger-clusters.json'), `${JSON.stringify(parts.taggerClusters.file)}\n`);
  writeFileSync(join(dir, 'weights.bin'), Buffer.concat(tables.flatMap((m) => [bytesOf(m.keys), bytesOf(m.entries)])));
  writeFileSync(join(dir, 'parse.json'), `${JSON.stringify(model)}\n`);
}

/** Typed-array views, one after another, over the 32-bit words of the weights file. */
class Words {
  private at = 0;
  constructor(private readonly buffer: ArrayBuffer, private readonly offset: number, private readonly length: number) {}

  take(words: number): Uint32Array {
    if (this.at + words * 4 > this.length) throw new ParleyError('E_RESOURCE', "the parse model's weights.bin is shorter than its parse.json says; run 'npm run train:parse' to rebuild it");
    const view = new Uint32Array(this.buffer, this.offset + this.at, words);
    this.at += words * 4;
    return view;
  }

  get rest(): number {
    return this.length - this.at;
  }
}

function readTable(words: Words, h: TableHeader): LinearModel {
  const keys = words.take(h.slotWords);
  const entries = words.take(h.entryWords);
  return {
    classes: h.classes, mask: h.mask, width: h.width, dense: h.dense, keys,
    weights: new Float32Array(keys.buffer, keys.byteOffset, keys.length),
    entries: new Float32Array(entries.buffer, entries.byteOffset, entries.length),
    entryClasses: entries,
  };
}

/** Where a model's weights are read: `length` bytes at a 4-byte-aligned offset. */
export type WeightsHome = (length: number) => Uint8Array;

const ownBuffer: WeightsHome = (length) => new Uint8Array(length);

/** Reads the whole file into the bytes `home` gives for its length. */
function readInto(path: string | URL, home: WeightsHome): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = home(fstatSync(fd).size);
    if (bytes.byteOffset % 4 !== 0) throw new Error('the weights must be read to a 4-byte-aligned offset');
    for (let at = 0; at < bytes.length; ) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) throw new ParleyError('E_RESOURCE', `${String(path)} changed while it was read; run 'npm run train:parse' to rebuild it`);
      at += read;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** A saved model's header and lookup tables, as they are on disk. */
export interface ModelFiles {
  readonly header: ModelHeader;
  readonly tagger: LinearModel;
  readonly taggerSecond: LinearModel | null;
  readonly moves: LinearModel;
  readonly labels: LinearModel;
  readonly clusters: ClusterFile | null;
  readonly taggerClusters: ClusterFile | null;
}

/** Reads a saved model's files, its weights into the bytes `home` gives; a missing or foreign model is a resource error. */
export function readModelFiles(dir: string | URL = DEFAULT_MODEL_DIR, home: WeightsHome = ownBuffer): ModelFiles {
  const path = (name: string) => (dir instanceof URL ? new URL(name, dir) : join(dir, name));
  if (!existsSync(path('parse.json'))) throw new ParleyError('E_RESOURCE', `no parse model in ${String(dir)}; run 'npm run train:parse' to make one`);
  const header = JSON.parse(readFileSync(path('parse.json'), 'utf8')) as ModelHeader;
  checkModelFormat(`parse model in ${String(dir)}`, header.format, FORMAT, 'npm run train:parse');
  if (!existsSync(path('weights.bin'))) throw new ParleyError('E_RESOURCE', `the parse model in ${String(dir)} has no weights.bin; run 'npm run train:parse' to rebuild it`);
  const bytes = readInto(path('weights.bin'), home);
  const words = new Words(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  const tagger = readTable(words, header.tagger);
  const moves = readTable(words, header.moves);
  const labels = readTable(words, header.labels);
  const taggerSecond = header.taggerSecond ? readTable(words, header.taggerSecond) : null;
  if (words.rest !== 0) throw new ParleyError('E_RESOURCE', `the parse model's weights.bin in ${String(dir)} is longer than its parse.json says; run 'npm run train:parse' to rebuild it`);
  const clusters = header.clusterFeatures ? readClusters(path('clusters.json')) : null;
  const taggerClusters = header.taggerClusters ? readClusters(path('tagger-clusters.json')) : null;
  return { header, tagger, taggerSecond, moves, labels, clusters, taggerClusters };
}

function readClusters(path: string | URL): ClusterFile {
  if (!existsSync(path)) throw new ParleyError('E_RESOURCE', `the parse model reads word clusters and ${String(path)} is missing; run 'npm run train:parse' to rebuild it`);
  return JSON.parse(readFileSync(path, 'utf8')) as ClusterFile;
}

/**
 * Loads the shipped model (or one in `dir`), its weights into a WebAssembly kernel's memory; a missing or foreign model is a
 * resource error. `decoding` (beam search, for trials) overrides the greedy parser the stages read by default.
 */
export function loadParseModel(dir: string | URL = DEFAULT_MODEL_DIR, decoding?: Decoding): ParseModel {
  const model = readParseModel(dir);
  return decoding ? Object.freeze({ ...model, decoding }) : model;
}

function readParseModel(dir: string | URL): ParseModel {
  const kernel = new Kernel();
  const { header, tagger, taggerSecond, moves, labels, clusters, taggerClusters } = readModelFiles(dir, (length) => kernel.reserve(length));
  return assembleModel(
    header.name,
    {
      tags: header.tags, scorer: kernel.scorer(tagger), known: new Map(header.known), features: taggerFeatureSet(header.taggerFeatures ?? 'plain', header.taggerClusters),
      ...(taggerClusters ? { clusters: clustersOfFile(taggerClusters, 0) } : {}),
      ...(taggerSecond ? { second: kernel.scorer(taggerSecond) } : {}),
    },
    {
      moves: kernel.scorer(moves), labels: kernel.scorer(labels), relations: header.relations, rootLabel: header.relations.indexOf('root'),
      ...(clusters && header.clusterFeatures ? { clusters: clustersOfFile(clusters, header.clusterFeatures) } : {}),
    },
    { exceptions: new Map(header.lemmaExceptions), rules: new Map(header.lemmaRules.map(([key, strip, append]) => [key, [strip, append] as const])) },
  );
}
