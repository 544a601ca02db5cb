/**
 * Words joined by hyphens are one token, as a reader (and CoNLL-2003's tokens) takes them:
 * "Karl-Heinz", "Jean-Yves", "Abdul-Mahdi", "al-Baghdadi", "Saudi-led", "state-of-the-art".
 * wink-nlp splits most of them into word, hyphen, word. Only pieces with a letter on both
 * sides of each hyphen are joined, so ranges of numbers ("1996-97", "10-12") stay apart.
 */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const HAS_LETTER = /\p{L}/u;
const WORD = /^[\p{L}\p{M}\p{N}'’.]+$/u;

export interface PlacedToken {
  start: number;
  end: number;
  pos: string;
}

/**
 * Groups of token indices `[first, last]` to join: word, hyphen, word (hyphen, word …), all
 * touching, never across `breaks` (indices after which a sentence ends).
 */
export function hyphenGroups(text: string, tokens: ReadonlyArray<PlacedToken | null>, breaks: ReadonlySet<number>): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    let last = i;
    while (joins(text, tokens, last, breaks)) last += 2;
    if (last > i) groups.push([i, last]);
    i = last + 1;
  }
  return groups;
}

function joins(text: string, tokens: ReadonlyArray<PlacedToken | null>, i: number, breaks: ReadonlySet<number>): boolean {
  if (i + 2 >= tokens.length || breaks.has(i) || breaks.has(i + 1)) return false;
  const left = tokens[i];
  const hyphen = tokens[i + 1];
  const right = tokens[i + 2];
  if (!left || !hyphen || !right) return false;
  if (left.end !== hyphen.start || hyphen.end !== right.start) return false;
  if (!HYPHENS.has(text.slice(hyphen.start, hyphen.end))) return false;
  const a = text.slice(left.start, left.end);
  const b = text.slice(right.start, right.end);
  return WORD.test(a) && WORD.test(b) && HAS_LETTER.test(a.slice(-1)) && HAS_LETTER.test(b[0]);
}

/**
 * The part of speech of a joined word: a name when its last piece is capitalised ("Jean-Yves",
 * "al-Baghdadi"), an adjective for a name and a participle ("Saudi-led"), else its last piece's.
 */
export function joinedPos(text: string, pieces: ReadonlyArray<PlacedToken | null>): string {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (/^\p{Lu}/u.test(text.slice(last.start, last.end))) return 'PROPN';
  if (last.pos === 'VERB' && /^\p{Lu}/u.test(text.slice(first.start, first.end))) return 'ADJ';
  return last.pos;
}
