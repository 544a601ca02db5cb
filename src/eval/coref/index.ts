import { basename, dirname, join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { FULL_ANALYSIS } from '../../pipeline/presets.js';
import type { EvalTask } from '../task.js';
import { readCorefConll, type CorefDocument, type TokenSpan } from './conll.js';
import { addCounts, bcubed, ceafe, emptyCounts, muc, toPrf, type Chain, type Prf } from './metrics.js';
import { textFromConllu, textFromTokens, type SourceText } from './source-text.js';
import { lowerBound } from '../../model/span.js';

export interface CorefResult {
  readonly task: 'coref';
  readonly muc: Prf;
  readonly bcubed: Prf;
  readonly ceafe: Prf;
  /** The CoNLL-2012 figure: the mean of the three F1 scores. */
  readonly conllF1: number;
  readonly documents: number;
  readonly keyMentions: number;
  readonly responseMentions: number;
  /** Response mentions whose token span equals a key mention's. */
  readonly matchedMentions: number;
  /**
   * The same scores when a mention that ends where a longer gold mention ends (and lies inside
   * it) counts as that mention — "University of Helsinki" for "the University of Helsinki",
   * "Nick Bos" for "Biologist Nick Bos": a head match, as CorefUD scorers allow. Not the
   * CoNLL-2012 figure.
   */
  readonly headMatch: { readonly muc: Prf; readonly bcubed: Prf; readonly ceafe: Prf; readonly conllF1: number };
  readonly tokens: number;
  readonly tokensPerSecond: number;
}

/** The stages up to and including `entities`, which writes the entity chains being scored. */
const THROUGH_ENTITIES = FULL_ANALYSIS.slice(0, FULL_ANALYSIS.indexOf('entities') + 1);

const key = (s: TokenSpan) => `${s.start}:${s.end}`;

/** Index of the token holding character `offset` (the last token starting at or before it). */
function tokenHolding(tokens: readonly TokenSpan[], offset: number): number {
  return Math.max(0, lowerBound(tokens.length, (i) => tokens[i].start <= offset) - 1);
}

/**
 * Response chains with each mention that has no exact gold twin replaced by the shortest
 * gold mention that contains it and ends on the same token, unless another response
 * mention already matches that gold mention exactly.
 */
export function toHeads(response: readonly Chain[], goldSpans: readonly TokenSpan[]): Chain[] {
  const exact = new Set(goldSpans.map(key));
  const taken = new Set(response.flat().filter((m) => exact.has(m)));
  const byEnd = new Map<number, TokenSpan[]>();
  for (const g of goldSpans) byEnd.set(g.end, [...(byEnd.get(g.end) ?? []), g]);
  return response.map((chain) => [...new Set(chain.map((m) => {
    if (exact.has(m)) return m;
    const [start, end] = m.split(':').map(Number);
    const host = (byEnd.get(end) ?? []).filter((g) => g.start <= start && !taken.has(key(g))).sort((a, b) => b.start - a.start)[0];
    if (!host) return m;
    taken.add(key(host));
    return key(host);
  }))]);
}

function sourceFor(conllPath: string, doc: CorefDocument): SourceText {
  const folder = statSync(conllPath).isDirectory() ? conllPath : dirname(conllPath);
  const twin = join(dirname(resolve(folder)), 'dep', `${basename(doc.id)}.conllu`);
  return textFromConllu(twin, doc.tokens) ?? textFromTokens(doc.tokens);
}

export const corefTask: EvalTask<CorefResult> = {
  usage: `parley eval coref --conll FILE_OR_DIR [--json]

Runs Parley through the entities stage on every document of a CoNLL coreference file (or
folder of .conll files, as GUM's coref_conll) and scores its entity chains against the
gold chains with MUC, B³ and CEAF-e (CoNLL-2012 definitions, exact token-span mention
match, summed over documents) and their mean. The text is rebuilt from the GUM CoNLL-U
twin in ../dep when there is one (original spacing, paragraphs, dateCreated as the
publication date), else from the tokens joined by spaces.

Parley's chains hold named mentions, titles ("the president"), metonyms and personal
pronouns (src/stages/entities/README.md); GUM also marks every common-noun phrase, so
recall is bounded by that coverage. A second set of figures ("head match") also counts a
mention ending where a longer gold mention ends ("University of Helsinki" for "the
University of Helsinki"); the CoNLL figure is the exact one.`,
  options: { conll: { type: 'string' } },
  async run(values) {
    const path = values.conll;
    if (typeof path !== 'string') throw new ParleyError('E_USAGE', 'eval coref: give --conll FILE_OR_DIR');
    if (!THROUGH_ENTITIES.includes('entities')) throw new ParleyError('E_PIPELINE_UNKNOWN_STAGE', 'eval coref needs the entities stage');
    const docs = readCorefConll(path);
    const pipeline = createAnalyzer(THROUGH_ENTITIES);
    const totals = { muc: emptyCounts(), bcubed: emptyCounts(), ceafe: emptyCounts() };
    const relaxed = { muc: emptyCounts(), bcubed: emptyCounts(), ceafe: emptyCounts() };
    let keyMentions = 0;
    let responseMentions = 0;
    let matchedMentions = 0;
    let tokens = 0;
    let millis = 0;
    for (const gold of docs) {
      const source = sourceFor(path, gold);
      const began = performance.now();
      const analysed = pipeline.run(new Doc(source.text, { id: gold.id, published: source.published }));
      millis += performance.now() - began;
      tokens += gold.tokens.length;
      const response: Chain[] = analysed.get('entities').map((entity) => [
        ...new Set(entity.mentions.map((m) => key({ start: tokenHolding(source.tokens, m.start), end: tokenHolding(source.tokens, m.end - 1) + 1 }))),
      ]);
      const keyChains: Chain[] = gold.chains.map((chain) => [...new Set(chain.map(key))]);
      const goldMentions = new Set(keyChains.flat());
      keyMentions += goldMentions.size;
      responseMentions += response.flat().length;
      matchedMentions += response.flat().filter((m) => goldMentions.has(m)).length;
      addCounts(totals.muc, muc(keyChains, response));
      addCounts(totals.bcubed, bcubed(keyChains, response));
      addCounts(totals.ceafe, ceafe(keyChains, response));
      const headed = toHeads(response, gold.chains.flat());
      addCounts(relaxed.muc, muc(keyChains, headed));
      addCounts(relaxed.bcubed, bcubed(keyChains, headed));
      addCounts(relaxed.ceafe, ceafe(keyChains, headed));
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    const scores = { muc: toPrf(totals.muc), bcubed: toPrf(totals.bcubed), ceafe: toPrf(totals.ceafe) };
    const heads = { muc: toPrf(relaxed.muc), bcubed: toPrf(relaxed.bcubed), ceafe: toPrf(relaxed.ceafe) };
    return {
      task: 'coref',
      ...scores,
      conllF1: (scores.muc.f1 + scores.bcubed.f1 + scores.ceafe.f1) / 3,
      documents: docs.length,
      keyMentions,
      responseMentions,
      matchedMentions,
      headMatch: { ...heads, conllF1: (heads.muc.f1 + heads.bcubed.f1 + heads.ceafe.f1) / 3 },
      tokens,
      tokensPerSecond: millis ? Math.round((tokens / millis) * 1000) : 0,
    };
  },
  table(r) {
    const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
    const row = (name: string, s: Prf) => `${name.padEnd(8)}${pct(s.recall)}${pct(s.precision)}${pct(s.f1)}`;
    return [
      `coreference on ${r.documents} documents, ${r.tokens} tokens (${r.tokensPerSecond} tokens/s)`,
      `key mentions ${r.keyMentions}, Parley's ${r.responseMentions}, exact matches ${r.matchedMentions}`,
      `metric       R     P    F1`,
      row('MUC', r.muc),
      row('B³', r.bcubed),
      row('CEAF-e', r.ceafe),
      `CoNLL F1 ${pct(r.conllF1).trim()}`,
      `head match (a mention ending where a longer gold mention ends counts as it; not the CoNLL figure):`,
      row('MUC', r.headMatch.muc),
      row('B³', r.headMatch.bcubed),
      row('CEAF-e', r.headMatch.ceafe),
      `CoNLL F1 ${pct(r.headMatch.conllF1).trim()}`,
    ].join('\n');
  },
};
