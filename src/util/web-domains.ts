/**
 * Web domains written in running text ("Znak.com reported", "according to News.com.au", "UOL.com.br"): a name of
 * two characters or more, maybe more labels, and a lower-case top-level domain — the generic ones, and those of
 * countries whose code is no English word ("in", "it", "me", "us" after a missing space more likely run two
 * sentences together) — not followed by more of a word.
 */
const TOP_LEVEL = 'com|org|net|gov|edu|mil|int|info|biz|io|co|tv|news|uk|au|br|ru|ua|de|fr|ca|cn|jp|nz|za|ie|es|nl|pl|eu|ch|se|no|ly|ng|ke|pk|tr|ir|il|kr|mx|ar';
const NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:${TOP_LEVEL})`;

/** Every web domain in a text (a global pattern: use with `replace` or `matchAll`). */
export const WEB_DOMAINS = new RegExp(String.raw`(?<![\p{L}\p{N}.-])${NAME}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`, 'gu');

const WHOLE = new RegExp(String.raw`^${NAME}$`, 'u');

/** Whether `text` is one web domain and nothing else. */
export function isWebDomain(text: string): boolean {
  return text.length > 3 && text.includes('.') && WHOLE.test(text);
}
