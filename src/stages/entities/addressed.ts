import { isTitleWord, titleBefore } from '../../language/titles.js';

/**
 * Titles of address and ranks written right before a person's surname ("Sergeant Jordan", "Mr. Washington",
 * "Professor Boulder"), names ending in a company's word ("General Motors") and letters after a name ("Kama Melly QC"):
 * the words that tell a person's name from a place's or an organisation's when the two are spelt alike.
 */

/**
 * A title of address or a rank, with the space after it, opening `text` before a capitalised word. Not "General",
 * "King", "Queen", "Prince" or "Lord", which open names of companies and places ("General Motors", "Queen Victoria
 * Market", "Prince Edward Island", "Lord Howe Island"), nor "President", read with its complement ("President of France").
 */
const ADDRESS_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Rev|Reverend|Father|Rabbi|Imam|Sheikh|Captain|Capt|Sergeant|Sgt|Corporal|Cpl|Private|Pte|Lieutenant|Lt|Major|Maj|Colonel|Col|Commander|Cmdr|Admiral|Detective|Officer|Constable|Inspector|Superintendent|Sheriff|Deputy|Trooper|Judge|Justice|Senator|Sen|Representative|Rep|Assemblyman|Assemblywoman|Assemblymember|Congressman|Congresswoman|Councillor|Councilor|Councilman|Councilwoman|Alderman|Mayor|Governor|Gov)\.?\s+(?=\p{Lu})/u;

/** Length of the title of address (and the space after it) that `text` opens with before a capitalised word, 0 when none. */
export function addressTitleLength(text: string): number {
  return ADDRESS_TITLE.exec(text)?.[0].length ?? 0;
}

/**
 * Titles that are adjectives or other words too, or open the names of characters: "Major London hospitals", "Miss France",
 * "Private Boston firms", "Captain America: Civil War".
 */
const ALSO_A_WORD = /^(?:Major|Private|Deputy|Justice|Miss|Officer|Father|Captain)\b/;

/**
 * A title of address or a rank right before `at`, separated from it by spaces only. Where the entity model saw no person
 * after it (`person` false), only a title that is no common word too.
 */
export function addressedAt(text: string, at: number, person: boolean): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const title = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}]*\.?\s+)$/u.exec(before);
  return title !== null && addressTitleLength(`${title[1]}X`) === title[1].length && (person || !ALSO_A_WORD.test(title[1]));
}

/**
 * The last word of a company's or an institution's name: a title before it is a word of the name, no rank or office of a
 * person ("General Motors", "General Dynamics", "General Electric", "General Mills", "General Assembly").
 */
const ORGANISATION_WORD = /\s(?:Motors?|Dynamics|Electric|Mills|Foods|Industries|Corporation|Corp\.?|Inc\.?|Ltd\.?|Company|Co\.?|Group|Holdings|Partners|Systems|Technologies|Atomics|Instruments|Insurance|Assembly|Hospital|Services|Stores|Airlines|Airways|Pharmaceuticals|Chemicals|Petroleum|Oil|Steel|Communications|Media|Entertainment|Bank|Trust|Fund|Administration|Agency|Commission|Ministry|Department|Council|Committee|University|College|Institute|School|Hotel|Market|Island|Islands|Street|Square|Park|Bridge|Station|Airport|Base|City|County|Command|Staff|Secretariat|Directorate|Office|Prosecutor's Office)$/;

/** Whether a name ends in a company's or an institution's word. */
export function endsInOrganisationWord(name: string): boolean {
  return ORGANISATION_WORD.test(name);
}

/** Letters after a person's name, an honour or a seat ("Kama Melly QC", "Jane Smith MP"): a person, whose name they close. */
const POSTNOMINAL = /(?<=\p{Ll})\s+(?:QC|KC|SC|MP|MEP|MSP|MLA|OBE|MBE|CBE|KBE|DBE)$/u;

/** Length of the letters after a name of two words or more that `name` ends with, 0 when none: not "Labour MP". */
export function postnominalLength(name: string): number {
  const m = POSTNOMINAL.exec(name);
  return m && /^\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(name.slice(0, m.index)) ? m[0].length : 0;
}

/** Words of honour that the name lists hold as given names: "First Lady Melania Trump" is no "Lady" of the name "Lady Melania Trump". */
const HONORIFIC = /^(?:Lady|Lord|Dame|Sir)$/;

/**
 * Where the name begins in a span the entity model typed as an organisation that is a title and a person's name it does
 * not know, told by a given name of the name lists after the title ("Connecticut Governor | Ned Lamont", "Federal Judge |
 * Amy Coney Barrett"): the given name and one or two capitalised words close the span, and an office title or a title
 * of address ends the words before it ("University of | North Carolina", "Supreme | Court Justice" have none).
 * `isGivenName` is false for places ("Texas", "California"). -1 when none.
 */
export function titledPersonStart(raw: string, isGivenName: (word: string) => boolean): number {
  if (endsInOrganisationWord(raw)) return -1;
  const words = [...raw.matchAll(/\S+/g)].map((w) => ({ word: w[0], at: w.index! }));
  for (let k = words.length - 2; k >= Math.max(1, words.length - 3); k--) {
    const [given, ...rest] = words.slice(k).map((w) => w.word);
    const before = raw.slice(0, words[k]!.at);
    const title = titleBefore(before, 0);
    const titled = (title !== null && title.end === before.length) || addressTitleLength(`${words[k - 1]!.word} X`) > 0;
    const named = /^\p{Lu}\p{Ll}+$/u.test(given!) && !HONORIFIC.test(given!) && !isTitleWord(given!) && isGivenName(given!);
    if (titled && named && rest.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return words[k]!.at;
  }
  return -1;
}
