import { createRequire } from 'node:module';
import { reusableWinkModel } from './wink-model.js';

/** The parts of wink-nlp the segmenter uses, typed narrowly. */
/** wink's tokens as two parallel lists (their text and part of speech), and its sentences as inclusive token index pairs. */
export interface WinkParse { values: string[]; pos: string[]; sentences: Array<[number, number]> }
/** wink for the paragraphs of one document. */
export interface WinkReader { parse(text: string): WinkParse }
/** wink-nlp, loaded once; `reader()` for each document. */
export interface WinkSegmenter { reader(): WinkReader }

const require = createRequire(import.meta.url);

/**
 * Loads wink-nlp with its English lite model once; the result is a frozen resource. Each
 * `reader()` is a new wink instance over the shared model, with the words earlier readers added
 * to it forgotten, so that a document's tokens do not depend on what was read before it and the
 * model does not grow with every document of a long ingest (an instance costs about 0.2 ms).
 * Only the latest reader may parse: an earlier one would read the model the new one has reset.
 */
export function loadWink(): WinkSegmenter {
  const winkNLP = require('wink-nlp');
  const { model, reset } = reusableWinkModel();
  let latest = 0;
  return Object.freeze({
    reader(): WinkReader {
      reset();
      const nlp = winkNLP(model, ['sbd', 'pos']);
      const its = nlp.its;
      const id = ++latest;
      return {
        parse(text: string): WinkParse {
          if (id !== latest) throw new Error('E_WINK_READER: this wink reader was replaced by a newer one; take a reader per document and use it only until the next is taken');
          const wdoc = nlp.readDoc(text);
          const values: string[] = wdoc.tokens().out(its.value);
          const pos: string[] = wdoc.tokens().out(its.pos);
          const sentences: Array<[number, number]> = [];
          wdoc.sentences().each((s: { out(f: unknown): [number, number] }) => { sentences.push(s.out(its.span)); });
          return { values, pos, sentences };
        },
      };
    },
  });
}
