import { Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { tokenAt, tokenPos } from '../../model/tokens.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { FULL_ANALYSIS } from '../../pipeline/presets.js';
import type { EvalTask } from '../task.js';
import { ParleyError } from '../../model/errors.js';
import { readBratFolder } from './brat.js';
import { emptyTally, scoreDocument, summarise, type ClassScore, type PRF, type PronounCase } from './score.js';

export interface QuotesEvalResult {
  task: 'quotes';
  content: PRF;
  source: { accuracy: number };
  direct: ClassScore;
  indirect: ClassScore;
  /** Overall entity accuracy on named sources, pronoun sources resolved, and quotes with no speaker. */
  entity: ClassScore['entity'];
  pronoun: ClassScore['pronoun'];
  noSpeaker: number;
  /** With `--sample N`: N pronoun sources spread evenly over the corpus, with the speaker given, for reading. */
  pronounSample?: PronounReading[];
  documents: number;
  attributions: number;
  tokens: number;
  tokensPerSecond: number;
}

export interface PronounReading {
  readonly document: string;
  readonly kind: 'direct' | 'indirect';
  readonly pronoun: string;
  /** The text before the pronoun (up to 300 characters), the pronoun in [brackets], and the rest of its sentence. */
  readonly context: string;
  readonly speaker: string | null;
}

/** Every stage of the full analysis up to and including `quotes`: whatever feeds speakers to it. */
const STAGES_FOR_QUOTES = FULL_ANALYSIS.slice(0, FULL_ANALYSIS.indexOf('quotes') + 1);

export const quotesEval: EvalTask<QuotesEvalResult> = {
  usage: `parley eval quotes --brat DIR [--json]

Scores quotes and reported speech against BRAT attribution files in the PolNeAR layout
(DIR/text/*.txt, DIR/attributions/*_<annotator>.ann; the first annotator by name when a
text has several). A quote matches a gold attribution when their content spans overlap;
its speaker is right when the speaker span (or a mention of the speaker entity) overlaps
the gold Source. Entity accuracy is stricter: for a gold Source holding a proper name, the
speaker must be an entity with a mention overlapping that name (the head of an apposition or
title phrase); pronoun sources are counted as resolved or not, and --sample N lists N of them
with the speaker given, to be read by hand. Direct = gold content holding a quotation mark.`,
  options: { brat: { type: 'string' }, sample: { type: 'string' } },
  async run(values) {
    const dir = typeof values.brat === 'string' ? values.brat : '../shared/data/polnear/dev';
    const sampleSize = sampleOption(values.sample);
    const docs = readBratFolder(dir);
    const pipeline = createAnalyzer(STAGES_FOR_QUOTES);
    const tallies = { direct: emptyTally(), indirect: emptyTally(), overall: emptyTally() };
    const pronouns: PronounReading[] = [];
    let tokens = 0;
    let attributions = 0;
    const began = process.hrtime.bigint();
    for (const gold of docs) {
      const doc = pipeline.run(new Doc(gold.text, { id: gold.id }));
      const docTokens = doc.get('tokens');
      tokens += docTokens.length;
      attributions += gold.attributions.length;
      const entities = doc.getOr('entities', []);
      const mentions = new Map<string, Span[]>(entities.map((e) => [e.id, [...e.mentions]]));
      const names = new Map(entities.map((e) => [e.id, e.name]));
      const properAt = (offset: number) => tokenPos(docTokens, tokenAt(docTokens, offset)) === 'PROPN';
      const onPronoun = (c: PronounCase) => pronouns.push(reading(gold.id, gold.text, c, c.speaker ? names.get(c.speaker) ?? c.speaker : null));
      scoreDocument(gold.text, gold.attributions, doc.get('quotes'), tallies, { entityMentions: mentions, properAt, onPronoun });
    }
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    const overall = summarise(tallies.overall);
    return {
      task: 'quotes',
      content: overall.content,
      source: { accuracy: overall.sourceAccuracy },
      direct: summarise(tallies.direct),
      indirect: summarise(tallies.indirect),
      entity: overall.entity,
      pronoun: overall.pronoun,
      noSpeaker: overall.noSpeaker,
      ...(sampleSize > 0 ? { pronounSample: spread(pronouns, sampleSize) } : {}),
      documents: docs.length,
      attributions,
      tokens,
      tokensPerSecond: Math.round(tokens / seconds),
    };
  },
  table(r) {
    const f = (x: number) => x.toFixed(3);
    const row = (name: string, c: Pick<ClassScore, 'content' | 'sourceAccuracy' | 'entity' | 'pronoun' | 'noSpeaker'> & { gold?: number; system?: number }) =>
      [
        name.padEnd(9),
        `${f(c.content.precision)}  ${f(c.content.recall)}  ${f(c.content.f1)}`,
        `  ${f(c.sourceAccuracy)}`,
        `  ${f(c.entity.accuracy)} ${`(${c.entity.right}/${c.entity.named})`.padEnd(11)}`,
        ` ${f(c.pronoun.share)} ${`(${c.pronoun.resolved}/${c.pronoun.sources})`.padEnd(9)}`,
        `  ${f(c.noSpeaker)}`,
        c.gold === undefined ? '' : `  ${String(c.gold).padStart(5)} ${String(c.system).padStart(6)}`,
      ].join('');
    const lines = [
      `quotes: ${r.documents} documents, ${r.attributions} gold attributions, ${r.tokens} tokens at ${r.tokensPerSecond} tokens/s`,
      'class     P      R      F1      span    entity (named)      pronoun resolved  no speaker  gold system',
      row('direct', r.direct),
      row('indirect', r.indirect),
      row('overall', { content: r.content, sourceAccuracy: r.source.accuracy, entity: r.entity, pronoun: r.pronoun, noSpeaker: r.noSpeaker }),
    ];
    for (const [n, p] of (r.pronounSample ?? []).entries()) {
      lines.push('', `${n + 1}. ${p.document} (${p.kind}) "${p.pronoun}" → ${p.speaker ?? '(no speaker)'}`, `   ${p.context}`);
    }
    return lines.join('\n');
  },
};

function sampleOption(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ParleyError('E_USAGE', `--sample takes a positive whole number, not '${String(value)}'`);
  return n;
}

function reading(document: string, text: string, c: PronounCase, speaker: string | null): PronounReading {
  const from = Math.max(0, c.source.start - 300);
  const stop = text.slice(c.source.end).search(/[.!?\n]/);
  const to = stop < 0 ? text.length : c.source.end + stop + 1;
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  const context = `${clean(text.slice(from, c.source.start))}[${text.slice(c.source.start, c.source.end)}]${clean(text.slice(c.source.end, to))}`;
  return { document, kind: c.direct ? 'direct' : 'indirect', pronoun: text.slice(c.source.start, c.source.end), context, speaker };
}

/** `n` items spread evenly over the list, so the sample does not lean on the first documents. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}
