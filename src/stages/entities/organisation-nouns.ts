/**
 * What the words beside a name say of it being an organisation: a noun of a kind of organisation right before it, or
 * heading its apposition. Read by the mentions step (names the entity model took for a person) and by
 * `typeByApposition` (names it took for a place).
 */

/**
 * Nouns that say a name is an organisation when they head its apposition: "Vyasna, an independent
 * Belarusian human rights center", "Memorial, a Russian rights group", "Al-Haq, a Palestinian
 * organisation". The entity model types such names by their look and often takes a short one for a
 * place (a town of the same name); the writer's own words say what it is.
 */
const ORGANISATION_HEADS = new Set([
  'center', 'centre', 'group', 'organisation', 'organization', 'party', 'company', 'firm', 'agency', 'association', 'union',
  'committee', 'movement', 'network', 'foundation', 'institute', 'commission', 'council', 'charity', 'coalition', 'alliance',
  'watchdog', 'ngo', 'newspaper', 'broadcaster', 'bank', 'militia', 'faction',
]);

/**
 * Nouns of a kind of organisation that, right before a name, say what it is: "British supermarket Ocado", "the
 * Mexican company Cultura Colectiva", "Hungarian daily newspaper Magyar Nemzet", "rock band Grateful Dead", "state news
 * firm Saba". Nouns that also name a person's trade ("developer", "operator") are not among them: "game developer
 * Perttu Ahola" is a man.
 */
const KIND_BEFORE = new Set([
  ...ORGANISATION_HEADS, 'supermarket', 'retailer', 'airline', 'carrier', 'manufacturer', 'maker', 'carmaker', 'automaker',
  'startup', 'website', 'band', 'magazine', 'tabloid', 'publisher', 'studio', 'insurer',
]);
const KIND_WORD = /(?:^|\s)(\p{Ll}+) $/u;

/** Whether the word right before a name (one space apart) is a noun of a kind of organisation. */
export function afterOrganisationKind(text: string, start: number): boolean {
  return kindBefore(text, start) !== null;
}

/** The noun of a kind of organisation right before a name ("energy COMPANY Gazprom"), or null. */
export function kindBefore(text: string, start: number): string | null {
  const kind = KIND_WORD.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return kind !== undefined && KIND_BEFORE.has(kind) ? kind : null;
}

/** ", a/an/the" and up to six words (no comma, no clause) ending in one of those nouns, which ends the phrase. */
const APPOSITION = /^\s*,\s*(?:an?|the)\s+((?:[\p{L}'’-]+\s+){0,6}?)([\p{L}]+)(?=\s*(?:[,.;:)]|$|\s+(?:based|founded|that|which|who|in|on)\b))/u;

/** Whether the text after a name opens an apposition an organisation noun heads: ", the Russian space agency,". */
export function namesOrganisation(after: string): boolean {
  return kindInApposition(after) !== null;
}

/** The organisation noun heading the apposition the text after a name opens (", a Russian rights GROUP,"), or null. */
export function kindInApposition(after: string): string | null {
  const m = APPOSITION.exec(after);
  const head = m?.[2]!.toLowerCase();
  // the noun heads the apposition itself, not a phrase inside it ("a member of the Hamas movement")
  return head !== undefined && ORGANISATION_HEADS.has(head) && !/\b(?:of|in|for|from|with|and|or)\s/i.test(m![1]!) ? head : null;
}

/**
 * A journal or other publication the text says something was published in: "findings published on Wednesday in
 * Science Advances", "published in journal Nature Astronomy", "a study in Scientific Reports, an on-line journal",
 * "Nature's Scientific Reports journal". The entity model, reading "in" before a capitalised name, tags it a place.
 */
const PUBLISHED_IN = /\bpublished(?:\s+[\w,]+){0,4}?\s+in\s+(?:the\s+)?(?:(?:peer-reviewed|scientific|medical|academic)\s+)?(?:journal\s+)?$/;
const JOURNAL_BEFORE = /(?:^|\s)journal\s+$/;
const JOURNAL_AFTER = /^(?:['’]s)?\s+journal\b|^,\s+an?\s+(?:[\w-]+\s+)?journal\b/;

/** A scientific journal's own name: "The New England Journal of Medicine", "Journal of Virology", "Proceedings of the Royal Society B". */
const JOURNAL_NAME = /(?:^|\s)(?:Journal|Proceedings|Annals|Transactions) of\s|^Journal\s/;

/** Whether a name, or the words around it (`start`, `end` its offsets), call it a publication. */
export function namesPublication(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return JOURNAL_NAME.test(text.slice(start, end)) || PUBLISHED_IN.test(before) || JOURNAL_BEFORE.test(before) || JOURNAL_AFTER.test(text.slice(end, end + 30));
}
