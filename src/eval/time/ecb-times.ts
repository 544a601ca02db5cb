/**
 * Reader for the time mentions of ECB+ (Cybulska & Vossen 2014; CAT XML, one news or web article
 * per file, `<topic>/<topic>_<n>ecb.xml` for the original ECB texts and `…ecbplus.xml` for the
 * added ones). ECB+ annotated its events' components, times among them, fully only in the
 * sentences `ECBplus_coreference_sentences.csv` lists, so gold and system are read in those only.
 */
import { ParleyError } from '../../model/errors.js';
import type { Span } from '../../model/span.js';
import { detokenise } from '../corpora/detokenise.js';
import { readMarkables, readTokens } from './cat-xml.js';
import { ecbJoins, straightQuoteOpens } from './ecb-joins.js';

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

/** In an added (`ecbplus`) text, sentence 0 is the source URL, tokenised. */
const URL_SENTENCE = 0;

/**
 * One ECB+ file: the text rebuilt from its tokens (a blank line between sentences, the URL
 * sentence of an `ecbplus` file left out), the spans of its `annotated` sentences, and the
 * anchored TIME_* mentions in them.
 */
export function readEcbDocument(xml: string, id: string, annotated: ReadonlySet<number>): EcbDocument {
  const all = readTokens(xml);
  const tokens = id.endsWith('ecbplus') ? all.filter((t) => t.sentence !== URL_SENTENCE) : all;
  const joined = ecbJoins(tokens);
  const opens = straightQuoteOpens(tokens);
  const { text, starts, ends } = detokenise(tokens.map((t, i) => ({ ...t, opens: opens.get(i) })), () => '\n\n', (i) => joined.has(i));
  const position = new Map(tokens.map((t, i) => [t.id, i]));

  const sentences = new Map<number, Span>();
  tokens.forEach((t, i) => {
    if (!annotated.has(t.sentence)) return;
    const span = sentences.get(t.sentence);
    sentences.set(t.sentence, { start: span?.start ?? starts[i], end: ends[i] });
  });

  const times: EcbTime[] = [];
  for (const type of ECB_TIME_TYPES) {
    for (const { anchors } of readMarkables(xml, type)) {
      const positions = anchors.map((a) => position.get(a));
      if (positions.length === 0 || positions.some((p) => p === undefined)) continue;
      const first = Math.min(...(positions as number[]));
      if (!annotated.has(tokens[first].sentence)) continue;
      const start = starts[first];
      const end = ends[Math.max(...(positions as number[]))];
      times.push({ type, start, end, text: text.slice(start, end) });
    }
  }
  times.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id, text, annotated: [...sentences.values()], times };
}
