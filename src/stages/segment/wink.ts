import { createRequire } from 'node:module';
import { winkModel } from './wink-model.js';

/** The parts of wink-nlp the segmenter uses, typed narrowly. */
export interface WinkToken { value: string; pos: string }
export interface WinkParse { tokens: WinkToken[]; sentences: Array<[number, number]> }
export interface WinkSegmenter { parse(text: string): WinkParse }

const require = createRequire(import.meta.url);

/** Loads wink-nlp with its English lite model once; the result is a frozen resource. */
export function loadWink(): WinkSegmenter {
  const winkNLP = require('wink-nlp');
  const nlp = winkNLP(winkModel(), ['sbd', 'pos']);
  const its = nlp.its;
  return Object.freeze({
    parse(text: string): WinkParse {
      const wdoc = nlp.readDoc(text);
      const values: string[] = wdoc.tokens().out(its.value);
      const pos: string[] = wdoc.tokens().out(its.pos);
      const sentences: Array<[number, number]> = [];
      wdoc.sentences().each((s: { out(f: unknown): [number, number] }) => { sentences.push(s.out(its.span)); });
      return { tokens: values.map((value, i) => ({ value, pos: pos[i] })), sentences };
    },
  });
}
