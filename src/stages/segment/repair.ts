import type { TokenLayer } from '../../model/layers.js';
import { tokenPos } from '../../model/tokens.js';

export interface RawSentence {
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

const ELLIPSIS = /^(\.\.\.|…|\. \. \.)$/;
/** Abbreviations that often end a sentence as well as a word ("… fled to the U.S. The next day …"). */
const FINAL_ABBREVIATION = /^(?:[A-Z]\.){2,}$/;
const OPENS_SENTENCE = new Set(['DET', 'PRON', 'SCONJ', 'CCONJ', 'ADV', 'ADP']);

/**
 * Repairs wink-nlp's sentence breaks for news text. (wink-nlp already ignores line wraps
 * inside a sentence, as the property test over wrapped corpora checks.)
 *  - an ellipsis followed by a capitalised common word ends a sentence ("He left… Then");
 *  - an initialism followed by a capitalised function word ends one ("to the U.S. The talks");
 *  - a dateline heading ends one ("Monday, August 3, 2020 | On Thursday, …"), and so does a wire
 *    dateline ("MOSCOW, June 3 (AFP) - | Russia condemned …", "GAZA CITY, Palestinian Territories: | Four
 *    children …"): the place where the report was filed is no part of the first sentence's clause;
 *  - no sentence opens with a comma, a semicolon or a closing bracket, nor closes a bracket its
 *    predecessor opened: wink breaks after the full stops of "(D-N.J.)" and "(R-Ky.)", and those
 *    pieces are one sentence ("Robert Menendez (D-N." | "J.) all suggested …").
 * Sentences never cross paragraphs: the segmenter parses each paragraph on its own.
 */
export function repairSentences(text: string, tokens: TokenLayer, raw: readonly RawSentence[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of joinContinuations(text, tokens, raw)) {
    let start = s.tokenStart;
    const wire = wireDatelineEnd(text, tokens, s);
    if (wire >= 0) {
      out.push({ tokenStart: start, tokenEnd: wire + 1, paragraph: s.paragraph });
      start = wire + 1;
    }
    for (let i = start; i < s.tokenEnd - 1; i++) {
      if (shouldSplitAfter(text, tokens, i, start)) {
        out.push({ tokenStart: start, tokenEnd: i + 1, paragraph: s.paragraph });
        start = i + 1;
      }
    }
    out.push({ tokenStart: start, tokenEnd: s.tokenEnd, paragraph: s.paragraph });
  }
  return out;
}

/**
 * A dateline heading glued to the first words of the text ("Monday, August 3, 2020 On Thursday, …"): a
 * weekday, month, day and year opening a sentence, followed by a capitalised word with no stop between.
 */
const DATELINE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;
/** Tokens of a dateline: weekday , month day , year. */
const DATELINE_TOKENS = 6;

/**
 * A wire dateline: a place in capitals (one to three words, four letters at least), maybe a region or a date
 * after a comma and the agency in brackets, closed by a dash before a capital ("WASHINGTON (Reuters) -",
 * "MOSCOW, June 3 (AFP) -", "NEW YORK —", "KABUL, Afghanistan (AP) —") or, after a comma and a region, by a
 * colon ("GAZA CITY, Palestinian Territories:"). A colon after capitals alone is not one: interview
 * transcripts open turns so ("WSS: How did …").
 */
const WIRE_PLACE = String.raw`[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}`;
const WIRE_DASH = new RegExp(String.raw`^(?=[^a-z]*[A-Z]{4})${WIRE_PLACE}(?:, [A-Z][\w.'’]*(?: [\w.'’]+){0,3})?(?: \([A-Z][\w ]{0,20}\))? ?[-–—](?= [A-Z"“'‘])`);
const WIRE_COLON = new RegExp(String.raw`^(?=[^a-z]*[A-Z]{4})${WIRE_PLACE}, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}:(?= )`);
/** Characters of text a wire dateline may take. */
const WIRE_REACH = 80;

/** The token that closes a wire dateline opening the sentence, -1 when none does or nothing follows it. */
function wireDatelineEnd(text: string, tokens: TokenLayer, s: RawSentence): number {
  if (!startsWithCapital(text, tokens.start[s.tokenStart], tokens.end[s.tokenStart])) return -1;
  const from = tokens.start[s.tokenStart];
  const head = text.slice(from, Math.min(text.length, from + WIRE_REACH)).replace(/\s+/g, ' ');
  const m = WIRE_DASH.exec(head) ?? WIRE_COLON.exec(head);
  if (!m) return -1;
  const length = m[0].replace(/ /g, '').length;
  let seen = 0;
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    seen += tokens.end[i] - tokens.start[i];
    if (seen === length) return i;
    if (seen > length) return -1;
  }
  return -1;
}

function endsDateline(text: string, tokens: TokenLayer, sentenceStart: number, i: number): boolean {
  return i === sentenceStart + DATELINE_TOKENS - 1 && DATELINE.test(text.slice(tokens.start[sentenceStart], tokens.end[i]));
}

function shouldSplitAfter(text: string, tokens: TokenLayer, i: number, sentenceStart: number): boolean {
  if (endsDateline(text, tokens, sentenceStart, i)) return startsWithCapital(text, tokens.start[i + 1], tokens.end[i + 1]);
  if (tokens.start[i + 1] === tokens.end[i]) return false;
  if (!startsWithCapital(text, tokens.start[i + 1], tokens.end[i + 1])) return false;
  const here = text.slice(tokens.start[i], tokens.end[i]);
  const next = text.slice(tokens.start[i + 1], tokens.end[i + 1]);
  const nextPos = tokenPos(tokens, i + 1);
  if (ELLIPSIS.test(here)) return nextPos !== 'PROPN';
  if (FINAL_ABBREVIATION.test(here)) return OPENS_SENTENCE.has(nextPos) && next !== 'A';
  return false;
}

/** Closes what comes before: a sentence cannot open with it. */
const CONTINUES = /^[,;)\]]/;
/** Quotation marks and brackets that close what is before them. */
const CLOSING_MARK = /^['"\u2019\u201d)\]]$/;
/** How far into the next sentence a bracket opened before it may close and still join them. */
const BRACKET_REACH = 4;
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;

function joinContinuations(text: string, tokens: TokenLayer, raw: readonly RawSentence[]): RawSentence[] {
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]);
  const out: RawSentence[] = [];
  // brackets the last sentence leaves open, counted once per token (a long run of joins stays linear)
  let open = 0;
  for (const next of raw) {
    let s = next;
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph) {
      // closing marks glued to the last sentence's end belong to it ("… editorial policy.''" | "The network said …"),
      // also when they are all the next "sentence" is ("… to get us here.'" | "'" at a paragraph's end)
      let k = s.tokenStart;
      while (k < s.tokenEnd && tokens.start[k] === tokens.end[k - 1] && CLOSING_MARK.test(word(k))) k++;
      if (k === s.tokenEnd) {
        prev.tokenEnd = k;
        for (let i = s.tokenStart; i < k; i++) if (word(i) === ')' && open > 0) open--;
        continue;
      }
      if (k > s.tokenStart) {
        prev.tokenEnd = k;
        s = { ...s, tokenStart: k };
      }
    }
    const join = prev && prev.paragraph === s.paragraph && (CONTINUES.test(word(s.tokenStart)) || (open > 0 && closesEarly(word, s)));
    if (join) prev.tokenEnd = s.tokenEnd;
    else {
      out.push({ ...s });
      open = 0;
    }
    // one-character tokens read in place: this runs over every token
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (tokens.end[i] - tokens.start[i] !== 1) continue;
      const c = text.charCodeAt(tokens.start[i]);
      if (c === OPEN_BRACKET) open++;
      else if (c === CLOSE_BRACKET && open > 0) open--;
    }
  }
  return out;
}

/** The sentence closes a bracket within its first few tokens. */
function closesEarly(word: (i: number) => string, s: RawSentence): boolean {
  for (let i = s.tokenStart; i < Math.min(s.tokenEnd, s.tokenStart + BRACKET_REACH); i++) if (word(i) === ')') return true;
  return false;
}

/** Whether text[start, end) starts with A–Z (read in place: this is asked of every token). */
function startsWithCapital(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return start < end && c >= 65 && c <= 90;
}
