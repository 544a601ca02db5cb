import { lemmaFrom } from './lemmatizer.js';
import type { ParseModel } from './model.js';
import { ParseScratch, parserInput, parseWords } from './parser.js';
import { tagWords } from './tagger.js';
import { hashWords } from './words.js';

/** One sentence tagged, lemmatised and parsed; heads are sentence word indices (-1 for the root). */
export interface AnalysedWords {
  readonly tags: Uint8Array;
  readonly lemmas: string[];
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}

/** Reusable buffers for analysing many sentences with one model. */
export function newScratch(model: ParseModel): ParseScratch {
  return new ParseScratch(model.parser.labels.classes);
}

export function analyseWords(model: ParseModel, forms: readonly string[], scratch: ParseScratch): AnalysedWords {
  const n = forms.length;
  const h = hashWords(forms);
  const tags = new Uint8Array(n);
  tagWords(model.tagger, h, tags);
  const upos = new Uint8Array(n);
  for (let i = 0; i < n; i++) upos[i] = model.tagUpos[tags[i]];
  const heads = new Int32Array(n);
  const labels = new Uint8Array(n);
  parseWords(model.parser, parserInput(h, tags, upos), scratch, heads, labels);
  const lemmas = forms.map((form, i) => lemmaFrom(model.lemmas, form, model.tagUposName[tags[i]]));
  return { tags, lemmas, heads, labels };
}
