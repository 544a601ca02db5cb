import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../model/errors.js';

/** A mention as a half-open token range `[start, end)` over the document's tokens. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

/** One document of a CoNLL coreference file: its tokens and its gold chains (singletons included). */
export interface CorefDocument {
  readonly id: string;
  readonly tokens: readonly string[];
  readonly chains: ReadonlyArray<readonly TokenSpan[]>;
}

/**
 * Reads CoNLL coreference documents: `# begin document ID`, one token per line whose last
 * column holds bracketed chain marks — `(type-7` opens, `type-7)` closes, `(type-7)` is a
 * one-token mention — and `# end document`. The chain id is the second `-` field, so GUM's
 * `type-id-WikipediaTitle` and plain CoNLL-2012 `(7)` marks both read.
 */
export function parseCorefConll(content: string, source = 'input'): CorefDocument[] {
  const docs: CorefDocument[] = [];
  let current: { id: string; tokens: string[]; chains: Map<string, TokenSpan[]>; open: Map<string, number[]> } | null = null;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const begin = /^#\s*begin document\s*\(?([^);]*)\)?/.exec(line);
    if (begin) {
      current = { id: begin[1].trim(), tokens: [], chains: new Map(), open: new Map() };
      continue;
    }
    if (/^#\s*end document/.test(line)) {
      if (!current) throw new ParleyError('E_INPUT_FORMAT', `${source}:${n + 1}: '# end document' without a begin`);
      const unclosed = [...current.open.entries()].filter(([, starts]) => starts.length > 0);
      if (unclosed.length) throw new ParleyError('E_INPUT_FORMAT', `${source}: document ${current.id} leaves chain ${unclosed[0][0]} open`);
      docs.push({ id: current.id, tokens: current.tokens, chains: [...current.chains.values()] });
      current = null;
      continue;
    }
    if (line.trim() === '' || line.startsWith('#') || !current) continue;
    const cols = line.split('\t');
    const index = current.tokens.length;
    current.tokens.push(cols.length > 2 ? cols[1] : cols[0]);
    const marks = cols[cols.length - 1];
    if (marks === '_' || marks === '-') continue;
    for (const m of marks.matchAll(/(\()?([^()|]+)(\))?/g)) {
      const [, opens, label, closes] = m;
      const fields = label.split('-');
      const chain = fields.length > 1 ? fields[1] : fields[0];
      if (opens && closes) add(current.chains, chain, { start: index, end: index + 1 });
      else if (opens) current.open.set(chain, [...(current.open.get(chain) ?? []), index]);
      else if (closes) {
        const starts = current.open.get(chain);
        const start = starts?.pop();
        if (start === undefined) throw new ParleyError('E_INPUT_FORMAT', `${source}:${n + 1}: chain ${chain} closes without opening`);
        add(current.chains, chain, { start, end: index + 1 });
      }
    }
  }
  return docs;
}

function add(chains: Map<string, TokenSpan[]>, chain: string, span: TokenSpan): void {
  const list = chains.get(chain);
  if (list) list.push(span);
  else chains.set(chain, [span]);
}

/** Reads a `.conll` file or every `.conll` file of a folder, in name order. */
export function readCorefConll(path: string): CorefDocument[] {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path).filter((f) => f.endsWith('.conll')).sort().map((f) => join(path, f))
      : [path];
  } catch {
    throw new ParleyError('E_INPUT_NOT_FOUND', `--conll: cannot read '${path}'; give a CoNLL coreference file or a folder of them`);
  }
  if (files.length === 0) throw new ParleyError('E_INPUT_NOT_FOUND', `--conll: no .conll files in '${path}'`);
  return files.flatMap((f) => parseCorefConll(readFileSync(f, 'utf8'), f));
}
