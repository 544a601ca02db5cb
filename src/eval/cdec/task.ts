/**
 * `parley eval cdec`: cross-document event coreference on ECB+, Parley's merging against the
 * same-lemma baseline on the same gold mentions.
 */
import type { Prf } from '../coref/metrics.js';
import { ParleyError } from '../../model/errors.js';
import type { EvalTask } from '../task.js';
import { analyseCorpus } from './analyse.js';
import { groupStories, parleyClusters, sameLemmaClusters, type ScopeOf } from './cluster.js';
import { DEFAULT_ECB_DIR, readEcbSplit, SPLITS, type SplitName } from './corpus.js';
import { parseEcbId } from './ecb-actions.js';
import { scoreClusters, type CorefScores } from './score.js';

export interface CdecScores extends CorefScores {
  /** System clusters, singletons included. */
  readonly clusters: number;
}

export interface CdecResult extends CdecScores {
  readonly task: 'cdec';
  readonly corpus: 'ECB+';
  readonly split: SplitName;
  readonly topics: readonly number[];
  /** The evaluation setting: gold event mentions, clustered within each topic (or subtopic), singletons scored. */
  readonly setting: { readonly mentions: 'gold'; readonly within: 'topic' | 'subtopic'; readonly singletons: true };
  readonly documents: number;
  readonly mentions: number;
  readonly goldClusters: number;
  /** The stories Parley grouped the documents into (by actors and date) before merging mentions. */
  readonly stories: number;
  /** Mentions whose trigger the events stage coded with a CAMEO event. */
  readonly codedMentions: number;
  /** Every mention with the same head lemma in a topic (subtopic) corefers. */
  readonly baseline: CdecScores & { readonly name: 'same-lemma' };
  readonly tokens: number;
  readonly tokensPerSecond: number;
}

const WITHIN = ['topic', 'subtopic'] as const;

function scopeFor(within: 'topic' | 'subtopic'): ScopeOf {
  return (document) => {
    const name = parseEcbId(document)!;
    return within === 'topic' ? `${name.topic}` : `${name.topic}${name.subtopic}`;
  };
}

function optionOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ParleyError('E_USAGE', `eval cdec: --${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export const cdecEval: EvalTask<CdecResult> = {
  usage: `parley eval cdec [--ecb DIR] [--split dev|train] [--within topic|subtopic] [--json]

Cross-document event coreference on ECB+ (Cybulska & Vossen 2014): DIR is its ECB+ folder of
<topic>/<topic>_<n>ecb.xml and ecbplus.xml files, with ECBplus_coreference_sentences.csv beside
it (default ${DEFAULT_ECB_DIR}). The standard setting: the gold event (ACTION_* and
NEG_ACTION_*) mentions of the annotated sentences, clustered within each topic (--within
subtopic: within each topic's ecb and ecbplus halves, an easier setting), singletons included;
MUC, B³ and CEAF-e summed over topics and their mean, the CoNLL F1. Splits: dev (topics
${SPLITS.dev.join(', ')}, the default) and train; topics 36-45 are the held-out test set and are never read.

Every document is analysed by Parley as an undated article. Parley groups a topic's articles
into stories by the actors they name and the year of their date, then merges mentions within a
story whose head words are the same word (lemma or stem), statements ("said", "told") only with
another by the same speaker. Beside it, the same-lemma baseline: every mention with the same
head lemma in a topic corefers.`,
  options: { ecb: { type: 'string' }, split: { type: 'string' }, within: { type: 'string' } },
  async run(values) {
    const dir = typeof values.ecb === 'string' ? values.ecb : DEFAULT_ECB_DIR;
    const split = optionOf('split', values.split, Object.keys(SPLITS) as SplitName[], 'dev');
    const within = optionOf('within', values.within, WITHIN, 'topic');
    const docs = readEcbSplit(dir, split);
    const analysed = analyseCorpus(docs, (done) => {
      if (process.stderr.isTTY) process.stderr.write(`\ranalysed ${done} of ${docs.length} documents${done === docs.length ? '\n' : ''}`);
      else if (done % 100 === 0 || done === docs.length) process.stderr.write(`analysed ${done} of ${docs.length} documents\n`);
    });
    const scopeOf = scopeFor(within);
    const stories = groupStories(analysed.documents, scopeOf);
    const parley = parleyClusters(analysed.mentions, (document) => stories.get(document)!);
    const lemma = sameLemmaClusters(analysed.mentions, scopeOf);
    const scored = (clusters: Map<string, string>): CdecScores => ({
      ...scoreClusters(analysed.mentions, clusters), clusters: new Set(clusters.values()).size,
    });
    return {
      task: 'cdec',
      corpus: 'ECB+',
      split,
      topics: [...SPLITS[split]],
      setting: { mentions: 'gold', within, singletons: true },
      documents: docs.length,
      mentions: analysed.mentions.length,
      goldClusters: new Set(analysed.mentions.map((m) => `${m.topic}|${m.instance}`)).size,
      stories: new Set(stories.values()).size,
      codedMentions: analysed.mentions.filter((m) => m.cameo !== null).length,
      ...scored(parley),
      baseline: { name: 'same-lemma', ...scored(lemma) },
      tokens: analysed.tokens,
      tokensPerSecond: analysed.millis ? Math.round((analysed.tokens / analysed.millis) * 1000) : 0,
    };
  },
  table(r) {
    const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
    const row = (name: string, s: Prf) => `${name.padEnd(8)}${pct(s.recall)}${pct(s.precision)}${pct(s.f1)}`;
    const block = (title: string, s: CdecScores) => [
      `${title}: ${s.clusters} clusters`,
      `metric       R     P    F1`,
      row('MUC', s.muc),
      row('B³', s.bcubed),
      row('CEAF-e', s.ceafe),
      `CoNLL F1 ${pct(s.conllF1).trim()}`,
    ];
    return [
      `ECB+ ${r.split} (topics ${r.topics.join(', ')}): ${r.documents} documents, ${r.tokens} tokens (${r.tokensPerSecond} tokens/s)`,
      `setting: gold event mentions (${r.mentions}, in ${r.goldClusters} gold clusters), clustered within each ${r.setting.within}, singletons included`,
      `Parley grouped the documents into ${r.stories} stories; its events stage coded ${r.codedMentions} of the mentions' triggers`,
      '',
      ...block('Parley (stories by actors and year; same head word; statements by speaker)', r),
      '',
      ...block('same-lemma baseline', r.baseline),
    ].join('\n');
  },
};
