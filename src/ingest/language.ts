import { detectAll } from 'tinyld';

/** How much of a text the detector reads: the opening is enough, and keeps long texts cheap. */
const SAMPLE = 3000;

/**
 * The language of a text when it is clearly not English (an ISO 639-1 code), else null.
 * English news is full of foreign names and quotations, so a text counts as another language
 * only when English is not even a plausible second guess: on the 315 English Wikinews
 * articles, tinyld's first guess is another language for two (Polish names in Gdańsk, Spanish
 * in Puerto Rico), and English is then still given ≥ 0.29.
 */
export function nonEnglishLanguage(text: string): string | null {
  const guesses = detectAll(text.slice(0, SAMPLE));
  const top = guesses[0];
  if (!top || top.lang === 'en') return null;
  const english = guesses.find((g) => g.lang === 'en')?.accuracy ?? 0;
  return english < 0.2 && top.accuracy >= 0.3 ? top.lang : null;
}
