import type { Tenure } from './types.js';

/** A term runs on `date` when `start <= date < end` (ISO dates compare as strings). */
export function tenureRuns(tenure: Tenure, date: string): boolean {
  return tenure.start <= date && (tenure.end === null || date < tenure.end);
}
