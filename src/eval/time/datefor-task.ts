import type { EvalTask } from '../task.js';
import { countDateFor, emptyDateForCounts, summariseDateFor, type DateForScores, type LinkAgreement } from './datefor-score.js';
import { scoreTimeML, TIMEML_FORMAT } from './corpus.js';

export interface DateForEvalResult extends DateForScores {
  readonly task: 'datefor';
  readonly documents: number;
  /** The same figures for each subfolder (e.g. TimeBank, AQUAINT) when DIR has them. */
  readonly bySubset?: Readonly<Record<string, DateForScores & { documents: number }>>;
}

export const dateForEval: EvalTask<DateForEvalResult> = {
  usage: `parley eval datefor --timeml DIR [--json]

Measures how often dateFor (src/stages/time/date-for.ts) dates an event by the timex TimeML
links it to. Over the gold TLINKs between an EVENT and a TIMEX3 of the same sentence (links
to the creation time left out, each event–timex pair once, by its first link; a link written
from the timex is read from the event's side), on pairs whose timex the time stage finds as
a calendar point: how often the timex dateFor chooses for the gold event's span is the linked
one. For IS_INCLUDED/DURING/SIMULTANEOUS links that is agreement; for BEFORE/AFTER/IBEFORE/
IAFTER/BEGINS/BEGUN_BY/ENDS/ENDED_BY links it is an error. Each file's DCT is given as the
publication date. When DIR has subfolders (TimeBank/, AQUAINT/) each is also counted alone.

--json prints {"task":"datefor","documents","pairs","timexNotFound",
  "inclusion":{"links","picked","rate"},"ordering":{"links","picked","rate"},
  "reporting":{"inclusion":{…},"ordering":{…}},"bySubset":{"TimeBank":{…, "documents"},…}}
pairs = same-sentence event–timex pairs; timexNotFound = those left out because the stage
does not find their timex as a calendar point; rate = picked / links; reporting = the same
for events of class REPORTING.`,
  options: { timeml: { type: 'string' } },
  async run(values) {
    const { total, documents, bySubset } = scoreTimeML('datefor', TIMEML_FORMAT, values.timeml, {
      empty: emptyDateForCounts,
      summarise: summariseDateFor,
      add: (counts, gold, doc) => countDateFor(counts, gold, doc),
    });
    return { task: 'datefor', documents, ...total, ...(bySubset ? { bySubset } : {}) };
  },
  table(r) {
    const cell = (a: LinkAgreement) => `${String(a.picked).padStart(5)} / ${String(a.links).padEnd(5)} ${(100 * a.rate).toFixed(1).padStart(5)}%`;
    const row = (name: string, s: DateForScores, docs: number) =>
      `${name.padEnd(10)} ${String(docs).padStart(5)}  ${cell(s.inclusion)}  ${cell(s.reporting.inclusion)}    ${cell(s.ordering)}  ${cell(s.reporting.ordering)}`;
    return [
      'How often dateFor picks the linked timex (gold event–timex TLINKs in one sentence, timex found as a calendar point)',
      `${''.padEnd(17)} ${'IS_INCLUDED/DURING/SIMULTANEOUS: agreement'.padEnd(42)}    BEFORE/AFTER/BEGINS/ENDS…: error`,
      `${'set'.padEnd(10)} ${'docs'.padStart(5)}  ${'all'.padEnd(22)}${'REPORTING'.padEnd(20)}    ${'all'.padEnd(22)}REPORTING`,
      ...Object.entries(r.bySubset ?? {}).map(([name, s]) => row(name, s, s.documents)),
      row('all', r, r.documents),
    ].join('\n');
  },
};
