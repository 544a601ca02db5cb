import { isSpaceCode } from '../../util/whitespace.js';
import { WEB_DOMAINS } from '../../util/web-domains.js';

/**
 * What wink-nlp is given instead of a paragraph: a copy of the same length, so that every
 * offset into it is an offset into the text, rewritten where wink's tokeniser goes wrong.
 *
 *  - Letters and marks beyond Latin-1 become `x` (`X` for a capital): wink's tokeniser
 *    splits a word at every letter it does not know ("Erdoğan" → `Erdo | ğ | an`, "Wałęsa" →
 *    `Wa | łę | sa`), and how it splits depends on what it has cached from earlier texts.
 *    An ASCII stand-in keeps the word whole, its capital and its length.
 *  - A run of more than `LONG_RUN` characters without whitespace (base64, a pasted hash) is
 *    one token; wink only sees its first character, then spaces: wink's time grows with
 *    the square of a run's length (1,000 letters 20 ms, 16,000 letters 0.6 s).
 *  - Two apostrophes written for a double quotation mark ("memories of ''all the people …''", as NYT archive text
 *    has them) become two straight double marks: wink glued the opening pair's second apostrophe to the word
 *    after it ("'all").
 *  - The full stops inside a web domain ("Znak.com reported", "in remarks to UOL.com.br, said") become `x`:
 *    wink splits the name at each stop and ends a sentence there, cutting the subject from its verb.
 */
export const LONG_RUN = 100;

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const FOREIGN_LETTER = /(?![\u0000-\u00ff])[\p{L}\p{M}]/gu;
const WHITESPACE = /\s+/g;
/** A stop before a lower-case letter: only text with one may hold a domain. */
const STOP_BEFORE_LETTER = /\.[a-z]/;

export interface WinkInput {
  /** The text wink parses: as long as the original, character for character where it matters. */
  readonly text: string;
  /** Start → end offset (in the same text) of each long run, which wink sees as one character. */
  readonly runs: ReadonlyMap<number, number>;
}

const NO_RUNS: ReadonlyMap<number, number> = new Map();

export function winkInput(text: string): WinkInput {
  const latin = BEYOND_LATIN1.test(text) ? text.replace(FOREIGN_LETTER, standIn) : text;
  const marked = latin.includes("''") ? latin.replace(/''/g, '""') : latin;
  const masked = STOP_BEFORE_LETTER.test(marked) ? marked.replace(WEB_DOMAINS, (domain) => domain.replace(/\./g, 'x')) : marked;
  if (!hasLongRun(masked)) return { text: masked, runs: NO_RUNS };
  const runs = new Map<number, number>();
  const pieces: string[] = [];
  let from = 0;
  const take = (end: number) => {
    if (end - from > LONG_RUN) {
      runs.set(from, end);
      pieces.push(/[\p{L}\p{N}]/u.test(masked[from]) ? masked[from] : 'x', ' '.repeat(end - from - 1));
    } else {
      pieces.push(masked.slice(from, end));
    }
  };
  // Runs are found between whitespace matches: a regular expression over the run itself
  // backtracks, and overflows the stack on a 10 MB run.
  for (const space of masked.matchAll(WHITESPACE)) {
    take(space.index);
    pieces.push(space[0]);
    from = space.index + space[0].length;
  }
  take(masked.length);
  return { text: pieces.join(''), runs };
}

/** Whether the text has a run of more than `LONG_RUN` characters without whitespace (most paragraphs have none). */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isSpaceCode(text.charCodeAt(i)) ? 0 : run + 1;
    if (run > LONG_RUN) return true;
  }
  return false;
}

function standIn(letter: string): string {
  const x = letter.toLowerCase() !== letter ? 'X' : 'x';
  return letter.length === 1 ? x : x + 'x';
}
