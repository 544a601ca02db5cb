import { join, resolve } from 'node:path';
import type { Doc } from '../../model/document.js';
import type { Mention } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import type { NerModel } from './model.js';
import { loadModel } from './store.js';
import { tagWords } from './tagger.js';
import type { ConllClass } from './tags.js';
import { countryOf, entityType } from './types.js';

export { countryOf, conllClassOf } from './types.js';
export type { NerModel } from './model.js';

const MODEL_DIR = resolve(import.meta.dirname, '../../../models/ner');

/** Resource loader for `ner`: the shipped tagger weights and gazetteer. */
export function loadNer(dir: string = MODEL_DIR): NerModel {
  return loadModel(dir);
}

export const MODEL_BY = 'entities/perceptron';

/**
 * Named-entity mentions (PERSON, ORG, GPE, LOC, NORP, MISC) found by a statistical tagger
 * trained on CoNLL-2003, over Parley's own tokens and sentences.
 */
export const entitiesStage: Stage<'mentions'> = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  provides: ['mentions'],
  resources: ['ner'],
  run(doc: Doc, ctx) {
    return { mentions: findMentions(doc, ctx.resources.ner as NerModel) };
  },
};

export function findMentions(doc: Doc, model: NerModel): Mention[] {
  const tokens = doc.get('tokens');
  const words: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = doc.text.slice(tokens.start[i], tokens.end[i]);
  const sentences = doc.get('sentences').map((s) => ({ start: s.tokenStart, end: s.tokenEnd }));
  return tagWords(model, words, sentences).map((span) => {
    const start = tokens.start[span.start];
    const end = tokens.end[span.end - 1];
    const text = doc.text.slice(start, end);
    const type = entityType(span.label as ConllClass, text, model.gazetteer);
    return {
      start,
      end,
      type,
      country: countryOf(type, text, model.gazetteer),
      tokenStart: span.start,
      tokenEnd: span.end,
      by: MODEL_BY,
    };
  });
}
