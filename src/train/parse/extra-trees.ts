import type { ConlluSentence } from '../../eval/conllu.js';
import type { WordClusters } from '../../stages/parse/clusters.js';
import { parserInput } from '../../stages/parse/parser.js';
import { hashWords } from '../../stages/parse/words.js';
import { posIndex } from '../../model/tokens.js';
import { seededRandom } from '../../util/random.js';
import { shuffled } from './corpus.js';
import type { ParserExample } from './parser.js';

/**
 * Uptraining (Petrov et al. 2010, "Uptraining for accurate deterministic question parsing"): a slow,
 * accurate parser parses unlabelled text, and the fast greedy parser trains on those automatic trees
 * beside the treebank's gold ones (`EXTRA_TREES=FILE[,FILE] [EXTRA_TREES_SENTENCES=N]` for train.js).
 * An automatic tree's words keep the tags the tagger gave them when it was parsed — the tags the greedy
 * parser sees at run time — where a treebank sentence has jackknifed tags.
 */

/** A CoNLL-U sentence with its tags and relations as a model's classes; null when one is not among them. */
export function extraExample(
  s: ConlluSentence, tagIndex: ReadonlyMap<string, number>, relationIndex: ReadonlyMap<string, number>,
  clusters: WordClusters | null = null, taggerClusters: WordClusters | null = null,
): ParserExample | null {
  const n = s.forms.length;
  const tags = new Uint8Array(n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const tag = tagIndex.get(`${s.upos[i]} ${s.xpos[i]}`);
    const label = relationIndex.get(s.relations[i]);
    if (tag === undefined || label === undefined) return null;
    tags[i] = tag;
    labels[i] = label;
  }
  const upos = Uint8Array.from(s.upos, posIndex);
  return {
    input: parserInput(hashWords(s.forms, taggerClusters), tags, upos, clusters),
    heads: Int32Array.from(s.heads, (h) => (h < 0 ? n : h)),
    labels,
  };
}

/**
 * The automatic trees one epoch trains on: all of them when `perEpoch` is 0 or covers them, else the
 * next `perEpoch` of them in an order shuffled once by a generator of its own (so that the training's
 * generator draws as it would without them), each epoch going on where the last stopped: over the
 * epochs every tree is read about as often as any other.
 */
export class ExtraTrees {
  private readonly order: readonly ParserExample[];
  private next = 0;

  constructor(pool: readonly ParserExample[], private readonly perEpoch: number, seed: number) {
    this.order = perEpoch > 0 && perEpoch < pool.length ? shuffled(pool, seededRandom(seed)) : pool;
  }

  get size(): number {
    return this.order.length;
  }

  epoch(): readonly ParserExample[] {
    const { order, perEpoch } = this;
    if (perEpoch <= 0 || perEpoch >= order.length) return order;
    const out: ParserExample[] = [];
    for (let k = 0; k < perEpoch; k++) {
      out.push(order[this.next]);
      this.next = (this.next + 1) % order.length;
    }
    return out;
  }
}

/** One analysed sentence as CoNLL-U lines: tags are "UPOS XPOS" classes, heads -1 for the root. */
export function conlluSentence(
  id: string, forms: readonly string[], lemmas: readonly string[], tags: readonly string[], heads: ArrayLike<number>, relations: readonly string[],
): string {
  const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ');
  const lines = [`# sent_id = ${id}`];
  forms.forEach((form, i) => {
    const [upos, xpos] = tags[i].split(' ');
    lines.push([i + 1, clean(form), clean(lemmas[i]) || '_', upos, xpos, '_', heads[i] + 1, relations[i], '_', '_'].join('\t'));
  });
  return `${lines.join('\n')}\n\n`;
}
