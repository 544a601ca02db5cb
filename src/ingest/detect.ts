/** The formats Parley reads. */
export type InputFormat = 'text' | 'json' | 'jsonl' | 'html' | 'feed';

/**
 * Picks a reader by what the content is, not only by its name: markup is a feed or a page by
 * its root element; JSON is one value or one value a line; anything else is an article's text.
 * The extension only settles what the content leaves open.
 */
export function detectFormat(content: string, name: string, complete = true): InputFormat {
  const head = content.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  const ext = name.toLowerCase().replace(/^.*(\.[a-z0-9]+)$/, '$1');
  if (head.startsWith('<')) {
    const markup = head.replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->/g, '').trimStart();
    if (/^<(rss|rdf:RDF)[\s>]/i.test(markup) || /^<feed[\s>]/i.test(markup)) return 'feed';
    if (/^<(!doctype html|html|head|body|article|main|div|p)[\s>]/i.test(markup)) return 'html';
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
    if (ext === '.json' || head.startsWith('[')) return 'json';
    if (!complete) return 'jsonl';
    const lines = content.trim().split('\n');
    if (lines.length > 1 && parses(lines[0]) && parses(lines[1])) return 'jsonl';
    if (parses(content)) return 'json';
    return 'text';
  }
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.rss' || ext === '.atom' || ext === '.xml') return 'feed';
  return 'text';
}

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}
