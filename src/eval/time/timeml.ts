import { ParleyError } from '../../model/errors.js';
import type { TimexType } from '../../model/layers.js';

/** One gold TIMEX3, with offsets into the tag-stripped text of `<TEXT>`. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly mod: string | null;
}

export interface TimeMLDocument {
  readonly id: string;
  /** The creation time (DCT) as the file gives it, e.g. `1998-08-07` or `1989-10-26T14:20`. */
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|&(amp|lt|gt|quot|apos);/g;
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1]] = m[2];
  return out;
}

/**
 * Reads a TimeML 1.2 file: the DCT, and the content of `<TEXT>` with every tag removed and
 * entities decoded, keeping each TIMEX3 as an offset range into that plain text.
 */
export function readTimeML(xml: string, id: string): TimeMLDocument {
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctValue = dct ? attributes(dct[1]).value : undefined;
  if (!dctValue) throw new ParleyError('E_INPUT_FORMAT', `${id}: no <DCT><TIMEX3 value=…> found; every TimeML file needs a creation time`);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new ParleyError('E_INPUT_FORMAT', `${id}: no <TEXT>…</TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);

  let text = '';
  let last = 0;
  let pending: { start: number; attrs: Record<string, string> } | null = null;
  const timexes: GoldTimex[] = [];
  for (const m of body.matchAll(TAG)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5]) { text += ENTITIES[m[5]]; continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) pending = { start: text.length, attrs: attributes(m[3]) };
    else if (pending) {
      const { attrs, start } = pending;
      timexes.push({
        start, end: text.length, text: text.slice(start, text.length),
        type: attrs.type as TimexType, value: attrs.value ?? '', mod: attrs.mod ?? null,
      });
      pending = null;
    }
  }
  text += body.slice(last);
  return { id, dct: dctValue, text, timexes };
}
