import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { meantimeFiles, readMeantime } from './meantime.js';
import { readTimeML, timemlFiles, type TimeMLDocument } from './timeml.js';

/** A gold corpus layout: how to list its files and read one as a TimeML document. */
export interface GoldFormat {
  /** The command-line option that names its folder, e.g. `--timeml`. */
  readonly option: string;
  /** What the folder holds, for messages ("TimeML .tml files"). */
  readonly holds: string;
  files(dir: string): Map<string, string[]>;
  /** The document, or null when the file cannot be scored (it is skipped and counted). */
  read(content: string, id: string): TimeMLDocument | null;
}

export const TIMEML_FORMAT: GoldFormat = { option: '--timeml', holds: 'TimeML .tml files', files: timemlFiles, read: readTimeML };
export const MEANTIME_FORMAT: GoldFormat = { option: '--meantime', holds: 'MEANTIME CAT .xml files', files: meantimeFiles, read: readMeantime };

/** The gold corpus the options of `eval TASK` name: exactly one of --timeml DIR and --meantime DIR. */
export function goldCorpus(task: string, values: Record<string, string | boolean | undefined>): { format: GoldFormat; dir: unknown } {
  if ((values.timeml === undefined) === (values.meantime === undefined)) {
    throw new ParleyError('E_USAGE', `eval ${task}: give exactly one of --timeml DIR and --meantime DIR; see 'parley eval ${task} --help'`);
  }
  return values.meantime === undefined ? { format: TIMEML_FORMAT, dir: values.timeml } : { format: MEANTIME_FORMAT, dir: values.meantime };
}

/** Figures for the whole folder and, when it has subfolders (TimeBank/, AQUAINT/), for each. */
export interface GroupedScores<S> {
  readonly total: S;
  readonly documents: number;
  /** Files the format could not score (MEANTIME documents without a creation time), when there are any. */
  readonly skipped?: number;
  readonly bySubset?: Readonly<Record<string, S & { documents: number }>>;
}

/**
 * Runs segment, anchor and time (or `stages`) over every file of `format` under `dir` (each file's DCT as the
 * publication date) and adds each analysed document to counts for its subfolder and the total.
 */
export function scoreTimeML<C, S>(
  task: string,
  format: GoldFormat,
  dir: unknown,
  counter: { empty(): C; add(counts: C, gold: TimeMLDocument, doc: Doc, isTotal: boolean): void; summarise(counts: C): S },
  stages: readonly string[] = ['segment', 'anchor', 'time'],
): GroupedScores<S> {
  if (typeof dir !== 'string') throw new ParleyError('E_USAGE', `eval ${task}: ${format.option} DIR is required (a folder of ${format.holds})`);
  if (!existsSync(dir)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval ${task}: no folder ${dir}`);
  const groups = format.files(dir);
  if (groups.size === 0) throw new ParleyError('E_INPUT_NOT_FOUND', `eval ${task}: no ${format.holds} under ${dir}`);
  const pipeline = createAnalyzer(stages);
  const total = counter.empty();
  const bySubset: Record<string, S & { documents: number }> = {};
  let documents = 0;
  let skipped = 0;
  for (const [group, files] of groups) {
    const counts = counter.empty();
    let scored = 0;
    for (const file of files) {
      const gold = format.read(readFileSync(file, 'utf8'), basename(file, extname(file)));
      if (!gold) { skipped++; continue; }
      const doc = pipeline.run(new Doc(gold.text, { id: gold.id, published: gold.dct }));
      counter.add(counts, gold, doc, false);
      counter.add(total, gold, doc, true);
      scored++;
    }
    documents += scored;
    if (group) bySubset[group] = { ...counter.summarise(counts), documents: scored };
  }
  return {
    total: counter.summarise(total), documents, ...(skipped > 0 ? { skipped } : {}),
    ...(Object.keys(bySubset).length > 0 ? { bySubset } : {}),
  };
}
