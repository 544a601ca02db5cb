import type { RoleQualifier } from '../model/layers.js';

/**
 * Office titles as news writes them before or after a name. Longest first, so that
 * "Prime Minister" wins over "Minister" and "Vice President" over "President".
 */
const TITLES = [
  'Deputy Prime Minister', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
  'Foreign Secretary', 'Defense Secretary', 'Defence Secretary', 'Secretary of State', 'Secretary-General',
  'Secretary General', 'Vice President-elect', 'Vice President', 'Vice-President', 'President-elect', 'Supreme Leader', 'Crown Prince',
  'Chancellor', 'President', 'Premier', 'King', 'Queen', 'Pope', 'Emir', 'Sultan', 'Minister', 'Ambassador', 'Senator',
  'Governor', 'Mayor', 'Speaker', 'Chairman', 'Chairwoman', 'General', 'Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'leader',
  'National Security Advisor', 'National Security Adviser', 'Special Representative', 'Special Envoy', 'Chief Executive',
  'Prosecutor General', 'Prosecutor-General', 'Attorney General', 'Commissioner',
  // civilian offices named with "General" after another office word, no army general ("Postmaster General Louis DeJoy")
  'Postmaster General', 'Surgeon General', 'Solicitor General', 'Inspector General', 'Auditor General', 'Director General',
  'Governor General', 'Consul General',
  // members of the US House and the heads of the devolved governments of the United Kingdom
  'Congressman', 'Congresswoman', 'First Minister',
  // candidates are the actors of election news ("Democratic presidential candidate Joe Biden", "X, an opposition candidate")
  'Opposition Presidential Candidate', 'Presidential Candidate', 'Opposition Candidate', 'Candidate',
];

/**
 * Ranks of the police and the armed forces, who speak and act in conflict and crime news ("said Detective Inspector
 * Steven Jones", "Colonel Turki al-Maliki"), with the sector each implies. Read only capitalised, as a rank before a
 * name is written: in lower case they are common nouns ("According to Rathbun, a detective for the Sheriff's office
 * was …"). Ranks that are common words or other roles too (Captain, Major, Commander, Lieutenant alone) are left out.
 */
const POLICE_RANKS = [
  'Detective Chief Inspector', 'Detective Inspector', 'Detective Sergeant', 'Detective Constable', 'Detective Superintendent',
  'Chief Inspector', 'Chief Superintendent', 'Chief Constable', 'Police Chief', 'Police Commissioner', 'Detective', 'Inspector',
  'Sergeant', 'Constable', 'Superintendent', 'Sheriff',
];
const MILITARY_RANKS = ['Lieutenant General', 'Lieutenant Colonel', 'Major General', 'Brigadier General', 'Rear Admiral', 'Vice Admiral', 'Colonel', 'Admiral', 'Brigadier'];
export const RANK_SECTORS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(POLICE_RANKS.map((t) => [t, 'COP'])),
  ...Object.fromEntries(MILITARY_RANKS.map((t) => [t, 'MIL'])),
};
/** A string matched literally inside a pattern. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `Chief Constable` → `Chief[ -]Constable`: as written, with either a space or a hyphen between the words. */
const exactly = (phrase: string) => phrase.split(/[ -]/).map(escape).join('[ -]');

/** Words that say when the office is held relative to the text; mapped onto the record's qualifiers. */
const QUALIFIERS: Readonly<Record<string, RoleQualifier>> = {
  incoming: 'incoming', future: 'incoming', 'newly elected': 'incoming', 'newly-elected': 'incoming',
  outgoing: 'outgoing', departing: 'outgoing', retiring: 'outgoing', 'lame-duck': 'outgoing',
  former: 'former', 'ex-': 'former', ex: 'former', 'then-': 'former', then: 'former', late: 'former',
  acting: 'acting', interim: 'acting', caretaker: 'acting',
};

/** `prime minister` → `[Pp]rime[ -][Mm]inister`: titles are written both ways, country words only capitalised. */
const anyCase = (phrase: string) =>
  phrase.split(/[ -]/).map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escape(w.slice(1))}`).join('[ -]');
/**
 * A title as written. "General" before a lower-case word is that word's adjective, no army general: "Fernando Dallorso,
 * the general manager of Cipriani Dolci", "the general secretary" ("Iranian general, Qasem Soleimani" is one).
 */
const titlePattern = (title: string) => (title === 'General' ? `${anyCase(title)}(?![ -](?!of\\b)[a-z])` : anyCase(title));
const TITLE = `(${[...TITLES.map(titlePattern), ...[...POLICE_RANKS, ...MILITARY_RANKS].map(exactly)].join('|')})`;
const QUALIFIER = `(${Object.keys(QUALIFIERS).map((q) => (q.endsWith('-') ? `${anyCase(q.slice(0, -1))}-` : anyCase(q))).join('|')})`;
/** Words of titles, which a country word may not be ("Russian Prime Minister" is not the country "Russian Prime"). */
const TITLE_WORD = `(?:${[...new Set([...TITLES, ...POLICE_RANKS, ...MILITARY_RANKS].flatMap((t) => t.split(/[ -]/)))].map(anyCase).join('|')})\\b`;
/**
 * A country word: a name, a demonym, "U.S.", a possessive ("Ukraine's"); checked against the KB afterwards.
 * Never a determiner: "spokesperson for The Greens" is no title of a country "The" before the name "Greens".
 */
const COUNTRY = `((?!${TITLE_WORD}|(?:The|A|An)\\b)[A-Z][\\w.’'-]*(?:[ ](?!${TITLE_WORD})[A-Z][\\w.’'-]*)?)`;
const THE = '(?:[Tt]he|[Aa]n?)\\s+';

/**
 * What may follow a title: "of Country" names the office's country, and so does "from Place", the seat a legislator
 * holds ("United States Senator from Vermont Bernie Sanders", "Representative from Texas"); "for"/"to Country"
 * ("Special Representative for Iran", "Ambassador to France") names its object, which is no country of the holder.
 */
const COMPLEMENT = `(?:\\s+(?:of|from)\\s+(?:the\\s+)?${COUNTRY}|\\s+(?:for|to)\\s+(?:the\\s+)?${COUNTRY})?`;
/** `[qualifier] [country] [qualifier] Title [of|for Country]` right before a name ("outgoing U.S. President", "Polish Prime Minister"). */
// the title starts a word: "asking Cengiz" holds no "King" (a king's role and gender went to the fiancée of Khashoggi)
const BEFORE_NAME = new RegExp(`(?:\\b${QUALIFIER}(?:\\s+|(?<=-)))?(?:${COUNTRY}\\s+)?(?:${QUALIFIER}(?:\\s+|(?<=-)))?(?<![A-Za-z])${TITLE}${COMPLEMENT}\\s*$`);
/** `the [qualifier] [country] Title [of Country],` before a name set off by a comma ("the prosecutor general of Tehran, Ali …"). */
const BEFORE_NAME_COMMA = new RegExp(`\\b${THE}(?:${QUALIFIER}(?:\\s+|(?<=-)))?(?:${COUNTRY}\\s+)?(?:${QUALIFIER}(?:\\s+|(?<=-)))?${TITLE}${COMPLEMENT}\\s*,\\s*$`);
/** `, the [qualifier] [country] Title [of Country]` right after a name ("Emmanuel Macron, the French president"). */
const AFTER_NAME = new RegExp(`^\\s*,\\s*(?:${THE})?(?:${QUALIFIER}(?:\\s+|(?<=-)))?(?:${COUNTRY}\\s+)?(?:${QUALIFIER}(?:\\s+|(?<=-)))?${TITLE}\\b(?:\\s+of\\s+(?:the\\s+)?${COUNTRY})?`);
const ONE_TITLE_WORD = new RegExp(`^${TITLE_WORD}$`);
/** Whether a word is a word of an office title or rank ("Vice", "Prime", "Minister", "Defence", "General"). */
export function isTitleWord(word: string): boolean {
  return ONE_TITLE_WORD.test(word);
}

/** Only title words between two spans ("Detective [ Inspector ] Steven Jones"): the first span's title runs on to the name. */
const TITLE_WORDS_ONLY = new RegExp(`^\\s+(?:${TITLE_WORD}\\s+)*$`);
export function onlyTitleWords(gap: string): boolean {
  return TITLE_WORDS_ONLY.test(gap);
}

/**
 * Office titles and military ranks that may be split by a name tag: their first words are no name of their own
 * ("UK Defence" of "UK Defence Secretary", "then-National Security" of "then-National Security Advisor"). Police
 * ranks are left out: "Police" of "Police Chief" heads the force's own name ("Thames Valley Police Chief Constable").
 */
const SPLIT_TITLE = `(${[...TITLES.map(titlePattern), ...MILITARY_RANKS.map(exactly)].join('|')})`;
/** A title, with the qualifier it may carry, opening a string. */
const TITLE_OPENING = new RegExp(`^(?:${QUALIFIER}(?:\\s+|(?<=-)))?${SPLIT_TITLE}\\b`);
/** A title closing a string, with the qualifier it may carry. */
const TITLE_CLOSING = new RegExp(`(?:\\b${QUALIFIER}(?:\\s+|(?<=-)))?\\b${SPLIT_TITLE}$`);

/**
 * Where a title begins in a span that it runs on past (`span` then `after`, the text right after it): at the start
 * of a word of the span ("UK Defence" + " Secretary Ben Wallace" → 3, "then-National Security" + " Advisor" → 0),
 * the title's first words tagged as a name of their own. -1 when no title starts in the span and ends after it.
 */
export function titleRunningOn(span: string, after: string): number {
  const text = span + after;
  for (const word of span.matchAll(/(?:^|\s+)(?=\S)/g)) {
    const at = word.index + word[0].length;
    const m = TITLE_OPENING.exec(text.slice(at));
    if (m && at + m[0].length > span.length) return at;
  }
  return -1;
}

/**
 * How much of a span a title begun before it takes up, reading `before` (the text before the span): "then-National
 * Security " + "Advisor-designee" → 7, the span opening with the title's last word. 0 when no title begun before
 * the span ends inside it; a complement is not read ("President of " + "France" takes nothing of France).
 */
export function titleEndingIn(before: string, span: string): number {
  let taken = 0;
  for (const end of span.matchAll(/(?=[\s-]|$)/g)) {
    if (end.index === 0) continue;
    const m = TITLE_CLOSING.exec(before + span.slice(0, end.index));
    if (m && m.index < before.length) taken = end.index;
  }
  return taken;
}

/** A cheap test run first: most sentences hold no title at all. */
const TITLE_ANYWHERE = new RegExp(`\\b${TITLE}\\b`);
/** Whether `text` holds any title word at all: a cheap test before the anchored patterns. */
export function hasTitle(text: string): boolean {
  return TITLE_ANYWHERE.test(text);
}

/** A definite title standing for its holder ("the president", "the Russian leader", "the prime minister of Poland"). */
const DEFINITE = new RegExp(`\\b[Tt]he\\s+(?:${QUALIFIER}(?:\\s+|(?<=-)))?(?:${COUNTRY}\\s+)?(?:${QUALIFIER}(?:\\s+|(?<=-)))?${TITLE}\\b(?:\\s+of\\s+(?:the\\s+)?${COUNTRY})?`, 'g');

export interface TitleRead {
  /** Offsets relative to the string that was read. */
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly qualifier: RoleQualifier;
  /** The word that may name the country, still to be looked up ("French", "U.S.", "Ukraine's"). */
  readonly countryWord: string | null;
  readonly countryWordStart: number;
}

function canonicalTitle(raw: string): { title: string; qualifier: RoleQualifier } {
  const words = raw.replace(/\s+/g, ' ').split(/([ -])/);
  const cased = words.map((w) => (w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
  const elect = /^((?:Vice )?President)[ -]Elect$/i.exec(cased);
  if (elect) return { title: elect[1], qualifier: 'elect' };
  return { title: cased, qualifier: null };
}

const qualifierOf = (...words: Array<string | undefined>): RoleQualifier => {
  for (const w of words) if (w) return QUALIFIERS[w.toLowerCase().replace(/[ -]+/, w.endsWith('-') ? '-' : ' ')] ?? null;
  return null;
};

/** "Ukraine's" names Ukraine. */
function countryWord(word: string | undefined): string | null {
  return word ? word.replace(/[’']s$/, '') : null;
}

function build(m: RegExpExecArray, offset: number, q1: number, cw: number, q2: number, t: number, of?: number): TitleRead {
  const { title, qualifier: fromTitle } = canonicalTitle(m[t]);
  const word = countryWord(m[cw]) ?? (of !== undefined ? countryWord(m[of]) : null);
  const wordAt = word === null ? -1 : m[cw] === word ? m.index + m[0].indexOf(word) : m.index + m[0].lastIndexOf(word);
  return {
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    title,
    qualifier: qualifierOf(m[q1], m[q2]) ?? fromTitle,
    countryWord: word,
    countryWordStart: word === null ? -1 : offset + wordAt,
  };
}

/** The title written just before a name, reading `before` (the sentence text up to the name). */
export function titleBefore(before: string, offset: number): TitleRead | null {
  const m = BEFORE_NAME.exec(before) ?? (/,\s*$/.test(before) ? BEFORE_NAME_COMMA.exec(before) : null);
  if (!m) return null;
  return build(m, offset, 1, 2, 3, 4, 5);
}

/** A plural title shared by a list of names: "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin". */
const PLURAL_TITLE_LIST = new RegExp(`\\b(${TITLES.filter((t) => /^[A-Z]/.test(t)).map((t) => `${anyCase(t)}s`).join('|')})\\s+\\p{Lu}[^.;:"“”]{0,80}?(?:,|\\s+and)\\s*$`, 'u');

/** A plural title opening a span before a capitalised name: "Senators Kamala Harris", "Presidents Muhammadu Buhari". */
const PLURAL_TITLE_OPENING = new RegExp(`^(?:${TITLES.filter((t) => /^[A-Z]/.test(t)).map((t) => `${anyCase(t)}s`).join('|')})\\s+(?=\\p{Lu})`, 'u');

/** Length of the plural title a span opens with ("Senators " of "Senators Kamala Harris"), 0 when none. */
export function pluralTitleLength(span: string): number {
  return PLURAL_TITLE_OPENING.exec(span)?.[0].length ?? 0;
}

/** The title of a plural title phrase that a list holding this name follows ("Presidents …, … and NAME"), singular. */
export function pluralTitleBefore(before: string): string | null {
  const m = PLURAL_TITLE_LIST.exec(before);
  return m ? canonicalTitle(m[1]!.slice(0, -1)).title : null;
}

/** An appositive title just after a name, reading `after` (the sentence text from the name's end). */
export function titleAfter(after: string, offset: number): TitleRead | null {
  const m = AFTER_NAME.exec(after);
  return m ? build(m, offset, 1, 2, 3, 4, 5) : null;
}

/** Every definite title phrase in `text` ("the president", "the Polish prime minister"). */
export function definiteTitles(text: string, offset: number): TitleRead[] {
  if (!TITLE_ANYWHERE.test(text)) return [];
  return [...text.matchAll(DEFINITE)].map((m) => build(m as RegExpExecArray, offset, 1, 2, 3, 4, 5));
}

/** A title phrase and the capitalised name after it ("incoming U.S. President\nDonald Trump"). */
export interface TitledName extends TitleRead {
  readonly name: string;
  readonly nameStart: number;
}

const NAME_AFTER = /^\s+((?:[A-Z][\p{L}.’'-]+)(?:\s+[A-Z][\p{L}.’'-]+){0,2})/u;

/** Every title written before a name in `text`, for readers that have no NER mentions (document dating). */
export function titledNames(text: string): TitledName[] {
  const out: TitledName[] = [];
  const title = new RegExp(TITLE, 'g');
  for (const m of text.matchAll(title)) {
    const after = NAME_AFTER.exec(text.slice(m.index! + m[0].length));
    if (!after) continue;
    // Qualifier, country and title fit in a few words; a short window keeps the anchored pattern cheap.
    const lineStart = Math.max(0, m.index! - 60);
    const read = titleBefore(text.slice(lineStart, m.index! + m[0].length), lineStart);
    if (!read) continue;
    const nameStart = m.index! + m[0].length + after[0].indexOf(after[1]);
    out.push({ ...read, name: after[1], nameStart });
  }
  return out;
}
