import type { EvalTask } from '../task.js';
import { countDateFor, emptyDateForCounts, summariseDateFor, type DateForScores, type LinkAgreement } from './datefor-score.js';
import { goldCorpus, scoreTimeML } from './corpus.js';
import { countNarrative, emptyNarrativeCounts, type NarrativeCounts } from './narrative-score.js';

/** Past acts with no day in their sentence: how often each way of dating them is right (`narrative-score.ts`). */
export interface NarrativeScores extends NarrativeCounts {
  readonly publicationRate: number;
  readonly narrativeRate: number;
}

export interface DateForEvalResult extends DateForScores {
  readonly task: 'datefor';
  readonly narrative: NarrativeScores;
  readonly documents: number;
  /** MEANTIME documents left out because they have no creation time (present when there are any). */
  readonly skipped?: number;
  /** The same figures for each subfolder (e.g. TimeBank, AQUAINT) when DIR has them. */
  readonly bySubset?: Readonly<Record<string, DateForScores & { narrative: NarrativeScores; documents: number }>>;
}

const summariseNarrative = (c: NarrativeCounts): NarrativeScores => ({
  ...c, publicationRate: c.events ? c.publication / c.events : 0, narrativeRate: c.events ? c.narrative / c.events : 0,
});

export const dateForEval: EvalTask<DateForEvalResult> = {
  usage: `parley eval datefor (--timeml DIR | --meantime DIR) [--json]

Measures how often dateFor (src/stages/time/date-for.ts) dates an event by the timex TimeML
links it to. Over the gold TLINKs between an EVENT and a TIMEX3 of the same sentence (links
to the creation time left out, each event–timex pair once, by its first link; a link written
from the timex is read from the event's side), on pairs whose timex the time stage finds as
a calendar point: how often the timex dateFor chooses for the gold event's span is the linked
one. For IS_INCLUDED/DURING/SIMULTANEOUS links that is agreement; for BEFORE/AFTER/IBEFORE/
IAFTER/BEGINS/BEGUN_BY/ENDS/ENDED_BY links it is an error. Each file's DCT is given as the
publication date. When DIR has subfolders (TimeBank/, AQUAINT/) each is also counted alone.
Then the acts a sentence tells in the past tense (the file's tense) with no calendar day the
time stage finds in that sentence, whose day the gold links give (a link into a day timex or
the creation time, carried along SIMULTANEOUS/IDENTITY/IS_INCLUDED links between events) or
put before the creation time: how often the publication date dates them right, and how often
the day the story has reached (narrativeDays, src/dates/narrative.ts: the last day named
before, which the events stage gives past acts) does, else the publication date.
--timeml DIR   TimeML .tml files (TempEval-3: TBAQ-cleaned, with TimeBank/ and AQUAINT/).
--meantime DIR MEANTIME CAT .xml files (intra_cross-doc_annotation, with corpus_airbus/ …):
               EVENT_MENTION–TIMEX3 TLINKs in the title and first four body sentences;
               SPEECH_COGNITIVE events count as REPORTING; files without a creation time
               are skipped and counted ("skipped" in --json).

--json prints {"task":"datefor","documents","pairs","timexNotFound",
  "inclusion":{"links","picked","rate"},"ordering":{"links","picked","rate"},
  "reporting":{"inclusion":{…},"ordering":{…}},"bySubset":{"TimeBank":{…, "documents"},…}}
pairs = same-sentence event–timex pairs; timexNotFound = those left out because the stage
does not find their timex as a calendar point; rate = picked / links; reporting = the same
for events of class REPORTING; "narrative":{"events","reached","publication","narrative",
"publicationRate","narrativeRate"} (reached = events a day before them reaches).`,
  options: { timeml: { type: 'string' }, meantime: { type: 'string' } },
  async run(values) {
    const { format, dir } = goldCorpus('datefor', values);
    const { total, documents, skipped, bySubset } = scoreTimeML('datefor', format, dir, {
      empty: () => ({ dateFor: emptyDateForCounts(), narrative: emptyNarrativeCounts() }),
      summarise: (c) => ({ ...summariseDateFor(c.dateFor), narrative: summariseNarrative(c.narrative) }),
      add: (counts, gold, doc) => { countDateFor(counts.dateFor, gold, doc); countNarrative(counts.narrative, gold, doc); },
    }, ['segment', 'parse', 'anchor', 'time']);
    return { task: 'datefor', documents, ...total, ...(skipped ? { skipped } : {}), ...(bySubset ? { bySubset } : {}) };
  },
  table(r) {
    const subsets = Object.entries(r.bySubset ?? {});
    const width = Math.max(10, ...subsets.map(([name]) => name.length));
    const cell = (a: LinkAgreement) => `${String(a.picked).padStart(5)} / ${String(a.links).padEnd(5)} ${(100 * a.rate).toFixed(1).padStart(5)}%`;
    const row = (name: string, s: DateForScores, docs: number) =>
      `${name.padEnd(width)} ${String(docs).padStart(5)}  ${cell(s.inclusion)}  ${cell(s.reporting.inclusion)}    ${cell(s.ordering)}  ${cell(s.reporting.ordering)}`;
    return [
      'How often dateFor picks the linked timex (gold event–timex TLINKs in one sentence, timex found as a calendar point)',
      `${''.padEnd(width + 7)} ${'IS_INCLUDED/DURING/SIMULTANEOUS: agreement'.padEnd(42)}    BEFORE/AFTER/BEGINS/ENDS…: error`,
      `${'set'.padEnd(width)} ${'docs'.padStart(5)}  ${'all'.padEnd(22)}${'REPORTING'.padEnd(20)}    ${'all'.padEnd(22)}REPORTING`,
      ...subsets.map(([name, s]) => row(name, s, s.documents)),
      row('all', r, r.documents),
      ...(r.skipped ? [`(${r.skipped} document${r.skipped === 1 ? '' : 's'} without a creation time skipped)`] : []),
      '',
      'Past acts with no day in their sentence, whose day the gold links give: dated right by',
      `${'set'.padEnd(width)} ${'docs'.padStart(5)}  ${'events'.padStart(6)} ${'reached'.padStart(8)}  ${'publication date'.padEnd(22)}the day the story has reached`,
      ...subsets.map(([name, s]) => narrativeRow(name, s.narrative, s.documents, width)),
      narrativeRow('all', r.narrative, r.documents, width),
    ].join('\n');
  },
};

function narrativeRow(name: string, n: NarrativeScores, docs: number, width: number): string {
  const cell = (right: number, rate: number) => `${String(right).padStart(5)} ${(100 * rate).toFixed(1).padStart(5)}%`;
  return `${name.padEnd(width)} ${String(docs).padStart(5)}  ${String(n.events).padStart(6)} ${String(n.reached).padStart(8)}  ${cell(n.publication, n.publicationRate).padEnd(22)}${cell(n.narrative, n.narrativeRate)}`;
}
