import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ParleyError } from '../../model/errors.js';
import { DOCUMENT_FEATURES_PER_TOKEN } from './document-features.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { buildGazetteer, type GazetteerData } from './gazetteer.js';
import type { LinearLayer, NerModel } from './model.js';
import { SLOT, sparseFromDense, type SparseWeights } from './sparse.js';
import { TAG_COUNT } from './tags.js';

/**
 * On disk a model is `ner.json` (per layer: bucket bits, slot bits, features per token, weight
 * scale, transitions; the gazetteer; how it was trained) and one `<layer>.bin.gz` per layer:
 * the feature weights quantised to int16, as the sparse table the tagger reads (sparse.ts),
 * gzipped. Loading unzips it and views the bytes in place.
 */
const FORMAT = 'parley.ner/3';

interface LayerHeader {
  readonly bits: number;
  readonly slotBits: number;
  readonly perToken: number;
  readonly scale: number;
  readonly transitions: number[];
}

interface ModelHeader {
  readonly format: typeof FORMAT;
  readonly tags: number;
  readonly local: LayerHeader;
  readonly document: LayerHeader;
  readonly gazetteer: GazetteerData;
  readonly clusters: Record<string, number>;
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
  writeFileSync(join(dir, `${name}.bin.gz`), gzipSync(Buffer.from(sparse.slots.buffer), { level: 9 }));
  return { bits: layer.bits, slotBits: sparse.slotBits, perToken: layer.perToken, scale, transitions: [...layer.transitions] };
}

export function saveModel(dir: string, local: TrainedLayer, document: TrainedLayer, gazetteer: GazetteerData, clusters: Record<string, number>, training: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  const header: ModelHeader = {
    format: FORMAT, tags: TAG_COUNT, local: writeLayer(dir, 'local', local), document: writeLayer(dir, 'document', document), gazetteer, clusters, training,
  };
  writeFileSync(join(dir, 'ner.json'), `${JSON.stringify(header)}\n`);
}

function readSparse(path: string, slotBits: number): SparseWeights {
  const raw = gunzipSync(readFileSync(path));
  const expected = (1 << slotBits) * SLOT;
  if (raw.length !== expected * 2) throw new Error(`${path} holds ${raw.length / 2} values, expected ${expected}`);
  // The unzipped buffer is ours alone: view it in place (copy only if it is not 2-byte aligned).
  const slots = raw.byteOffset % 2 === 0 ? new Int16Array(raw.buffer, raw.byteOffset, expected) : new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  return { slotBits, slots };
}

export function loadModel(dir: string): NerModel {
  try {
    const header = JSON.parse(readFileSync(join(dir, 'ner.json'), 'utf8')) as ModelHeader;
    if (header.format !== FORMAT || header.tags !== TAG_COUNT) throw new Error(`format ${header.format} is not ${FORMAT}`);
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
    return Object.freeze({ local, document, gazetteer: buildGazetteer(header.gazetteer), clusters: new Map(Object.entries(header.clusters)) });
  } catch (err) {
    throw new ParleyError('E_RESOURCE', `cannot load the NER model from '${dir}' (${(err as Error).message}); run 'npm run train:ner' to rebuild it`);
  }
}
