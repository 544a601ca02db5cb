/**
 * The key under which quotes merge across articles: the words in lower case, letters and digits
 * only, one space between words — so typographic and straight quotation marks, an added comma or
 * a line break do not split one quote into two. Every adapter groups by this same function.
 */
export function quoteKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
