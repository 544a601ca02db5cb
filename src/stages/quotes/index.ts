import type { Doc } from '../../model/document.js';
import type { Quote } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { findAttributions, LABEL_DIRECT, LABEL_REPORTED } from './find.js';
import type { Attribution } from './attribution.js';
import { findQuoted } from './marks.js';
import { DocumentDates, actDate } from '../../dates/index.js';
import { SpeakerResolver } from './resolve.js';
import { TokenView } from './view.js';
import { lowerBound } from '../../model/span.js';
import { continueCollectiveSpeakers, firstPersonOfTheQuotation } from './continuations.js';

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
  const view = new TokenView(text, doc.get('tokens'), sentences, doc.has('syntax') ? doc.get('syntax') : null);
  const quoted = findQuoted(text, paragraphs);
  const paragraphOf = paragraphIndex(paragraphs);
  const attributions = findAttributions(view, quoted, paragraphOf);
  const resolver = new SpeakerResolver(doc.get('entities'));
  const speakers = attributions.map((a) => resolver.resolve(text, a.speakerSpan));
  continueCollectiveSpeakers(doc, attributions, speakers);
  firstPersonOfTheQuotation(text, attributions, speakers, (a) => (TURNS.has(a.rule) ? Math.max(a.end, paragraphs[paragraphOf(a.start)]?.end ?? a.end) : a.end));
  return attributions.flatMap((a, k) => (isScareQuote(view, a, speakers[k]) || unknownLabel(a, speakers[k]) ? [] : [quoteOf(doc, a, speakers[k])]));
}

/** Attributions that open an interview answer with its speaker's name or initials and a colon: the answer is the paragraph. */
const TURNS: ReadonlySet<string> = new Set([LABEL_REPORTED, LABEL_DIRECT, 'reported/name-colon', 'direct/name-colon']);

/** A transcript label no entity stands for ("WN:" before the site's own questions) names no speaker: no quote. */
function unknownLabel(a: Attribution, speaker: string | null): boolean {
  return speaker === null && (a.rule === LABEL_DIRECT || a.rule === LABEL_REPORTED);
}

/** Longest quotation taken for a scare quote or a title. */
const SCARE_WORDS = 6;
/** Personal pronouns that speak even when no entity claims them. */
const PERSONAL = /^(?:i|we|you|he|she|they)$/i;

/**
 * A partial quotation whose sentence subject is nobody who could speak ("The script has “extractors”",
 * "This is being misinterpreted as a “beta”", "The earthquake also caused a “mini tsunami”") marks a word
 * as someone's term or as questionable, or a title: when short, it quotes no one. A speaker is an entity, a personal
 * pronoun, or a plural common noun ("critics", "the authors", "several environmental groups").
 */
function isScareQuote(v: TokenView, a: Attribution, speaker: string | null): boolean {
  if (a.rule !== 'direct/partial' || speaker !== null || !a.speakerSpan) return false;
  // a long quotation quotes someone, even when the sentence's subject is a document ("The decree read “…”")
  if (v.text.slice(a.start, a.end).split(/\s+/).length > SCARE_WORDS) return false;
  if (PERSONAL.test(v.text.slice(a.speakerSpan.start, a.speakerSpan.end))) return false;
  const head = lowerBound(v.length, (i) => v.end(i) < a.speakerSpan!.end);
  return !(head < v.length && v.pos(head) === 'NOUN' && /^\p{Ll}+s$/u.test(v.word(head)) && !v.word(head).endsWith('ss'));
}

function quoteOf(doc: Doc, a: Attribution, speaker: string | null): Quote {
  const text = doc.text;
  return {
    start: a.start,
    end: a.end,
    kind: a.kind,
    speaker,
    speakerSpan: a.speakerSpan,
    cue: a.cueSpan ? text.slice(a.cueSpan.start, a.cueSpan.end) : null,
    cueSpan: a.cueSpan,
    date: a.cueSpan ? actDate(doc, a.cueSpan, a) : DocumentDates.of(doc).dateFor(a, a),
    by: `quotes/${a.rule}`,
  };
}

function paragraphIndex(paragraphs: readonly Span[]): (offset: number) => number {
  return (offset) => lowerBound(paragraphs.length, (i) => paragraphs[i].end <= offset);
}
