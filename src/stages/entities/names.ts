import type { Doc } from '../../model/document.js';
import type { Role } from '../../model/layers.js';
import type { ActorsKb, KbPerson, PlaceRef } from '../../kb/view.js';
import { countryOfTitle, linkPerson } from '../../kb/link.js';
import { isAcronym, type NameMention } from './mentions.js';
import { addRef, newCluster, type Cluster } from './refs.js';
import { stormsOwnName } from './storms.js';
import { placeWords, THEN_COUNTRY } from './place-words.js';
import { isTitleWord, pluralTitleBefore, titleAfter, titleBefore, type TitleRead } from '../../language/titles.js';
import type { Sentence } from '../../model/layers.js';

/** Qualifier, country and title fit in a few words: the anchored title pattern reads no further back. */
const TITLE_REACH = 60;

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/^the /, '');

/** Clusters keyed by what they refer to, plus the people, who are matched by name parts. */
export class ClusterSet {
  readonly byKey = new Map<string, Cluster>();
  readonly people: Cluster[] = [];
  /** The cluster each name mention went to, by its start offset. */
  readonly ofMention = new Map<number, Cluster>();
  /** Where the story's first sentence, its lede, ends (a document offset). */
  ledeEnd = 0;

  keyed(key: string, make: () => Cluster): Cluster {
    let c = this.byKey.get(key);
    if (!c) this.byKey.set(key, (c = make()));
    return c;
  }

  /** Person clusters by each word of their names, lower-cased (stale keys are harmless: matches are re-checked). */
  private readonly byWord = new Map<string, Cluster[]>();

  /**
   * The person cluster a name belongs to: the same full name, or a surname (or a full
   * name extending a surname seen earlier); with two candidates the most recent wins.
   */
  person(words: string[]): Cluster {
    const lower = words.map((w) => w.toLowerCase());
    const last = lower[lower.length - 1];
    const matches = (this.byWord.get(last) ?? []).filter((c) => {
      const have = c.nameWords.map((w) => w.toLowerCase());
      if (have.join(' ') === lower.join(' ')) return true;
      if (have[have.length - 1] === last) return lower.length === 1 || have.length === 1 || have[0] === lower[0];
      return lower.length === 1 && have.slice(1).includes(last);
    });
    // A lone given name ("Donald", or a surname written first, as in "Kim") joins only an unambiguous full name.
    if (matches.length === 0 && lower.length === 1) {
      const byFirst = [...new Set(this.byWord.get(last) ?? [])].filter((c) => c.nameWords.length > 1 && c.nameWords[0].toLowerCase() === last);
      if (byFirst.length === 1) matches.push(byFirst[0]);
    }
    // a lone surname two people bear is the one named most so far, then the one named first ("Trump" after "First Lady
    // Melania Trump" in a story about the president, "Baker" after his daughter Nettie in Ginger Baker's obituary)
    const chosen = lower.length === 1 && matches.length > 1
      ? matches.sort((a, b) => b.refs.length - a.refs.length || firstRef(a) - firstRef(b))[0]
      : matches.sort((a, b) => lastRef(b) - lastRef(a))[0];
    if (chosen) {
      if (words.length > chosen.nameWords.length) {
        chosen.nameWords = words;
        this.index(chosen);
      }
      return chosen;
    }
    const c = newCluster('PERSON');
    c.nameWords = words;
    this.people.push(c);
    this.index(c);
    return c;
  }

  /** Whether a person cluster has this word in its name. */
  hasPerson(word: string): boolean {
    return (this.byWord.get(word.toLowerCase())?.length ?? 0) > 0;
  }

  private index(c: Cluster): void {
    for (const w of c.nameWords) {
      const key = w.toLowerCase();
      const list = this.byWord.get(key);
      if (!list) this.byWord.set(key, [c]);
      else if (!list.includes(c)) list.push(c);
    }
  }

  all(): Cluster[] {
    return [...this.byKey.values(), ...this.people];
  }
}

const lastRef = (c: Cluster) => (c.refs.length ? c.refs[c.refs.length - 1].start : -1);
const firstRef = (c: Cluster) => (c.refs.length ? c.refs[0].start : Infinity);

/**
 * Groups the NER mentions into clusters: places (countries with their names and
 * demonyms, capitals, seats of government) and organisations by their KB id, people by
 * name parts, anything else by its normalised text. A PERSON span that is a known place
 * or organisation ("Washington", "NATO") is retyped.
 */
/** Tokens of a sentence too short to be the lede: a dateline or heading before it ("MOSCOW, June 3 (AFP) -"). */
const HEADING_TOKENS = 10;

/** The end of the story's first sentence, read on past a short first one (a dateline or heading before the lede). */
function ledeEnd(doc: Doc): number {
  const sentences = doc.get('sentences');
  const first = sentences[0];
  if (!first) return 0;
  const second = sentences[1];
  return first.tokenEnd - first.tokenStart < HEADING_TOKENS && second ? second.end : first.end;
}

export function clusterNames(doc: Doc, names: readonly NameMention[], kb: ActorsKb): ClusterSet {
  const set = new ClusterSet();
  set.ledeEnd = ledeEnd(doc);
  /** Organisations and other names of several words by their first word: "Mahan" of "Mahan Air". */
  const byFirstWord = new Map<string, Cluster>();
  /** Towns the text places in another country than the KB's namesake ("Antioch, Illinois"): every mention of the name. */
  const elsewhere = new Set<string>();
  for (const m of names) {
    // A place only Phoenix names ("Basra", "Istanbul") counts where the entity model saw a place.
    const known = kb.place(m.name) ?? (m.type === 'GPE' || m.type === 'LOC' ? kb.region(m.name) : null);
    const written = known ? countryWrittenAfter(doc.text, m.end, known, kb) : null;
    if (written === 'other') elsewhere.add(norm(m.name));
    const place = written !== 'same' && elsewhere.has(norm(m.name)) ? null : known;
    const found = place ? null : kb.organisation(m.name);
    // Phoenix lists leaders under their group ("Khaled Meshaal" under Hamas): a person stays a person, coded as the group
    // (not an acronym the entity model took for a person: "ISIS" is the group)
    const organisation = found?.phoenixOnly && m.type === 'PERSON' && !isAcronym(m.name) ? null : found;
    let cluster: Cluster;
    if (place && !(m.type === 'PERSON' && (m.addressed || kb.people(m.name).length > 0))) {
      cluster = set.keyed(`place:${place.id}`, () => {
        const c = newCluster(place.via === 'metonym' ? 'ORG' : 'GPE');
        c.place = place;
        return c;
      });
    } else if (organisation) {
      cluster = set.keyed(`org:${organisation.id}`, () => {
        const c = newCluster('ORG');
        c.organisation = organisation;
        return c;
      });
    } else if (m.type === 'PERSON') {
      // "Iranian airline Mahan Air … restrict Mahan's operations": the tagger's lone PERSON word may be the short form.
      const short = shortFormOf(m.name, byFirstWord, set, kb);
      cluster = short ?? set.person(m.name.split(/\s+/).filter((w) => /\p{L}/u.test(w)));
      if (!short && found && !cluster.context) {
        cluster.context = { country: found.country, countryCode: found.cameo, sector: null, agent: false };
      }
    } else {
      // a storm with and without its storm word is one ("Typhoon Haiyan" … "Haiyan")
      cluster = set.keyed(`text:${m.type}:${norm(m.type === 'MISC' ? stormsOwnName(m.name) : m.name)}`, () => newCluster(m.type));
      const first = /^(\p{Lu}[\p{L}-]+)\s+\p{Lu}/u.exec(m.name)?.[1];
      if (first && (m.type === 'ORG' || m.type === 'MISC') && !byFirstWord.has(first)) byFirstWord.set(first, cluster);
    }
    set.ofMention.set(m.start, cluster);
    for (const part of m.parts) {
      addRef(cluster, { start: part.start, end: part.end, text: doc.text.slice(part.start, part.end), form: 'name', sentence: m.sentence, by: 'entities/ner-mention' });
    }
  }
  return set;
}

/** What follows a place that is one of a list ("Kabul, Iraq and Syria", "Kabul, Iraq, Syria and Yemen"). */
const LIST_GOES_ON = /^(?:\s*,?\s*(?:and|or|&)\s|,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s*(?:,|and\s|or\s))/u;

/**
 * "A resident of Antioch, Illinois", "Paris, Texas", "London, Ontario": a town (a capital or a region the KB places in one
 * country) written with a state, province or country of another country after a comma is a namesake there, not the KB's
 * (Antioch in Turkey, Paris in France), and so is every later mention of the name but one written with the KB's country
 * ('same': "Paris, France"). A list of places is no such pair ("in Kabul, Iraq and Syria", "at Abydos, Saqqara, and Tuna el-Gebel").
 */
function countryWrittenAfter(text: string, end: number, known: PlaceRef, kb: ActorsKb): 'same' | 'other' | null {
  if (known.via !== 'capital' && known.via !== 'region') return null;
  // ", Illinois", ", Ontario", ", France": the place written after the town's name, then what follows it
  const after = THEN_COUNTRY.exec(text.slice(end, end + 120));
  const rest = end + (after?.[0].length ?? 0);
  if (!after || LIST_GOES_ON.test(text.slice(rest, rest + 40))) return null;
  const word = placeWords(after[1]!);
  const region = kb.place(word) ?? kb.region(word);
  if (!region || region.via === 'demonym' || region.via === 'metonym' || region.via === 'capital') return null;
  return region.country === known.country ? 'same' : 'other';
}

/**
 * The organisation (or other name) a lone capitalised word the tagger calls a person shortens: the first word of a
 * name of several words seen earlier, when no person of the text or the KB has that word in their name ("Mahan" after
 * "Mahan Air", "Deutsche" after "Deutsche Bahn" — but not "Trump" after "Trump Tower" where Donald Trump is known).
 */
function shortFormOf(name: string, byFirstWord: ReadonlyMap<string, Cluster>, set: ClusterSet, kb: ActorsKb): Cluster | null {
  if (/\s/.test(name)) return null;
  const cluster = byFirstWord.get(name);
  if (!cluster || set.hasPerson(name) || kb.people(name).length > 0) return null;
  return cluster;
}

/**
 * Reads the titles written around each person's name ("outgoing U.S. President Joe
 * Biden", "Emmanuel Macron, the French president") into text roles, and makes the country
 * word of the title ("French", "Polish") a mention of that country.
 */
export function readTitles(doc: Doc, set: ClusterSet, names: readonly NameMention[], sentences: readonly Sentence[], kb: ActorsKb): void {
  for (const m of names) {
    if (m.type !== 'PERSON') continue;
    const cluster = set.ofMention.get(m.start);
    if (!cluster || cluster.type !== 'PERSON') continue;
    const s = sentences[m.sentence];
    const reads = [
      titleBefore(doc.text.slice(Math.max(s.start, m.nameStart - TITLE_REACH), m.nameStart), Math.max(s.start, m.nameStart - TITLE_REACH)),
      appositiveTitle(doc.text, m.end, s.end),
    ].filter((r): r is TitleRead => r !== null);
    const ofCountry = countryAfterName(doc.text.slice(m.end, s.end), kb);
    const listed = reads.length === 0 ? pluralTitleBefore(doc.text.slice(Math.max(s.start, m.nameStart - 2 * TITLE_REACH), m.nameStart)) : null;
    if (listed !== null) {
      cluster.textRoles.push({ title: listed, country: ofCountry?.country ?? null, qualifier: null, from: 'text' });
    }
    for (const raw of reads) {
      const read = withKnownCountry(raw, kb);
      const place = (read.countryWord ? kb.place(read.countryWord) ?? kb.region(read.countryWord) : null) ?? ofCountry;
      const span = { start: read.start, end: read.end };
      const role: Role = { title: read.title, country: place?.country ?? null, qualifier: read.qualifier, from: 'text', span };
      cluster.textRoles.push(role);
      if (place && read.countryWord && kb.place(read.countryWord)) {
        const country = set.keyed(`place:${place.id}`, () => {
          const c = newCluster(place.via === 'metonym' ? 'ORG' : 'GPE');
          c.place = place;
          return c;
        });
        const start = read.countryWordStart;
        addRef(country, { start, end: start + read.countryWord.length, text: read.countryWord, form: 'name', sentence: m.sentence, by: 'entities/title-country' });
      }
      if (/^(King|Emir|Pope|Crown Prince)$/.test(read.title)) cluster.gender = 'm';
      if (read.title === 'Queen') cluster.gender = 'f';
    }
  }
}

/**
 * The country word of a title may have taken a capitalised word before it along ("This Wednesday Greek
 * Foreign Minister"): when the two words name no place, the last one alone is tried.
 */
function withKnownCountry(read: TitleRead, kb: ActorsKb): TitleRead {
  const word = read.countryWord;
  // A region of two words is no country of its last word: "New Mexico governor" is of the United States, not Mexico.
  if (word === null || kb.place(word) || !word.includes(' ') || kb.region(word)) return read;
  const last = word.slice(word.lastIndexOf(' ') + 1);
  return kb.place(last) ? { ...read, countryWord: last, countryWordStart: read.countryWordStart + word.length - last.length } : read;
}

/**
 * The title set off by a comma after a name ("Emmanuel Macron, the French president"), unless a capitalised name
 * follows it: then it is the title of that name, in a list of titled names ("Bottoms, former National Security
 * Adviser Susan Rice, Congresswoman Val Demings, New Mexico governor Michelle Lujan Grisham").
 */
function appositiveTitle(text: string, end: number, sentenceEnd: number): TitleRead | null {
  const read = titleAfter(text.slice(end, sentenceEnd), end);
  if (!read || /\sof\s/.test(text.slice(read.start, read.end))) return read; // "the chairman of the House Intelligence| Committee"
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(read.end, read.end + 40))?.[1];
  return next === undefined || isTitleWord(next) ? read : null; // "the Governor| General of Canada" is one title
}

/** "Presidents Muhammadu Buhari of Nigeria": a country right after the name is the country of its title. */
function countryAfterName(after: string, kb: ActorsKb): PlaceRef | null {
  const m = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)/u.exec(after);
  if (!m) return null;
  const place = kb.place(m[1]!) ?? kb.place(m[1]!.split(/\s+/)[0]!);
  return place && place.via !== 'demonym' ? place : null;
}

/**
 * A name the text introduces as someone the reader does not know: "a university student named Wong", "a man called
 * Kim". Such a person is not the office holder who shares the surname.
 */
const INTRODUCED = /\b(?!(?:he|she|they|it|we|you|i|who|which|that|and|or|also|was|were|is|are|be|been|being)\s)[a-z][a-z-]*\s+(?:named|called)\s+$/;

function introducedUnknown(text: string, c: Cluster): boolean {
  if (c.nameWords.length !== 1) return false;
  const first = c.refs.reduce((a, b) => (b.start < a.start ? b : a));
  return INTRODUCED.test(text.slice(Math.max(0, first.start - 40), first.start));
}

/** Ids of people only the Phoenix dictionaries list: a name and a code, often of a namesake decades back. */
const PHOENIX_ONLY = 'phoenix:';

/** Titles of a state's leaders and ministers: given with no country, they are taken as the KB's person's. */
const HIGH_OFFICE = /\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|King|Queen|Emperor|Emir|Sultan|Ayatollah)\b/;

/** The countries of the places and organisations a document names (by its name clusters so far). */
function countriesNamed(set: ClusterSet): Set<string> {
  const out = new Set<string>();
  for (const c of set.all()) {
    const country = c.place?.country ?? c.organisation?.country ?? null;
    if (country) out.add(country);
  }
  return out;
}

/**
 * Whether a person only the Phoenix dictionaries list may be the one the document names: it names no country, or one of
 * theirs — in the document, in a title the text gives them or in their name itself ("the PALESTINIAN Authority", which
 * Phoenix lists among actors); a state office given with no country ("President Abdelaziz Bouteflika") is taken as the
 * KB's. Those lists hold common names ("David Wilson", a governor of Hong Kong; "Gary Gray", an Australian minister;
 * "James Brown", a British one), and a name alone in a report on somewhere else is a namesake ("criminology professor
 * David Wilson" in London, "RCMP Constable Gary Gray" in Kamloops, the singer in a film).
 */
function ofCountryNamed(person: KbPerson, named: ReadonlySet<string>, titled: ReadonlySet<string>, nameWords: readonly string[], kb: ActorsKb): boolean {
  if (named.size === 0) return true;
  const inName = new Set(nameWords.map((w) => kb.place(w)?.country).filter((x): x is string => !!x));
  const countries = [person.country, person.cameo?.slice(0, 3), ...person.tenures.map((t) => t.country)];
  return countries.some((x) => !!x && (named.has(x) || titled.has(x) || inName.has(x)));
}

/** Links every person cluster to the KB, merges clusters that link to one person, and settles roles. */
export function linkPeople(text: string, set: ClusterSet, kb: ActorsKb, date: string | null): void {
  const named = countriesNamed(set);
  for (const c of set.people) {
    if (introducedUnknown(text, c)) continue;
    const hints = {
      countries: new Set(c.textRoles.map((r) => r.country).filter((x): x is string => x !== null)),
      titles: new Set(c.textRoles.map((r) => r.title)),
    };
    const person = linkPerson(kb, c.nameWords.join(' '), hints, date);
    const titledAlone = c.textRoles.some((r) => r.country === null && HIGH_OFFICE.test(r.title));
    c.person = person && (!person.id.startsWith(PHOENIX_ONLY) || titledAlone || ofCountryNamed(person, named, hints.countries, c.nameWords, kb)) ? person : null;
  }
  const byActor = new Map<string, Cluster>();
  for (let i = 0; i < set.people.length; i++) {
    const c = set.people[i];
    if (!c.person) continue;
    const first = byActor.get(c.person.id);
    if (!first) {
      byActor.set(c.person.id, c);
      continue;
    }
    for (const r of c.refs) addRef(first, r);
    first.textRoles.push(...c.textRoles);
    set.people.splice(i--, 1);
  }
  for (const c of set.people) {
    const person = c.person;
    // the first country the text gives each title ("French President … President Macron")
    const countryOfTextTitle = new Map<string, string>();
    for (const x of c.textRoles) if (x.country !== null && !countryOfTextTitle.has(x.title)) countryOfTextTitle.set(x.title, x.country);
    const filled = c.textRoles.map((r) => {
      if (r.country !== null) return r;
      const country = countryOfTextTitle.get(r.title) ?? (person ? countryOfTitle(person, r.title, date) ?? person.country : null);
      return country === null ? r : { ...r, country };
    });
    c.textRoles.splice(0, c.textRoles.length, ...filled);
  }
}
