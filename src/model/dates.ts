import { ParleyError } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

/**
 * Publication dates Parley accepts: from the first newspapers it could meet in an archive to
 * well past any embargo. Year 0000 or 9999 is a placeholder or a typo, not a date to anchor
 * "last Tuesday" to.
 */
export const PUBLISHED_YEARS = { from: 1800, to: 2199 } as const;

/** Validates an ISO date or datetime (a real calendar day in a sane range, a real UTC offset), returning it unchanged. */
export function parsePublished(value: string, label = '--published'): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw new ParleyError('E_BAD_DATE', `${label}: '${value}' is not a date; use YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  if (month < 1 || month > 12 || d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) {
    throw new ParleyError('E_BAD_DATE', `${label}: '${value}' is not a real calendar date; use YYYY-MM-DD`);
  }
  if (year < PUBLISHED_YEARS.from || year > PUBLISHED_YEARS.to) {
    throw new ParleyError('E_BAD_DATE', `${label}: '${value}' is outside the years ${PUBLISHED_YEARS.from}–${PUBLISHED_YEARS.to} a publication date can have`);
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    throw new ParleyError('E_BAD_DATE', `${label}: '${value}' has an impossible time of day`);
  }
  // UTC offsets in use run from -12:00 to +14:00, in whole quarters of an hour.
  if (m[8] !== undefined) {
    const minutes = Number(m[9]) * 60 + Number(m[10]);
    if (Number(m[10]) % 15 !== 0 || minutes > (m[8] === '+' ? 14 : 12) * 60) {
      throw new ParleyError('E_BAD_DATE', `${label}: '${value}' has an impossible UTC offset (they run from -12:00 to +14:00)`);
    }
  }
  return value.trim();
}
