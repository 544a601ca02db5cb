import type { Mention, TokenLayer } from '../../model/layers.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Newspapers named after their place: the tagger reads the place and leaves the paper's word outside ("Cyprus| Mail
 * reported", "USA| Today noted", "the Las Vegas| Review-Journal reported", "as quoted by Greek| Reporter"). A
 * place or nationality followed, one space on, by a word that names a newspaper is the paper's name, an
 * organisation. The paper's word must end the name: "White House Press Secretary Joe Lockhart" names a post.
 * When the tagger takes the whole name for a person's ("Cyprus Mail" in some sentences), a name that is a place the
 * country table knows and a newspaper's word is the newspaper too.
 */
const PAPER_WORD = /^(?:Mail|Times|Post|Herald|Tribune|Gazette|Journal|Telegraph|Chronicle|Observer|Today|Reporter|Review|Inquirer|Courier|Dispatch|Monitor|Standard|Express|Daily)(?:-[A-Z][a-z]+)?$/;
const CAPITALISED = /^\p{Lu}/u;

export const NEWSPAPER_BY = 'mentions/newspaper';

/** `mentions` (in text order) with each place named for its newspaper made the newspaper's name. */
export function asNewspapers(text: string, tokens: TokenLayer, mentions: readonly Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type === 'PERSON' && isPlacesPaper(text, tokens, m, gaz)) {
      out.push({ ...m, type: 'ORG', country: null, by: NEWSPAPER_BY });
      continue;
    }
    const paper = m.type === 'GPE' || m.type === 'NORP' ? paperWordAfter(text, tokens, m.tokenEnd) : -1;
    if (paper < 0) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end: tokens.end[paper], tokenEnd: paper + 1, type: 'ORG', country: null, by: NEWSPAPER_BY });
    // A mention the tagger made of the paper's word alone is part of the name now.
    if (k + 1 < mentions.length && mentions[k + 1].tokenStart === paper) k++;
  }
  return out;
}

/** Whether `m` is a place the country table knows followed by a newspaper's word ("Cyprus Mail"). */
function isPlacesPaper(text: string, tokens: TokenLayer, m: Mention, gaz: Gazetteer): boolean {
  const last = m.tokenEnd - 1;
  if (last <= m.tokenStart || !PAPER_WORD.test(text.slice(tokens.start[last], tokens.end[last]))) return false;
  return gaz.countries.has(text.slice(m.start, tokens.end[last - 1]).toLowerCase());
}

/** The token at `i` when it is a newspaper's word one space after the token before it and ends the name, else -1. */
function paperWordAfter(text: string, tokens: TokenLayer, i: number): number {
  if (i >= tokens.length || tokens.start[i] !== tokens.end[i - 1] + 1 || text[tokens.end[i - 1]] !== ' ') return -1;
  if (!PAPER_WORD.test(text.slice(tokens.start[i], tokens.end[i]))) return -1;
  const next = i + 1 < tokens.length ? text.slice(tokens.start[i + 1], tokens.end[i + 1]) : '';
  return CAPITALISED.test(next) ? -1 : i;
}
