import { createRequire } from 'node:module';
import { winkModel } from './wink-model.js';

/** The parts of wink-nlp the segmenter uses, typed narrowly. */
/** wink's tokens as two parallel lists (their text and part of speech), and its sentences as inclusive token index pairs. */
export interface WinkParse { values: string[]; pos: string[]; sentences: Array<[number, number]> }
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
      return { values, pos, sentences };
    },
  });
}
