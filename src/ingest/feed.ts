import { XMLParser } from 'fast-xml-parser';
import { ParleyError } from '../model/errors.js';

/** One item of an RSS 2.0 or Atom feed, before its article is extracted or fetched. */
export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  /** The item's HTML or text body (content:encoded / Atom content, else description / summary). */
  readonly content: string | null;
  readonly id: string | null;
}

export interface Feed {
  readonly kind: 'rss' | 'atom';
  readonly title: string | null;
  readonly items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
});

type Node = Record<string, unknown>;
const asText = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return asText(v[0]);
  if (typeof v === 'object') return asText((v as Node)['#text']);
  return null;
};

function rssItem(item: Node): FeedItem {
  return {
    title: asText(item.title),
    link: asText(item.link),
    published: asText(item.pubDate) ?? asText(item['dc:date']),
    byline: asText(item['dc:creator']) ?? asText(item.author),
    content: asText(item['content:encoded']) ?? asText(item.description),
    id: asText(item.guid),
  };
}

function atomLink(links: unknown): string | null {
  const all = (Array.isArray(links) ? links : [links]).filter(Boolean) as Node[];
  const alternate = all.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? all[0];
  return alternate ? asText(alternate['@href']) : null;
}

function atomEntry(entry: Node): FeedItem {
  const authors = (Array.isArray(entry.author) ? entry.author : []) as Node[];
  return {
    title: asText(entry.title),
    link: atomLink(entry.link),
    published: asText(entry.published) ?? asText(entry.updated),
    byline: authors.map((a) => asText(a.name)).filter(Boolean).join(', ') || null,
    content: asText(entry.content) ?? asText(entry.summary),
    id: asText(entry.id),
  };
}

/** Parses an RSS 2.0 or Atom document; `label` names it in errors. */
export function parseFeed(xml: string, label: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new ParleyError('E_INPUT_FORMAT', `${label}: is not well-formed XML (${(err as Error).message.split('\n')[0]})`);
  }
  const rss = doc.rss as Node | undefined;
  if (rss?.channel) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node;
    return { kind: 'rss', title: asText(channel.title), items: ((channel.item ?? []) as Node[]).map(rssItem) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) return { kind: 'atom', title: asText(feed.title), items: ((feed.entry ?? []) as Node[]).map(atomEntry) };
  throw new ParleyError('E_INPUT_FORMAT', `${label}: is XML but neither an RSS 2.0 nor an Atom feed`);
}
