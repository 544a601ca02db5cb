import type { Doc } from '../../model/document.js';
import type { DocumentDate } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { explicitDates } from './explicit.js';

/**
 * The date the document is anchored to. A caller-given publication date wins; otherwise
 * the text is dated no earlier than the latest absolute date it states (news reports
 * what has happened), and the estimate is that date — marked as an estimate.
 */
export const datingStage: Stage<'anchor'> = {
  name: 'dating',
  requires: [],
  provides: ['anchor'],
  run(doc: Doc) {
    return { anchor: dateDocument(doc.text, doc.meta.published) };
  },
};

export function dateDocument(text: string, published: string | null): DocumentDate {
  if (published) return { value: published, source: 'given', earliest: published, latest: published, evidence: [] };
  const found = explicitDates(text);
  if (found.length === 0) return { value: null, source: 'unknown', earliest: null, latest: null, evidence: [] };
  const days = found.filter((f) => f.precision === 'day');
  const basis = days.length > 0 ? days : found;
  const latest = basis.reduce((a, b) => (b.date > a.date ? b : a));
  const value = latest.precision === 'day' ? latest.date : `${latest.date.slice(0, 4)}-07-01`;
  return {
    value,
    source: 'estimated',
    earliest: latest.date,
    latest: null,
    evidence: [{ start: latest.start, end: latest.end, by: latest.by }],
  };
}
