import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import type { EvalTask } from '../task.js';
import { ecbDatesTable, runEcbDates, type EcbDatesResult } from './ecb-dates-task.js';
import { countDates, emptyDateCounts, summariseDates, type DateCounts, type DateError, type DateScores } from './gum-dates-score.js';
import { readGumDates } from './gum-dates.js';

export interface GumDatesResult extends DateScores {
  readonly task: 'dates';
  readonly source?: undefined;
  readonly documents: number;
  /** The same figures for each of GUM's genres (news, interview). */
  readonly bySubset?: Readonly<Record<string, DateScores & { documents: number }>>;
  /** With --errors: every gold date missed or given another value. */
  readonly errors?: readonly DateError[];
}

/** The result of either source: GUM (dates and their values) or ECB+ (extents of every kind of time). */
export type DatesEvalResult = GumDatesResult | EcbDatesResult;

export const datesEval: EvalTask<DatesEvalResult> = {
  usage: `parley eval dates (--gum DIR | --ecb DIR) [--errors] [--json]

--gum DIR

Checks the time stage's date values on GUM's <date> elements (Wikinews news and interviews;
DIR is GUM's xml/ folder). GUM marks dates only, not durations or sets, so this is not
TempEval scoring and has no precision: for each gold date, the timex that overlaps it (the
first by start) is found or not, and its value is right when it equals GUM's "when" (in
TIMEX3 form: "--10" → XXXX-10, seconds dropped), or is a part of that day ("Thursday afternoon"
2015-08-20TAF for a "when" of 2015-08-20). Dates GUM only bounds (notBefore/notAfter,
from/to: "last week", "several years ago") count apart, as inside when the value is a date
that overlaps the bounds. Each document's dateCreated is given as the publication date.
--errors lists every missed date and wrong value (words, gold, ours).

--json prints {"task":"dates","documents","dates":{"gold","found","rightValue",
  "valueAccuracy","foundRate"},"ranges":{"gold","found","inside"},"bySubset":{"news":{…},…}}
valueAccuracy = rightValue / gold and foundRate = found / gold, over the "when" dates.

--ecb DIR
Checks the extents the time stage finds on ECB+, news it was never read against (DIR is the
ECB+ folder of topic subfolders; ECBplus_coreference_sentences.csv must sit beside it). ECB+
gives no publication date: each text is dated by the anchor stage, as an undated article would
be, and "anchored" says how many got a date. Gold are the anchored TIME_DATE, TIME_OF_THE_DAY,
TIME_DURATION and TIME_REPETITION mentions of the sentences the CSV lists (ECB+ annotated
only those); one is found when a timex overlaps it. The headline recall is over DATE,
OF_THE_DAY and DURATION: TIME_REPETITION is mostly what TimeML does not mark ("again",
"second time") and is reported apart. The system timexes in the listed sentences, and how
many overlap a gold time, are counted too, but this is NOT a precision: ECB+ marks only the
times of its annotated events. --errors lists the missed gold times (type, words, sentence,
file) and the system timexes with no gold time (words, value, file).

--json prints {"task":"dates","source":"ecb","documents","anchored","byType":{"TIME_DATE":
  {"gold","found","recall"},…},"headline":{"gold","found","recall"},"system":
  {"inAnnotatedSentences","overlappingGold"}} (with --errors also "missed","withoutGold").`,
  options: { gum: { type: 'string' }, ecb: { type: 'string' }, errors: { type: 'boolean' } },
  async run(values) {
    if ((typeof values.gum === 'string') === (typeof values.ecb === 'string')) {
      throw new ParleyError('E_USAGE', "eval dates: give exactly one of --gum DIR (GUM's xml/ folder) or --ecb DIR (ECB+'s ECB+ folder); see 'parley eval dates --help'");
    }
    if (typeof values.ecb === 'string') return runEcbDates(values.ecb, values.errors === true);
    const dir = values.gum as string;
    if (!existsSync(dir)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval dates: no folder ${dir}`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
    if (files.length === 0) throw new ParleyError('E_INPUT_NOT_FOUND', `eval dates: no GUM .xml files in ${dir}`);
    const pipeline = createAnalyzer(['segment', 'anchor', 'time']);
    const total = emptyDateCounts();
    const subsets = new Map<string, { counts: DateCounts; documents: number }>();
    const errors: DateError[] = [];
    for (const file of files) {
      const gold = readGumDates(readFileSync(join(dir, file), 'utf8'), basename(file, '.xml'));
      const timexes = pipeline.run(new Doc(gold.text, { id: gold.id, published: gold.dct })).get('timexes');
      if (!subsets.has(gold.subset)) subsets.set(gold.subset, { counts: emptyDateCounts(), documents: 0 });
      const subset = subsets.get(gold.subset)!;
      subset.documents++;
      countDates(subset.counts, gold.id, gold.dates, timexes);
      countDates(total, gold.id, gold.dates, timexes, (e) => errors.push(e));
    }
    const bySubset = Object.fromEntries([...subsets].map(([name, s]) => [name, { ...summariseDates(s.counts), documents: s.documents }]));
    return { task: 'dates', documents: files.length, ...summariseDates(total), bySubset, ...(values.errors ? { errors } : {}) };
  },
  table(r) {
    if (r.source === 'ecb') return ecbDatesTable(r);
    const subsets = Object.entries(r.bySubset ?? {});
    const width = Math.max(9, ...subsets.map(([name]) => name.length));
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
    const row = (name: string, s: DateScores, docs: number) =>
      `${name.padEnd(width)} ${String(docs).padStart(4)}  ${String(s.dates.gold).padStart(4)} ${String(s.dates.found).padStart(5)} ${pct(s.dates.foundRate)} ${String(s.dates.rightValue).padStart(5)} ${pct(s.dates.valueAccuracy)}   ${String(s.ranges.gold).padStart(4)} ${String(s.ranges.found).padStart(5)} ${String(s.ranges.inside).padStart(6)}`;
    const lines = [
      `${''.padEnd(width)} ${''.padStart(4)}  dates with a "when" value            bounded dates`,
      `${'set'.padEnd(width)} ${'docs'.padStart(4)}  gold found    rate right accuracy   gold found inside`,
      ...subsets.map(([name, s]) => row(name, s, s.documents)),
      row('all', r, r.documents),
    ];
    if (r.errors) {
      lines.push('', `${r.errors.length} gold dates missed or given another value (document, words, gold → ours):`);
      for (const e of r.errors) lines.push(`  ${e.document}  "${e.text.replace(/\s+/g, ' ')}"  ${e.gold} → ${e.ours ?? '(not found)'}`);
    }
    return lines.join('\n');
  },
};
