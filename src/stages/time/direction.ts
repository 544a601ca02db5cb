import type { Span } from '../../model/span.js';
import type { Direction } from './resolve.js';

/** Words that put a clause in the future ("voters expect her to win Monday's debate" in Sunday's paper: the next day). */
const FUTURE = /\b(?:will|shall|won['’]t|would be|going to|set to|set for|scheduled|(?:is|are|was|were|be|been|['’]s)\s+due\s+to|due in|plans? to|planned to|planned for|planning|planned an?|preparing to|intends? to|hopes? to|expected to|expected in|expects? (?:\w+ ){0,2}to|anticipated to|is to|are to|to be held|as early as|as soon as)\b|['’]ll\b/gi;
/** Words that put it in the past: reporting verbs, past auxiliaries, irregular and regular past tenses (not a participle after "be": "would be paid"). */
const PAST = /(?<!\bbe\s)\b(?:back in|back on|said|was|were|had|did|began|came|took|made|met|won|lost|left|told|ago|bought|brought|sold|paid|rose|fell|led|held|gave|got|went|saw|ran|became|found|sent|spent|thought|kept|struck|fled|flew|fought|grew|knew|meant|sought|spoke|stood|taught|threw|wrote|broke|chose|drove|froze)\b|(?<!\bbe\s)\b(?!(?:planned|need|indeed|speed|hundred|seed|feed|breed|greed|sacred|naked|wicked|kindred)\b)[a-z]{3,}ed\b/g; // lower case: "the United States" is no past tense
/** A preposition right before a month that looks ahead: "by August", "until mid-November", "through January", "toward November". */
const AHEAD = /\b(?:until|till|through|by|towards?|from now to)\s+$/i;
/** Words for the time before an event that is still to come: "heading into", "in the run-up to". */
const APPROACHING = /\b(?:heading into|ahead of|(?:lead|leading|run)[- ]up to)\s+$/i;
/** The same words before the event's noun and "on": "ahead of the county's caucus on Saturday". */
const APPROACHING_EVENT_ON = /\b(?:heading into|ahead of|(?:lead|leading|run)[- ]up to)\s+(?:[\w'’-]+\s+){1,3}on\s+$/i;

/** Whether the span names the day of an event still to come after "ahead of", "heading into" … */
function approaching(text: string, span: Span): boolean {
  return APPROACHING.test(text.slice(Math.max(0, span.start - 25), span.start))
    || APPROACHING_EVENT_ON.test(text.slice(Math.max(0, span.start - 50), span.start));
}

/**
 * The direction of the clause around a span, read from the words before it in its sentence
 * (back to the previous clause break) and a few after it: the cue nearest to the span wins.
 * Null when the clause has no cue at all.
 */
export function clauseDirection(text: string, span: Span, sentence: Span): Direction | null {
  const from = Math.max(sentence.start, span.start - 50);
  const before = text.slice(from, span.start);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(' but '));
  const clause = before.slice(clauseStart + 1);
  const fronted = isFronted(text, span, sentence);
  // the words after it, up to a colon, a semicolon or a quotation mark: "put out in July: 'Voters will decide'"
  const window = text.slice(span.end, Math.min(sentence.end, span.end + (fronted ? 200 : 30))).split(/[:;"“”]/)[0];
  // an aside on the subject says nothing of the main clause's time ("On Thursday, Tsikhanouskaya, an opposition
  // candidate for the election to be held on August 9, held a rally"; "…, who will leave office, said")
  const after = fronted ? window.replace(ASIDE, ', ') : window;
  if (PAST_PERFECT.test(`${clause} ${after}`)) return 'past'; // "it had been due to expire Friday"
  // the distance of a cue from the span: from its end when before it, from its start when after
  const nearest = (pattern: RegExp) => Math.min(
    ...[...clause.matchAll(pattern)].map((m) => clause.length - (m.index + m[0].length)),
    ...[...after.matchAll(pattern)].map((m) => m.index),
  );
  const future = nearest(FUTURE);
  const past = nearest(PAST);
  if (future === Infinity && past === Infinity) return null;
  return past < future ? 'past' : 'future';
}

/** A comma-delimited apposition or relative clause: ", an opposition candidate …,", ", who will …,". */
const ASIDE = /, (?:a|an|the|who|which|whose) [^,]*,/gi;

/** A past perfect ("had filed", "had not called", "had been due"): the clause is over by the time of writing. */
const PAST_PERFECT = /\bhad(?:n['’]t|\s+not)?\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|done|made|met|left|told|held|paid|sent|spent|found)\b/i;

/**
 * Whether a preposition right before the span looks ahead ("by August"), unless the clause is in the
 * past perfect: "had filed reports by Wednesday", "until Thursday, they had not called him a suspect".
 */
export function looksAhead(text: string, span: Span): boolean {
  // "the week's polls in the lead up to Tuesday's vote", "Heading into Saturday's caucuses, the governor
  // trails": the day is still to come (a possessive weekday alone is mostly the day just past)
  if (approaching(text, span)) return !PAST_PERFECT.test(text.slice(Math.max(0, span.start - 60), span.end + 40));
  if (!AHEAD.test(text.slice(Math.max(0, span.start - 12), span.start))) return false;
  // "this year through August", "so far through March": a stretch that ends before the writing
  if (/\b(?:this year|so far|to date|year to date)\s+(?:through|until)\s+$/i.test(text.slice(Math.max(0, span.start - 30), span.start))) return false;
  return !PAST_PERFECT.test(text.slice(Math.max(0, span.start - 60), span.end + 40));
}

/** PAST and FUTURE without the global flag, for a yes-or-no test that keeps no position between calls. */
const PAST_ANYWHERE = new RegExp(PAST.source);
const FUTURE_ANYWHERE = new RegExp(FUTURE.source, 'i');

/**
 * Whether the span follows "ahead of", "heading into" … in a sentence told in the past, with no word
 * of the future in it ("Ahead of Friday's meeting, France and Germany unveiled a proposal").
 */
export function approachingInPast(text: string, span: Span, sentence: Span): boolean {
  if (!approaching(text, span)) return false;
  const rest = `${text.slice(sentence.start, span.start)} ${text.slice(span.end, sentence.end)}`;
  return PAST_ANYWHERE.test(rest) && !FUTURE_ANYWHERE.test(rest);
}

/**
 * Whether the span opens its sentence, or a clause after ", and", as an adverbial set off by a
 * comma ("In January, a clinic bombing … killed a guard", "…, and by March, drastic measures were
 * taken"): it dates the main clause after the comma, whatever its preposition says.
 */
export function isFronted(text: string, span: Span, sentence: Span): boolean {
  return text[span.end] === ',' && /(?:^\s*|[,;]\s+(?:and|but|yet|so)\s+)(?:[\w'-]+\s+){0,2}$/.test(text.slice(sentence.start, span.start));
}
