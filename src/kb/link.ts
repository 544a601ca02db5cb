import { phoenixCodeAt } from './index.js';
import type { Role, RoleQualifier } from '../model/layers.js';
import type { ActorsKb, KbPerson, KbTenure } from './view-types.js';

/** What the text says about a person that helps pick the right KB actor. */
export interface PersonHints {
  /** Countries of the titles written beside the name (ISO3). */
  readonly countries: ReadonlySet<string>;
  /** Titles written beside the name, canonical case ("President"). */
  readonly titles: ReadonlySet<string>;
}

/** Days between an election and the start of the term it decides (about 75 for a U.S. president). */
export const ELECTION_LEAD_DAYS = 80;
const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

export function activeAt(t: KbTenure, date: string): boolean {
  return t.start <= date && (t.end === null || date < t.end);
}

/** A tenure answers to a title by its generic office or its local title. */
export const sameOffice = (t: KbTenure, title: string) =>
  t.office.toLowerCase() === title.toLowerCase() || t.title?.toLowerCase() === title.toLowerCase();

/**
 * Whether a surname written alone may mean this person at the date: the person holds or has held an office by then (a
 * term the KB keeps, or a dated Phoenix code), or has been elected to one that starts soon. Surnames are common words
 * and names ("Leo", "Qin"): before a person's first office (Pope Leo XIV in 2019, Qin Gang in 2020) the word names
 * someone else — the constellation Leo, the Qin emperor; after it, the holder is remembered ("the Bush administration").
 * Without a date, or for a person the KB keeps no terms or dated codes for, nothing tells, and the surname may mean them.
 */
export function knownBySurnameAt(person: KbPerson, date: string | null): boolean {
  const dated = (person.codes ?? []).filter((c) => c.from !== null);
  if (!date || (person.tenures.length === 0 && dated.length === 0)) return true;
  return person.tenures.some((t) => t.start <= date || (t.elected ? t.elected <= date : days(date, t.start) <= ELECTION_LEAD_DAYS))
    || dated.some((c) => c.from! <= date);
}

function firstName(name: string): string {
  return name.split(/\s+/)[0].toLowerCase();
}

/**
 * The KB person a name refers to, or null. Full names and aliases are tried first, then
 * the surname; with several candidates the one whose offices agree with the titles beside
 * the name, and who held office at the document date, wins — a tie links nobody.
 */
export function linkPerson(kb: ActorsKb, name: string, hints: PersonHints, date: string | null): KbPerson | null {
  const words = name.split(/\s+/);
  let candidates = kb.people(name);
  if (words.length === 1) {
    // The surname's holders stay candidates (to be told apart below) when one of them may be meant at the date.
    const bySurname = kb.peopleBySurname(name);
    const meant = bySurname.some((p) => knownBySurnameAt(p, date) || titleAgrees(p, hints));
    candidates = [...new Set([...candidates, ...(meant ? bySurname : [])])];
  }
  else if (candidates.length === 0 && words.length > 0) {
    const surname = kb.peopleBySurname(words[words.length - 1]);
    candidates = words.length > 1
      ? surname.filter((p) => [p.name, ...p.aliases].some((n) => firstName(n) === words[0].toLowerCase() || n.split(/\s+/).length === 1))
      : surname;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const score = (p: KbPerson) => {
    let s = 0;
    for (const t of p.tenures) {
      const agrees = hints.countries.has(t.country);
      if (agrees) s += 1;
      if (agrees && [...hints.titles].some((title) => sameOffice(t, title))) s += 3;
      if (date && activeAt(t, date)) s += 2;
    }
    if (p.country && hints.countries.has(p.country)) s += 1;
    return s;
  };
  const ranked = candidates.map((p) => ({ p, s: score(p) })).sort((a, b) => b.s - a.s);
  return ranked[0].s > ranked[1].s ? ranked[0].p : null;
}

/** A title written beside the name is one of the person's offices, held at any time ("Senator Wong"). */
function titleAgrees(p: KbPerson, hints: PersonHints): boolean {
  return p.tenures.some((t) => [...hints.titles].some((title) => sameOffice(t, title)));
}

/**
 * The offices the KB says a person holds at the document date, with the qualifier the
 * date implies: a term ending soon after it is "outgoing", one starting after it is
 * "incoming" from its election day (or, without one, in the weeks before it starts).
 */
export function kbRoles(person: KbPerson, date: string | null): Role[] {
  if (!date) return [];
  const roles: Role[] = [];
  for (const t of person.tenures) {
    let qualifier: RoleQualifier | undefined;
    if (activeAt(t, date)) qualifier = t.end !== null && days(date, t.end) <= ELECTION_LEAD_DAYS ? 'outgoing' : null;
    else if (t.start > date && (t.elected ? t.elected <= date : days(date, t.start) <= ELECTION_LEAD_DAYS)) qualifier = 'incoming';
    if (qualifier === undefined) continue;
    // "Acting President", "Caretaker Prime Minister": the office, held ad interim.
    const interim = t.title !== undefined && /^(Acting|Caretaker|Interim) /.test(t.title);
    const title = interim || t.title === undefined ? t.office : t.title;
    roles.push({ title, country: t.country, qualifier: interim && qualifier === null ? 'acting' : qualifier, from: 'kb' });
  }
  return roles;
}

/**
 * The CAMEO code of a person at a date: the code of the office held then; else, while the Phoenix
 * dictionaries still speak for the date (or when we keep no terms for the person), the Phoenix code in
 * force then; else the KB's own.
 */
export function cameoAt(person: KbPerson, date: string | null, phoenixEnd = ''): string | null {
  if (!date) return person.cameo;
  const held = person.tenures.find((t) => activeAt(t, date) && t.cameo);
  if (held) return held.cameo;
  const phoenixSpeaks = person.tenures.length === 0 || date <= phoenixEnd;
  return (phoenixSpeaks ? phoenixCodeAt(person.codes ?? [], date) : undefined) ?? person.cameo;
}

/** The country of an unqualified title ("President Macron") from the office the KB knows for it. */
export function countryOfTitle(person: KbPerson, title: string, date: string | null): string | null {
  const offices = person.tenures.filter((t) => sameOffice(t, title));
  if (offices.length === 0) return null;
  const held = date ? offices.find((t) => activeAt(t, date)) : undefined;
  return (held ?? offices[offices.length - 1]).country;
}
