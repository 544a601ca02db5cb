import { readFileSync } from 'node:fs';
import { ParleyError } from '../model/errors.js';

/** One CoNLL-2003 document: its words, NER labels (IOB1 or IOB2) and sentence ranges. */
export interface ConllDocument {
  readonly words: string[];
  readonly labels: string[];
  readonly sentences: Array<{ start: number; end: number }>;
}

/** Reads a CoNLL-2003 column file (word first, NER label last), split at -DOCSTART- lines. */
export function readConll(path: string): ConllDocument[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ParleyError('E_INPUT_UNREADABLE', `cannot read CoNLL file '${path}'; give the path of a CoNLL-2003 column file`);
  }
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { words: [], labels: [], sentences: [] };
  let sentenceStart = 0;
  const closeSentence = () => {
    if (doc.words.length > sentenceStart) doc.sentences.push({ start: sentenceStart, end: doc.words.length });
    sentenceStart = doc.words.length;
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      closeSentence();
      if (doc.words.length) docs.push(doc);
      doc = { words: [], labels: [], sentences: [] };
      sentenceStart = 0;
    } else if (cols[0] === '') {
      closeSentence();
    } else {
      doc.words.push(cols[0]);
      doc.labels.push(cols[cols.length - 1]);
    }
  }
  closeSentence();
  if (doc.words.length) docs.push(doc);
  if (!docs.length) throw new ParleyError('E_INPUT_FORMAT', `no tokens in CoNLL file '${path}'`);
  return docs;
}
