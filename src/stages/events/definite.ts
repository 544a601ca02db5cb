import type { ActorSpan } from './actors.js';
import type { SentenceWords } from './sentence.js';

/**
 * Definite descriptions that name an actor by its kind alone ("the embassy", "the ministry",
 * "the army") refer to the last actor of the document named with the same head noun and a
 * country: after "Nick Adderley wrote to the US Embassy in London", "The embassy declined the
 * request" is the US embassy (USAGOV), not an embassy of no known country (---GOV). One
 * instance per document: `resolve` reads a sentence's actors in text order and remembers them.
 */
export class DefiniteActors {
  private readonly byHead = new Map<string, string>();

  resolve(s: SentenceWords, actors: readonly ActorSpan[]): ActorSpan[] {
    return actors.map((a) => {
      const head = headWord(s, a);
      const known = this.byHead.get(head);
      if (a.code?.startsWith('---') && known && definite(s, a)) return { ...a, code: known.slice(0, 3) + a.code.slice(3) };
      if (a.code && !a.code.startsWith('---')) this.byHead.set(head, a.code);
      return a;
    });
  }
}

/** The head noun of an actor's words: the last word, or the word before "of"/"in" ("the government of Gondor"). */
function headWord(s: SentenceWords, a: ActorSpan): string {
  for (let i = a.start; i < a.end; i++) if (s.lower[i] === 'of' || s.lower[i] === 'in') return s.words[i - 1] ?? '';
  return s.words[a.end - 1]!;
}

function definite(s: SentenceWords, a: ActorSpan): boolean {
  return s.lower[a.start] === 'the' || (a.start > 0 && s.lower[a.start - 1] === 'the');
}
