/**
 * Reader for the MEANTIME corpus (NewsReader, English Wikinews, CAT XML): its TIMEX3s, its
 * EVENT_MENTIONs and the TLINKs between them, as a TimeML document.
 */
import { ParleyError } from '../../model/errors.js';
import type { TimexType } from '../../model/layers.js';
import { detokenise } from '../corpora/detokenise.js';
import { readMarkables, readRelations, readTokens } from './cat-xml.js';
import { filesBySubfolder } from './folder.js';
import { converse, type GoldEvent, type GoldEventTimeLink, type GoldTimex, type TimeMLDocument } from './timeml.js';

const TITLE = 0;
const DATELINE = 1;
/**
 * MEANTIME annotates timexes, values and signals only in sentences 0–5 (title, dateline and the
 * first four sentences of the body); later sentences carry only the mentions of cross-document
 * entities and events (in the English section: 407 non-DCT TIMEX3s in sentences 0–5, none after).
 * The later sentences are left out of the text, or every date the stage found there would count
 * as a false positive.
 */
const ANNOTATED_SENTENCES = 6;

/**
 * MEANTIME classes its events on the document-level EVENT instance a mention REFERS_TO, not on
 * the mention: SPEECH_COGNITIVE, GRAMMATICAL, OTHER or MIX. SPEECH_COGNITIVE (speech acts and
 * mental acts: say, announce, claim, report, but also worry, fear, know, expect) is read as
 * TimeML's REPORTING, which is what `eval datefor` counts apart for "X said …" events; it is
 * wider than REPORTING, whose cognitive verbs TimeML puts in I_STATE/I_ACTION. The other classes
 * have no TimeML counterpart and keep MEANTIME's name. A mention that refers to several instances
 * (9 in the English section) takes the class of its first REFERS_TO.
 */
const REPORTING_CLASS = 'SPEECH_COGNITIVE';

function eventClasses(xml: string): Map<string, string> {
  const instanceClass = new Map(readMarkables(xml, 'EVENT').map((e) => [e.attrs.m_id, e.attrs.class ?? '']));
  const out = new Map<string, string>();
  for (const { sources, targets } of readRelations(xml, 'REFERS_TO')) {
    const instance = instanceClass.get(targets[0]);
    if (instance === undefined) continue;
    for (const mention of sources) if (!out.has(mention)) out.set(mention, instance === REPORTING_CLASS ? 'REPORTING' : instance);
  }
  return out;
}

/**
 * The TLINKs between one of `events` and one of `timexes`, either way round; a link written from
 * the timex is read from the event's side. Links to anything else fall out: the DCT (not among
 * the timexes, as in TimeML where it sits outside <TEXT>), anchorless timexes, and events outside
 * the text.
 */
function eventTimeLinks(xml: string, events: ReadonlySet<string>, timexes: ReadonlySet<string>): GoldEventTimeLink[] {
  const links: GoldEventTimeLink[] = [];
  for (const { attrs, sources: [source], targets: [target] } of readRelations(xml, 'TLINK')) {
    if (events.has(source) && timexes.has(target)) links.push({ eventInstance: source, timex: target, relType: attrs.reltype });
    else if (timexes.has(source) && events.has(target)) links.push({ eventInstance: target, timex: source, relType: converse(attrs.reltype) });
  }
  return links;
}

/** The TLINKs between one of `events` and the creation time (`dct`, its m_id), read from the event's side, and those between two of `events`. */
function otherLinks(xml: string, events: ReadonlySet<string>, dct: string | undefined): Pick<TimeMLDocument, 'creationTimeLinks' | 'eventEventLinks'> {
  const creationTimeLinks: TimeMLDocument['creationTimeLinks'][number][] = [];
  const eventEventLinks: TimeMLDocument['eventEventLinks'][number][] = [];
  for (const { attrs, sources: [source], targets: [target] } of readRelations(xml, 'TLINK')) {
    if (events.has(source) && events.has(target)) eventEventLinks.push({ from: source, to: target, relType: attrs.reltype });
    else if (dct && events.has(source) && target === dct) creationTimeLinks.push({ eventInstance: source, relType: attrs.reltype });
    else if (dct && source === dct && events.has(target)) creationTimeLinks.push({ eventInstance: target, relType: converse(attrs.reltype) });
  }
  return { creationTimeLinks, eventEventLinks };
}

/**
 * Reads one MEANTIME file as a TimeML document: the DCT is the TIMEX3 with
 * functionInDocument="CREATION_TIME" (as ISO 8601: one file writes it day first); the text is the title, a blank line, and the annotated body
 * sentences rebuilt from the tokens. The dateline is left out of the text: its timex is the DCT,
 * which is given as the publication date and, as in TempEval-3 (where the DCT is outside <TEXT>),
 * not scored, so the stage cannot be counted wrong for finding it. The body sentences are joined by
 * one space: CAT keeps no paragraph breaks and Wikinews paragraphs run from one sentence to several,
 * so a line break per sentence would invent structure. Gold timexes and events span their first to
 * last anchored token; TIMEX3s without anchors (implicit times) are left out, and so are the
 * EVENT_MENTIONs of later sentences (annotated only for cross-document coreference). An event's
 * only instance is its own m_id, which TLINKs refer to. Returns null for a file without a creation
 * time, which cannot be scored.
 */
export function readMeantime(xml: string, id: string): TimeMLDocument | null {
  const timexMarkables = readMarkables(xml, 'TIMEX3');
  const creation = timexMarkables.find((t) => t.attrs.functionInDocument === 'CREATION_TIME')?.attrs;
  const written = creation?.value;
  if (!written) return null;
  // one file writes its creation time day first ("03-02-2009" under the dateline "February 03, 2009")
  const dct = written.replace(/^(\d\d)-(\d\d)-(\d{4})$/, '$3-$2-$1');
  const kept = readTokens(xml).filter((t) => t.sentence !== DATELINE && t.sentence < ANNOTATED_SENTENCES);
  const { text, starts, ends } = detokenise(kept, (previous) => (previous === TITLE ? '\n\n' : ' '));
  const position = new Map(kept.map((t, i) => [t.id, i]));
  /** The markable's span in the text, or null when one of its tokens is not in it. */
  const spanOf = (anchors: readonly string[]) => {
    const positions = anchors.map((a) => position.get(a));
    if (positions.some((p) => p === undefined)) return null;
    const start = starts[Math.min(...(positions as number[]))];
    const end = ends[Math.max(...(positions as number[]))];
    return { start, end, text: text.slice(start, end) };
  };

  const timexes: GoldTimex[] = [];
  for (const { attrs, anchors } of timexMarkables) {
    if (attrs.functionInDocument === 'CREATION_TIME' || anchors.length === 0) continue;
    const span = spanOf(anchors);
    if (!span) throw new ParleyError('E_INPUT_FORMAT', `${id}: TIMEX3 m_id=${attrs.m_id} is outside the title and sentences 2–${ANNOTATED_SENTENCES - 1}, where MEANTIME annotates times`);
    timexes.push({ id: attrs.m_id ?? '', ...span, type: attrs.type as TimexType, value: attrs.value ?? '', mod: attrs.mod || null });
  }
  const classes = eventClasses(xml);
  const events: GoldEvent[] = [];
  for (const { attrs, anchors } of readMarkables(xml, 'EVENT_MENTION')) {
    const span = anchors.length > 0 ? spanOf(anchors) : null;
    if (span) events.push({ id: attrs.m_id, instances: [attrs.m_id], class: classes.get(attrs.m_id) ?? '', ...span, ...(attrs.tense ? { tense: attrs.tense } : {}) });
  }
  // Markables come in annotation order; the scorer pairs each system timex with the first unclaimed gold one it overlaps.
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  const eventIds = new Set(events.map((e) => e.id));
  const links = eventTimeLinks(xml, eventIds, new Set(timexes.map((t) => t.id)));
  return { id, dct, text, timexes, events, eventTimeLinks: links, ...otherLinks(xml, eventIds, creation?.m_id) };
}

/** `.xml` files of a MEANTIME folder, grouped by the subfolder they sit in (corpus_airbus…; '' for the folder itself). */
export function meantimeFiles(dir: string): Map<string, string[]> {
  return filesBySubfolder(dir, '.xml');
}
