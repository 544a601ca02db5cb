/**
 * Reader for the time mentions of ECB+ (Cybulska & Vossen 2014; CAT XML, one news or web article
 * per file, `<topic>/<topic>_<n>ecb.xml` for the original ECB texts and `…ecbplus.xml` for the
 * added ones). ECB+ annotated its events' components, times among them, fully only in the
 * sentences `ECBplus_coreference_sentences.csv` lists, so gold and system are read in those only.
 */
import { ParleyError } from '../../model/errors.js';
import type { Span } from '../../model/span.js';
import { readTokens } from './cat-xml.js';
import { anchoredMarkables, rebuildEcbText } from './ecb-text.js';

/** ECB+'s time tags (TimeML's types, TIME_REPETITION for SET but also "again", "second time"). */
export const ECB_TIME_TYPES = ['TIME_DATE', 'TIME_OF_THE_DAY', 'TIME_DURATION', 'TIME_REPETITION'] as const;
export type EcbTimeType = (typeof ECB_TIME_TYPES)[number];

export interface EcbTime extends Span {
  readonly type: EcbTimeType;
  readonly text: string;
}

export interface EcbDocument {
  /** The file name without `.xml`: "1_10ecbplus". */
  readonly id: string;
  readonly text: string;
  /** The annotated sentences, in text order: only there are gold times complete. */
  readonly annotated: readonly Span[];
  /** The anchored time mentions of the annotated sentences, from first to last anchored token, in text order. */
  readonly times: readonly EcbTime[];
}

/**
 * The annotated sentences of each file, from the CSV's `Topic,File,Sentence Number` rows: File
 * "10ecbplus" of topic 1 is "1_10ecbplus".
 */
export function readAnnotatedSentences(csv: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',').map((cell) => cell.trim());
    if (!topic) continue;
    if (!file || !/^\d+$/.test(sentence ?? '')) throw new ParleyError('E_INPUT_FORMAT', `ECB+ sentence list: cannot read the row "${line}"`);
    const id = `${topic}_${file}`;
    if (!out.has(id)) out.set(id, new Set());
    out.get(id)!.add(Number(sentence));
  }
  return out;
}

/**
 * One ECB+ file: the text rebuilt from its tokens (a blank line between sentences, the URL
 * sentence of an `ecbplus` file left out), the spans of its `annotated` sentences, and the
 * anchored TIME_* mentions in them.
 */
export function readEcbDocument(xml: string, id: string, annotated: ReadonlySet<number>): EcbDocument {
  const rebuilt = rebuildEcbText(id, readTokens(xml));
  const { text, starts, ends } = rebuilt;
  const sentences = new Map<number, Span>();
  rebuilt.tokens.forEach((t, i) => {
    if (!annotated.has(t.sentence)) return;
    const span = sentences.get(t.sentence);
    sentences.set(t.sentence, { start: span?.start ?? starts[i], end: ends[i] });
  });
  const times: EcbTime[] = ECB_TIME_TYPES.flatMap((type) =>
    anchoredMarkables(xml, type, rebuilt, annotated).map(({ start, end, text: words }) => ({ type, start, end, text: words })));
  times.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id, text, annotated: [...sentences.values()], times };
}
