import { day, like, Where, type Dialect } from './sql.js';
import type { QuoteQuery } from './store.js';

/** The filters quotes and merged quotes share. */
export function quoteFilters(query: QuoteQuery, dialect: Dialect): Where {
  const where = new Where();
  if (query.speaker !== undefined) {
    where.add(`(${dialect.contains('q.speaker_name')} OR q.actor_key IN (SELECT key FROM actors WHERE ${dialect.contains('name')}))`,
      like(query.speaker), like(query.speaker));
  }
  if (query.actor !== undefined) where.add('q.actor_key = ?', query.actor);
  for (const word of query.text?.split(/\s+/).filter(Boolean) ?? []) where.add(dialect.contains('q.text'), like(word));
  const from = day(query.from, 'from');
  const to = day(query.to, 'to');
  if (from) where.add('q.day >= ?', from);
  if (to) where.add('q.day <= ?', to);
  return where;
}
