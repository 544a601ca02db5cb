/**
 * Words joined by hyphens are one token, as a reader (and CoNLL-2003's tokens) takes them:
 * "Karl-Heinz", "Jean-Yves", "Abdul-Mahdi", "al-Baghdadi", "Saudi-led", "state-of-the-art".
 * wink-nlp splits most of them into word, hyphen, word. Only pieces with a letter on both
 * sides of each hyphen are joined, so ranges of numbers ("1996-97", "10-12") stay apart.
 */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const HAS_LETTER = /\p{L}/u;
const WORD = /^[\p{L}\p{M}\p{N}'’.]+$/u;

/**
 * wink's tokens of a paragraph placed in the text, as parallel arrays indexed by wink's token
 * index: `start` is -1 for a token that is not placed (whitespace, or one it could not find).
 */
export interface PlacedTokens {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly pos: readonly string[];
}

/**
 * Groups of token indices `[first, last]` to join: word, hyphen, word (hyphen, word …), all
 * touching, never across a break (`breaks[i]` is 1 when a sentence ends after token i).
 */
export function hyphenGroups(text: string, tokens: PlacedTokens, breaks: Uint8Array): Array<[number, number]> {
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

function joins(text: string, tokens: PlacedTokens, i: number, breaks: Uint8Array): boolean {
  if (i + 2 >= tokens.length || breaks[i] === 1 || breaks[i + 1] === 1) return false;
  const { start, end } = tokens;
  // all three placed and touching (an unplaced token's start is -1)
  if (start[i] < 0 || start[i + 1] < 0 || start[i + 2] < 0) return false;
  if (end[i] !== start[i + 1] || end[i + 1] !== start[i + 2]) return false;
  if (!HYPHENS.has(text.slice(start[i + 1], end[i + 1]))) return false;
  const a = text.slice(start[i], end[i]);
  const b = text.slice(start[i + 2], end[i + 2]);
  return WORD.test(a) && WORD.test(b) && HAS_LETTER.test(a.slice(-1)) && HAS_LETTER.test(b[0]);
}

/**
 * The part of speech of the joined word of tokens `first`…`last`: a name when its last piece is
 * capitalised ("Jean-Yves", "al-Baghdadi"), an adjective for a name and a participle ("Saudi-led"),
 * else its last piece's.
 */
export function joinedPos(text: string, tokens: PlacedTokens, first: number, last: number): string {
  const { start, end, pos } = tokens;
  if (/^\p{Lu}/u.test(text.slice(start[last], end[last]))) return 'PROPN';
  if (pos[last] === 'VERB' && /^\p{Lu}/u.test(text.slice(start[first], end[first]))) return 'ADJ';
  return pos[last];
}
