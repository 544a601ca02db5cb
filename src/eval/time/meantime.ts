/**
 * Reader for the MEANTIME corpus (NewsReader, English Wikinews, CAT XML): tokens first, then
 * `<Markables>` whose TIMEX3s point at tokens through `<token_anchor t_id>`.
 */
import { ParleyError } from '../../model/errors.js';
import type { TimexType } from '../../model/layers.js';
import { detokenise } from '../corpora/detokenise.js';
import { filesBySubfolder } from './folder.js';
import type { GoldTimex, TimeMLDocument } from './timeml.js';

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

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name]);
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([A-Za-z_]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

interface CatToken { readonly id: string; readonly sentence: number; readonly text: string }

function readTokens(xml: string): CatToken[] {
  return [...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => {
    const a = attributes(m[1]);
    return { id: a.t_id, sentence: Number(a.sentence), text: decode(m[2]) };
  });
}

/** Each TIMEX3 markable: its attributes and the ids of the tokens it anchors to (none for an empty one). */
function readTimexMarkables(xml: string): { attrs: Record<string, string>; anchors: string[] }[] {
  return [...xml.matchAll(/<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g)].map((m) => ({
    attrs: attributes(m[1]),
    anchors: [...(m[2] ?? '').matchAll(/<token_anchor\s+t_id="([^"]*)"/g)].map((a) => a[1]),
  }));
}

/**
 * Reads one MEANTIME file as a TimeML document: the DCT is the TIMEX3 with
 * functionInDocument="CREATION_TIME"; the text is the title, a blank line, and the annotated body
 * sentences rebuilt from the tokens. The dateline is left out of the text: its timex is the DCT,
 * which is given as the publication date and, as in TempEval-3 (where the DCT is outside <TEXT>),
 * not scored, so the stage cannot be counted wrong for finding it. The body sentences are joined by
 * one space: CAT keeps no paragraph breaks and Wikinews paragraphs run from one sentence to several,
 * so a line break per sentence would invent structure. Gold timexes span their first to last
 * anchored token; TIMEX3s without anchors (implicit times) are left out. Events and links are not
 * read. Returns null for a file without a creation time, which cannot be scored.
 */
export function readMeantime(xml: string, id: string): TimeMLDocument | null {
  const markables = readTimexMarkables(xml);
  const dct = markables.find((t) => t.attrs.functionInDocument === 'CREATION_TIME')?.attrs.value;
  if (!dct) return null;
  const kept = readTokens(xml).filter((t) => t.sentence !== DATELINE && t.sentence < ANNOTATED_SENTENCES);
  const { text, starts, ends } = detokenise(kept, (previous) => (previous === TITLE ? '\n\n' : ' '));
  const position = new Map(kept.map((t, i) => [t.id, i]));
  const timexes: GoldTimex[] = [];
  for (const { attrs, anchors } of markables) {
    if (attrs.functionInDocument === 'CREATION_TIME' || anchors.length === 0) continue;
    const positions = anchors.map((a) => position.get(a));
    if (positions.some((p) => p === undefined)) {
      throw new ParleyError('E_INPUT_FORMAT', `${id}: TIMEX3 m_id=${attrs.m_id} is outside the title and sentences 2–${ANNOTATED_SENTENCES - 1}, where MEANTIME annotates times`);
    }
    const first = Math.min(...(positions as number[]));
    const last = Math.max(...(positions as number[]));
    timexes.push({
      id: attrs.m_id ?? '', start: starts[first], end: ends[last], text: text.slice(starts[first], ends[last]),
      type: attrs.type as TimexType, value: attrs.value ?? '', mod: attrs.mod || null,
    });
  }
  // Markables come in annotation order; the scorer pairs each system timex with the first unclaimed gold one it overlaps.
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { id, dct, text, timexes, events: [], eventTimeLinks: [] };
}

/** `.xml` files of a MEANTIME folder, grouped by the subfolder they sit in (corpus_airbus…; '' for the folder itself). */
export function meantimeFiles(dir: string): Map<string, string[]> {
  return filesBySubfolder(dir, '.xml');
}
