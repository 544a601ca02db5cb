import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detokenise } from './detokenise.js';

/**
 * Readers that turn tokenised gold corpora back into running text, so that Parley can be
 * run on text as it appears in the news rather than on pre-split tokens.
 */
export interface RunningText {
  readonly name: string;
  readonly text: string;
  /** Character offsets of the gold tokens in `text`. */
  readonly tokens: ReadonlyArray<{ start: number; end: number }>;
  /** Gold sentence spans (first/last token), when the corpus marks sentences. */
  readonly sentences: ReadonlyArray<{ start: number; end: number }>;
}

/** CoNLL-2003: one running text per `-DOCSTART-` document, sentences joined by spaces. */
export function conllRunningTexts(path: string): RunningText[] {
  const docs: string[][][] = [];
  let sentence: string[] = [];
  const flush = () => { if (sentence.length) { docs[docs.length - 1]?.push(sentence); sentence = []; } };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) { flush(); docs.push([]); continue; }
    if (line.trim() === '') { flush(); continue; }
    if (docs.length === 0) docs.push([]);
    sentence.push(line.split(' ')[0]);
  }
  flush();
  return docs.map((sentences, i) => joinSentences(`${path}#${i + 1}`, sentences, () => ' '));
}

/** The sentences' words as running text; `separator(previous, next)` goes between two sentences. */
function joinSentences(name: string, sentences: readonly string[][], separator: (previous: number, next: number) => string): RunningText {
  const words = sentences.flatMap((sentence, i) => sentence.map((text) => ({ text, sentence: i })));
  const { text, starts, ends } = detokenise(words, separator);
  const tokens = words.map((_, i) => ({ start: starts[i], end: ends[i] }));
  const spans: Array<{ start: number; end: number }> = [];
  let first = 0;
  for (const sentence of sentences) {
    spans.push({ start: starts[first], end: ends[first + sentence.length - 1] });
    first += sentence.length;
  }
  return { name, text, tokens, sentences: spans };
}

/** GUM (CoNLL-U): each document's `# text =` sentences, paragraphs separated by blank lines. */
export function gumRunningTexts(dir: string): RunningText[] {
  return readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort().map((file) => {
    let text = '';
    const tokens: Array<{ start: number; end: number }> = [];
    const sentences: Array<{ start: number; end: number }> = [];
    let newPar = false;
    let cursor = 0;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.startsWith('# newpar')) newPar = true;
      else if (line.startsWith('# text = ')) {
        if (text) text += newPar ? '\n\n' : ' ';
        newPar = false;
        const s = line.slice('# text = '.length);
        sentences.push({ start: text.length, end: text.length + s.length });
        cursor = text.length;
        text += s;
      } else if (/^\d+\t/.test(line)) {
        const form = line.split('\t')[1];
        const at = text.indexOf(form, cursor);
        if (at >= 0) { tokens.push({ start: at, end: at + form.length }); cursor = at + form.length; }
      }
    }
    return { name: file, text, tokens, sentences };
  });
}

/** MEANTIME (CAT XML): tokens re-joined per sentence; sentence 0 is the title, its own paragraph. */
export function meantimeRunningTexts(dir: string): RunningText[] {
  const out: RunningText[] = [];
  for (const corpus of readdirSync(dir).filter((d) => d.startsWith('corpus_')).sort()) {
    for (const file of readdirSync(join(dir, corpus)).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(dir, corpus, file), 'utf8');
      const bySentence = new Map<number, string[]>();
      for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const s = Number(m[1]);
        if (!bySentence.has(s)) bySentence.set(s, []);
        bySentence.get(s)!.push(decodeXml(m[2]));
      }
      const sentences = [...bySentence.keys()].sort((a, b) => a - b).map((k) => bySentence.get(k)!);
      out.push(joinSentences(`${corpus}/${file}`, sentences, (previous) => (previous === 0 ? '\n\n' : ' ')));
    }
  }
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
