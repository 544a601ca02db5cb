import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ParleyError } from '../../model/errors.js';
import { checkModelFormat } from '../../util/model-format.js';
import { expandLinear, type CompactLinear } from './linear.js';
import type { Lemmatizer } from './lemmatizer.js';
import { assembleModel, type ParseModel } from './model.js';
import { linearScorer } from './scorer.js';

/**
 * On disk a model is `parse.json` (tag and relation names, the lemmatizer, the tagger's
 * word list, how it was trained) and `weights.bin.gz`: the three classifiers' feature
 * keys, weight counts, classes and float32 weights, one after another, gzipped.
 */
const FORMAT = 'parley.parse/1';
export const DEFAULT_MODEL_DIR = new URL('../../../models/parse/', import.meta.url);

interface LinearHeader {
  readonly classes: number;
  readonly features: number;
  readonly entries: number;
}

interface ModelHeader {
  readonly format: typeof FORMAT;
  readonly name: string;
  readonly tags: string[];
  readonly relations: string[];
  /** Word hash and tag of each word the tagger looks up instead of predicting. */
  readonly known: Array<[number, number]>;
  readonly lemmaExceptions: Array<[string, string]>;
  readonly lemmaRules: Array<[string, number, string]>;
  readonly tagger: LinearHeader;
  readonly moves: LinearHeader;
  readonly labels: LinearHeader;
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
  readonly training: Record<string, unknown>;
}

function bytesOf(m: CompactLinear): Buffer[] {
  return [m.keys, m.count, m.entryClass, m.entryWeight].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
}

export function saveModel(dir: string, parts: TrainedParts): void {
  mkdirSync(dir, { recursive: true });
  const header = (m: CompactLinear): LinearHeader => ({ classes: m.classes, features: m.keys.length, entries: m.entryClass.length });
  const model: ModelHeader = {
    format: FORMAT,
    name: parts.name,
    tags: [...parts.tags],
    relations: [...parts.relations],
    known: [...parts.known],
    lemmaExceptions: [...parts.lemmatizer.exceptions],
    lemmaRules: [...parts.lemmatizer.rules].map(([key, [strip, append]]) => [key, strip, append]),
    tagger: header(parts.tagger),
    moves: header(parts.moves),
    labels: header(parts.labels),
    training: parts.training,
  };
  writeFileSync(join(dir, 'weights.bin.gz'), gzipSync(Buffer.concat([parts.tagger, parts.moves, parts.labels].flatMap(bytesOf)), { level: 9 }));
  writeFileSync(join(dir, 'parse.json'), `${JSON.stringify(model)}\n`);
}

/** Reads `n` items of a typed array from `bytes` at `offset`, copied so that the view is aligned. */
function take<T>(bytes: Buffer, offset: number, n: number, size: number, make: (b: ArrayBuffer) => T): T {
  return make(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + n * size) as ArrayBuffer);
}

function readLinear(bytes: Buffer, at: { offset: number }, h: LinearHeader): CompactLinear {
  const keys = take(bytes, at.offset, h.features, 4, (b) => new Uint32Array(b));
  at.offset += h.features * 4;
  const count = take(bytes, at.offset, h.features, 1, (b) => new Uint8Array(b));
  at.offset += h.features;
  const entryClass = take(bytes, at.offset, h.entries, 1, (b) => new Uint8Array(b));
  at.offset += h.entries;
  const entryWeight = take(bytes, at.offset, h.entries, 4, (b) => new Float32Array(b));
  at.offset += h.entries * 4;
  return { classes: h.classes, keys, count, entryClass, entryWeight };
}

/** Loads the shipped model (or one in `dir`); a missing or foreign model is a resource error. */
export function loadParseModel(dir: string | URL = DEFAULT_MODEL_DIR): ParseModel {
  const path = (name: string) => (dir instanceof URL ? new URL(name, dir) : join(dir, name));
  if (!existsSync(path('parse.json'))) throw new ParleyError('E_RESOURCE', `no parse model in ${String(dir)}; run 'npm run train:parse' to make one`);
  const header = JSON.parse(readFileSync(path('parse.json'), 'utf8')) as ModelHeader;
  checkModelFormat(`parse model in ${String(dir)}`, header.format, FORMAT, 'npm run train:parse');
  const bytes = gunzipSync(readFileSync(path('weights.bin.gz')));
  const at = { offset: 0 };
  const tagger = readLinear(bytes, at, header.tagger);
  const moves = readLinear(bytes, at, header.moves);
  const labels = readLinear(bytes, at, header.labels);
  return assembleModel(
    header.name,
    { tags: header.tags, scorer: linearScorer(expandLinear(tagger)), known: new Map(header.known) },
    { moves: linearScorer(expandLinear(moves)), labels: linearScorer(expandLinear(labels)), relations: header.relations, rootLabel: header.relations.indexOf('root') },
    { exceptions: new Map(header.lemmaExceptions), rules: new Map(header.lemmaRules.map(([key, strip, append]) => [key, [strip, append] as const])) },
  );
}
