import type { Doc } from '../../model/document.js';
import type { EntityType, Mention, Sentence } from '../../model/layers.js';
import { hasTitle, isTitleWord, onlyTitleWords, pluralTitleLength, titleBefore, titledNames, titleEndingIn, titleRunningOn } from '../../language/titles.js';
import type { ActorsKb } from '../../kb/view.js';
import { knownBySurnameAt } from '../../kb/link.js';
import { lowerBound } from '../../model/span.js';
import { growToKnownNames } from './organisations.js';
import { joinSplitNames, NON_PERSON_HEAD, ORGANISATION_HEADS } from './joined-names.js';
import type { FirstNameGender } from './gender.js';
import { readAcronyms } from './acronyms.js';
import { religiousType } from './religious-names.js';
import { isOutletName } from './outlets.js';
import { stormNames } from './storms.js';
import { eventName } from './event-names.js';
import type { NameMention } from './name-mention.js';
import { afterOrganisationKind, namesOrganisation, namesPublication } from './organisation-nouns.js';
import { isCalendarName } from '../../language/calendar.js';
import { addressedAt, addressTitleLength, endsInOrganisationWord, postnominalLength, titledPersonStart } from './addressed.js';

export type { NameMention };

const LEADING_WORDS = /^(?:(?:the|The|[Ee]thnic|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|Prime Minister|Chancellor|King|Queen|Pope|Senator|Governor|General|Minister|Foreign Minister)\s+)+/;

/** A party's member, written before a person's name ("Democrat Spearman"): a noun, never the start of a name of its own. */
const PARTY_MEMBER = /^(?:Democrat|Republican|Labour|Tory|Conservative)\s+(?=\p{Lu}\p{Ll})/u;

export function sentenceIndexOf(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, lowerBound(sentences.length, (i) => sentences[i].start <= offset) - 1);
}

/**
 * The NER mentions worth resolving: calendar words tagged as people are dropped; a
 * leading article or title phrase ("the", "Ukrainian President") and a trailing possessive
 * are cut, so the mention is the name itself and the title is read as a role; a span the
 * KB does not know as a place or organisation becomes a PERSON when the KB knows it as a
 * person's name or surname, a title stands right before it, or its words name a person
 * elsewhere in the text; and a person's name split by a bracket ("[… Vladimir] Putin")
 * is joined back into one.
 */
const HYPHENATED_PAIR = /^(\p{Lu}[\p{L}.’']*)[-–](\p{Lu}[\p{L}.’']*)$/u;

/**
 * "the Turkish-Libyan maritime agreement", "US-Iran tensions", "the Russia-Ukraine talks": two countries joined by a
 * hyphen name both (a state by its name or its demonym), not one thing of no country; each half becomes a mention
 * of its own (offsets within the name, and GPE or NORP). A name the KB knows whole ("Guinea-Bissau") or a half that
 * is a capital or a region ("Bissau") is left as it is, and so are two demonyms before a word for people, which name
 * one people ("Chinese-American voters": `text` from `end` holds the word after the name).
 */
function countryPair(name: string, text: string, end: number, kb: ActorsKb): Array<[number, number, EntityType]> | null {
  const m = HYPHENATED_PAIR.exec(name);
  if (!m || kb.place(name) || kb.organisation(name)) return null;
  const halves: Array<[number, number]> = [[0, m[1].length], [m[1].length + 1, name.length]];
  const places = halves.map(([from, to]) => kb.place(name.slice(from, to)));
  if (places.some((p) => !p || (p.via !== 'name' && p.via !== 'demonym')) || places[0]!.country === places[1]!.country) return null;
  if (places.every((p) => p!.via === 'demonym') && kb.agent(nextWord(text, end).toLowerCase()) !== null) return null;
  return halves.map(([from, to], k) => [from, to, places[k]!.via === 'demonym' ? 'NORP' : 'GPE']);
}

/** A place joined to a name by a participle of basing or backing: "Yemen-based Houthi", "Iran-backed Hezbollah". */
const BASED_NAME = /^(\p{Lu}[\p{L}.’']*(?: \p{Lu}[\p{L}.’']*)?)-(?:based|backed|funded|supported|aligned|allied)\s+(\p{Lu}.*)$/u;

/**
 * "The Yemen-based Houthi movement", "the Iran-backed Hezbollah", "a London-based Syrian Observatory for Human
 * Rights": a place the KB knows, joined by a hyphen to a participle of basing or backing before a name, is a
 * mention of that place, and the name after it a mention of its own (the organisation the KB may know, "Houthi").
 */
function placeOfBase(name: string, type: EntityType, kb: ActorsKb): Array<[number, number, EntityType]> | null {
  const m = BASED_NAME.exec(name);
  if (!m || !kb.place(m[1]!)) return null;
  return [[0, m[1]!.length, 'GPE'], [name.length - m[2]!.length, name.length, type]];
}

/**
 * Title-case headlines glue their verb to the name before it: "Trump 'The Dealmaker' Could Address Clean Energy,
 * Lindsey Graham SAYS", "Obama SAYS African-American Museum …", "Hillary Clinton GOES …". A verb of saying or of
 * headline action in the headline's present tense, capitalised inside a name span, ends the name there (no name
 * holds these words; the past "Said" and "Told" do: "Qaboos bin Said", "Edward Said").
 */
const HEADLINE_VERB = /\s(?:Says|Tells|Warns|Claims|Admits|Insists|Asks|Urges|Denies|Slams|Blasts|Vows|Reveals|Explains|Goes|Calls|Wants|Thinks|Believes|Responds|Rips|Hits|Pushes|Defends|Praises|Accuses|Criticizes|Condemns|Announces|Confirms|Promises|Threatens)\b/;

function headlineVerbAt(text: string, start: number, end: number): number {
  const m = HEADLINE_VERB.exec(text.slice(start, end));
  return m ? start + m.index : end;
}

/** "then-" glued to a name: the time of a title or a membership ("then-Libertarian presidential nominee"), no part of the name. */
const THEN_GLUED = /^[Tt]hen-(?=\p{Lu})/u;

/**
 * A name tag that holds part of an office title, the title split across its edge: "the UK Defence | Secretary Ben
 * Wallace", "the Defence | Secretary", "then-National Security | Advisor-designee" (the entity model tags the words
 * before the title's head as an organisation, the head with what follows as something else). The title's words
 * are cut from the span, which is no name when nothing but lower-case words or punctuation is left ("-designee");
 * a glued "then-" is cut too. Names that only hold a whole title are left to the title readers ("Prime Minister's
 * Office"). Null when no name is left.
 */
function withoutSplitTitle(text: string, m: Mention): Mention | null {
  const span = text.slice(m.start, m.end);
  const runs = titleRunningOn(span, text.slice(m.end, m.end + 40));
  let end = runs < 0 ? m.end : m.start + span.slice(0, runs).trimEnd().length;
  let start = m.start + titleEndingIn(text.slice(Math.max(0, m.start - 40), m.start), span);
  start += THEN_GLUED.exec(text.slice(start, end))?.[0].length ?? 0;
  if (start === m.start && end === m.end) return m;
  start += /^[\s-]*/.exec(text.slice(start, end))![0].length;
  end = start + text.slice(start, end).trimEnd().length;
  return start < end && /^[\p{Lu}\d]/u.test(text.slice(start, end)) ? { ...m, start, end } : null;
}

/** An initial alone is no one's name: "P. cylindrica" and "E. coli" abbreviate a genus, "Daniel D. Paluh" lost the rest. */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * "The paper also spoke to THE NAVY", "the ship, THE CONCEPTION", "the 1959 romantic comedy" and "the Oscar": a name of
 * one word the entity model took for a person, right after "the" (or "The" opening the sentence), names a body or a
 * thing; people are named without an article (a title between, "the late Pope Francis", makes a longer name).
 */
function afterArticle(text: string, m: NameMention): boolean {
  return !m.name.includes(' ') && afterThe(text, m.start);
}

/** Whether "the" stands right before offset `start`. */
function afterThe(text: string, start: number): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * A PERSON span of title words alone, singular or plural, names no one: "overseen by the Pope" is the office's holder,
 * whom the definite title finds (`resolveDefiniteTitles`), "Unlike Senators, who serve six-year terms" a class of people.
 */
function onlyTitle(raw: string): boolean {
  const title = (w: string) => isTitleWord(w) || addressTitleLength(`${w} X`) === w.length + 1;
  return raw.split(/\s+/).every((w) => title(w) || (/s$/.test(w) && title(w.slice(0, -1))) || PRONOUN.test(w));
}

/** A pronoun the entity model took for a name ("advise HER Majesty the Queen"). */
const PRONOUN = /^(?:He|She|Her|His|Him|It|Its|They|Them|Their)$/;

/** The word right after `at`, over spaces. */
function nextWord(text: string, at: number): string {
  return /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}

export function nameMentions(doc: Doc, mentions: readonly Mention[], sentences: readonly Sentence[], kb: ActorsKb, date: string | null, firstNames: FirstNameGender): NameMention[] {
  const spans: NameMention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const lines = sorted.flatMap((m) => {
    // A name does not run across a line break ("Noam Chomsky\nNoam Chomsky" is a heading and a byline).
    const text = doc.text.slice(m.start, m.end);
    if (!text.includes('\n')) return [m];
    let at = m.start;
    return text.split('\n').flatMap((part) => {
      const piece = { ...m, start: at, end: at + part.length };
      at += part.length + 1;
      return part.trim() ? [piece] : [];
    });
  });
  for (const [k, tagged] of lines.entries()) {
    if (spans.length && tagged.start < spans[spans.length - 1].end) continue; // nested or overlapping: the outer span wins
    const m = tagged.type === 'PERSON' ? tagged : withoutSplitTitle(doc.text, tagged);
    if (!m) continue;
    const raw = doc.text.slice(m.start, m.end);
    if (INITIAL.test(raw) || (m.type === 'PERSON' && (isCalendarName(raw) || onlyTitle(raw)))) continue;
    const titleSpan = m.type === 'PERSON' || ((m.type === 'ORG' || m.type === 'MISC') && hasTitle(raw));
    if (titleSpan && titleOfNameAfter(doc.text, raw, m, lines.slice(k + 1, k + 4).find((n) => n.type === 'PERSON'))) continue;
    const addressTitle = m.type === 'PERSON' ? addressedPlaceName(raw, kb) : addressedPersonName(raw, kb);
    const postnominal = postnominalLength(raw);
    const titledAt = m.type === 'PERSON' || kb.organisation(raw) || kb.place(raw) ? -1 : titledPersonStart(raw, (w) => firstNames(w) !== null && !kb.place(w));
    const holder = m.type === 'PERSON' ? m : addressTitle > 0 || postnominal > 0 || titledAt > 0 ? { ...m, type: 'PERSON' as const } : titledKnownPerson(raw, m, kb);
    const titled = holder.type === 'PERSON' ? Math.max(addressTitle, titledAt, addressBeforeFullName(raw), titleLength(raw, doc.text.slice(Math.max(0, m.start - 40), m.start))) : organisationLead(raw, kb);
    const complement = titled > 0 ? titleComplementLength(raw.slice(titled)) : 0;
    if (complement < 0) continue;
    const lead = titled + complement;
    const tail = postnominal || (/(?:[’']s?|\s+)$/.exec(raw.slice(lead))?.[0].length ?? 0);
    const start = m.start + lead;
    const end = headlineVerbAt(doc.text, start, m.end - tail);
    if (end <= start) continue;
    const name = doc.text.slice(start, end);
    // the title inside the span or right before it ("Sergeant | Jordan"); not a title that is an adjective too ("Major | London")
    const addressed = !name.includes(' ') && !kb.organisation(name) && (addressTitle > 0 || addressedAt(doc.text, start, m.type === 'PERSON'));
    const sentence = sentenceIndexOf(sentences, m.start);
    const pair = countryPair(name, doc.text, end, kb) ?? placeOfBase(name, m.type, kb);
    if (pair) {
      for (const [from, to, type] of pair) spans.push({ start: start + from, end: start + to, type, sentence, name: name.slice(from, to), nameStart: start + from, parts: [{ start: start + from, end: start + to }] });
      continue;
    }
    spans.push({ start, end, type: addressed ? 'PERSON' : holder.type, sentence, name, nameStart: start, parts: [{ start, end }], ...(addressed ? { addressed } : {}) });
  }
  const named = growToKnownNames(doc, spans, sentences, kb);
  named.push(...titledPeopleMissed(doc, named, sentences, kb));
  named.sort((a, b) => a.start - b.start);
  const typed = typeNames(doc, named, kb, date, firstNames);
  const out: NameMention[] = [];
  for (const m of typed) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PERSON' && m.start < prev.end) continue; // taken into a patronymic below
    const patronymic = m.type === 'PERSON' ? PATRONYMIC.exec(doc.text.slice(m.end, m.end + 80)) : null;
    if (patronymic) {
      const end = m.end + patronymic[0].length;
      out.push({ ...m, end, name: doc.text.slice(m.nameStart, end), parts: [{ start: m.start, end }] });
      continue;
    }
    const gap = prev ? doc.text.slice(prev.end, m.start) : '';
    if (prev && prev.type === 'PERSON' && m.type === 'PERSON' && /^[\])}]\s*$/.test(gap) && !prev.name.includes(' ')) {
      out[out.length - 1] = { ...prev, end: m.end, name: `${prev.name} ${m.name}`, parts: [...prev.parts, ...m.parts] };
      continue;
    }
    out.push(m);
  }
  return addressedSurnames(joinSplitNames(doc.text, out, kb, firstNames).map((m) => {
    const headed = m.type === 'PERSON' && kb.people(m.name).length === 0 ? typeByHead(m.name, firstNames) : null;
    return headed ? { ...m, type: headed } : m;
  }));
}

/**
 * The type each name takes from what the text and the KB say of it, over the entity model's: fixed types of names
 * the KB or the text settle, places and organisations the model took for people, people it took for something else.
 */
function typeNames(doc: Doc, named: readonly NameMention[], kb: ActorsKb, date: string | null, firstNames: FirstNameGender): NameMention[] {
  const fixed = fixedTypes(doc.text, named, kb);
  // a name of one word written after "the" is no person's, however it speaks
  // ("the Obama administration", "the Monti government": a person's surname as a modifier stays the person's)
  const surnames = new Set(named.filter((m) => m.type === 'PERSON' && m.name.includes(' ')).map((m) => m.name.split(/\s+/).at(-1)!));
  const articled = new Set(named.filter((m) => afterArticle(doc.text, m) && !surnames.has(m.name) && kb.people(m.name).length === 0 && kb.peopleBySurname(m.name).length === 0).map((m) => m.name));
  const organisational = organisationsByKind(doc.text, named, fixed, kb, articled);
  const personal = new Set(named.filter((m, k) => m.type !== 'PERSON' && !fixed.has(m.name) && !articled.has(m.name) && speaksAsPerson(doc.text, m, placeBefore(doc.text, named, k)) && !kb.place(m.name) && !kb.organisation(m.name)).map((m) => m.name));
  const personWords = new Set(named.filter((m) => !fixed.has(m.name) && (m.type === 'PERSON' || personal.has(m.name))).flatMap((m) => m.name.toLowerCase().split(/\s+/)));
  const located = new Set(named.filter((m) => (m.type === 'PERSON' || m.type === 'ORG') && !fixed.has(m.name) && locatedPlace(doc.text, m, kb)).map((m) => m.name));
  for (const name of placesListed(doc.text, named, kb, surnames)) if (!fixed.has(name)) located.add(name);
  const pieces = new Set(named.filter((m) => m.type === 'PERSON' && !fixed.has(m.name) && unknownWord(m, kb, surnames) && kb.peopleBySurname(m.name).length === 0 && pieceOfLongerName(doc.text, m, named, firstNames)).map((m) => m.name));
  return readAcronyms(doc.text, named.map((m, k) => {
    const type = fixed.get(m.name);
    if (type) return type === m.type ? m : { ...m, type };
    if (located.has(m.name)) return { ...m, type: 'GPE' as const };
    if (pieces.has(m.name)) return { ...m, type: 'MISC' as const };
    if (organisational.has(m.name)) return m.type === 'ORG' ? m : { ...m, type: 'ORG' as const };
    return m.type !== 'PERSON' && !articled.has(m.name) && (personal.has(m.name) || looksLikePerson(doc, m, personWords, kb, date, placeBefore(doc.text, named, k))) ? { ...m, type: 'PERSON' as const } : m;
  }));
}

/** Every mention of a person's surname that a title of address or a rank stands before once ("Sergeant Jordan … Jordan said"). */
function addressedSurnames(names: NameMention[]): NameMention[] {
  const addressed = new Set(names.filter((m) => m.addressed && m.type === 'PERSON').map((m) => m.name));
  return names.map((m) => (m.type === 'PERSON' && !m.addressed && addressed.has(m.name) ? { ...m, addressed: true } : m));
}

/**
 * A span the entity model typed as an organisation or a place that is a title of address or a rank and a person's name
 * ("Captain Rochester", "Professor Boulder", "Mr. Washington", "Assemblywoman Selena Torres"): the title's length, the
 * rest a person's name. 0 for a name the KB knows whole or one ending in a company's or an institution's word.
 */
function addressedPersonName(raw: string, kb: ActorsKb): number {
  const title = addressTitleLength(raw);
  if (title === 0 || kb.organisation(raw) || kb.place(raw) || endsInOrganisationWord(raw) || NON_PERSON_HEAD.test(raw)) return 0;
  return /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(raw.slice(title)) ? title : 0;
}

/**
 * The form of address opening a person's name the entity model took in with it ("REPRESENTATIVE Elijah Cummings",
 * "PROFESSOR Michael Siegel", then "PROFESSOR Eastman"): its length, so that the name is the person's own and a surname
 * joins the full name; 0 when the rest is not a capitalised name.
 */
function addressBeforeFullName(raw: string): number {
  const title = addressTitleLength(raw);
  return title > 0 && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u.test(raw.slice(title)) ? title : 0;
}

/** A person's span of a title of address or a rank and one word the KB knows as a place ("Captain Rochester"): the title's length. */
function addressedPlaceName(raw: string, kb: ActorsKb): number {
  const title = addressTitleLength(raw);
  const rest = raw.slice(title);
  return title > 0 && /^\p{Lu}[\p{L}'’-]*$/u.test(rest) && kb.place(rest) ? title : 0;
}

/**
 * The leading words cut from a span typed as an organisation or a place: an article or a title ("President Trump" tagged
 * ORG), but only the article of a company's or an institution's name that a title opens ("General Motors", "General
 * Dynamics"), unless the rest is a person the KB knows.
 */
function organisationLead(raw: string, kb: ActorsKb): number {
  const lead = LEADING_WORDS.exec(raw)?.[0].length ?? 0;
  if (lead === 0 || !endsInOrganisationWord(raw) || kb.people(raw.slice(lead)).length > 0) return lead;
  return /^(?:the|The)\s+/.exec(raw)?.[0].length ?? 0;
}

/**
 * Names whose type their words or the words before them fix, whatever the entity model tagged: religions and their
 * followers (`religiousTypes`), news outlets ("Wikinews" ORG, `isOutletName`), storms ("Hurricane Dorian" … "Dorian"
 * MISC, `stormNames`) and other named events ("the Iran–Iraq War", "the World Cup" MISC, `eventName`).
 */
function fixedTypes(text: string, named: readonly NameMention[], kb: ActorsKb): Map<string, EntityType> {
  const types = religiousTypes(named, kb);
  for (const m of named) if (!types.has(m.name) && isOutletName(m.name)) types.set(m.name, 'ORG');
  for (const storm of stormNames(text, named)) types.set(storm, 'MISC');
  for (const m of named) if (!types.has(m.name) && eventName(m.name)) types.set(m.name, 'MISC');
  for (const m of named) if (!types.has(m.name) && m.type === 'PERSON' && endsInKnownAcronym(m.name, kb)) types.set(m.name, 'ORG');
  return types;
}

/**
 * "the Global Coalition to DEFEAT ISIS": a "person" whose last word is an organisation's acronym the KB knows is the tail of
 * an organisation's name (the entity model split the name; its "surname" then took every "ISIS" of the text, and a "he"
 * before it).
 */
function endsInKnownAcronym(name: string, kb: ActorsKb): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  return words.length > 1 && isAcronym(last) && kb.organisation(last) !== null && kb.people(last).length === 0;
}

/** A word of capitals only ("ISIS", "NATO"): an acronym, never a person's name. */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

/**
 * Religious names of the text and the type they keep (`religiousType`): "Islam" MISC, "Muslims" NORP. A follower's word
 * that is also a given name stays a person where the text writes it in a person's full name ("Christian" of "Christian
 * Lindner").
 */
function religiousTypes(named: readonly NameMention[], kb: ActorsKb): Map<string, EntityType> {
  const givenNames = new Set(named.filter((m) => m.type === 'PERSON' && m.name.includes(' ')).map((m) => m.name.split(/\s+/)[0]!));
  const types = new Map<string, EntityType>();
  for (const m of named) {
    if (types.has(m.name)) continue;
    const type = religiousType(m.name, kb);
    if (type && !(type === 'NORP' && givenNames.has(m.name))) types.set(m.name, type);
  }
  return types;
}

/**
 * A patronymic after a given name is part of the name: "Qaboos bin Said", "Haitham bin Tariq Al Said", "Mohammed bin
 * Salman", "Fatima bint Mubarak". The entity model, reading "bin" as a common word, tags the given name alone, or the
 * two halves as two people; the name runs on through the capitalised words after the particle (with "al"/"Al"/"el"),
 * at most four.
 */
const PATRONYMIC = /^\s(?:bin|ibn|bint|binti)\s(?:(?:[Aa]l|[Ee]l)[\s-])?\p{Lu}[\p{L}'’-]*(?:\s(?:(?:[Aa]l|[Ee]l)[\s-])?\p{Lu}[\p{L}'’-]*){0,3}/u;

/**
 * Office holders the entity model missed after their title ("then with President Trump"): a name right
 * after a title, on no mention yet, that the KB knows as a person's name or surname.
 */
function titledPeopleMissed(doc: Doc, spans: readonly NameMention[], sentences: readonly Sentence[], kb: ActorsKb): NameMention[] {
  const found: NameMention[] = [];
  const taken = (start: number, end: number) => spans.some((m) => m.start < end && start < m.end);
  sentences.forEach((s, sentence) => {
    const text = doc.text.slice(s.start, s.end);
    if (!hasTitle(text)) return;
    for (const titled of titledNames(text)) {
      const words = titled.name.split(/\s+/);
      // Only as many words as the KB knows: "President Trump Monday" is Trump.
      for (let n = words.length; n >= 1; n--) {
        const name = words.slice(0, n).join(' ');
        const known = kb.people(name).length > 0 || (n === 1 && kb.peopleBySurname(name).length > 0);
        if (!known) continue;
        const start = s.start + titled.nameStart;
        const end = start + name.length;
        if (!taken(start, end)) found.push({ start, end, type: 'PERSON', sentence, name, nameStart: start, parts: [{ start, end }] });
        break;
      }
    }
  });
  return found;
}

/**
 * Names the text calls organisations, though the entity model took a short unfamiliar one for a person or a place: a
 * noun of a kind of organisation stands right before them ("British supermarket Ocado", "rock band Grateful Dead",
 * `afterOrganisationKind`), something is published in them ("findings published on Wednesday in Science Advances",
 * `namesPublication`), or an organisation noun heads the apposition after a person's ("Roscosmos, the Russian space agency, announced";
 * places and MISC names are left to `typeByApposition`, which knows the KB's states). Not a name the KB knows as a
 * place or a person, nor one that is part of a person's longer name in the text ("rock band Van Halen" beside "Eddie
 * Van Halen", whose mentions the two would share).
 */
function organisationsByKind(text: string, named: readonly NameMention[], fixed: ReadonlyMap<string, EntityType>, kb: ActorsKb, articled: ReadonlySet<string>): Set<string> {
  const people = named.filter((m) => m.type === 'PERSON').map((m) => ` ${m.name} `);
  // a person's name after "published in" is an author's ("an excerpt published in Bob Woodward's book")
  const called = (m: NameMention) => afterOrganisationKind(text, m.start) || (m.type === 'PERSON' && articled.has(m.name)) || (m.type !== 'PERSON' && namesPublication(text, m.start, m.end))
    || (m.type === 'PERSON' && namesOrganisation(text.slice(m.end, m.end + 160)));
  return new Set(named.filter((m) => m.type !== 'ORG' && !fixed.has(m.name) && called(m)
    && !kb.place(m.name) && kb.people(m.name).length === 0 && !people.some((p) => p.length > m.name.length + 2 && p.includes(` ${m.name} `)))
    .map((m) => m.name));
}

/** A name, then "who" after a comma or dash: "Zara Kay, who identifies herself as …", "Aparna Garg — who has been …". */
const WHO_AFTER = /^\s*[,—–-]\s*who\b/;
/**
 * "of" before the name, after a name or in an apposition set off by a comma: the name ends a phrase whose head the
 * relative is said of ("Richard Stallman, the founder of Free Software Foundation, who has been …", "Alexander Gagay of
 * Yekaterinburg, who took third place"), as it is after a place and a comma ("the former mayor of South Bend, Indiana,
 * who had 26 delegates", `placeBefore`). Not after a common noun alone: "headed the campaign of Viktar Babaryka, who
 * was arrested".
 */
const OF_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*|,\s+(?:the|a|an|its|his|her)(?:\s+[\p{L}'’-]+){1,3})\s+of\s+(?:the\s+)?$/u;
/** An interview turn: a paragraph opening with the name and a colon ("\n\nZara Kay: I am good, thanks."). */
const TURN_AFTER = /^:[ \t]/;
const TURN_BEFORE = /(?:^|\n)[ \t]*$/;

/**
 * What the text says of a name that only a person is said: the relative "who" (organisations take "which"
 * or "that") and a speaker's label in an interview transcript, when the label has two words or more (a
 * one-word label is often the interviewer's outlet, "WN:", "Q:"). The entity model, reading one sentence,
 * tags an unfamiliar full name ORG ("Aparna Garg", "Zara Kay" — a brand's name); the KB's places and
 * organisations still win.
 */
function speaksAsPerson(text: string, m: NameMention, afterPlace: boolean): boolean {
  const after = text.slice(m.end, m.end + 12);
  if (WHO_AFTER.test(after)) return !afterPlace && !OF_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
  return m.name.includes(' ') && TURN_AFTER.test(after) && TURN_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/** A preposition of place before a name, with or without "the". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|across|around|from|into)\s+(?:the\s+)?$/;
/** A noun of a kind of town before a name set off by a comma or "of" ("the capital, San Juan", "the city of Reading"). */
const TOWN_NOUN_BEFORE = /\b(?:capital|city|town|village|suburb)(?:,| of)\s+$/;
/** ", Berkshire" or " in Reading" after a name: the larger place it lies in. */
const PLACE_AFTER = /^(?:,\s+|\s+in\s+)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?![\p{L}'’-])/u;
/** Words of an institution's name, or a person's initial: a name holding one is no town ("at the US EMBASSY in London"). */
const NOT_A_TOWN = /\b(?:Institute|Cent(?:er|re)|Embassy|Consulate|Arena|Stadium|Airport|Facility|Force|Court|University|College|School|Hospital|Bank|Company|Corporation|Agency|Party|Council|Committee|Ministry|Department|Station|Base|Project|Prison|Church|Museum|Hotel)\b|\b\p{Lu}\.\s/u;

/**
 * "protests in the capital, SAN JUAN", "in FORBURY GARDENS in Reading, Berkshire", "in READING, Berkshire": a name the text
 * says is a town, or puts after a preposition of place and before the larger place it lies in, is a place, whatever the
 * entity model called it (it made San Juan and Forbury Gardens people, whom "his" and "him" then named, and Reading an
 * organisation). A name the KB knows as a person or an organisation, or one with an institution's word ("the US Embassy
 * in London") or a person's initial, is left alone, and a place followed by "'s" describes rather than locates ("in Gazeta
 * Wyborcza, Poland's largest newspaper").
 */
function locatedPlace(text: string, m: NameMention, kb: ActorsKb): boolean {
  if (kb.people(m.name).length > 0 || kb.organisation(m.name) || NOT_A_TOWN.test(m.name)) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (TOWN_NOUN_BEFORE.test(before)) return true;
  if (!LOCATIVE_BEFORE.test(before)) return false;
  const larger = PLACE_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
  return larger !== undefined && !isCalendarName(larger) && knownPlace(larger, kb);
}

/**
 * "the website INSURGENCY Wiki", "the paper by Food STANDARDS Australia", "Maritime CONNECTOR has an entry", "The BEYOND Fest
 * 2019 continues", "collaborated with Dead associates" after "the Grateful Dead": a one-word name the entity model took
 * for a person, right after a capitalised word inside the sentence that is no title, form of address, given name,
 * acronym or other name's word, is the last word of a longer name of something else (a work, a site, a body), the rest
 * of which the model left out. People are named by given name and surname, or by title and surname.
 */
function pieceOfLongerName(text: string, m: NameMention, named: readonly NameMention[], firstNames: FirstNameGender): boolean {
  const window = text.slice(Math.max(0, m.start - 40), m.start);
  const before = /(?:^|([^\s])([ \t]+))(\p{Lu}[\p{Ll}'’-]+) $/u.exec(window);
  if (!before || before[1] === undefined || /[.!?:"“”‘’(\[]/.test(before[1])) return false;
  const word = before[3]!;
  const at = m.start - word.length - 1;
  if (word.split('-').some(isTitleWord) || addressTitleLength(`${word} X`) > 0 || firstNames(word) !== null || /^(?:Saint|St|Lady|Lord|Dame|Sir|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Brother|Sister|Uncle|Aunt|Coach|Chef|Agent|Doctor)$/.test(word)) return false;
  if (named.some((n) => n.start <= at && at < n.end)) return false;
  // a headline in title case capitalises every word but the short ones ("Clinton Breaks With Obama on Law"); a headline
  // is short, so its line is read no further than HEADLINE_REACH either side (a long paragraph would be read per name)
  const around = text.slice(Math.max(0, m.start - HEADLINE_REACH), Math.min(text.length, m.end + HEADLINE_REACH));
  const from = m.start - Math.max(0, m.start - HEADLINE_REACH);
  const line = around.slice(around.lastIndexOf('\n', from) + 1, around.indexOf('\n', from) < 0 ? around.length : around.indexOf('\n', from));
  return /(?:^|\s)\p{Ll}{4,}/u.test(line);
}

/** How far either side of a name the headline test reads its line. */
const HEADLINE_REACH = 300;

/** Last words that head the name of a place: a street, a town's quarter, a feature of the land or sea. */
const PLACE_HEAD = /\s(?:Avenue|Street|Road|Lane|Boulevard|Drive|Square|Island|Islands|Trench|Valley|Mall|Airport|Station|Township|County|Province|District)$|^County\s/;
/** Such words that are surnames too ("Marc Lamont Hill", "Tiger Woods", "Sally Field"): a place's only after no given name. */
const PLACE_OR_SURNAME_HEAD = /\s(?:Bay|Hill|Hills|Wood|Woods|Field|Beach|Park|Bridge|Port|Base|City|Town)$/;
/** Last words that head the name of an organisation or a publication (some are surnames too: "Laurence H. Tribe"). */
const ORGANISATION_HEAD = new RegExp(`\\s(?:${[...ORGANISATION_HEADS, 'Tribe', 'Tribes', 'Magazine', 'Academy', 'Kft', 'Inc\\.?', 'Ltd\\.?', 'LLC'].join('|')})$`);

/**
 * "Waddell AVENUE", "Andros ISLAND", "Libertyville TOWNSHIP", "Eastern Shoshone TRIBE", "Discover MAGAZINE": a name of two
 * words or more the entity model took for a person, ending in a word that heads a place's or an organisation's name, is
 * that kind of name (a person the KB knows by it stays one; "Causeway BAY", not "Marc Lamont HILL"). Read after the
 * split names are joined ("the Assiniboine and Sioux TRIBES of Fort Peck" is one).
 */
function typeByHead(name: string, firstNames: FirstNameGender): EntityType | null {
  if (!name.includes(' ')) return null;
  if (PLACE_HEAD.test(name)) return 'LOC';
  // a given name or an initial makes a person's name of the rest ("Laurence H. TRIBE", "Marc Lamont HILL")
  if (firstNames(name.split(/\s+/)[0]!) !== null || /(?:^|\s)\p{Lu}\.(?:\s|$)/u.test(name)) return null;
  return PLACE_OR_SURNAME_HEAD.test(name) ? 'LOC' : ORGANISATION_HEAD.test(name) ? 'ORG' : null;
}

/** Whether the KB knows a name as a country, capital, region or town. */
function knownPlace(name: string, kb: ActorsKb): boolean {
  return kb.place(name) !== null || kb.region(name) !== null || kb.towns(name).length > 0;
}

/** What joins the names of a list: a comma, "and", "or". */
const LIST_JOIN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
/** A noun of places shortly before a list ("the towns damaged were primarily …", "the towns of …"). */
const PLACES_NOUN_BEFORE = /\b(?:towns|cities|villages|provinces|districts|regions|states|counties|municipalities|areas|suburbs|islands)\b[^.;:]{0,40}$/;

/**
 * "the towns of Beni, BUTEMBO, MANGINA, and Katwa", "in Kings, Kern, Fresno, and TULARE Count[ies]", "the towns damaged were
 * primarily Carrascal, CANTILAN, Madrid, CARMEN, LANUZA, and CORTES": the names of a list of three or more are of one
 * kind, and a list of places — two of its names places for the entity model, one of them (or another name it did not take
 * for a person) known to the KB as a place, or one such name and a noun of places
 * before it — holds no people: its one-word names the model took for people or organisations are places. Not a name the
 * KB knows as a person or an organisation, nor the surname of a person the story names in full.
 */
function placesListed(text: string, named: readonly NameMention[], kb: ActorsKb, surnames: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const list of listsOf(text, named)) {
    const places = list.filter((m) => m.type === 'GPE' || m.type === 'LOC').length;
    const known = list.some((m) => m.type !== 'PERSON' && knownPlace(m.name, kb));
    if (!known || (places < 2 && !(places === 1 && PLACES_NOUN_BEFORE.test(text.slice(Math.max(0, list[0]!.start - 60), list[0]!.start))))) continue;
    for (const m of list) if ((m.type === 'PERSON' || m.type === 'ORG') && unknownWord(m, kb, surnames)) out.push(m.name);
  }
  return out;
}

/** A one-word name the KB knows as no person or organisation and the story uses as no full name's surname. */
function unknownWord(m: NameMention, kb: ActorsKb, surnames: ReadonlySet<string>): boolean {
  return !m.name.includes(' ') && !surnames.has(m.name) && kb.people(m.name).length === 0 && !kb.organisation(m.name);
}

/** The lists of three or more names the text joins by commas, "and" and "or", in text order. */
function listsOf(text: string, named: readonly NameMention[]): NameMention[][] {
  const lists: NameMention[][] = [];
  let first = 0;
  for (let k = 1; k <= named.length; k++) {
    if (k < named.length && LIST_JOIN.test(text.slice(named[k - 1]!.end, named[k]!.start))) continue;
    if (k - first >= 3) lists.push(named.slice(first, k));
    first = k;
  }
  return lists;
}

/**
 * Whether the k-th mention is a place written after a place and a comma, the larger place the first lies in: "the
 * former mayor of South Bend, Indiana", "Fort Lee, New Jersey". The title before the first place is no title of
 * the second.
 */
function placeBefore(text: string, named: readonly NameMention[], k: number): boolean {
  const m = named[k]!;
  const prev = named[k - 1];
  return (m.type === 'GPE' || m.type === 'LOC') && prev !== undefined && (prev.type === 'GPE' || prev.type === 'LOC')
    && /^,\s+$/.test(text.slice(prev.end, m.start));
}

/**
 * A one-word name after "the" that ends its phrase is a thing's name, not a person's: "went to the Moon and came back",
 * "the Sun". A surname takes the article only before a noun it qualifies ("the Obama administration").
 */
function articleNoun(text: string, m: NameMention): boolean {
  return afterThe(text, m.start) && /^(?:\s*(?:[,.;:!?)"”’]|and\b|or\b|but\b)|\s*$)/.test(text.slice(m.end, m.end + 6));
}

function looksLikePerson(doc: Doc, m: NameMention, personWords: ReadonlySet<string>, kb: ActorsKb, date: string | null, afterPlace: boolean): boolean {
  if (NASAB.test(m.name)) return true;
  if (kb.place(m.name) || kb.organisation(m.name)) return false;
  if (kb.people(m.name).length > 0) return true;
  if (!m.name.includes(' ') && kb.peopleBySurname(m.name).some((p) => knownBySurnameAt(p, date)) && !articleNoun(doc.text, m)) return true;
  if (m.name.toLowerCase().split(/\s+/).every((w) => personWords.has(w))) return true;
  if (afterPlace || NON_PERSON_HEAD.test(m.name)) return false;
  const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
  if (!hasTitle(before)) return false;
  const title = titleBefore(before, 0);
  return title !== null && title.end === before.length && /\s$/.test(before);
}

/**
 * "Hamza bin Laden", "Mohammed bin Salman", "Abu Bakr ibn Umar": "son of" (or "daughter of") between two names makes a
 * person's name, whatever the entity model called it (it took "Hamza bin Laden" for an organisation; the Phoenix
 * dictionaries list Osama bin Laden under al-Qaeda, whose code the person then takes).
 */
const NASAB = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:bin|ibn|bint)\s+\p{Lu}/u;

/** What may stand between a title and its holder's name: nothing, or the office's object ("for Iran", "to the UN"). */
const TITLE_TO_NAME = /^\s+(?:(?:for|to|of|on)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+)?$/u;

/**
 * A span that is only a title, with its holder's name right after it: "US Special Representative for Iran Brian Hook",
 * where the entity model tags "Representative" and "Brian Hook" as two people, or "former US Vice-President Joe Biden",
 * where it tags the title an organisation (and the KB, from Phoenix, lists "American Vice-President" as one). The title
 * is read with the name (as a role), so the span is no entity of its own — else a later "he" could take the title for
 * its man, or the office would be an organisation of the story.
 */
function titleOfNameAfter(text: string, raw: string, m: Mention, next: Mention | undefined): boolean {
  const gap = next ? text.slice(m.end, next.start) : '';
  if (!next || next.type !== 'PERSON' || next.start - m.end > 40 || !(TITLE_TO_NAME.test(gap) || onlyTitleWords(gap))) return false;
  // The title may start before the span ("Special" of "Special Representative" left out of "Representative").
  const window = `${text.slice(Math.max(0, m.start - 40), m.end)} `;
  const title = titleBefore(window, 0);
  return title !== null && title.end >= window.length - 1 && title.start <= window.length - 1 - raw.length;
}

/**
 * A title's complement after "of", left at the front of a person's span once a title the office list
 * knows without it is gone: "Minister OF INFORMATION Moammar al-Eryani", "the Governor General OF CANADA"
 * ("Secretary of State" is listed whole). The name is the last two words (the last one when only two follow "of"); with one word, the span is the title
 * alone and names no one (-1). 0 when `rest` does not open with "of".
 */
function titleComplementLength(rest: string): number {
  const words = /^of\s+/.exec(rest) ? rest.trim().split(/\s+/).slice(1) : [];
  if (words.length === 0) return 0;
  if (words.length === 1) return -1;
  const kept = words.slice(words.length === 2 ? -1 : -2).join(' ');
  return rest.trimEnd().length - kept.length;
}

/**
 * A span the entity model typed as an organisation or a place that is a title and the name of a person the KB knows:
 * "Defence Secretary Ben Wallace" (ORG) is Ben Wallace, a person with his title. Only a known person: a title opens
 * organisations' names too ("General Motors", "Queen Mary University of London").
 */
function titledKnownPerson(raw: string, m: Mention, kb: ActorsKb): Mention {
  const titled = titleLength(raw, '');
  if (titled === 0) return m;
  const rest = raw.slice(titled).trim();
  return kb.people(rest).length > 0 && !kb.organisation(raw) && !kb.place(raw) ? { ...m, type: 'PERSON' } : m;
}

/**
 * Length of a title phrase (with its qualifier and country word) that a PERSON span starts with, or of the part of a
 * title begun before the span (`before`, the text right before it) that the span holds: "Defence | Secretary Ben
 * Wallace", where the entity model tagged "Defence" apart.
 */
function titleLength(raw: string, before: string): number {
  // "DEMOCRAT Spearman, a minister", "REPUBLICAN Assemblywoman Jill Tolles": a party member's party is no part of the name
  const party = PARTY_MEMBER.exec(raw)?.[0].length ?? 0;
  if (party > 0) return party + titleLength(raw.slice(party), before + raw.slice(0, party));
  const split = titleEndingIn(before, raw);
  let best = Math.max(LEADING_WORDS.exec(raw)?.[0].length ?? 0, pluralTitleLength(raw), split > 0 ? split + (/^\s*/.exec(raw.slice(split))?.[0].length ?? 0) : 0);
  if (!hasTitle(raw)) return best;
  for (const word of raw.matchAll(/\s+(?=\p{Lu})/gu)) {
    const prefix = raw.slice(0, word.index);
    if (titleBefore(prefix, 0)?.start === 0) best = Math.max(best, word.index! + word[0].length);
  }
  return best;
}
