import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConllu, type ConlluSentence } from '../../eval/conllu.js';

/** Where the treebanks are, which GUM documents are held out, and the class lists they define. */
export const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = join(ROOT, '..', 'shared', 'data');
export const GUM_DEV = ['news_homeopathic', 'news_iodine', 'interview_cyclone', 'interview_gaming'];

export interface Treebanks {
  readonly train: ConlluSentence[];
  readonly ewtDev: ConlluSentence[];
  readonly gumDev: ConlluSentence[];
  /** How the training data is described in the model's record. */
  readonly described: string[];
}

function gumFiles(dev: boolean): string[] {
  const dir = join(DATA, 'gum', 'dep');
  return readdirSync(dir).filter((f) => f.endsWith('.conllu') && GUM_DEV.some((d) => f === `GUM_${d}.conllu`) === dev).sort().map((f) => join(dir, f));
}

/** EWT train and GUM's training documents to learn from; EWT dev and GUM's dev documents to score. */
export function readTreebanks(): Treebanks {
  const gumTrain = gumFiles(false);
  return {
    train: [...readConllu(join(DATA, 'ud', 'en_ewt-ud-train.conllu')), ...gumTrain.flatMap(readConllu)],
    ewtDev: readConllu(join(DATA, 'ud', 'en_ewt-ud-dev.conllu')),
    gumDev: gumFiles(true).flatMap(readConllu),
    described: ['UD_English-EWT en_ewt-ud-train.conllu', `GUM dep: ${gumTrain.length} documents (all but ${GUM_DEV.join(', ')})`],
  };
}

/** Classes by falling frequency (ties by name), so that a retrained model numbers them the same. */
function byFrequency(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

/** The tag classes, "UPOS XPOS" pairs. */
export function tagClasses(sentences: readonly ConlluSentence[]): string[] {
  return byFrequency(sentences.flatMap((s) => s.upos.map((u, i) => `${u} ${s.xpos[i]}`)));
}

export function relationClasses(sentences: readonly ConlluSentence[]): string[] {
  return byFrequency(sentences.flatMap((s) => s.relations));
}

export function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
