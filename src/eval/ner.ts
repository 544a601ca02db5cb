import { Doc } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import type { Sentence } from '../model/layers.js';
import { makeTokenLayer, posIndex } from '../model/tokens.js';
import { conllClassOf, findMentions, loadNer, type NerModel } from '../stages/mentions/index.js';
import { chunks, CLASSES } from '../stages/mentions/tags.js';
import { loadWink, segmentText } from '../stages/segment/index.js';
import { readConll, type ConllDocument } from './conll.js';
import { SpanScorer, type LabelledSpan, type PRF } from './ner-score.js';
import type { EvalTask } from './task.js';

export interface NerEvalResult {
  task: 'ner';
  overall: PRF;
  byType: Record<string, PRF>;
  tokens: number;
  tokensPerSecond: number;
  documents: number;
  /** The same sentences as running text, tokenised by Parley's segment stage (with --retokenize). */
  retokenized?: { overall: PRF; byType: Record<string, PRF> };
}

const NO_SPACE_BEFORE = /^([.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;

interface Laid {
  text: string;
  starts: number[];
  ends: number[];
  sentences: Sentence[];
}

/** Lays out CoNLL tokens as text: one space between tokens, or natural spacing for re-tokenising. */
function layOut(doc: ConllDocument, natural: boolean): Laid {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const sentences: Sentence[] = [];
  doc.sentences.forEach((s, p) => {
    if (p > 0) text += natural ? '\n\n' : '\n';
    const sentenceStart = text.length;
    for (let i = s.start; i < s.end; i++) {
      const word = doc.words[i];
      const glue = i === s.start || (natural && (NO_SPACE_BEFORE.test(word) || /^[($[]$/.test(doc.words[i - 1])));
      if (!glue) text += ' ';
      starts.push(text.length);
      text += word;
      ends.push(text.length);
    }
    sentences.push({ start: sentenceStart, end: text.length, tokenStart: s.start, tokenEnd: s.end, paragraph: p });
  });
  return { text, starts, ends, sentences };
}

function goldSpans(doc: ConllDocument, laid: Laid): LabelledSpan[] {
  return doc.sentences.flatMap((s) => chunks(doc.labels.slice(s.start, s.end)).map((c) => ({
    start: laid.starts[s.start + c.start], end: laid.ends[s.start + c.end - 1], label: c.label,
  })));
}

function predictedSpans(doc: Doc, model: NerModel): LabelledSpan[] {
  return findMentions(doc, model).map((m) => ({ start: m.start, end: m.end, label: conllClassOf(m.type) }));
}

export function evaluateNer(docs: ConllDocument[], model: NerModel, retokenize: boolean): NerEvalResult {
  const scorer = new SpanScorer(CLASSES);
  const prepared = docs.map((conll) => {
    const laid = layOut(conll, false);
    const doc = new Doc(laid.text);
    doc.set('tokens', makeTokenLayer(laid.starts, laid.ends, laid.starts.map(() => posIndex('X'))), 'conll');
    doc.set('sentences', laid.sentences, 'conll');
    scorer.add(goldSpans(conll, laid), predictedSpans(doc, model));
    return doc;
  });
  // Speed is timed on a second pass, once the JIT has compiled the tagger and the weights are paged in.
  const began = process.hrtime.bigint();
  for (const doc of prepared) findMentions(doc, model);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const tokens = docs.reduce((n, d) => n + d.words.length, 0);
  const result: NerEvalResult = {
    task: 'ner', overall: scorer.overall(), byType: scorer.byType(), tokens,
    tokensPerSecond: Math.round(tokens / seconds), documents: docs.length,
  };
  if (retokenize) result.retokenized = evaluateRetokenized(docs, model);
  return result;
}

/** Gold spans projected by character offsets onto Parley's own tokens of the running text. */
function evaluateRetokenized(docs: ConllDocument[], model: NerModel): { overall: PRF; byType: Record<string, PRF> } {
  const wink = loadWink();
  const scorer = new SpanScorer(CLASSES);
  for (const conll of docs) {
    const laid = layOut(conll, true);
    const doc = new Doc(laid.text);
    const { tokens, sentences } = segmentText(laid.text, wink);
    doc.set('tokens', tokens, 'segment');
    doc.set('sentences', sentences, 'segment');
    scorer.add(goldSpans(conll, laid), predictedSpans(doc, model));
  }
  return { overall: scorer.overall(), byType: scorer.byType() };
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

export const nerTask: EvalTask<NerEvalResult> = {
  usage: `parley eval ner --conll FILE [--retokenize] [--json]

Tags a CoNLL-2003 column file with Parley's entity model and prints conlleval-style
exact-span precision, recall and F1, overall and per type (GPE is scored as LOC, NORP as
MISC). --retokenize also scores the same sentences re-tokenised from running text.`,
  options: { conll: { type: 'string' }, retokenize: { type: 'boolean' } },
  async run(values) {
    if (typeof values.conll !== 'string') throw new ParleyError('E_USAGE', 'eval ner: give the gold file with --conll FILE');
    return evaluateNer(readConll(values.conll), loadNer(), values.retokenize === true);
  },
  table(r) {
    const rows = (label: string, s: { overall: PRF; byType: Record<string, PRF> }) => [
      `${label}\n  type      P       R      F1`,
      `  all   ${pct(s.overall.precision)}  ${pct(s.overall.recall)}  ${pct(s.overall.f1)}`,
      ...Object.entries(s.byType).map(([t, v]) => `  ${t.padEnd(4)}  ${pct(v.precision)}  ${pct(v.recall)}  ${pct(v.f1)}`),
    ].join('\n');
    return [
      rows('on the file\'s own tokens', r),
      ...(r.retokenized ? [rows('re-tokenised by Parley', r.retokenized)] : []),
      `${r.tokens} tokens in ${r.documents} documents, ${r.tokensPerSecond} tokens/s`,
    ].join('\n\n');
  },
};
