/** The analysis layers every store keeps whole, as JSON (one row each per document), so a record reads back exactly as it was stored. */
export const JSON_LAYERS = ['sentences', 'paragraphs', 'entities', 'timexes', 'quotes', 'events', 'topics', 'stances'] as const;
