/**
 * Rebuilds running text from Penn-Treebank-style tokens (as CoNLL-2003 and MEANTIME store
 * them), keeping each token's exact `[start, end)` offset in the rebuilt text.
 */

/** A token and the sentence it belongs to; `text` is already entity-decoded. */
export interface SentenceToken {
  readonly text: string;
  readonly sentence: number;
  /**
   * For a quote mark, whether it opens a quotation, when the corpus says so (GUM tags quotes
   * `` or ''); without it a straight quote opens or closes by turns and `'` always closes.
   */
  readonly opens?: boolean;
}

export interface Detokenised {
  readonly text: string;
  /** Offsets of token i in `text`: `text.slice(starts[i], ends[i])` is its surface form. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Tokens written against the previous one: closing punctuation, clitics (with a straight or a curly apostrophe), closing quotes. */
const ATTACH_LEFT = new Set([
  ',', '.', ';', ':', '!', '?', '...', ')', ']', '}', '%', "'", '’', '”',
  "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", 'n’t', '’s', '’re', '’ve', '’ll', '’d', '’m',
]);
/** Tokens the next one is written against: opening brackets, currency signs (PTB writes £ as #), opening quotes. */
const ATTACH_RIGHT = new Set(['(', '[', '{', '#', '£', '€', '¥', '`', '“', '‘']);
/** Dollar signs, alone or with a country (US$, HK$, A$). */
const DOLLAR = /^[A-Z]*\$$/;

const QUOTE_MARKS = new Set(['``', "''", '"', "'", '‘', '’', '“', '”']);

/**
 * PTB quotes become the straight quote the article had; `opening` says which side it attaches to.
 * A straight `"` (MEANTIME keeps some as `&quot;`) opens or closes by turns.
 */
function quote(token: string, open: boolean, opens?: boolean): { surface: string; opening: boolean } | null {
  if (opens !== undefined && QUOTE_MARKS.has(token)) return { surface: token === '``' || token === "''" ? '"' : token, opening: opens };
  if (token === '``') return { surface: '"', opening: true };
  if (token === "''") return { surface: '"', opening: false };
  if (token === '"') return { surface: '"', opening: !open };
  return null;
}

/**
 * Joins tokens with a space unless punctuation says otherwise; where the sentence number
 * changes, `separator(previousSentence, nextSentence)` is written instead. `joined(i)` names more
 * tokens written against the one before, for a corpus whose tokeniser split words further ("3 : 33").
 */
export function detokenise(
  tokens: readonly SentenceToken[], separator: (previous: number, next: number) => string, joined: (i: number) => boolean = () => false,
): Detokenised {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let quoteOpen = false;
  let glueNext = false;
  tokens.forEach((token, i) => {
    const q = quote(token.text, quoteOpen, token.opens);
    const surface = q ? q.surface : token.text;
    const glueLeft = q ? !q.opening : ATTACH_LEFT.has(token.text.toLowerCase());
    if (i > 0) {
      const previous = tokens[i - 1].sentence;
      if (previous !== token.sentence) text += separator(previous, token.sentence);
      else if (!glueLeft && !glueNext && !joined(i)) text += ' ';
    }
    starts.push(text.length);
    text += surface;
    ends.push(text.length);
    if (q) quoteOpen = q.opening;
    glueNext = q ? q.opening : ATTACH_RIGHT.has(token.text) || DOLLAR.test(token.text);
  });
  return { text, starts, ends };
}
