/**
 * Latin letters that Unicode does not decompose into a base letter and a mark, written as
 * English-language news writes them without diacritics: Polish ł (Wałęsa → Walesa), Danish and
 * Norwegian ø (Støre), Croatian and Vietnamese đ (Đukanović, Đỗ), Maltese ħ, Turkish dotless ı
 * (Kılıçdaroğlu), German ß, the ligatures æ and œ, Icelandic þ and ð.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/**
 * The one key under which every knowledge-base name is stored and looked up, so that
 * "the Kremlin", "KREMLIN", "U.S." / "US", "Erdoğan" / "Erdogan" and "Abdul-Mahdi" / "Abdul Mahdi" meet.
 */
export function normalizeName(text: string): string {
  return normalizeAscii(text) ?? normalizeAny(text);
}

/** `normalizeName` of any text: its letters decomposed, marks dropped, then as `normalizeAscii`. */
function normalizeAny(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015-]/g, ' ')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** ASCII whitespace, as `\s` matches it below U+0080: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * `normalizeName` of a text without a character past ASCII in one pass (null for any other text), the same
 * steps as `normalizeAny` without its regular expressions: most names asked about are plain ASCII, and the
 * entities and events stages ask about several for every capitalised word.
 */
export function normalizeAscii(text: string): string | null {
  // Most names need only lower case: words of letters with single spaces between them.
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return null;
    if (c === 46 || c === 45 || c === 96 || (isAsciiSpace(c) && (c !== 32 || i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 32))) plain = false;
  }
  const out = plain ? text.toLowerCase() : spacedAscii(text);
  return out.startsWith('the ') ? out.slice(4) : out;
}

/** An ASCII text in lower case without dots, hyphens and whitespace as single spaces between words, '`' as "'". */
function spacedAscii(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) continue; // '.'
    if (c === 45 || isAsciiSpace(c)) { // '-' and whitespace: one space between words, none at either end
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += c === 96 ? "'" : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}

/**
 * Short all-capital names ("US", "U.K.", "DRC", "UN") must match only in capitals, or the pronoun
 * "us" would name the United States; they are keyed apart, by their letters without dots.
 */
export function acronymKey(text: string): string | undefined {
  const trimmed = text.trim();
  const from = startsWithThe(trimmed) ? 4 : 0;
  // Read by character codes, not by regular expressions: every name looked up in the KB is first asked this.
  let letters = 0;
  for (let i = from; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 46) continue; // '.'
    if (c < 65 || c > 90 || ++letters > 6) return undefined; // only capitals A-Z, six at most
  }
  return letters >= 2 ? trimmed.slice(from).replaceAll('.', '') : undefined;
}

/** "the " in any case opening a text (as `/^the /i` matches it). */
function startsWithThe(text: string): boolean {
  return text.length >= 4 && (text.charCodeAt(0) | 32) === 116 && (text.charCodeAt(1) | 32) === 104 && (text.charCodeAt(2) | 32) === 101 && text.charCodeAt(3) === 32;
}

/** The key a name is stored under: the exact letters of an acronym, the normalised text otherwise. */
export function nameKey(text: string): string {
  const acronym = acronymKey(text);
  return acronym !== undefined ? `=${acronym}` : normalizeName(text);
}
