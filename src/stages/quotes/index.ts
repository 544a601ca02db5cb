import type { Doc } from '../../model/document.js';
import type { Quote } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { findAttributions } from './find.js';
import { findQuoted } from './marks.js';
import { dateFor } from '../../dates/index.js';
import { SpeakerResolver } from './resolve.js';
import { TokenView } from './view.js';
import { lowerBound } from '../../model/span.js';

/**
 * Direct quotations and reported speech with their speakers. Cue, content and speaker
 * spans come from rules over tokens and part of speech (find.ts; the parser's tags when the
 * syntax layer is there, wink's otherwise), so they do not depend on entity recognition; the
 * speaker span is then mapped to the entity whose mention it is, through the coreference the
 * entities layer carries.
 */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs', 'syntax', 'anchor', 'timexes', 'entities'],
  provides: ['quotes'],
  run(doc: Doc) {
    return { quotes: findQuotes(doc) };
  },
};

export function findQuotes(doc: Doc): Quote[] {
  const text = doc.text;
  const sentences = doc.get('sentences');
  const paragraphs = doc.get('paragraphs');
  const view = new TokenView(text, doc.get('tokens'), sentences, doc.has('syntax') ? doc.get('syntax').upos : null);
  const quoted = findQuoted(text, paragraphs);
  const attributions = findAttributions(view, quoted, paragraphIndex(paragraphs));
  const resolver = new SpeakerResolver(doc.get('entities'));
  return attributions.map((a) => ({
    start: a.start,
    end: a.end,
    kind: a.kind,
    speaker: resolver.resolve(text, a.speakerSpan),
    speakerSpan: a.speakerSpan,
    cue: a.cueSpan ? text.slice(a.cueSpan.start, a.cueSpan.end) : null,
    cueSpan: a.cueSpan,
    date: dateFor(doc, a.cueSpan ?? a, a),
    by: `quotes/${a.rule}`,
  }));
}

function paragraphIndex(paragraphs: readonly Span[]): (offset: number) => number {
  return (offset) => lowerBound(paragraphs.length, (i) => paragraphs[i].end <= offset);
}
