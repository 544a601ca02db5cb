import { readFileSync } from 'node:fs';
import { ParleyError } from '../../model/errors.js';

export interface PloverRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly event: string;
  /** Gold actor codes (country, IGO, NGO …). */
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

/**
 * Country codes of the gold records that are no ISO 3166 alpha-3 code, with the code they stand
 * for ("Tokyo" is coded JAP, "Vietnamese-led forces" VTN): Parley's actor codes are ISO.
 */
const LEGACY_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

/** Reads PLOVER gold records: a JSON array of `{id, text, event, source[].code, target[].code}`. */
export function readPloverFile(path: string): PloverRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ParleyError('E_INPUT_UNREADABLE', `eval events: ${path} is not a readable JSON file`);
  }
  if (!Array.isArray(data)) throw new ParleyError('E_INPUT_FORMAT', `eval events: ${path} must hold a JSON array of PLOVER records`);
  const codes = (list: unknown) => (Array.isArray(list) ? list.map((a) => String((a as { code?: unknown }).code ?? '')).filter(Boolean).map((c) => LEGACY_CODES[c] ?? c) : []);
  return data
    .filter((r) => r && typeof r.text === 'string' && typeof r.event === 'string')
    .map((r, i) => ({
      id: String(r.id ?? `record-${i + 1}`),
      text: r.text.replace(/^\{|\}$/g, ''),
      date: typeof r.date === 'string' ? r.date : null,
      event: r.event,
      sources: codes(r.source),
      targets: codes(r.target),
    }));
}
