import type { Doc } from '../../model/document.js';
import type { Sentence } from '../../model/layers.js';
import { tokenAt, tokenPos } from '../../model/tokens.js';
import type { ActorsKb } from '../../kb/view.js';
import { addRef, newCluster, type Cluster } from './refs.js';
import type { ClusterSet } from './names.js';
import { definiteTitles, type TitleRead } from '../../language/titles.js';
import { lowerBound } from '../../model/span.js';
import type { RoleQualifier } from '../../model/layers.js';

const sameTitle = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function covered(clusters: readonly Cluster[], start: number, end: number): boolean {
  return clusters.some((c) => c.refs.some((r) => r.start < end && start < r.end));
}

/**
 * "the president", "the Polish prime minister": a definite title stands for the person
 * who last held that role in the text, or — when it names a country — for whoever the
 * KB says held that office at the document date. A title directly followed by a name
 * is that name's title, not a mention of its own.
 */
export function resolveDefiniteTitles(doc: Doc, set: ClusterSet, sentences: readonly Sentence[], kb: ActorsKb, date: string | null): UnresolvedTitle[] {
  const left: UnresolvedTitle[] = [];
  sentences.forEach((s, sentence) => {
    for (const read of definiteTitles(doc.text.slice(s.start, s.end), s.start)) {
      if (/^\s*[A-Z]/.test(doc.text.slice(read.end, read.end + 2)) || covered(set.all(), read.start, read.end)) continue;
      const country = read.countryWord ? kb.place(read.countryWord)?.country ?? null : null;
      const holder = namedAfter(doc.text, set, read) ?? earlierHolder(set, read, country) ?? kbHolder(set, kb, read.title, country, date);
      if (holder) addRef(holder, { start: read.start, end: read.end, text: doc.text.slice(read.start, read.end), form: 'nominal', sentence, by: 'entities/definite-title' });
      else if (!read.countryWord) left.push({ read, sentence });
    }
  });
  return left;
}

/** A definite title no holder was found for (and no country named), for `resolveUnnamedOfficers`. */
export interface UnresolvedTitle {
  readonly read: TitleRead;
  readonly sentence: number;
}

/**
 * "The Vice President, Mike Pence, said …": a definite title with its holder's name in apposition right after it
 * (the name given that title) is that person, who speaks and acts as the phrase's subject.
 */
function namedAfter(text: string, set: ClusterSet, read: TitleRead): Cluster | null {
  const comma = /^,\s+/.exec(text.slice(read.end, read.end + 4));
  const holder = comma ? set.ofMention.get(read.end + comma[0].length) : undefined;
  return holder && holder.type === 'PERSON' && holder.textRoles.some((r) => sameTitle(r.title, read.title)) ? holder : null;
}

/** Qualifiers of a role not held at the time told: a bare "the president" is not the president-elect or a former one. */
const NOT_HELD: ReadonlySet<RoleQualifier> = new Set<RoleQualifier>(['former', 'elect', 'incoming']);

/**
 * The person last mentioned before the title who was given it in the text, as the title says: "the president" is who
 * was named "President Donald Trump", not "President-elect Joe Biden" or "former President Barack Obama", mentioned
 * since; "the president-elect" and "the former president" are who were named so.
 */
function earlierHolder(set: ClusterSet, read: TitleRead, country: string | null): Cluster | null {
  const before = read.start;
  const agrees = (q: RoleQualifier) => (read.qualifier === null ? !NOT_HELD.has(q) : q === read.qualifier);
  const holders = set.people.filter((c) =>
    c.refs.some((r) => r.start < before) && c.textRoles.some((r) => sameTitle(r.title, read.title) && agrees(r.qualifier) && (country === null || r.country === country)));
  const latest = (c: Cluster) => Math.max(...c.refs.filter((r) => r.start < before).map((r) => r.start));
  return holders.sort((a, b) => latest(b) - latest(a))[0] ?? null;
}

/**
 * "an Interpol spokesperson stated … The spokesperson added …": an organisation's unnamed officer,
 * written as the organisation's name and the title (the agents step makes that a mention of the
 * organisation), is who a later definite title names when no person named with that title came
 * before: the organisation speaking through them. Run after the agents step, on the titles
 * `resolveDefiniteTitles` left without a holder.
 */
export function resolveUnnamedOfficers(doc: Doc, set: ClusterSet, left: readonly UnresolvedTitle[]): void {
  const officers = new Map<string, Array<{ start: number; cluster: Cluster }>>();
  for (const { read, sentence } of left) {
    if (covered(set.all(), read.start, read.end)) continue;
    const holder = unnamedHolder(set, officers, read.title, read.start);
    if (holder) addRef(holder, { start: read.start, end: read.end, text: doc.text.slice(read.start, read.end), form: 'nominal', sentence, by: 'entities/officer' });
  }
}

/**
 * The organisation last named with the title after its name before `before` ("Interpol spokesperson");
 * `officers` keeps, per title, such mentions in text order, gathered once.
 */
function unnamedHolder(set: ClusterSet, officers: Map<string, Array<{ start: number; cluster: Cluster }>>, title: string, before: number): Cluster | null {
  let list = officers.get(title);
  if (!list) {
    const ending = ` ${title.toLowerCase()}`;
    list = set.all().filter((c) => c.type === 'ORG').flatMap((c) => c.refs.filter((r) => r.text.toLowerCase().endsWith(ending)).map((r) => ({ start: r.start, cluster: c })));
    list.sort((a, b) => a.start - b.start);
    officers.set(title, list);
  }
  const found = list[lowerBound(list.length, (i) => list![i].start < before) - 1];
  return found?.cluster ?? null;
}

function kbHolder(set: ClusterSet, kb: ActorsKb, title: string, country: string | null, date: string | null): Cluster | null {
  if (!country || !date) return null;
  const found = kb.holders(title, country, date);
  if (found.length !== 1) return null;
  const person = found[0];
  const known = set.people.find((c) => c.person?.id === person.id);
  if (known) return known;
  const c = newCluster('PERSON');
  c.person = person;
  c.nameWords = person.name.split(/\s+/);
  set.people.push(c);
  return c;
}

/**
 * Capitals, seats of government and country names the NER left untagged ("the Kremlin",
 * "Kyiv"): proper-noun tokens (and pairs, for "White House") the KB knows as places.
 */
export function findUntaggedPlaces(doc: Doc, set: ClusterSet, sentences: readonly Sentence[], kb: ActorsKb): void {
  const tokens = doc.get('tokens');
  const taken = new Uint8Array(tokens.length);
  for (const c of set.all()) {
    for (const r of c.refs) for (let t = tokenAt(tokens, r.start); t < tokens.length && tokens.start[t] < r.end; t++) taken[t] = 1;
  }
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || tokenPos(tokens, i) !== 'PROPN') continue;
    while (sentence + 1 < sentences.length && sentences[sentence + 1].start <= tokens.start[i]) sentence++;
    const pair = i + 1 < tokens.length && !taken[i + 1] && tokenPos(tokens, i + 1) === 'PROPN';
    for (const last of pair ? [i + 1, i] : [i]) {
      const start = tokens.start[i];
      const end = tokens.end[last];
      const text = doc.text.slice(start, end);
      const place = kb.place(text);
      if (!place || place.via === 'demonym') continue;
      const cluster = set.keyed(`place:${place.id}`, () => {
        const c = newCluster(place.via === 'metonym' ? 'ORG' : 'GPE');
        c.place = place;
        return c;
      });
      addRef(cluster, { start, end, text, form: 'name', sentence, by: 'entities/kb-place' });
      i = last;
      break;
    }
  }
}
