/**
 * `parley eval dates --ecb DIR`: the time stage's extent recall on ECB+, text it was never read
 * against. ECB+ gives no publication date, so each text is dated by the anchor stage, as an
 * undated article a user brings would be.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { countEcbTimes, emptyEcbCounts, summariseEcb, type EcbExtra, type EcbMiss, type Recall } from './ecb-dates-score.js';
import { ECB_TIME_TYPES, readAnnotatedSentences, readEcbDocument, type EcbTimeType } from './ecb-times.js';
import { filesBySubfolder } from './folder.js';

export interface EcbDatesResult {
  readonly task: 'dates';
  readonly source: 'ecb';
  readonly documents: number;
  /** Documents the anchor stage gave a date from their text. */
  readonly anchored: number;
  readonly byType: Readonly<Record<EcbTimeType, Recall>>;
  /** Recall over TIME_DATE, TIME_OF_THE_DAY and TIME_DURATION. */
  readonly headline: Recall;
  readonly system: { readonly inAnnotatedSentences: number; readonly overlappingGold: number };
  /** With --errors. */
  readonly missed?: readonly EcbMiss[];
  readonly withoutGold?: readonly EcbExtra[];
}

export const SENTENCE_LIST = 'ECBplus_coreference_sentences.csv';

export async function runEcbDates(dir: string, listErrors: boolean): Promise<EcbDatesResult> {
  if (!existsSync(dir)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval dates: no folder ${dir}`);
  const list = join(dirname(dir), SENTENCE_LIST);
  if (!existsSync(list)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval dates: no ${SENTENCE_LIST} beside ${dir} (ECB+ lists its annotated sentences there)`);
  const annotated = readAnnotatedSentences(readFileSync(list, 'utf8'));
  const files = [...filesBySubfolder(dir, '.xml').values()].flat().filter((f) => /_\d+ecb(?:plus)?\.xml$/.test(f));
  if (files.length === 0) throw new ParleyError('E_INPUT_NOT_FOUND', `eval dates: no ECB+ <topic>_<n>ecb.xml / ecbplus.xml files under ${dir}`);
  const pipeline = createAnalyzer(['segment', 'anchor', 'time']);
  const counts = emptyEcbCounts();
  const missed: EcbMiss[] = [];
  const withoutGold: EcbExtra[] = [];
  let anchored = 0;
  for (const file of files) {
    const id = basename(file, '.xml');
    const gold = readEcbDocument(readFileSync(file, 'utf8'), id, annotated.get(id) ?? new Set());
    const doc = pipeline.run(new Doc(gold.text, { id, published: null }));
    if (doc.get('anchor').value !== null) anchored++;
    countEcbTimes(counts, gold, doc.get('timexes'), (m) => missed.push(m), (e) => withoutGold.push(e));
  }
  return {
    task: 'dates', source: 'ecb', documents: files.length, anchored, ...summariseEcb(counts), system: counts.system,
    ...(listErrors ? { missed, withoutGold } : {}),
  };
}

export function ecbDatesTable(r: EcbDatesResult): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const row = (name: string, s: Recall) => `${name.padEnd(16)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ${pct(s.recall)}`;
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const lines = [
    `ECB+: ${r.documents} documents, ${r.anchored} dated from their text by the anchor stage`,
    `${'type'.padEnd(16)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'recall'.padStart(7)}`,
    ...ECB_TIME_TYPES.map((t) => row(t, r.byType[t])),
    row('headline', r.headline) + '   (DATE + OF_THE_DAY + DURATION)',
    '',
    `system timexes in the annotated sentences: ${r.system.inAnnotatedSentences}, overlapping a gold time: ${r.system.overlappingGold}`,
    '(ECB+ marks only the times of its annotated events: this is not a precision)',
  ];
  if (r.missed) {
    lines.push('', `${r.missed.length} gold times no timex overlaps (type, words, file: sentence):`);
    for (const m of r.missed) lines.push(`  ${m.type}  "${oneLine(m.words)}"  ${m.file}: ${oneLine(m.context)}`);
  }
  if (r.withoutGold) {
    lines.push('', `${r.withoutGold.length} system timexes with no gold time (words, value, file):`);
    for (const e of r.withoutGold) lines.push(`  "${oneLine(e.words)}"  ${e.value}  ${e.file}`);
  }
  return lines.join('\n');
}
