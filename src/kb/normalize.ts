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

/**
 * Short all-capital names ("US", "U.K.", "DRC", "UN") must match only in capitals, or the pronoun
 * "us" would name the United States; they are keyed apart, by their letters without dots.
 */
export function acronymKey(text: string): string | undefined {
  const letters = text.trim().replace(/^the /i, '').replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters) ? letters : undefined;
}

/** The key a name is stored under: the exact letters of an acronym, the normalised text otherwise. */
export function nameKey(text: string): string {
  return acronymKey(text) !== undefined ? `=${acronymKey(text)}` : normalizeName(text);
}
