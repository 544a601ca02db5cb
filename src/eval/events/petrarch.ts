import { readFileSync } from 'node:fs';
import { ParleyError } from '../../model/errors.js';

/** One expected coding of a PETRARCH validation record. */
export interface GoldCoding {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

export interface PetrarchRecord {
  readonly id: string;
  readonly category: string;
  /** ISO date of the record (`date="19950101"`). */
  readonly date: string | null;
  readonly text: string;
  readonly codings: readonly GoldCoding[];
}

export interface PetrarchFile {
  readonly records: readonly PetrarchRecord[];
  /** The dictionaries the file's `<Environment>` names, by role. */
  readonly environment: Readonly<Record<string, string[]>>;
}

const SENTINEL = 'FINAL-RECORD';

/**
 * Reads PETRARCH validation records leniently (the files are not always well-formed XML: a
 * `<Sentence …/>` may still be closed by `</Sentence>`): each `<Sentence>` opening, then its
 * `<EventCoding>` lines, then `<Text>`. The `<Parse>` is never read. The FINAL-RECORD sentinel
 * and records without text are left out.
 */
export function readPetrarchFile(path: string): PetrarchFile {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch {
    throw new ParleyError('E_INPUT_NOT_FOUND', `eval events: cannot read ${path}`);
  }
  const environment: Record<string, string[]> = {};
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(xml)?.[1] ?? '';
  for (const m of env.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) environment[m[1]!] = m[2]!.split(',').map((f) => f.trim()).filter(Boolean);
  const records: PetrarchRecord[] = [];
  const opens = [...xml.matchAll(/<Sentence\b([^>]*)>/g)];
  opens.forEach((open, k) => {
    const body = xml.slice(open.index! + open[0].length, opens[k + 1]?.index ?? xml.length);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    const id = attribute(open[1]!, 'id') ?? `record-${k + 1}`;
    if (!text || id === SENTINEL) return;
    const head = body.slice(0, body.indexOf('<Text>'));
    const codings: GoldCoding[] = [];
    for (const c of head.matchAll(/<EventCoding\b([^>]*)>/g)) {
      if (/noevents\s*=/i.test(c[1]!)) continue;
      const code = attribute(c[1]!, 'eventcode');
      if (code) codings.push({ source: attribute(c[1]!, 'sourcecode') ?? '---', target: attribute(c[1]!, 'targetcode') ?? '---', code });
    }
    const date = attribute(open[1]!, 'date');
    records.push({ id, category: attribute(open[1]!, 'category') ?? '', date: date && /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : null, text, codings });
  });
  if (!records.length) throw new ParleyError('E_INPUT_FORMAT', `eval events: ${path} holds no <Sentence> records with <Text>`);
  return { records, environment };
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? '') : null;
}
