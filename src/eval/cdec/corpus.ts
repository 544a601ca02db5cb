/**
 * The ECB+ topics of each split and the reading of a split's files. The split is the one nearly
 * all ECB+ work uses (Cybulska & Vossen 2015; Barhom et al. 2019); topics 36–45 are its test set,
 * held out: they are not staged in ../shared and are never read here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ParleyError } from '../../model/errors.js';
import { readAnnotatedSentences } from '../time/ecb-times.js';
import { filesBySubfolder } from '../time/folder.js';
import { parseEcbId, readEcbActions, type EcbActionDocument } from './ecb-actions.js';

export const SPLITS = {
  train: [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33],
  dev: [2, 5, 12, 18, 21, 23, 34, 35],
} as const;
export type SplitName = keyof typeof SPLITS;

export const SENTENCE_LIST = 'ECBplus_coreference_sentences.csv';

/** Where `parley eval cdec` looks when no --ecb is given: the shared data beside the repository. */
export const DEFAULT_ECB_DIR = '../shared/data/cdec/ecbplus/ECB+';

/** The documents of a split's topics under `dir` (ECB+'s `ECB+` folder, the sentence list beside it), in file order. */
export function readEcbSplit(dir: string, split: SplitName): EcbActionDocument[] {
  if (!existsSync(dir)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval cdec: no folder ${dir}`);
  const list = join(dirname(dir), SENTENCE_LIST);
  if (!existsSync(list)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval cdec: no ${SENTENCE_LIST} beside ${dir} (ECB+ lists its annotated sentences there)`);
  const annotated = readAnnotatedSentences(readFileSync(list, 'utf8'));
  const topics = new Set<number>(SPLITS[split]);
  const files = [...filesBySubfolder(dir, '.xml').values()].flat().filter((f) => {
    const name = parseEcbId(basename(f, '.xml'));
    return name !== null && topics.has(name.topic);
  });
  if (files.length === 0) throw new ParleyError('E_INPUT_NOT_FOUND', `eval cdec: no ECB+ files of the ${split} topics under ${dir}`);
  return files.map((f) => {
    const id = basename(f, '.xml');
    return readEcbActions(readFileSync(f, 'utf8'), id, annotated.get(id) ?? new Set());
  });
}
