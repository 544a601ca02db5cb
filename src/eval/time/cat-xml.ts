/**
 * The markup of CAT XML (the Content Annotation Tool's format, in which MEANTIME is written):
 * `<token>`s first, then `<Markables>` anchored to token ids, then `<Relations>` between markables.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of XML character data or an attribute value, its entities decoded. */
export function decode(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name]);
}

/** The `name="value"` attributes of a start tag, decoded. */
export function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([A-Za-z_]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

export interface CatToken { readonly id: string; readonly sentence: number; readonly text: string }

export function readTokens(xml: string): CatToken[] {
  return [...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => {
    const a = attributes(m[1]);
    return { id: a.t_id, sentence: Number(a.sentence), text: decode(m[2]) };
  });
}

/** A markable: its attributes (`m_id` among them) and the ids of the tokens it anchors to (none for an empty one). */
export interface CatMarkable { readonly attrs: Readonly<Record<string, string>>; readonly anchors: readonly string[] }

/** Every markable of one kind (TIMEX3, EVENT_MENTION, the document-level EVENT …), in file order. */
export function readMarkables(xml: string, tag: string): CatMarkable[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g'))].map((m) => ({
    attrs: attributes(m[1]),
    anchors: [...(m[2] ?? '').matchAll(/<token_anchor\s+t_id="([^"]*)"/g)].map((a) => a[1]),
  }));
}

/** A relation: its attributes and the m_ids of its sources and targets (REFERS_TO has several sources). */
export interface CatRelation {
  readonly attrs: Readonly<Record<string, string>>;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

/** Every relation of one kind (TLINK, REFERS_TO …), in file order. */
export function readRelations(xml: string, tag: string): CatRelation[] {
  const ids = (body: string, end: string) => [...body.matchAll(new RegExp(`<${end}\\s+m_id="([^"]*)"`, 'g'))].map((a) => a[1]);
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
    attrs: attributes(m[1]), sources: ids(m[2], 'source'), targets: ids(m[2], 'target'),
  }));
}
