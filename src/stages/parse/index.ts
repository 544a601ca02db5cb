import type { Doc } from '../../model/document.js';
import { RELATIONS, makeSyntaxLayer, type SyntaxLayer } from '../../syntax/layer.js';
import type { Stage } from '../../pipeline/stage.js';
import { AnalysisScratch, analyseInto } from './analyse.js';
import type { ParseModel } from './model.js';

export { loadParseModel } from './store.js';
export type { ParseModel } from './model.js';
export { AnalysisScratch } from './analyse.js';

const UNPARSED = RELATIONS.indexOf('dep');

/**
 * The syntax layer: part of speech, lemma, head and Universal Dependencies relation of every
 * token, from a tagger and a transition-based parser trained on UD English (models/parse/).
 * Each sentence of the segment stage is one tree over Parley's own tokens.
 */
export const parseStage: Stage<'syntax'> = {
  name: 'parse',
  requires: ['tokens', 'sentences'],
  provides: ['syntax'],
  resources: ['parser'],
  /** The parser's buffers and lemma memo: analysis is synchronous, so one set serves every document of a pipeline. */
  workspace: (resources) => new AnalysisScratch(resources.parser as ParseModel),
  run(doc: Doc, ctx) {
    const model = ctx.resources.parser as ParseModel;
    return { syntax: parseDocument(doc, model, (ctx.workspace as AnalysisScratch | undefined) ?? new AnalysisScratch(model)) };
  },
};

export function parseDocument(doc: Doc, model: ParseModel, scratch: AnalysisScratch = new AnalysisScratch(model)): SyntaxLayer {
  const tokens = doc.get('tokens');
  const n = tokens.length;
  const upos = new Uint8Array(n);
  const xpos = new Uint8Array(n);
  const lemma: string[] = new Array(n).fill('');
  const head = new Int32Array(n).fill(-1);
  const relation = new Uint8Array(n).fill(UNPARSED);
  for (const s of doc.get('sentences')) {
    const forms: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) forms.push(doc.text.slice(tokens.start[i], tokens.end[i]));
    analyseInto(model, forms, scratch);
    const { tags, heads, labels } = scratch;
    for (let k = 0; k < forms.length; k++) {
      const i = s.tokenStart + k;
      upos[i] = model.tagUpos[tags[k]];
      xpos[i] = model.tagXpos[tags[k]];
      lemma[i] = scratch.lemma(forms[k], tags[k]);
      head[i] = heads[k] < 0 ? -1 : s.tokenStart + heads[k];
      relation[i] = model.labelRelation[labels[k]];
    }
  }
  return makeSyntaxLayer({ upos, xpos, xposTags: model.xposTags, lemma, head, relation, by: `parse/${model.name}` });
}
