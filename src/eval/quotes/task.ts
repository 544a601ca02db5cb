import { Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { FULL_ANALYSIS } from '../../pipeline/presets.js';
import type { EvalTask } from '../task.js';
import { readBratFolder } from './brat.js';
import { emptyTally, scoreDocument, summarise, type ClassScore, type PRF } from './score.js';

export interface QuotesEvalResult {
  task: 'quotes';
  content: PRF;
  source: { accuracy: number };
  direct: ClassScore;
  indirect: ClassScore;
  documents: number;
  attributions: number;
  tokens: number;
  tokensPerSecond: number;
}

/** Every stage of the full analysis up to and including `quotes`: whatever feeds speakers to it. */
const STAGES_FOR_QUOTES = FULL_ANALYSIS.slice(0, FULL_ANALYSIS.indexOf('quotes') + 1);

export const quotesEval: EvalTask<QuotesEvalResult> = {
  usage: `parley eval quotes --brat DIR [--json]

Scores quotes and reported speech against BRAT attribution files in the PolNeAR layout
(DIR/text/*.txt, DIR/attributions/*_<annotator>.ann; the first annotator by name when a
text has several). A quote matches a gold attribution when their content spans overlap;
its speaker is right when the speaker span (or a mention of the speaker entity) overlaps
the gold Source. Direct = gold content holding a quotation mark.`,
  options: { brat: { type: 'string' } },
  async run(values) {
    const dir = typeof values.brat === 'string' ? values.brat : '../shared/data/polnear/dev';
    const docs = readBratFolder(dir);
    const pipeline = createAnalyzer(STAGES_FOR_QUOTES);
    const tallies = { direct: emptyTally(), indirect: emptyTally(), overall: emptyTally() };
    let tokens = 0;
    let attributions = 0;
    const began = process.hrtime.bigint();
    for (const gold of docs) {
      const doc = pipeline.run(new Doc(gold.text, { id: gold.id }));
      tokens += doc.get('tokens').length;
      attributions += gold.attributions.length;
      const mentions = new Map<string, Span[]>(doc.getOr('entities', []).map((e) => [e.id, [...e.mentions]]));
      scoreDocument(gold.text, gold.attributions, doc.get('quotes'), tallies, mentions);
    }
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    const overall = summarise(tallies.overall);
    return {
      task: 'quotes',
      content: overall.content,
      source: { accuracy: overall.sourceAccuracy },
      direct: summarise(tallies.direct),
      indirect: summarise(tallies.indirect),
      documents: docs.length,
      attributions,
      tokens,
      tokensPerSecond: Math.round(tokens / seconds),
    };
  },
  table(r) {
    const f = (x: number) => x.toFixed(3);
    const row = (name: string, c: ClassScore) =>
      `${name.padEnd(9)} ${f(c.content.precision)}  ${f(c.content.recall)}  ${f(c.content.f1)}   ${f(c.sourceAccuracy)}   ${String(c.gold).padStart(5)} ${String(c.system).padStart(6)}`;
    return [
      `quotes: ${r.documents} documents, ${r.attributions} gold attributions, ${r.tokens} tokens at ${r.tokensPerSecond} tokens/s`,
      'class     P      R      F1      source  gold system',
      row('direct', r.direct),
      row('indirect', r.indirect),
      `${'overall'.padEnd(9)} ${f(r.content.precision)}  ${f(r.content.recall)}  ${f(r.content.f1)}   ${f(r.source.accuracy)}`,
    ].join('\n');
  },
};
