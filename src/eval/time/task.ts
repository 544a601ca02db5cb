import type { TokenLayer } from '../../model/layers.js';
import { tokenAt } from '../../model/tokens.js';
import type { Span } from '../../model/span.js';
import type { EvalTask } from '../task.js';
import { countDocument, emptyCounts, summarise, type ScoredTimex, type TimexScores } from './score.js';
import { goldCorpus, scoreTimeML } from './corpus.js';
import { groupValueErrors, type ValueErrorClass, type WrongValue } from './value-errors.js';

export interface TimeEvalResult extends TimexScores {
  readonly task: 'time';
  readonly documents: number;
  /** MEANTIME documents left out because they have no creation time (present when there are any). */
  readonly skipped?: number;
  /** The same figures for each subfolder (e.g. TimeBank, AQUAINT) when DIR has them. */
  readonly bySubset?: Readonly<Record<string, TimexScores & { documents: number }>>;
  /** With --errors: the wrong values of relaxed matches, grouped by how they differ from the gold. */
  readonly valueErrors?: readonly ValueErrorClass[];
}

/** The inclusive token range a character span covers, on the document's own tokens. */
function tokenRange(tokens: TokenLayer, span: Span): { first: number; last: number } {
  const first = tokenAt(tokens, span.start);
  let last = first;
  while (last + 1 < tokens.length && tokens.start[last + 1] < span.end) last++;
  return { first, last };
}

export const timeEval: EvalTask<TimeEvalResult> = {
  usage: `parley eval time (--timeml DIR | --meantime DIR) [--errors] [--json]

Scores the time stage on gold timexes (TempEval-3 Task A definitions: strict = identical
token extent, relaxed = one shared token, value/type F1 = attribute accuracy on relaxed
matches × relaxed F1). Each file's DCT is given as the publication date and is not scored.
--timeml DIR   TimeML .tml files (TempEval-3: TBAQ-cleaned, with TimeBank/ and AQUAINT/).
--meantime DIR MEANTIME CAT .xml files (intra_cross-doc_annotation, with corpus_airbus/ …):
               title and the first four body sentences, where MEANTIME annotates times;
               files without a creation time are skipped and counted ("skipped" in --json).
When DIR has subfolders each is also scored on its own. --errors also groups the wrong
values by how they differ from the gold (our direction or anchor, the gold's unresolved
digits, granularity, duration against point …), with examples.`,
  options: { timeml: { type: 'string' }, meantime: { type: 'string' }, errors: { type: 'boolean' } },
  async run(values) {
    const wrong: WrongValue[] = [];
    const { format, dir } = goldCorpus('time', values);
    const { total, documents, skipped, bySubset } = scoreTimeML('time', format, dir, {
      empty: emptyCounts,
      summarise,
      add(counts, gold, doc, isTotal) {
        const tokens = doc.get('tokens');
        const scored = (t: Span & { type: string; value: string }): ScoredTimex => ({ ...tokenRange(tokens, t), type: t.type, value: t.value });
        countDocument(counts, gold.timexes.map(scored), doc.get('timexes').map(scored), (g, s) => {
          if (isTotal && g.value !== s.value) wrong.push({ text: gold.text.slice(tokens.start[s.first], tokens.end[s.last]), system: s.value, gold: g.value });
        });
      },
    });
    const errors = values.errors ? { valueErrors: groupValueErrors(wrong) } : {};
    return { task: 'time', ...total, documents, ...(skipped ? { skipped } : {}), ...(bySubset ? { bySubset } : {}), ...errors };
  },
  table(r) {
    const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
    const subsets = Object.entries(r.bySubset ?? {});
    const width = Math.max(10, ...subsets.map(([name]) => name.length));
    const row = (name: string, s: TimexScores, docs: number) =>
      `${name.padEnd(width)} ${String(docs).padStart(5)} ${String(s.timexes).padStart(6)}  ${pct(s.strict.precision)}${pct(s.strict.recall)}${pct(s.strict.f1)}  ${pct(s.relaxed.precision)}${pct(s.relaxed.recall)}${pct(s.relaxed.f1)}  ${pct(s.valueF1)} ${pct(s.typeF1)}`;
    const lines = [
      `${'set'.padEnd(width)} ${'docs'.padStart(5)} ${'gold'.padStart(6)}  ${'strict P     R    F1'.padStart(18)}  ${'relaxed P     R    F1'.padStart(18)}  value F1  type F1`,
      ...subsets.map(([name, s]) => row(name, s, s.documents)),
      row('all', r, r.documents),
      ...(r.skipped ? [`(${r.skipped} document${r.skipped === 1 ? '' : 's'} without a creation time skipped)`] : []),
    ];
    if (r.valueErrors) {
      const count = r.valueErrors.reduce((n, c) => n + c.count, 0);
      lines.push('', `${count} wrong values on relaxed matches, by how they differ from the gold:`);
      for (const c of r.valueErrors) lines.push(`${String(c.count).padStart(5)}  ${c.kind}`, ...c.examples.map((e) => `         ${e}`));
    }
    return lines.join('\n');
  },
};
