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
 * `reader()` reads the next document as a fresh wink instance would: the words wink added to its
 * lexicon while reading earlier documents are forgotten (wink-model.ts), so that a document's
 * tokens do not depend on what was read before it. The instance is kept from document to
 * document (a new one per document made segmentation 1.3x slower: its code starts cold) and
 * replaced, with the model made new, when its lists have grown (`ADDED_WORDS`), so that a long
 * ingest does not grow them without end. Only the latest reader may parse.
 */
export function loadWink(): WinkSegmenter {
  const winkNLP = require('wink-nlp');
  const words = reusableWinkModel();
  let nlp: WinkNlp | null = null;
  let latest = 0;
  return Object.freeze({
    reader(): WinkReader {
      if (nlp === null || words.grown()) {
        words.reset();
        nlp = winkNLP(words.model, ['sbd', 'pos']) as WinkNlp;
      } else {
        words.forgetWords();
      }
      const current = nlp;
      const its = current.its;
      const id = ++latest;
      return {
        parse(text: string): WinkParse {
          if (id !== latest) throw new Error('E_WINK_READER: this wink reader was replaced by a newer one; take a reader per document and use it only until the next is taken');
          const wdoc = current.readDoc(text);
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

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
  sentences(): { each(f: (s: { out(f: unknown): [number, number] }) => void): void };
}
interface WinkNlp { readonly its: { value: unknown; pos: unknown; span: unknown }; readDoc(text: string): WinkDoc }
