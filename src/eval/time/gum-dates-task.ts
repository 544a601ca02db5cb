import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Doc } from '../../model/document.js';
import { ParleyError } from '../../model/errors.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import type { EvalTask } from '../task.js';
import { countDates, emptyDateCounts, summariseDates, type DateCounts, type DateError, type DateScores } from './gum-dates-score.js';
import { readGumDates } from './gum-dates.js';

export interface DatesEvalResult extends DateScores {
  readonly task: 'dates';
  readonly documents: number;
  /** The same figures for each of GUM's genres (news, interview). */
  readonly bySubset?: Readonly<Record<string, DateScores & { documents: number }>>;
  /** With --errors: every gold date missed or given another value. */
  readonly errors?: readonly DateError[];
}

export const datesEval: EvalTask<DatesEvalResult> = {
  usage: `parley eval dates --gum DIR [--errors] [--json]

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
valueAccuracy = rightValue / gold and foundRate = found / gold, over the "when" dates.`,
  options: { gum: { type: 'string' }, errors: { type: 'boolean' } },
  async run(values) {
    const dir = values.gum;
    if (typeof dir !== 'string') throw new ParleyError('E_USAGE', "eval dates: --gum DIR is required (GUM's xml/ folder); see 'parley eval dates --help'");
    if (!existsSync(dir)) throw new ParleyError('E_INPUT_NOT_FOUND', `eval dates: no folder ${dir}`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
    if (files.length === 0) throw new ParleyError('E_INPUT_NOT_FOUND', `eval dates: no GUM .xml files in ${dir}`);
    const pipeline = createAnalyzer(['segment', 'dating', 'time']);
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
