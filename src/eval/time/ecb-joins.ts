/**
 * Where ECB+'s tokeniser split what a newspaper writes as one word: the tokens to write against
 * the one before, on top of the Penn-Treebank rules of `detokenise` (clitics, closing punctuation).
 * ECB+ splits at every hyphen ("eight - year"), colon ("3 : 33") and full stop ("9 . 25 am",
 * "6 . 1 - magnitude", "7 p . m ."), and at the apostrophe of a curly clitic ("Lohan ’ s").
 */
import type { CatToken } from './cat-xml.js';

/** A number, or one with its unit written on: "12pm". */
const STARTS_WITH_DIGIT = /^\d/;
const ENDS_IN_DIGIT = /\d$/;
const CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** The indices of the tokens written with no space before them, given the ECB+ splits above. */
export function ecbJoins(tokens: readonly CatToken[]): Set<number> {
  const joined = new Set<number>();
  const at = (i: number, sentence: number) => (tokens[i]?.sentence === sentence ? tokens[i].text : undefined);
  tokens.forEach(({ text, sentence }, i) => {
    const before = at(i - 1, sentence);
    const after = at(i + 1, sentence);
    if (after === undefined) return;
    // a token ending in a colon after a number, then digits: "3: 33" is "3:33"
    if (/\d:$/.test(text) && STARTS_WITH_DIGIT.test(after)) joined.add(i + 1);
    if (before === undefined) return;
    // a lone hyphen joins its neighbours: "eight-year", "6.1-magnitude"
    if (text === '-') joined.add(i).add(i + 1);
    // a colon, full stop or slash between numbers: a clock time, a decimal, a date ("3:33", "9.25 am", "6.1", "04/9/2012")
    else if ((text === ':' || text === '.' || text === '/') && ENDS_IN_DIGIT.test(before) && STARTS_WITH_DIGIT.test(after)) joined.add(i).add(i + 1);
    // "p . m ." after a number is "p.m."
    else if (/^[ap]$/i.test(text) && ENDS_IN_DIGIT.test(before) && after === '.' && /^m$/i.test(at(i + 2, sentence) ?? '')) {
      joined.add(i + 1).add(i + 2);
      if (at(i + 3, sentence) === '.') joined.add(i + 3);
    } else if ((text === '’' || text === "'") && /\p{L}$/u.test(before) && CLITICS.has(after.toLowerCase())) joined.add(i + 1);
  });
  return joined;
}

/**
 * Whether each straight `"` token opens a quotation. By turns, as `detokenise` does, but set right
 * where the tokens say: one that starts a sentence opens, one after closing punctuation or ending a
 * sentence closes (ECB+ keeps both sides as `"` in many texts, and one missed turn would flip the rest).
 */
export function straightQuoteOpens(tokens: readonly CatToken[]): Map<number, boolean> {
  const opens = new Map<number, boolean>();
  let open = false;
  tokens.forEach(({ text, sentence }, i) => {
    if (text !== '"') return;
    const first = tokens[i - 1]?.sentence !== sentence;
    const last = tokens[i + 1]?.sentence !== sentence;
    open = first ? true : last || /[,.?!]$/.test(tokens[i - 1].text) ? false : !open;
    opens.set(i, open);
  });
  return opens;
}
