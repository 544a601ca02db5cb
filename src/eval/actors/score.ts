import { entityCode, type Entity } from '../../model/layers.js';

/** One gold actor of a PLOVER record: its words in the sentence, its code (country, IGO, NGO …) and sector. */
export interface GoldActor {
  readonly actorText: string;
  readonly code: string;
  readonly sector: string | null;
}

/** Heads of codes that are no country: a system code matches them by its head alone ("IGOUNO" is an IGO). */
const NON_STATE_HEADS = new Set(['IGO', 'NGO', 'MNC', 'IMG']);

/**
 * Where `actorText` stands in `text`: as whole words ("Iraq", not the start of "Iraqi"), else exactly, else word by word with up to 40 characters between words
 * ("Bosnian Serbs ... forces"), ignoring case. Null when the words are not there in order.
 */
export function locate(text: string, actorText: string): { start: number; end: number } | null {
  const escaped = actorText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  if (word) return { start: word.index, end: word.index + actorText.length };
  const exact = text.indexOf(actorText);
  if (exact >= 0) return { start: exact, end: exact + actorText.length };
  const words = actorText.split(/\s+|\.{3}|…/).map((w) => w.replace(/^[("“]+|[)"”,]+$/g, '')).filter((w) => /\w/.test(w));
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]{0,40}?'), 'i');
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The entity with the most characters of mentions over the span (names and nominals before pronouns; a tie to the later). */
export function entityOver(entities: readonly Entity[], span: { start: number; end: number }): Entity | null {
  let best: Entity | null = null;
  let bestScore = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap <= 0) continue;
      const score = overlap * (m.form === 'pronoun' ? 1 : 4) + m.start / 1e6;
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
  }
  return best;
}

/** The system's code for an entity: its CAMEO code, else its country. */
export function systemCode(e: Entity): string | null {
  return entityCode(e);
}

/**
 * Country codes the PLOVER gold writes for a country under another name (6 of its 437 actors): the
 * country is the same, so they are read as the ISO code.
 */
const GOLD_SPELLINGS: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
const goldHead = (gold: GoldActor) => GOLD_SPELLINGS[gold.code.slice(0, 3)] ?? gold.code.slice(0, 3);

/** Country part of a code as PLOVER writes it: the first three letters (a country, or IGO, NGO …). */
export function countryRight(gold: GoldActor, e: Entity): boolean {
  const code = systemCode(e);
  return code !== null && code.slice(0, 3) === goldHead(gold);
}

/** Full code: country (or IGO …) and sector, "SRBGOV"; a non-state head without a sector matches by the head. */
export function codeRight(gold: GoldActor, e: Entity): boolean {
  const code = systemCode(e);
  if (code === null) return false;
  const want = `${goldHead(gold)}${gold.code.slice(3)}${(gold.sector ?? '').slice(0, 3).toUpperCase()}`;
  return code === want || (NON_STATE_HEADS.has(gold.code) && !gold.sector && code.startsWith(gold.code));
}
