import type { Doc } from '../../model/document.js';
import { tokenAt } from '../../model/tokens.js';
import { isSpaceCode } from '../../util/whitespace.js';
import { isWorldRegion } from '../../language/regions.js';
import { RANK_SECTORS } from '../../language/titles.js';
import type { ActorsKb, PlaceRef } from '../../kb/view.js';
import { countryAmong, mainCountry, modifierStart, placeModifier, sectorEndingAt, storySetting, tokenOwners, type ModifierCountry, type TokenOwners } from './modifiers.js';
import type { ClusterSet } from './names.js';
import type { Cluster, Ref } from './refs.js';
import { namesPublication } from './organisation-nouns.js';
import { placeWords, THEN_COUNTRY } from './place-words.js';
import { isOutletName, isWebOutletName, MEDIA_SECTOR } from './outlets.js';

/**
 * The sector a bare title implies when the agents dictionary has no entry for the words before a name.
 * Titles of heads of state and government, ministers and diplomats act for the government.
 */
const TITLE_SECTORS: Readonly<Record<string, string>> = {
  President: 'GOV', 'Prime Minister': 'GOV', 'Deputy Prime Minister': 'GOV', Chancellor: 'GOV', Premier: 'GOV',
  'Foreign Minister': 'GOV', 'Defence Minister': 'GOVMIL', 'Defense Minister': 'GOVMIL', Minister: 'GOV',
  'Foreign Secretary': 'GOV', 'Defense Secretary': 'GOVMIL', 'Defence Secretary': 'GOVMIL', 'Secretary of State': 'GOV',
  'Vice President': 'GOV', 'Supreme Leader': 'GOV', King: 'GOV', Queen: 'GOV', Emir: 'GOV', Sultan: 'GOV', 'Crown Prince': 'GOV',
  Ambassador: 'GOV', Envoy: 'GOV', 'Special Representative': 'GOV', 'National Security Advisor': 'GOV', 'National Security Adviser': 'GOV',
  'Chief Executive': 'GOV', Governor: 'GOV', Mayor: 'GOV', Senator: 'LEG', Speaker: 'LEG', General: 'MIL',
  'Prosecutor General': 'GOVJUD', 'Solicitor General': 'GOVJUD', 'Postmaster General': 'GOV', 'Surgeon General': 'GOV',
  Congressman: 'LEG', Congresswoman: 'LEG', 'First Minister': 'GOV', ...RANK_SECTORS,
};

const COMPLEMENT = /^(?:for|to)$/i;

/**
 * People the KB does not know, and organisations it does not know, take a country and a sector from
 * the words before their name ("Russian opposition leader Alexei Navalny" → RUS, OPP; "state-owned
 * Iranian news agency Fars" → IRN, MED) or from the titles read around it; what one mention says holds
 * for the whole entity.
 */
export function readContexts(doc: Doc, set: ClusterSet, kb: ActorsKb): void {
  const view = tokenOwners(doc, set.all());
  const tokens = doc.get('tokens');
  const story = mainCountry(set);
  const setting = storySetting(view, story) ?? story;
  // a text that names one country only: what it calls a place is most likely in it
  const onlyCountry = story !== null && mainCountry(set, story.country) === null;
  const codeOf = countryCodes(set);
  // places first: an organisation may take the country of the town it is named in (seatCountry)
  const all = set.all();
  const placeFirst = [...all.filter(isPlaceType), ...all.filter((c) => !isPlaceType(c))];
  for (const c of placeFirst) {
    if (c.person || c.place || c.organisation || c.context) continue;
    if (c.type === 'GPE' || c.type === 'LOC') {
      if (c.refs.some((r) => r.form === 'name' && isWorldRegion(r.text))) continue;
      // A town the story does not place otherwise is most likely in the country it is about (not so a sea or a range: LOC).
      c.place = placeFromContext(doc, c, kb) ?? (c.type === 'GPE' ? townElsewhere(doc, c, kb, story) ?? (onlyCountry || placeLike(doc, c, kb, story) ? inMainCountry(c, story) : null) : null);
      c.placeFromContext = c.place !== null;
      continue;
    }
    let country: ModifierCountry | null = null;
    let sector: string | null = null;
    let ownSector: string | null = null;
    let domestic = false;
    for (const r of c.refs) {
      if (r.form !== 'name') continue;
      const head = tokenAt(tokens, r.start);
      if (head >= tokens.length || tokens.start[head] !== r.start) continue;
      // A group's own name may say whose it is: "Latvian Constitutional Court", "Iraqi Kurds".
      if (c.type !== 'PERSON') country ??= countryAmong(view, kb, head, tokenAt(tokens, r.end - 1) + 1, c);
      const first = modifierStart(view, head);
      // "Special Representative for Iran Brian Hook": the country after "for"/"to" is the office's object.
      const complement = first > 0 && COMPLEMENT.test(doc.text.slice(tokens.start[first - 1], tokens.end[first - 1]));
      const outer = complement ? modifierStart(view, first - 1) : first;
      country ??= (complement ? countryAmong(view, kb, outer, first - 1) : null) ?? countryAmong(view, kb, first, head);
      for (let j = first; j < head && !domestic; j++) domestic = DOMESTIC.has(view.lower[j]!);
      if (first < head) sector ??= sectorEndingAt(view, kb, country && country.token >= first ? Math.min(country.token + 1, head) : first, head);
      if (c.type === 'ORG') ownSector ??= sectorEndingAt(view, kb, head, tokenAt(tokens, r.end - 1) + 1);
      if (c.type === 'ORG') sector ??= ownSector ?? (isOutletName(r.text) ? MEDIA_SECTOR : null);
    }
    // an unknown organisation's apposition says whose it is too: "Roscosmos, the Russian space agency"
    if (c.type === 'PERSON' || c.type === 'ORG') country ??= appositionCountry(doc, c, kb);
    if (c.type === 'ORG') country ??= seatCountry(view, c);
    country ??= exitCountry(set, c);
    // Police officers and judges hold offices of the place the story happens in, which need not be the country it
    // names most ("El Paso's police chief Greg Allen", "prosecutor Josh Bash" in a story about Mexican victims in Texas).
    const home = c.type === 'PERSON' && LOCAL_SECTORS.has(sector ?? sectorOfRoles(c) ?? '') ? setting : story;
    if (c.type === 'PERSON') fillRoleCountries(c, country?.country ?? home?.country ?? null);
    // Nothing said: an organisation of a story, or a person given a title or role in it ("General Soleimani"), is most
    // likely of the country it is about. A bare name is not: the story's country would be a guess that copies
    // of one story make differently ("the killing of Qasem Soleimani" in a story about Iraq is no Iraqi).
    const titled = c.textRoles.length > 0 || sector !== null;
    // A web outlet and a journal publish for the world: neither is of the story's country ("Wikinews", "Science Advances").
    const worldwide = (r: Ref) => r.form === 'name' && (isWebOutletName(r.text) || namesPublication(doc.text, r.start, r.end));
    // An organisation is guessed to be of the story's country only when its own name says it is a state's body or a
    // party ("Health Ministry", "Border Police", "Labour Party") or the words before it that it is domestic ("the
    // opposition newspaper La Prensa"): a company, a lab or a club may be of any country ("Scripps Research" in a story about
    // China, "Gazprom" in one about Ukraine), and a guess would be wrong as often as right.
    const party = c.type === 'ORG' && c.refs.some((r) => r.form === 'name' && PARTY_NAME.test(r.text));
    const stateBody = domestic || STATE_SECTORS.has(ownSector?.slice(0, 3) ?? '') || party;
    const guessed = c.type === 'ORG' ? stateBody && !c.refs.some(worldwide) : c.type === 'PERSON' && titled;
    if (country === null && home !== null && guessed) country = home;
    const role = c.textRoles.find((x) => x.country !== null) ?? c.textRoles[0];
    sector ??= role ? TITLE_SECTORS[role.title] ?? null : null;
    // a party acts as a party, not as its country's state ("the Liberal Party" CANPTY, not CAN)
    if (party) sector ??= PARTY_SECTOR;
    const roleCountry = role?.country ?? null;
    if (country === null && roleCountry === null && sector === null) continue;
    // A title's own country word ("US Special Representative") says more than any other modifier.
    const countryCode = roleCountry !== null && roleCountry !== country?.country ? codeOf(roleCountry) : country?.countryCode ?? null;
    c.context = { country: roleCountry ?? country?.country ?? null, countryCode, sector, agent: false };
  }
}

const COUNTRY_WORDS = '(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)';
/**
 * Appositions after a name that say whose the person is: ", head of Iran's Quds Force", ", a commander of
 * Iraq's army"; ", Algeria's leading human rights activist"; ", an Iranian general".
 */
const COUNTRY_AFTER = [
  new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){1,3}(?:of|for)\\s+(?:the\\s+)?${COUNTRY_WORDS}`, 'u'),
  new RegExp(`^,\\s+(?:the\\s+)?${COUNTRY_WORDS}['’]s\\s+\\p{Ll}`, 'u'),
  new RegExp(`^,\\s+(?:the|a|an)\\s+(\\p{Lu}[\\p{L}-]*)\\s+\\p{Ll}`, 'u'),
];
/** "Iranian general, Qasem Soleimani", "the Russian opposition leader, Alexei Navalny". */
const DEMONYM_BEFORE = /(\p{Lu}[\p{L}-]*)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;

/**
 * The country an apposition gives a person (or organisation) the KB does not know, on either side of any mention of
 * the name: "killed Qasem Soleimani, head of Iran's Quds Force" (IRN), "killed Iranian general, Qasem Soleimani" (IRN).
 */
function appositionCountry(doc: Doc, c: Cluster, kb: ActorsKb): ModifierCountry | null {
  for (const r of c.refs) {
    if (r.form !== 'name') continue;
    // both kinds of apposition are set off by a comma: without one beside the name, no pattern is tried
    const following = doc.text.charCodeAt(r.end) === COMMA ? doc.text.slice(r.end, r.end + 80) : null;
    const after = following === null ? undefined : COUNTRY_AFTER.map((pattern) => pattern.exec(following)?.[1]).find((w) => w !== undefined);
    const from = Math.max(0, r.start - 60);
    const before = commaThenSpaceBefore(doc.text, from, r.start) ? DEMONYM_BEFORE.exec(doc.text.slice(from, r.start))?.[1] : undefined;
    for (const words of [after, before]) {
      if (words === undefined) continue;
      const place = kb.place(words) ?? kb.place(words.split(/\s+/)[0]!);
      if (place && (place.via === 'name' || place.via === 'demonym')) {
        return placeModifier(place, Infinity);
      }
    }
  }
  return null;
}

/**
 * "The Max Planck Institute for Evolutionary Anthropology in Leipzig", "Esfahan Uranium Conversion Facilities in central Iran", "the University of Guelph in Ontario", "the
 * Victorian Infectious Disease Reference Laboratory in Melbourne": an organisation the KB does not know, whose own words
 * name no country (an embassy's do: "the US Embassy in London"), is of the country of the place it is named in. Over the
 * 315 Wikinews articles 7 such organisations took the story's country, each wrongly.
 */
function seatCountry(view: TokenOwners, c: Cluster): ModifierCountry | null {
  const tokens = view.doc.get('tokens');
  for (const r of c.refs) {
    if (r.form !== 'name') continue;
    const next = tokenAt(tokens, r.end - 1) + 1;
    // over the acronym a name defines: "Esfahan Uranium Conversion Facilities (UCF) in central Iran"
    const after = view.lower[next] === '(' && view.lower[next + 2] === ')' ? next + 3 : next;
    if (view.lower[after] !== 'in' || view.sentence[after + 1] !== view.sentence[after]) continue;
    // "in central Iran", "in northern Syria": a compass word may stand before the place
    const at = REGION_ADJECTIVE.test(view.lower[after + 1] ?? '') && view.sentence[after + 2] === view.sentence[after] ? after + 2 : after + 1;
    const place = view.owner[at]?.place;
    if (place?.country) return placeModifier(place, Infinity);
  }
  return null;
}

const COMMA = 0x2c;
/** A compass adjective before a place: "central Iran", "north-eastern Nigeria". */
const REGION_ADJECTIVE = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)$/;

/** "Brexit", "Grexit": a country's leaving a union, named by the country's first letters and "exit". */
const EXIT_NAME = /^(\p{Lu}\p{Ll}?)exit$/u;

/**
 * The country an exit's name abbreviates, among those the story names by a word that begins so ("Brexit" in a story
 * naming Britain): "Br" alone could be Brazil or Brunei too.
 */
function exitCountry(set: ClusterSet, c: Cluster): ModifierCountry | null {
  const prefix = c.refs.map((r) => (r.form === 'name' ? EXIT_NAME.exec(r.text)?.[1] : undefined)).find((p) => p !== undefined);
  if (prefix === undefined) return null;
  const countries = set.all().filter((p) => p.place && (p.place.via === 'name' || p.place.via === 'demonym') && p.refs.some((r) => r.form === 'name' && r.text.startsWith(prefix)));
  const [only] = countries;
  return only && countries.every((p) => p.place!.country === only.place!.country) ? placeModifier(only.place!, Infinity) : null;
}

function isPlaceType(c: Cluster): boolean {
  return c.type === 'GPE' || c.type === 'LOC';
}

/** Whether text[from, end) ends in a comma and whitespace, as DEMONYM_BEFORE requires. */
function commaThenSpaceBefore(text: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  return i < end - 1 && i >= from && text.charCodeAt(i) === COMMA;
}

/** Sectors of a state's own bodies (and their kinds: GOVMED, MILSPY), which an organisation named for one ("Interior Ministry") is. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/**
 * Words before a name that make it a body of a country's own: an opposition is a country's opposition, a state-run or
 * local paper a country's ("the opposition newspaper La Prensa" in a story about Nicaragua).
 */
const DOMESTIC = new Set(['opposition', 'state-run', 'state-owned', 'state-controlled', 'local', 'provincial', 'municipal']);

/** A political party's name: parties stand for election in one country ("Labour Party", "Libertarian Party"). */
const PARTY_NAME = /\sParty$/;
/** The Phoenix agent code of a political party ("DEMOCRATIC_PARTY [~PTY]"). */
const PARTY_SECTOR = 'PTY';

/** Sectors of offices held where one lives and works: the police and the judiciary. */
const LOCAL_SECTORS = new Set(['COP', 'JUD']);

/** The sector the first title read beside a person gives ("Detective Inspector" COP), or null. */
function sectorOfRoles(c: Cluster): string | null {
  const title = c.textRoles[0]?.title;
  return title === undefined ? null : TITLE_SECTORS[title] ?? null;
}

/**
 * A national title written without a country ("national security advisor John R. Bolton", "House of Commons
 * Speaker John Bercow") is an office of the person's own country where the text gives one, else of the
 * country the story is about.
 */
function fillRoleCountries(c: Cluster, country: string | null): void {
  if (country === null) return;
  const filled = c.textRoles.map((r) => (r.country === null && (r.title in TITLE_SECTORS || r.title === 'Leader') ? { ...r, country } : r));
  c.textRoles.splice(0, c.textRoles.length, ...filled);
}

/** "Western Cambodia", "South Lebanon": a part of a country named by a compass word. */
const COMPASS = /^(?:North|South|East|West|Central|Upper|Lower)(?:ern)?\s+(.+)$/;
/** Compass names that are no part of the country they name: Northern Ireland is in the United Kingdom. */
const NOT_A_PART = /^Northern (?:Ireland|Cyprus)$/;
/** "the Bosnian town of Gorazde", "the Azerbaijani republic of Nakhichevan": a place said to be of a country. */
const KIND_OF_PLACE = /(\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Ll}+)?\s+(?:town|city|village|province|region|republic|state|district|port|island|county|enclave)\s+of\s+$/u;
/** "the Fisht Stadium in Sochi", "Bontddu Hall near Dolgellau": a place inside a place the KB knows. */
const IN_PLACE = /^\s+(?:in|near|outside)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)/u;
/** The first word (or two) of a longer name: "Volgograd" of "Volgograd Arena". */
const LEADING_PLACE = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+\p{Lu}[\p{L}'’-]*$/u;

/**
 * What a word beside a place may be: `country` — a compass word or "the Bosnian town of" names a country (by name or
 * adjective); `beside` — a place after a comma or "in"/"near" may be a region or a town too; `venue` — the city a
 * venue is named after (no adjective: "Persian Gulf" is no place of Iran).
 */
type Beside = 'country' | 'beside' | 'venue';

/** A place the KB does not know, located in a country by the words around it. */
function placeFromContext(doc: Doc, c: Cluster, kb: ActorsKb): PlaceRef | null {
  for (const r of c.refs) {
    if (r.form !== 'name') continue;
    const compass = NOT_A_PART.test(r.text) ? null : COMPASS.exec(r.text);
    const candidates: Array<[string | null | undefined, Beside]> = [
      [compass?.[1], 'country'],
      [KIND_OF_PLACE.exec(doc.text.slice(Math.max(0, r.start - 60), r.start))?.[1], 'country'],
      [THEN_COUNTRY.exec(doc.text.slice(r.end, r.end + 40))?.[1], 'beside'],
      [IN_PLACE.exec(doc.text.slice(r.end, r.end + 40))?.[1], 'beside'],
      // "Volgograd Arena": a venue named after the city it stands in.
      [c.type === 'GPE' ? LEADING_PLACE.exec(r.text)?.[1] : null, 'venue'],
    ];
    for (const [found, kind] of candidates) {
      if (!found) continue;
      const place = placeOfWord(kb, placeWords(found), kind);
      if (place) return { via: 'region', country: place.country, name: r.text, id: `place:${r.text.toLowerCase()}`, cameo: (place.cameo ?? place.country).slice(0, 3) };
    }
  }
  return null;
}

/** The place a word beside a name stands for, as its kind allows. */
function placeOfWord(kb: ActorsKb, word: string, kind: Beside): PlaceRef | null {
  if (kind === 'country') {
    const place = kb.place(word);
    return place && (place.via === 'name' || place.via === 'demonym') ? place : null;
  }
  const place = kb.place(word) ?? kb.region(word) ?? (kind === 'beside' ? onlyCountryOf(kb, word) : null);
  return place && place.via !== 'metonym' && (kind === 'beside' || place.via !== 'demonym') ? place : null;
}

/** The country every town or region of this name lies in, when they all lie in one ("Wisconsin", "Chippewa Falls"). */
function onlyCountryOf(kb: ActorsKb, word: string): PlaceRef | null {
  const towns = kb.towns(word);
  if (towns.length === 0 || towns.some((t) => t.country !== towns[0]!.country)) return null;
  return { via: 'region', country: towns[0]!.country, name: word, id: `place:${word.toLowerCase()}`, cameo: towns[0]!.cameo };
}

/** A preposition of place right before a name, maybe with an article and one lower-case word ("in nearby Hiko"). */
const AT_PLACE = /\b(?:in|at|near|from|to|into|outside)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;

/** How many times the people of the largest town of a name another country's largest must have to take the name. */
const DOMINANT = 3;
/** A town named without its country in the news is a large one: smaller ones share their names with villages and words. */
const LARGE_TOWN = 50_000;

/**
 * A town the Phoenix dictionaries do not name, found in the GeoNames table: when the story's own country has no
 * town or region of that name and one country's is large (50,000 people or more) and by far the largest ("Kikwit"
 * COD, "Gilroy" USA in a story about Mexico, "Watford" GBR in one about the United States), the town is that
 * country's. Where the story's country has one ("Victoria" in a story about Australia, its state), or no country's
 * dominates, the story's country decides as before. Only a name governed by a preposition of place counts ("in
 * Gilroy", "to Manhattan"): the entity model also calls "Jupiter", "Batman" and "Kanye West" places, and each is a town.
 * A first-level region whose name no other country's town or region bears ("Wisconsin", "Bavaria") is that country's.
 */
function townElsewhere(doc: Doc, c: Cluster, kb: ActorsKb, main: ModifierCountry | null): PlaceRef | null {
  const name = c.refs.find((r) => r.form === 'name')?.text;
  if (!name) return null;
  const towns = kb.towns(name);
  const [top, next] = towns;
  const oneRegion = towns.some((t) => t.population === 0) ? onlyCountryOf(kb, name) : null;
  if (oneRegion && oneRegion.country !== main?.country) return oneRegion;
  if (!top || top.population < LARGE_TOWN || towns.some((t) => t.country === main?.country)) return null;
  if (!c.refs.some((r) => r.form === 'name' && AT_PLACE.test(doc.text.slice(Math.max(0, r.start - 30), r.start)))) return null;
  if (next && top.population < DOMINANT * next.population) return null;
  return { via: 'region', country: top.country, name, id: `place:${name.toLowerCase()}`, cameo: top.cameo };
}

/** "the town of Yeoncheon", "the province of Kodagu": a kind of place before a name. */
const KIND_OF = /\b(?:town|city|village|province|region|district|state|county|island|port)\s+of\s+$/;
/** A word of a place's name that says it is one: "Tandag City", "San Bernardino County", "Kowloon West", "County Cork". */
const PLACE_HEAD = /\s(?:City|Town|Village|County|District|Province|Parish|Island|Islands|Street|Road|Avenue|Square|Station|Bay|Beach|Valley|Park|Hospital|Hotel|Airport|Base|Port|Harbour|Estuary|East|West|North|South)$|^County\s/;

/**
 * Whether the text or the towns table says a name the entity model calls a place is one, so that the story's country may
 * be given to it: a preposition of place governs some mention ("in Coron", "to Gulfport"), its last word is a kind of
 * place ("Tandag City"), or the story's country has a town or region of that name ("Manhattan", "Wisconsin"). Without
 * any, the name is as often a word of another kind ("Vibrio", "Pocillopora", "Islamophobia", "Latino", "Jupiter" were
 * GPEs of the story's country in the Wikinews articles), and the story's country a guess about it.
 */
function placeLike(doc: Doc, c: Cluster, kb: ActorsKb, main: ModifierCountry | null): boolean {
  const names = c.refs.filter((r) => r.form === 'name');
  return names.some((r) => PLACE_HEAD.test(r.text) || AT_PLACE.test(doc.text.slice(Math.max(0, r.start - 30), r.start)) || KIND_OF.test(doc.text.slice(Math.max(0, r.start - 30), r.start)))
    || names.some((r) => kb.towns(r.text).some((t) => t.country === main?.country));
}

function inMainCountry(c: Cluster, main: ModifierCountry | null): PlaceRef | null {
  const name = c.refs.find((r) => r.form === 'name')?.text;
  if (!main?.country || !name) return null;
  return { via: 'region', country: main.country, name, id: `place:${name.toLowerCase()}`, cameo: main.countryCode };
}

/** The CAMEO code of each country the text names ("KSV" for Kosovo); the ISO code for the others. */
function countryCodes(set: ClusterSet): (iso3: string) => string {
  const codes = new Map<string, string>();
  for (const c of set.all()) {
    if (c.place && (c.place.via === 'name' || c.place.via === 'demonym') && c.place.cameo) codes.set(c.place.country, c.place.cameo.slice(0, 3));
  }
  return (iso3) => codes.get(iso3) ?? iso3;
}
