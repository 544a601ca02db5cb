import type { AnalysisRecord } from '../model/record.js';

type RecordEvent = AnalysisRecord['events'][number];

/** Words of an event's evidence shown before the ellipsis is used instead of the words between. */
const MAX_GAP_WORDS = 3;
const MAX_CHARS = 90;

/** Name suffixes that never stand for the person alone ("Elizabeth II", "Martin Luther King Jr."). */
const NAME_SUFFIX = /^(?:[IVX]+|Jr\.?|Sr\.?)$/;

/**
 * "2025-01-13  UKR (Zelensky) → FRA (Macron)  040 Consult  «announced … discussions with French
 * President Emmanuel Macron»": date, source and target as country code with a short name, the
 * code and its label, the mode when not asserted, and the words from the trigger to the target.
 */
export function eventLine(record: AnalysisRecord, e: RecordEvent): string {
  const target = e.targetActor || e.target || e.targetText ? actorLabel(record, e.targetActor, e.target, e.targetText) : '—';
  const mode = e.mode === 'asserted' ? '' : ` [${e.mode}]`;
  return `${e.date ?? '?'}  ${actorLabel(record, e.sourceActor, e.source, e.sourceText)} → ${target}  ${e.code} ${e.label}${mode}  «${eventWords(record.document.text, e)}»`;
}

function actorLabel(record: AnalysisRecord, code: string | null, id: string | null, text: string | null): string {
  const entity = id ? record.entities.find((x) => x.id === id) : undefined;
  const name = entity ? (entity.type === 'PERSON' ? shortName(entity) : entity.name) : text;
  const country = code && !code.startsWith('---') ? code.slice(0, 3) : code ?? '?';
  return name ? `${country} (${name})` : country;
}

/**
 * A person as the article calls them for short: its most frequent one-word name mention that is a
 * word of the full name ("Zelensky", "Xi" for Xi Jinping, "Kim" for Kim Jong-un), else the full name
 * ("Queen Elizabeth II" stays whole): the surname is not always the last word.
 */
function shortName(entity: AnalysisRecord['entities'][number]): string {
  const words = new Set(entity.name.split(/\s+/));
  const counts = new Map<string, number>();
  for (const m of entity.mentions) {
    if (m.form && m.form !== 'name') continue;
    const text = m.text.trim();
    if (words.has(text) && !NAME_SUFFIX.test(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [text, n] of counts) if (best === null || n > counts.get(best)!) best = text;
  return best ?? entity.name;
}

/**
 * The words that say what happened: from the trigger to the end of the target's words (or of the
 * evidence). An act named by a noun ("discussions with Macron") is led by the verb that reports or
 * holds it, the first word after the source; words in between longer than a few become "…".
 */
export function eventWords(text: string, e: RecordEvent): string {
  const end = targetEnd(text, e) ?? e.end;
  const body = flat(text.slice(e.trigger.start, Math.max(end, e.trigger.end)));
  const lead = e.by.startsWith('cameo:noun/') ? leadWord(text, e) : null;
  const words = lead === null ? body : lead.gap ? `${lead.word} … ${body}` : `${flat(text.slice(lead.start, e.trigger.start))} ${body}`;
  return words.length > MAX_CHARS ? shorten(words, flat(text.slice(e.trigger.start, e.trigger.end))) : words;
}

/** Where the target's words end, when they stand after the trigger inside the evidence. */
function targetEnd(text: string, e: RecordEvent): number | null {
  if (!e.targetText) return null;
  const at = text.indexOf(e.targetText, e.trigger.end);
  return at >= 0 && at + e.targetText.length <= e.end ? at + e.targetText.length : null;
}

/** The first word of the evidence after its source, before the trigger; `gap` when more words or a comma stand between it and the trigger. */
function leadWord(text: string, e: RecordEvent): { word: string; start: number; gap: boolean } | null {
  let from = e.start;
  if (e.sourceText) {
    const at = text.indexOf(e.sourceText, e.start);
    if (at >= 0 && at + e.sourceText.length <= e.trigger.start) from = at + e.sourceText.length;
  }
  const between = text.slice(from, e.trigger.start);
  const words = [...between.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  if (!words.length) return null;
  const first = words[0]!;
  const rest = between.slice(first.index! + first[0].length);
  return { word: first[0], start: from + first.index!, gap: words.length > MAX_GAP_WORDS || /[,;:]/.test(rest) };
}

/** A stretch too long for one line: the trigger words, "…", and as much of the end as fits. */
function shorten(words: string, trigger: string): string {
  const head = words.slice(0, words.indexOf(trigger) + trigger.length);
  const room = MAX_CHARS - head.length - 3;
  if (room < 12) return `${words.slice(0, MAX_CHARS - 1)}…`;
  const tail = words.slice(words.length - room).replace(/^\S*\s/, '');
  return `${head} … ${tail}`;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
