import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConllDocument } from '../../eval/conll.js';

/**
 * Unlabelled news text for the word clusters: the words of CoNLL-2003 train, the
 * Wikinews demo corpus, PolNeAR's article texts and TempEval-3's TimeBank/AQUAINT
 * articles (tags stripped). (Adding the ECB+ texts lowered dev F1 from 0.9322 to 0.9281.) Nothing of it is shipped, only the clusters derived from it.
 */
export function* newsTexts(dataDir: string, train: readonly ConllDocument[]): Generator<string> {
  for (const doc of train) yield doc.sentences.map((s) => doc.words.slice(s.start, s.end).join(' ')).join('\n');
  for (const line of readFileSync(join(dataDir, 'wikinews/articles.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) yield (JSON.parse(line) as { text: string }).text;
  }
  for (const split of ['train', 'dev']) yield* filesIn(join(dataDir, 'polnear', split, 'text'), '.txt', (t) => t);
  for (const part of ['AQUAINT', 'TimeBank']) {
    yield* filesIn(join(dataDir, 'tempeval3/TBAQ-cleaned', part), '.tml', (t) => (/<TEXT>([\s\S]*)<\/TEXT>/.exec(t)?.[1] ?? '').replace(/<[^>]*>/g, ''));
  }
}

function* filesIn(dir: string, extension: string, extract: (text: string) => string): Generator<string> {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(extension)).sort()) yield extract(readFileSync(join(dir, name), 'utf8'));
}
