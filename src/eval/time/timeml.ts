import { ParleyError } from '../../model/errors.js';
import type { TimexType } from '../../model/layers.js';
import { filesBySubfolder } from './folder.js';

/** One gold TIMEX3, with offsets into the tag-stripped text of `<TEXT>`. */
export interface GoldTimex {
  /** The `tid`, which TLINKs refer to. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly mod: string | null;
}

/** One gold EVENT, with offsets into the tag-stripped text of `<TEXT>`. */
export interface GoldEvent {
  /** The `eid`. */
  readonly id: string;
  /** The `eiid`s its MAKEINSTANCEs give it, which TLINKs refer to (one, rarely more; in MEANTIME its own m_id). */
  readonly instances: readonly string[];
  /** TimeML event class: REPORTING, OCCURRENCE, STATE, I_ACTION… (MEANTIME's classes are mapped by meantime.ts). */
  readonly class: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The tense its (first) instance is written in: PAST, PRESENT, FUTURE, INFINITIVE, NONE … (absent when the file gives none). */
  readonly tense?: string;
}

/** A TLINK between an event instance and the creation time, read from the event's side. */
export interface GoldCreationTimeLink {
  readonly eventInstance: string;
  readonly relType: string;
}

/** A TLINK between two event instances, as written ("ei1 BEFORE ei2"). */
export interface GoldEventEventLink {
  readonly from: string;
  readonly to: string;
  readonly relType: string;
}

/**
 * A TLINK between an event instance and a timex, its relation read from the event's side:
 * a link written from the timex ("t3 INCLUDES ei5") is stored inverted ("ei5 IS_INCLUDED t3").
 */
export interface GoldEventTimeLink {
  readonly eventInstance: string;
  readonly timex: string;
  readonly relType: string;
}

export interface TimeMLDocument {
  readonly id: string;
  /** The creation time (DCT) as the file gives it, e.g. `1998-08-07` or `1989-10-26T14:20`. */
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
  readonly events: readonly GoldEvent[];
  /** The event–timex TLINKs in file order; links to the creation time, event–event and timex–timex links are not among them. */
  readonly eventTimeLinks: readonly GoldEventTimeLink[];
  /** The TLINKs between an event instance and the creation time. */
  readonly creationTimeLinks: readonly GoldCreationTimeLink[];
  /** The TLINKs between two event instances. */
  readonly eventEventLinks: readonly GoldEventEventLink[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|&(amp|lt|gt|quot|apos);/g;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/**
 * The converse of each TimeML relation; the others (SIMULTANEOUS, IDENTITY, DURING) are their own.
 * DURING is read as symmetric because that is how TimeBank writes it: a link from a timex,
 * "Third-quarter DURING dropped", places the event within the time, as one from the event does.
 */
const INVERSE: Readonly<Record<string, string>> = {
  BEFORE: 'AFTER', AFTER: 'BEFORE', IBEFORE: 'IAFTER', IAFTER: 'IBEFORE', INCLUDES: 'IS_INCLUDED', IS_INCLUDED: 'INCLUDES',
  BEGINS: 'BEGUN_BY', BEGUN_BY: 'BEGINS', ENDS: 'ENDED_BY', ENDED_BY: 'ENDS',
};

/** The relation "b REL' a" that says what "a REL b" says: how a link written from the timex reads from the event's side. */
export function converse(relType: string): string {
  return INVERSE[relType] ?? relType;
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1]] = m[2];
  return out;
}

/** The event instances of a file, event id → its `eiid`s, and the tense of each event's first instance. */
function instancesByEvent(xml: string): { instances: Map<string, string[]>; tenses: Map<string, string> } {
  const instances = new Map<string, string[]>();
  const tenses = new Map<string, string>();
  for (const m of xml.matchAll(/<MAKEINSTANCE([^>]*)>/g)) {
    const { eventID, eiid, tense } = attributes(m[1]);
    if (!eventID || !eiid) continue;
    instances.set(eventID, [...(instances.get(eventID) ?? []), eiid]);
    if (tense && !tenses.has(eventID)) tenses.set(eventID, tense);
  }
  return { instances, tenses };
}

/** The TLINKs to the creation time `dct` (its tid) and those between two event instances. */
function otherLinks(xml: string, dct: string | undefined): Pick<TimeMLDocument, 'creationTimeLinks' | 'eventEventLinks'> {
  const creationTimeLinks: GoldCreationTimeLink[] = [];
  const eventEventLinks: GoldEventEventLink[] = [];
  for (const m of xml.matchAll(/<TLINK([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (a.eventInstanceID && a.relatedToEventInstance) eventEventLinks.push({ from: a.eventInstanceID, to: a.relatedToEventInstance, relType: a.relType });
    else if (dct && a.eventInstanceID && a.relatedToTime === dct) creationTimeLinks.push({ eventInstance: a.eventInstanceID, relType: a.relType });
    else if (dct && a.timeID === dct && a.relatedToEventInstance) creationTimeLinks.push({ eventInstance: a.relatedToEventInstance, relType: converse(a.relType) });
  }
  return { creationTimeLinks, eventEventLinks };
}

function eventTimeLinks(xml: string): GoldEventTimeLink[] {
  const links: GoldEventTimeLink[] = [];
  for (const m of xml.matchAll(/<TLINK([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (a.eventInstanceID && a.relatedToTime) links.push({ eventInstance: a.eventInstanceID, timex: a.relatedToTime, relType: a.relType });
    else if (a.timeID && a.relatedToEventInstance) links.push({ eventInstance: a.relatedToEventInstance, timex: a.timeID, relType: converse(a.relType) });
  }
  return links;
}

/**
 * Reads a TimeML 1.2 file: the DCT, the content of `<TEXT>` with every tag removed and
 * entities decoded, each TIMEX3 and EVENT as an offset range into that plain text, and the
 * TLINKs between event instances and timexes.
 */
export function readTimeML(xml: string, id: string): TimeMLDocument {
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctAttributes = dct ? attributes(dct[1]) : {};
  const dctValue = dctAttributes.value;
  if (!dctValue) throw new ParleyError('E_INPUT_FORMAT', `${id}: no <DCT><TIMEX3 value=…> found; every TimeML file needs a creation time`);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new ParleyError('E_INPUT_FORMAT', `${id}: no <TEXT>…</TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  const { instances, tenses } = instancesByEvent(xml);

  let text = '';
  let last = 0;
  // TIMEX3 and EVENT never nest in TimeML 1.2, but each keeps its own open tag so that one cannot close the other.
  const pending: Record<string, { start: number; attrs: Record<string, string> } | null> = { TIMEX3: null, EVENT: null };
  const timexes: GoldTimex[] = [];
  const events: GoldEvent[] = [];
  for (const m of body.matchAll(TAG)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5]) { text += ENTITIES[m[5]]; continue; }
    const tag = m[2];
    if (tag !== 'TIMEX3' && tag !== 'EVENT') continue;
    if (!m[1]) { pending[tag] = { start: text.length, attrs: attributes(m[3]) }; continue; }
    const opened = pending[tag];
    if (!opened) continue;
    const { attrs, start } = opened;
    const span = { start, end: text.length, text: text.slice(start, text.length) };
    if (tag === 'TIMEX3') timexes.push({ id: attrs.tid ?? '', ...span, type: attrs.type as TimexType, value: attrs.value ?? '', mod: attrs.mod ?? null });
    else events.push({ id: attrs.eid ?? '', instances: instances.get(attrs.eid) ?? [], class: attrs.class ?? '', ...span, ...(tenses.has(attrs.eid) ? { tense: tenses.get(attrs.eid) } : {}) });
    pending[tag] = null;
  }
  text += body.slice(last);
  return { id, dct: dctValue, text, timexes, events, eventTimeLinks: eventTimeLinks(xml), ...otherLinks(xml, dctAttributes.tid) };
}

/** `.tml` files of a folder, grouped by the subfolder they sit in (TimeBank, AQUAINT; '' for the folder itself). */
export function timemlFiles(dir: string): Map<string, string[]> {
  return filesBySubfolder(dir, '.tml');
}
