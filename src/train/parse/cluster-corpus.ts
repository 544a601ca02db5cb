import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, readTokens } from '../../eval/time/cat-xml.js';
import { loadWink, segmentText } from '../../stages/segment/index.js';
import { normalise } from '../../stages/parse/words.js';
import { ROOT, readTreebanks } from './corpus.js';

/**
 * The unlabelled news text the word clusters are learnt from, as sentences of words spelt as the
 * parser reads them (words.ts normalise: lower case, digits as 0). Training splits only: no dev or
 * test document of any corpus, and none of the four GUM dev documents (Wikinews articles that GUM
 * holds are left out of the Wikinews set; GUM's training documents come in through the treebank).
 * Text that is already tokenised keeps its tokens; raw text is tokenised by Parley's segment stage.
 */
export const DATA = join(ROOT, '..', 'shared', 'data');

export interface CorpusPart {
  readonly name: string;
  readonly licence: string;
  readonly sentences: string[][];
}

export const files = (dir: string, suffix: string) => readdirSync(dir).filter((f) => f.endsWith(suffix)).sort().map((f) => join(dir, f));

/** Raw text as Parley's segment stage splits it into sentences and tokens (words as written). */
export function segmented(texts: readonly string[]): string[][] {
  const wink = loadWink();
  const out: string[][] = [];
  for (const text of texts) {
    const { tokens, sentences } = segmentText(text, wink);
    for (const s of sentences) {
      const words: string[] = [];
      for (let t = s.tokenStart; t < s.tokenEnd; t++) words.push(text.slice(tokens.start[t], tokens.end[t]));
      out.push(words);
    }
  }
  return out;
}

const normalised = (sentences: readonly string[][]) => sentences.map((s) => s.map(normalise));

function treebanks(): string[][] {
  return readTreebanks().train.map((s) => s.forms.map(normalise));
}

/** CoNLL-2003 train's sentences, words as written. */
export function conll2003(): string[][] {
  const out: string[][] = [];
  let words: string[] = [];
  for (const line of readFileSync(join(DATA, 'conll2003', 'train.txt'), 'utf8').split('\n')) {
    const form = line.split(' ')[0];
    if (!line.trim() || form === '-DOCSTART-') {
      if (words.length > 0) out.push(words);
      words = [];
    } else words.push(form);
  }
  if (words.length > 0) out.push(words);
  return out;
}

/** CAT XML (MEANTIME, ECB+): `<token sentence="k">` elements, one sentence per k, words as written. */
export function catXml(paths: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const path of paths) {
    let sentence = -1;
    for (const t of readTokens(readFileSync(path, 'utf8'))) {
      if (t.sentence !== sentence) out.push([]);
      sentence = t.sentence;
      out[out.length - 1].push(t.text);
    }
  }
  return out;
}

/** The texts of TempEval-3's TBAQ-cleaned (TimeBank and AQUAINT, its training data). */
export function timeml(): string[] {
  const dir = join(DATA, 'tempeval3', 'TBAQ-cleaned');
  return ['TimeBank', 'AQUAINT'].flatMap((d) => files(join(dir, d), '.tml')).map((path) => {
    const xml = readFileSync(path, 'utf8');
    const body = xml.slice(xml.indexOf('<TEXT>') + 6, xml.indexOf('</TEXT>'));
    return decode(body.replace(/<[^>]*>/g, ''));
  });
}

/** The Wikinews articles of 2019–2020: the others are GUM documents (wikinews/PROVENANCE.md), dev ones among them. */
/** PolNeAR's training articles (its dev and test months are other folders). */
export function polnearTrain(): string[] {
  return files(join(DATA, 'polnear', 'train', 'text'), '.txt').map((p) => readFileSync(p, 'utf8'));
}

export function wikinews(): string[] {
  return readFileSync(join(DATA, 'wikinews', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as { published: string; text: string })
    .filter((a) => a.published >= '2019-01-01' && a.published <= '2020-12-31')
    .map((a) => a.text);
}

export function clusterCorpus(): CorpusPart[] {
  const ecb = join(DATA, 'cdec', 'ecbplus', 'ECB+');
  return [
    { name: 'UD English EWT train + GUM training documents', licence: 'CC BY-SA 4.0 / CC BY 2.5', sentences: treebanks() },
    { name: 'PolNeAR train', licence: 'publishers\' copyright', sentences: normalised(segmented(polnearTrain())) },
    { name: 'CoNLL-2003 train', licence: 'Reuters RCV1 research agreement', sentences: normalised(conll2003()) },
    { name: 'TempEval-3 TBAQ-cleaned', licence: 'LDC newswire', sentences: normalised(segmented(timeml())) },
    { name: 'MEANTIME English', licence: 'CC BY 4.0 (Wikinews CC BY 2.5)', sentences: normalised(catXml(readdirSync(join(DATA, 'meantime', 'intra_cross-doc_annotation')).filter((d) => d.startsWith('corpus_')).sort().flatMap((d) => files(join(DATA, 'meantime', 'intra_cross-doc_annotation', d), '.xml')))) },
    { name: 'ECB+ topics 1–35', licence: 'CC BY 3.0 annotations; texts of many publishers', sentences: normalised(catXml(readdirSync(ecb).sort((a, b) => Number(a) - Number(b)).flatMap((d) => files(join(ecb, d), '.xml')))) },
    { name: 'Wikinews 2019–2020 (293 articles)', licence: 'CC BY 2.5', sentences: normalised(segmented(wikinews())) },
  ];
}
