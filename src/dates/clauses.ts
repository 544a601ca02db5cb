import type { Doc } from '../model/document.js';
import type { Sentence, TokenLayer } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { tokenAt, tokenPos } from '../model/tokens.js';

/** Punctuation that delimits a comma segment; `;` and `:` also end the clause outright. */
/** Punctuation tokens that end a clause segment for dating and tense. */
export const SEGMENT_BREAK: ReadonlySet<string> = new Set([',', '(', ')', '—', '–', '--', '----', ';', ':']);
const CLAUSE_END = new Set([';', ':']);
/** Words that open a relative clause wherever they stand. */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
/** Words that open a subordinate clause when a verb follows them in the segment ("since it entered …", not "since May"). */
const SUBORDINATOR = new Set([
  'after', 'before', 'since', 'until', 'till', 'because', 'although', 'though', 'while', 'whereas',
  'if', 'unless', 'as', 'once', 'when', 'where', 'whether',
]);
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const OPENING_MARKS = /^[“”"‘’'`(\[]+$/;

/**
 * Whether token `i` is a verb heading a clause: tagged VERB and not an adjective in front of
 * a noun ("in a televised address", "the planned trip").
 */
export function isPredicate(tokens: TokenLayer, i: number): boolean {
  if (tokenPos(tokens, i) !== 'VERB') return false;
  const before = i > 0 ? tokenPos(tokens, i - 1) : null;
  return (before !== 'DET' && before !== 'ADJ') || !isNounNext(tokens, i);
}

const isNounNext = (tokens: TokenLayer, i: number) => i + 1 < tokens.length && tokenPos(tokens, i + 1) === 'NOUN';

interface Frame { readonly id: number; readonly closesAtComma: boolean; hasVerb: boolean }

/**
 * The clause each token of a sentence belongs to, as ids (index `i - sentence.tokenStart`).
 * A shallow reading with part of speech, enough to tell which clause a time expression sits
 * in. Relative clauses ("…, which deemed …"), subordinate clauses ("since it entered …",
 * "that it had agreed …"), "-ing" clauses after a comma ("…, making it …") and a second
 * clause with its own subject and verb after a comma ("…, officials said") get their own id.
 * A verbless comma segment ("On Monday,", "…, in a statement the previous week,") stays in
 * the clause around it, and so does a verb phrase sharing the subject ("…, closed 40
 * branches"). A clause opened after a comma ends at the next comma followed by a verb.
 * Commas inside a time expression (`protect`: "January 20, 2025") split nothing.
 */
export function clauseIds(doc: Doc, sentence: Sentence, protect: readonly Span[]): Int32Array {
  return clauseIdsOf(doc.text, doc.get('tokens'), sentence, protect);
}

/** `clauseIds` over a text and its tokens, for the time stage, which reads clauses before the timex layer exists. */
export function clauseIdsOf(text: string, tokens: TokenLayer, sentence: Sentence, protect: readonly Span[]): Int32Array {
  const first = sentence.tokenStart;
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]);
  const lower = (i: number) => word(i).toLowerCase();
  // Everything below is read off arrays filled in one pass each, so that a sentence thousands of
  // tokens long (hostile or badly segmented text) costs time in proportion to its length.
  const count = sentence.tokenEnd - first;
  const protectedToken = new Uint8Array(count);
  for (const s of protect) {
    for (let i = Math.max(first, tokenAt(tokens, s.start)); i < sentence.tokenEnd && tokens.start[i] < s.end; i++) {
      if (s.start <= tokens.start[i] && tokens.end[i] <= s.end) protectedToken[i - first] = 1;
    }
  }
  const inProtected = (i: number) => protectedToken[i - first] === 1;
  const isVerb = (i: number) => (isPredicate(tokens, i) || tokenPos(tokens, i) === 'AUX') && !inProtected(i);
  const isBreak = (i: number) => SEGMENT_BREAK.has(word(i)) && !inProtected(i);
  // verbFrom[k]: a verb at or after token first+k before the next break or relative word;
  // segmentVerbFrom[k]: a verb at or after it before the next break
  const verbFrom = new Uint8Array(count + 1);
  const segmentVerbFrom = new Uint8Array(count + 1);
  for (let i = sentence.tokenEnd - 1; i >= first; i--) {
    const k = i - first;
    const broken = isBreak(i);
    const verb = isVerb(i);
    verbFrom[k] = broken || RELATIVE.has(lower(i)) ? 0 : verb ? 1 : verbFrom[k + 1];
    segmentVerbFrom[k] = broken ? 0 : verb ? 1 : segmentVerbFrom[k + 1];
  }
  /** Whether a verb follows `i` before the next segment break or relative word. */
  const verbAhead = (i: number) => i + 1 < sentence.tokenEnd && verbFrom[i + 1 - first] === 1;
  const segmentHasVerb = (i: number) => i < sentence.tokenEnd && segmentVerbFrom[i - first] === 1;
  /**
   * Whether the segment from `i` starts with a subject and has a verb after it (after any
   * "and"/"but" and adverbs): "…, officials said", not "…, for the quarter ended Sept. 30".
   */
  const hasOwnSubject = (i: number) => {
    let lead = i;
    while (lead < sentence.tokenEnd && (tokenPos(tokens, lead) === 'CCONJ' || tokenPos(tokens, lead) === 'ADV')) lead++;
    return lead < sentence.tokenEnd && SUBJECT_START.has(tokenPos(tokens, lead)) && verbAhead(lead);
  };
  const isGerund = (i: number) => tokenPos(tokens, i) === 'VERB' && lower(i).endsWith('ing');
  const opensClause = (i: number, segmentStart: boolean) => {
    const w = lower(i);
    if (RELATIVE.has(w)) return true;
    if (w === 'that') {
      const p = tokenPos(tokens, i);
      const after = i > first ? tokenPos(tokens, i - 1) : null;
      return p === 'SCONJ' || (p === 'PRON' && (after === 'NOUN' || after === 'PROPN'));
    }
    if (SUBORDINATOR.has(w)) return verbAhead(i);
    return segmentStart && i > first && isGerund(i);
  };

  const ids = new Int32Array(sentence.tokenEnd - first);
  let nextId = 0;
  const frame = (closesAtComma: boolean): Frame => ({ id: nextId++, closesAtComma, hasVerb: false });
  const stack: Frame[] = [frame(false)];
  // positions in `stack` of the frames a comma closes, so that a comma finds the innermost in
  // constant time however deep the stack of "that" clauses has grown (one long sentence of them)
  const commaFrames: number[] = [];
  const push = (f: Frame) => {
    if (f.closesAtComma) commaFrames.push(stack.length);
    stack.push(f);
  };
  const truncate = (length: number) => {
    stack.length = length;
    while (commaFrames.length > 0 && commaFrames[commaFrames.length - 1] >= length) commaFrames.pop();
  };
  let segmentStart = true;
  /**
   * Inside a segment that starts with a preposition ("In a televised address Friday,") or opens
   * the sentence with an "-ing" form ("Speaking on Monday,"): its verbs head no clause.
   */
  let inPhrase = false;
  for (let i = first; i < sentence.tokenEnd; i++) {
    if (isBreak(i)) {
      if (CLAUSE_END.has(word(i))) {
        truncate(0);
        push(frame(false));
      } else if (segmentHasVerb(i + 1)) {
        // A comma ends the innermost comma-opened clause and whatever opened inside it, unless
        // what follows is verbless and so still part of it ("…, which fell 1.4%, or 6.43, on Friday").
        const opened = commaFrames.length > 0 ? commaFrames[commaFrames.length - 1] : 0;
        if (opened > 0) truncate(opened);
      }
      ids[i - first] = stack[stack.length - 1].id;
      segmentStart = true;
      continue;
    }
    if (segmentStart && OPENING_MARKS.test(word(i))) { ids[i - first] = stack[stack.length - 1].id; continue; }
    const top = stack[stack.length - 1];
    const opens = opensClause(i, segmentStart);
    if (segmentStart) inPhrase = !opens && (tokenPos(tokens, i) === 'ADP' || (i === first && isGerund(i)));
    if (opens) {
      push(frame(segmentStart));
    } else if (segmentStart && i > first && top.hasVerb && hasOwnSubject(i)) {
      // A second clause with its own subject and verb: "Troops crossed the border last Tuesday,
      // officials said." A verb right after the comma shares the subject ("…, added $20 million").
      truncate(stack.length - 1);
      push(frame(top.closesAtComma));
    }
    segmentStart = false;
    const current = stack[stack.length - 1];
    if (isVerb(i) && !inPhrase) current.hasVerb = true;
    ids[i - first] = current.id;
  }
  return ids;
}
