import { readFileSync } from 'node:fs';
import { ParleyError } from '../model/errors.js';

/** One CoNLL-U sentence: its syntactic words (multi-word ranges and empty nodes skipped). */
export interface ConlluSentence {
  readonly id: string;
  readonly forms: string[];
  readonly lemmas: string[];
  readonly upos: string[];
  readonly xpos: string[];
  /** 0-based index of each word's head, -1 for the root. */
  readonly heads: number[];
  /** The full relation, subtype included (`nsubj:pass`). */
  readonly relations: string[];
}

/** Reads a CoNLL-U file; a malformed line is an input error that names the file and line. */
export function readConllu(path: string): ConlluSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ParleyError('E_INPUT_UNREADABLE', `cannot read CoNLL-U file '${path}'; give the path of a UD .conllu file`);
  }
  return parseConllu(text, path);
}

export function parseConllu(text: string, source = 'input'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let current = emptySentence('');
  let id = '';
  const close = () => {
    if (current.forms.length) out.push(current);
    current = emptySentence('');
  };
  const lines = text.split('\n');
  lines.forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line === '') return close();
    if (line.startsWith('#')) {
      const m = /^# sent_id = (.*)$/.exec(line);
      if (m) id = m[1];
      return;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new ParleyError('E_INPUT_FORMAT', `${source}:${n + 1}: a CoNLL-U word line has 10 tab-separated columns, this one has ${cols.length}`);
    if (!/^\d+$/.test(cols[0])) return;
    if (current.forms.length === 0) current = emptySentence(id);
    const head = Number(cols[6]);
    if (!Number.isInteger(head)) throw new ParleyError('E_INPUT_FORMAT', `${source}:${n + 1}: HEAD '${cols[6]}' is not a number`);
    current.forms.push(cols[1]);
    current.lemmas.push(cols[2]);
    current.upos.push(cols[3]);
    current.xpos.push(cols[4]);
    current.heads.push(head - 1);
    current.relations.push(cols[7]);
  });
  close();
  return out;
}

function emptySentence(id: string): ConlluSentence {
  return { id, forms: [], lemmas: [], upos: [], xpos: [], heads: [], relations: [] };
}
