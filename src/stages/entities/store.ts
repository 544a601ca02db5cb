import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ParleyError } from '../../model/errors.js';
import { buildGazetteer, type GazetteerData } from './gazetteer.js';
import type { NerModel } from './model.js';
import { TAG_COUNT } from './tags.js';

/**
 * On disk a model is `ner.json` (bucket count, weight scale, transitions, gazetteer,
 * how it was trained) and `weights.bin.gz` (feature weights quantised to int16, gzipped:
 * most buckets are zero, so it compresses well).
 */
export interface ModelHeader {
  readonly format: 'parley.ner/1';
  readonly bits: number;
  readonly tags: number;
  readonly scale: number;
  readonly transitions: number[];
  readonly gazetteer: GazetteerData;
  readonly training: Record<string, unknown>;
}

export function saveModel(dir: string, weights: Float32Array, transitions: Float32Array, bits: number, gazetteer: GazetteerData, training: Record<string, unknown>): void {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const scale = max / 32767 || 1;
  const quantised = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) quantised[i] = Math.round(weights[i] / scale);
  const header: ModelHeader = { format: 'parley.ner/1', bits, tags: TAG_COUNT, scale, transitions: [...transitions], gazetteer, training };
  writeFileSync(join(dir, 'weights.bin.gz'), gzipSync(Buffer.from(quantised.buffer), { level: 9 }));
  writeFileSync(join(dir, 'ner.json'), `${JSON.stringify(header)}\n`);
}

export function loadModel(dir: string): NerModel {
  let header: ModelHeader;
  let raw: Buffer;
  try {
    header = JSON.parse(readFileSync(join(dir, 'ner.json'), 'utf8')) as ModelHeader;
    raw = gunzipSync(readFileSync(join(dir, 'weights.bin.gz')));
  } catch (err) {
    throw new ParleyError('E_RESOURCE', `cannot load the NER model from '${dir}' (${(err as Error).message}); run 'npm run train:ner' to rebuild it`);
  }
  if (header.format !== 'parley.ner/1' || header.tags !== TAG_COUNT || raw.length !== (2 << header.bits) * TAG_COUNT) {
    throw new ParleyError('E_RESOURCE', `the NER model in '${dir}' does not match this version of Parley; run 'npm run train:ner'`);
  }
  // Weights stay int16 (half the memory, no conversion at load); transitions are divided
  // by the scale instead, which leaves every Viterbi comparison unchanged.
  const weights = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  return Object.freeze({
    bits: header.bits,
    weights,
    transitions: Float32Array.from(header.transitions, (t) => t / header.scale),
    gazetteer: buildGazetteer(header.gazetteer),
  });
}
