/**
 * A bracketed acronym after a name — "the African Continental Free Trade Area (AfCFTA) agreement", "the
 * United Nations Educational, Scientific and Cultural Organization (UNESCO) who questioned …" — is an
 * apposition of the word before it and takes no part in the rest of the sentence; UD English EWT train and
 * GUM attach such an acronym to a word of that name 18 times in 28 (most others to a time it spells out,
 * "10 AM (PST)"). Both treebanks have almost no names with such an aside inside a longer phrase (two of
 * "NAME (ACRONYM) noun"), so the parser, left to read them, loses the phrase: it is parsed without them, and
 * they are attached afterwards.
 */

/** Two or more capitals, with digits, "&", "." or "-" between and a plural "s" after: "UNESCO", "AfCFTA", "G7", "P&O". */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.-]*$/;
const WORD = /[\p{L}\p{N}]/u;

/** Positions of the "(" of each "( ACRONYM )" that follows a word; none overlap. */
export function acronymAsides(forms: readonly string[]): number[] {
  const out: number[] = [];
  for (let k = 1; k + 2 < forms.length; k++) {
    if (forms[k] === '(' && forms[k + 2] === ')' && ACRONYM.test(forms[k + 1]) && WORD.test(forms[k - 1])) {
      out.push(k);
      k += 2;
    }
  }
  return out;
}

/** The words of the sentence without its asides, in order (`asides` as acronymAsides gives them). */
export function keptWords(n: number, asides: readonly number[]): number[] {
  const kept: number[] = [];
  let next = 0;
  for (let i = 0; i < n; i++) {
    if (next < asides.length && i === asides[next]) {
      i += 2;
      next++;
      continue;
    }
    kept.push(i);
  }
  return kept;
}
