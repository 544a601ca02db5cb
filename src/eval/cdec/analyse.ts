/** Runs Parley's analysis over ECB+ documents and reads what it says about them and their gold event mentions. */
import { Doc } from '../../model/document.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { FULL_ANALYSIS } from '../../pipeline/presets.js';
import type { EcbActionDocument } from './ecb-actions.js';
import { documentFacts, mentionFacts, type DocumentFacts, type MentionFacts } from './mention-facts.js';

/** A gold mention with its gold instance and what Parley's analysis says about it. */
export interface CdecMention extends MentionFacts {
  readonly topic: number;
  readonly instance: string;
}

/** The full analysis with the parser, whose lemmas and heads the mention keys read. */
const STAGES = ['segment', 'parse', ...FULL_ANALYSIS.filter((s) => s !== 'segment' && s !== 'parse')];

export interface AnalysedCorpus {
  readonly documents: readonly DocumentFacts[];
  readonly mentions: readonly CdecMention[];
  readonly tokens: number;
  readonly millis: number;
}

/**
 * Analyses every document as an undated article (ECB+ gives no publication date, so the anchor
 * stage estimates one from the text, as for any article a user brings).
 */
export function analyseCorpus(docs: readonly EcbActionDocument[], progress: (done: number) => void = () => {}): AnalysedCorpus {
  const pipeline = createAnalyzer(STAGES);
  const documents: DocumentFacts[] = [];
  const mentions: CdecMention[] = [];
  let tokens = 0;
  let millis = 0;
  docs.forEach((gold, i) => {
    const began = performance.now();
    const doc = pipeline.run(new Doc(gold.text, { id: gold.id, published: null }));
    millis += performance.now() - began;
    tokens += doc.get('tokens').length;
    documents.push(documentFacts(doc));
    const facts = mentionFacts(doc, gold.mentions);
    gold.mentions.forEach((m, j) => mentions.push({ ...facts[j], topic: gold.topic, instance: m.instance }));
    progress(i + 1);
  });
  return { documents, mentions, tokens, millis };
}
