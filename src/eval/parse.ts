import { Doc } from '../model/document.js';
import { ParleyError } from '../model/errors.js';
import type { Sentence } from '../model/layers.js';
import { makeTokenLayer, posIndex, POS_TAGS } from '../model/tokens.js';
import { AnalysisScratch, loadParseModel, parseDocument, type ParseModel } from '../stages/parse/index.js';
import type { Decoding } from '../stages/parse/parser.js';
import { RELATIONS, type SyntaxLayer } from '../syntax/layer.js';
import { readConllu, type ConlluSentence } from './conllu.js';
import { ParseScorer, REPORTED_RELATIONS, type ParseScores } from './parse-score.js';
import type { EvalTask } from './task.js';

export interface ParseEvalResult extends ParseScores {
  task: 'parse';
  files: number;
  tokensPerSecond: number;
}

/** The gold words laid out as text, one space apart, each sentence one of Parley's sentences. */
function goldDocument(sentences: readonly ConlluSentence[]): Doc {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const layout: Sentence[] = [];
  sentences.forEach((s, p) => {
    if (p > 0) text += '\n';
    const start = text.length;
    const tokenStart = starts.length;
    s.forms.forEach((form, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      text += form;
      ends.push(text.length);
    });
    layout.push({ start, end: text.length, tokenStart, tokenEnd: starts.length, paragraph: p });
  });
  const doc = new Doc(text);
  doc.set('tokens', makeTokenLayer(starts, ends, starts.map(() => posIndex('X'))), 'conllu');
  doc.set('sentences', layout, 'conllu');
  return doc;
}

function score(sentences: readonly ConlluSentence[], doc: Doc, syntax: SyntaxLayer): ParseScores {
  const scorer = new ParseScorer();
  doc.get('sentences').forEach((s, k) => {
    const range = Array.from({ length: s.tokenEnd - s.tokenStart }, (_, i) => s.tokenStart + i);
    scorer.add(sentences[k], {
      upos: range.map((i) => POS_TAGS[syntax.upos[i]]),
      lemmas: range.map((i) => syntax.lemma[i]),
      heads: range.map((i) => (syntax.head[i] < 0 ? -1 : syntax.head[i] - s.tokenStart)),
      relations: range.map((i) => RELATIONS[syntax.relation[i]]),
    });
  });
  return scorer.result();
}

export function evaluateParse(sentences: readonly ConlluSentence[], model: ParseModel, files: number): ParseEvalResult {
  const doc = goldDocument(sentences);
  const scratch = new AnalysisScratch(model);
  const scores = score(sentences, doc, parseDocument(doc, model, scratch));
  // Speed is timed on a second pass, once the JIT has compiled the parser (with its buffers and lemmas, as in a pipeline).
  const began = process.hrtime.bigint();
  parseDocument(doc, model, scratch);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  return { task: 'parse', files, ...scores, tokensPerSecond: Math.round(scores.tokens / seconds) };
}

const f3 = (x: number) => x.toFixed(3);

/** The decoding `--beam N [--beam-temperature T]` asks for: greedy (the stages' default) unless N > 1. */
function decodingOf(beam: string | boolean | undefined, temperature: string | boolean | undefined): Decoding | undefined {
  if (beam === undefined) return undefined;
  const width = Number(beam);
  if (!(Number.isInteger(width) && width >= 1 && width <= 64)) throw new ParleyError('E_USAGE', `eval parse: --beam takes a width from 1 to 64, not ${String(beam)}`);
  const t = temperature === undefined ? 0 : Number(temperature);
  if (!(t >= 0)) throw new ParleyError('E_USAGE', `eval parse: --beam-temperature takes a number ≥ 0, not ${String(temperature)}`);
  return { beam: width, repairs: true, temperature: t };
}

export const parseTask: EvalTask<ParseEvalResult> = {
  usage: `parley eval parse --conllu FILE [FILE...] [--model DIR] [--beam N [--beam-temperature T]] [--json]

Parses the gold words of CoNLL-U files (UD) with Parley's tagger and parser and prints
the CoNLL 2018 shared-task scores: UAS and LAS over all words, punctuation included (LAS
compares the universal part of the relation), UPOS and lemma accuracy, and precision,
recall and F1 of a right head with the right relation for ${REPORTED_RELATIONS.join(', ')}.
Several files are scored as one set. --beam N decodes with beam search of width N
(the stages parse greedily, width 1), a parse scored by the sum of its moves' scores or,
with --beam-temperature T, of their log-probabilities (softmax of score / T): the shipped
model was trained greedily, and its raw scores sum badly. --model DIR scores the model in DIR
(parse.json and weights.bin, as \`npm run train:parse -- --out DIR\` writes them) in place of
the shipped one.`,
  options: { conllu: { type: 'string' }, model: { type: 'string' }, beam: { type: 'string' }, 'beam-temperature': { type: 'string' } },
  async run(values, positionals) {
    if (typeof values.conllu !== 'string') throw new ParleyError('E_USAGE', 'eval parse: give the gold file with --conllu FILE');
    const files = [values.conllu, ...positionals];
    const sentences = files.flatMap((f) => readConllu(f));
    if (sentences.length === 0) throw new ParleyError('E_INPUT_EMPTY', `eval parse: no sentences in ${files.join(', ')}`);
    const dir = typeof values.model === 'string' ? values.model : undefined;
    return evaluateParse(sentences, loadParseModel(dir, decodingOf(values.beam, values['beam-temperature'])), files.length);
  },
  table(r) {
    return [
      `UAS ${f3(r.uas)}  LAS ${f3(r.las)}  UPOS ${f3(r.uposAccuracy)}  lemma ${f3(r.lemmaAccuracy)}`,
      'relation      P      R     F1   gold',
      ...Object.entries(r.byRelation).map(([rel, v]) => `${rel.padEnd(11)} ${f3(v.precision)}  ${f3(v.recall)}  ${f3(v.f1)}  ${String(v.gold).padStart(5)}`),
      `${r.tokens} words in ${r.sentences} sentences (${r.files} file${r.files === 1 ? '' : 's'}), ${r.tokensPerSecond} tokens/s`,
    ].join('\n');
  },
};
