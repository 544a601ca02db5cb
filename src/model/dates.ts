import { ParleyError } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Validates an ISO date or datetime (a real calendar day), returning it unchanged. */
export function parsePublished(value: string, label = '--published'): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw new ParleyError('E_BAD_DATE', `${label}: '${value}' is not a date; use YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) {
    throw new ParleyError('E_BAD_DATE', `${label}: '${value}' is not a real calendar date; use YYYY-MM-DD`);
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    throw new ParleyError('E_BAD_DATE', `${label}: '${value}' has an impossible time of day`);
  }
  return value.trim();
}
