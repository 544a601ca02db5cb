import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { readTimeML, timemlFiles, type TimeMLDocument } from './timeml.js';

/** Figures for the whole folder and, when it has subfolders (TimeBank/, AQUAINT/), for each. */
export interface GroupedScores<S> {
  readonly total: S;
  readonly documents: number;
  readonly bySubset?: Readonly<Record<string, S & { documents: number }>>;
}

/**
 * Runs segment, dating and time over every .tml file under `dir` (each file's DCT as the
 * publication date) and adds each analysed document to counts for its subfolder and the total.
 */
export function scoreTimeML<C, S>(
  task: string,
  dir: unknown,
  counter: { empty(): C; add(counts: C, gold: TimeMLDocument, doc: Doc, isTotal: boolean): void; summarise(counts: C): S },
): GroupedScores<S> {
  if (typeof dir !== 'string') throw new ParleyError('E_USAGE', `eval ${task}: --timeml DIR is required (a folder of .tml files)`);
  const groups = timemlFiles(dir);
  if (groups.size === 0) throw new ParleyError('E_INPUT_NOT_FOUND', `eval ${task}: no .tml files under ${dir}`);
  const pipeline = createAnalyzer(['segment', 'dating', 'time']);
  const total = counter.empty();
  const bySubset: Record<string, S & { documents: number }> = {};
  let documents = 0;
  for (const [group, files] of groups) {
    const counts = counter.empty();
    for (const file of files) {
      const gold = readTimeML(readFileSync(file, 'utf8'), basename(file, '.tml'));
      const doc = pipeline.run(new Doc(gold.text, { id: gold.id, published: gold.dct }));
      counter.add(counts, gold, doc, false);
      counter.add(total, gold, doc, true);
    }
    documents += files.length;
    if (group) bySubset[group] = { ...counter.summarise(counts), documents: files.length };
  }
  return { total: counter.summarise(total), documents, ...(Object.keys(bySubset).length > 0 ? { bySubset } : {}) };
}
