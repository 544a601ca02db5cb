/**
 * Reader for the `<date>` elements of GUM's Wikinews documents (xml/*.xml: TEI-like inline markup
 * over one token per line, `word PTB-tag lemma …` tab-separated), with the running text rebuilt
 * from the tokens so that the time stage can be run on it.
 */
import { ParleyError } from '../../model/errors.js';
import { detokenise, type SentenceToken } from '../corpora/detokenise.js';
import { attributes, decode } from './cat-xml.js';

/**
 * One gold date: `when` for a calendar point, `notBefore`/`notAfter` (one or both) for a date GUM
 * bounds instead, values in TIMEX3 form (see `timexValue`).
 */
export interface GumDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly when?: string;
  readonly notBefore?: string;
  readonly notAfter?: string;
}

export interface GumDocument {
  readonly id: string;
  /** The document's genre, GUM's `type`: "news" or "interview". */
  readonly subset: string;
  /** `dateCreated`, the publication date. */
  readonly dct: string;
  readonly text: string;
  /** In the order their start tags come, which is text order. */
  readonly dates: readonly GumDate[];
}

/** Elements whose content is a block of its own: a blank line goes before and after it. */
const BLOCKS = new Set(['head', 'p', 'sp', 'caption', 'item', 'l']);

/**
 * A GUM (TEI) date value in TIMEX3 form: a month or day without a year ("--10", "---05",
 * "--09-15") gets TIMEX3's X digits, and a time's zero seconds are dropped ("T22:30:00" →
 * "T22:30"), as TimeML writes times to the minute. Other values are already TIMEX3 values.
 */
export function timexValue(gum: string): string {
  return gum
    .replace(/^---(\d\d)$/, 'XXXX-XX-$1')
    .replace(/^--(\d\d(?:-\d\d)?)$/, 'XXXX-$1')
    .replace(/(T\d\d:\d\d):00$/, '$1');
}

/** A token as the file lists it, placed in the detokeniser's input: entry `entry`, characters `[from, to)` of it. */
interface Placed { readonly entry: number; readonly from: number; readonly to: number }

/**
 * Reads one GUM xml file. Blocks (heads, paragraphs, interview turns, captions, list items, verse
 * lines) are separated by a blank line, sentences within a block by a space unless punctuation
 * says otherwise; a `<quote>` runs inline (GUM marks quotations within sentences). The words of a `<w>` ("quasi-state", "9/11-related") are
 * written together, as the article had them. Quote marks open or close as their PTB tag (`` or
 * '') says. A date given as `from`/`to` (a period GUM names: "last week", "the 1960s") is read
 * like one given as `notBefore`/`notAfter` (a date GUM can only bound: "several years ago"): both
 * are the bounds a date value must fall within.
 */
export function readGumDates(xml: string, id: string): GumDocument {
  const entries: SentenceToken[] = [];
  const placed: Placed[] = [];
  let root: Record<string, string> | null = null;
  let block = 0;
  let breakPending = false;
  let word: Placed[] | null = null;
  let wordText = '';
  const open: Array<{ attrs: Record<string, string>; first: number; order: number }> = [];
  const spans: Array<{ attrs: Record<string, string>; first: number; last: number; order: number }> = [];
  let opened = 0;

  for (const line of xml.split('\n')) {
    if (line.trim() === '') continue;
    const tag = /^<(\/?)([A-Za-z]+)([^>]*?)\/?>$/.exec(line.trim());
    if (tag) {
      const [, closing, name, rest] = tag;
      if (name === 'text' && !closing) root = attributes(rest);
      if (BLOCKS.has(name)) breakPending = true;
      if (name === 'w' && !closing) { word = []; wordText = ''; }
      if (name === 'w' && closing && word) {
        entries.push({ text: wordText, sentence: block });
        placed.push(...word);
        word = null;
      }
      if (name === 'date' && !closing) open.push({ attrs: attributes(rest), first: placed.length + (word?.length ?? 0), order: opened++ });
      if (name === 'date' && closing) {
        const date = open.pop();
        if (date) spans.push({ ...date, last: placed.length + (word?.length ?? 0) - 1 });
      }
      continue;
    }
    const [form, ptb] = line.split('\t');
    const text = decode(form);
    if (breakPending && entries.length > 0) block++;
    breakPending = false;
    if (word) {
      word.push({ entry: entries.length, from: wordText.length, to: wordText.length + text.length });
      wordText += text;
    } else {
      placed.push({ entry: entries.length, from: 0, to: text.length });
      entries.push({ text, sentence: block, ...(ptb === '``' || ptb === "''" ? { opens: ptb === '``' } : {}) });
    }
  }
  if (!root?.dateCreated) throw new ParleyError('E_INPUT_FORMAT', `${id}: no <text dateCreated="…"> root, which a GUM xml file has`);

  const { text, starts, ends } = detokenise(entries, () => '\n\n');
  // A token written alone spans its whole entry (a PTB quote `` is written as `"`); one inside a <w> its share of it.
  const startOf = (p: Placed) => starts[p.entry] + p.from;
  const endOf = (p: Placed) => (entries[p.entry].text.length === p.to && p.from === 0 ? ends[p.entry] : starts[p.entry] + p.to);
  const dates = spans.sort((a, b) => a.order - b.order).map(({ attrs, first, last }) => {
    if (last < first) throw new ParleyError('E_INPUT_FORMAT', `${id}: a <date> with no words`);
    const start = startOf(placed[first]);
    const end = endOf(placed[last]);
    const lower = attrs.notBefore ?? attrs.from;
    const upper = attrs.notAfter ?? attrs.to;
    return {
      start, end, text: text.slice(start, end),
      ...(attrs.when !== undefined ? { when: timexValue(attrs.when) } : {}),
      ...(lower !== undefined ? { notBefore: timexValue(lower) } : {}),
      ...(upper !== undefined ? { notAfter: timexValue(upper) } : {}),
    };
  });
  return { id, subset: root.type ?? '', dct: root.dateCreated, text, dates };
}
