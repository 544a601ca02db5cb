import { universalPart } from '../syntax/layer.js';
import type { ConlluSentence } from './conllu.js';

/** The relations whose attachment `parley eval parse` reports one by one: those events and quotes read. */
export const REPORTED_RELATIONS = ['nsubj', 'obj', 'obl', 'nsubj:pass', 'obl:agent', 'ccomp', 'xcomp', 'conj', 'appos'] as const;

export interface PredictedWords {
  readonly upos: readonly string[];
  readonly lemmas: readonly string[];
  readonly heads: ArrayLike<number>;
  readonly relations: readonly string[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ParseScores {
  sentences: number;
  tokens: number;
  uas: number;
  las: number;
  uposAccuracy: number;
  lemmaAccuracy: number;
  byRelation: Record<string, PRF & { gold: number; predicted: number }>;
}

/**
 * CoNLL 2018 shared-task scores on gold tokens: UAS and LAS over every word, punctuation
 * included, LAS comparing the universal part of the relation. A relation's precision and
 * recall count a word right when both its head and its full relation (subtype included) are.
 */
export class ParseScorer {
  private sentences = 0;
  private tokens = 0;
  private attached = 0;
  private labelled = 0;
  private uposRight = 0;
  private lemmaRight = 0;
  private readonly perRelation = new Map<string, { gold: number; predicted: number; right: number }>(
    REPORTED_RELATIONS.map((r) => [r, { gold: 0, predicted: 0, right: 0 }]),
  );

  add(gold: ConlluSentence, predicted: PredictedWords): void {
    this.sentences++;
    for (let i = 0; i < gold.forms.length; i++) {
      this.tokens++;
      const headRight = gold.heads[i] === predicted.heads[i];
      if (headRight) this.attached++;
      if (headRight && universalPart(gold.relations[i]) === universalPart(predicted.relations[i])) this.labelled++;
      if (gold.upos[i] === predicted.upos[i]) this.uposRight++;
      if (gold.lemmas[i] === predicted.lemmas[i]) this.lemmaRight++;
      const g = this.perRelation.get(gold.relations[i]);
      const p = this.perRelation.get(predicted.relations[i]);
      if (g) g.gold++;
      if (p) p.predicted++;
      if (p && headRight && gold.relations[i] === predicted.relations[i]) p.right++;
    }
  }

  result(): ParseScores {
    const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
    const byRelation: ParseScores['byRelation'] = {};
    for (const [relation, c] of this.perRelation) {
      const precision = ratio(c.right, c.predicted);
      const recall = ratio(c.right, c.gold);
      byRelation[relation] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), gold: c.gold, predicted: c.predicted };
    }
    return {
      sentences: this.sentences,
      tokens: this.tokens,
      uas: ratio(this.attached, this.tokens),
      las: ratio(this.labelled, this.tokens),
      uposAccuracy: ratio(this.uposRight, this.tokens),
      lemmaAccuracy: ratio(this.lemmaRight, this.tokens),
      byRelation,
    };
  }
}
