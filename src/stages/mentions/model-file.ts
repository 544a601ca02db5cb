import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ParleyError } from '../../model/errors.js';
import { checkModelFormat } from '../../util/model-format.js';
import { StringTable } from '../../util/string-table.js';
import { DOCUMENT_FEATURES_PER_TOKEN } from './document-features.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { wordTables, type Gazetteer, type GazetteerData } from './gazetteer.js';
import type { LinearLayer, NerModel } from './model.js';
import { sparseFromDense, tableBytes, tableFromBytes, type SparseWeights } from './sparse.js';
import { TAG_COUNT } from './tags.js';

/**
 * On disk a model is `ner.json` (per layer: bucket bits, slot bits, features per token, weight
 * scale, transitions; the gazetteer and word clusters as parallel columns, which load faster than
 * objects with tens of thousands of keys; how it was trained) and one `<layer>.bin.gz` per layer:
 * the feature weights quantised to int16, as the sparse table the tagger reads (sparse.ts),
 * gzipped. Loading unzips it and views the bytes in place.
 */
const FORMAT = 'parley.ner/5';

interface LayerHeader {
  readonly bits: number;
  readonly slotBits: number;
  readonly perToken: number;
  readonly scale: number;
  readonly transitions: number[];
}

/** The gazetteer as parallel columns, with the word tables derived from its phrases. */
interface GazetteerColumns {
  readonly phrases: string[];
  readonly classes: number[];
  readonly countryNames: string[];
  readonly countries: string[];
  readonly firstWords: string[];
  readonly firstWordLengths: number[];
  readonly classWords: string[];
  readonly wordClasses: number[];
}

function gazetteerColumns(data: GazetteerData): GazetteerColumns {
  const { firstWords, wordClasses } = wordTables(new Map(Object.entries(data.phrases)));
  return {
    phrases: Object.keys(data.phrases),
    classes: Object.values(data.phrases),
    countryNames: Object.keys(data.countries),
    countries: Object.values(data.countries),
    firstWords: [...firstWords.keys()],
    firstWordLengths: [...firstWords.values()],
    classWords: [...wordClasses.keys()],
    wordClasses: [...wordClasses.values()],
  };
}

function gazetteerFrom(columns: GazetteerColumns): Gazetteer {
  return {
    phrases: zip(columns.phrases, columns.classes),
    countries: zip(columns.countryNames, columns.countries),
    firstWords: zip(columns.firstWords, columns.firstWordLengths),
    wordClasses: zip(columns.classWords, columns.wordClasses),
  };
}

interface ModelHeader {
  readonly format: typeof FORMAT;
  readonly tags: number;
  readonly local: LayerHeader;
  readonly document: LayerHeader;
  readonly gazetteer: GazetteerColumns;
  readonly clusters: { words: string[]; ids: number[] };
  readonly training: Record<string, unknown>;
}

/** A layer as training leaves it: float weights in perceptron units. */
export interface TrainedLayer {
  readonly bits: number;
  readonly perToken: number;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

function writeLayer(dir: string, name: string, layer: TrainedLayer): LayerHeader {
  let max = 0;
  for (let i = 0; i < layer.weights.length; i++) max = Math.max(max, Math.abs(layer.weights[i]));
  const scale = max / 32767 || 1;
  const quantised = new Int16Array(layer.weights.length);
  for (let i = 0; i < layer.weights.length; i++) quantised[i] = Math.round(layer.weights[i] / scale);
  const sparse = sparseFromDense(quantised);
  writeFileSync(join(dir, `${name}.bin.gz`), gzipSync(tableBytes(sparse), { level: 9 }));
  return { bits: layer.bits, slotBits: sparse.slotBits, perToken: layer.perToken, scale, transitions: [...layer.transitions] };
}

export function saveModel(dir: string, local: TrainedLayer, document: TrainedLayer, gazetteer: GazetteerData, clusters: Record<string, number>, training: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  const header: ModelHeader = {
    format: FORMAT,
    tags: TAG_COUNT,
    local: writeLayer(dir, 'local', local),
    document: writeLayer(dir, 'document', document),
    gazetteer: gazetteerColumns(gazetteer),
    clusters: { words: Object.keys(clusters), ids: Object.values(clusters) },
    training,
  };
  writeFileSync(join(dir, 'ner.json'), `${JSON.stringify(header)}\n`);
}

function readSparse(path: string, slotBits: number): SparseWeights {
  const expected = (1 << slotBits) * (4 + 2 * TAG_COUNT);
  // One output chunk of the table's size: zlib then hands back its buffer without concatenating a copy.
  const raw = gunzipSync(readFileSync(path), { chunkSize: Math.max(expected, 64) });
  if (raw.length !== expected) throw new Error(`${path} holds ${raw.length} bytes, expected ${expected}`);
  // The unzipped buffer is ours alone: view it in place (copy only if it is not 4-byte aligned).
  return tableFromBytes(raw.byteOffset % 4 === 0 ? raw : new Uint8Array(raw), slotBits);
}

function zip<V>(keys: readonly string[], values: readonly V[]): StringTable<V> {
  return new StringTable(keys, values);
}

export function loadModel(dir: string): NerModel {
  try {
    const header = JSON.parse(readFileSync(join(dir, 'ner.json'), 'utf8')) as ModelHeader;
    checkModelFormat(`NER model in '${dir}'`, header.format, FORMAT, 'npm run train:ner');
    if (header.tags !== TAG_COUNT) throw new Error(`it has ${header.tags} tags, this version ${TAG_COUNT}`);
    if (header.local.perToken !== FEATURES_PER_TOKEN || header.document.perToken !== DOCUMENT_FEATURES_PER_TOKEN) {
      throw new Error('the model was trained with other features than this version extracts');
    }
    // All scores are kept in the local layer's weight units: its int16 weights are used as
    // they are, and everything else is divided by its scale, which leaves Viterbi unchanged.
    const unit = header.local.scale;
    const local: LinearLayer = {
      bits: header.local.bits,
      perToken: header.local.perToken,
      weights: readSparse(join(dir, 'local.bin.gz'), header.local.slotBits),
      scale: 1,
      transitions: Float32Array.from(header.local.transitions, (t) => t / unit),
    };
    const document: LinearLayer = {
      bits: header.document.bits,
      perToken: header.document.perToken,
      weights: readSparse(join(dir, 'document.bin.gz'), header.document.slotBits),
      scale: header.document.scale / unit,
      transitions: Float32Array.from(header.document.transitions, (t) => t / unit),
    };
    const { gazetteer, clusters } = header;
    return Object.freeze({
      local,
      document,
      gazetteer: gazetteerFrom(gazetteer),
      clusters: zip(clusters.words, clusters.ids),
    });
  } catch (err) {
    if (err instanceof ParleyError) throw err;
    throw new ParleyError('E_RESOURCE', `cannot load the NER model from '${dir}' (${(err as Error).message}); run 'npm run train:ner' to rebuild it`);
  }
}
