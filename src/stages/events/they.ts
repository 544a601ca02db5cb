import type { ActorSpan } from './actors.js';
import type { SentenceWords } from './sentence.js';

/** Relations of a subject, or of the possessor of one ("PROTESTERS' demands include …"). */
const SUBJECT = /^nsubj/;

/**
 * "Protesters' demands include … They had asked Hong Kong Chief Executive Carrie Lam … to resign":
 * a sentence that opens with "They" continues the group the sentence before made its subject (or
 * the possessor of its subject) — a plural group the dictionary names by its kind (protesters,
 * rebels, militants, students) in common nouns only, which coreference leaves unlinked. Only the
 * sentence right before counts; a group named by a name ("the Taliban") is coreference's to link.
 */
export class GroupPronouns {
  private group: ActorSpan | null = null;

  /** The sentence's actors, with an opening "They" read as the group of the sentence before. */
  resolve(s: SentenceWords, actors: readonly ActorSpan[]): readonly ActorSpan[] {
    const group = this.group;
    this.group = null;
    if (!group || s.lower[0] !== 'they') return actors;
    // coreference may have linked "They" to the group's uncoded entity: it takes the group's code
    const own = actors.find((a) => a.start === 0);
    if (own) return own.code === null ? actors.map((a) => (a === own ? { ...a, code: group.code } : a)) : actors;
    return [{ start: 0, end: 1, code: group.code, entity: null }, ...actors];
  }

  /** Remembers the sentence's subject group, when it has one (call after `resolve`). */
  remember(s: SentenceWords, actors: readonly ActorSpan[]): void {
    this.group = actors.find((a) => a.code !== null && !a.code.startsWith('---') && pluralGroup(s, a) && subjectLike(s, a.end - 1)) ?? null;
  }
}

/** A plural common noun of a group, in at most three words with no name among them ("protesters", "student protesters"). */
function pluralGroup(s: SentenceWords, a: ActorSpan): boolean {
  const head = a.end - 1;
  if (s.upos[head] !== 'NOUN' || !/s$/.test(s.lower[head]!) || a.end - a.start > 3) return false;
  for (let i = a.start; i < a.end; i++) if (s.upos[i] === 'PROPN') return false;
  return true;
}

function subjectLike(s: SentenceWords, w: number): boolean {
  if (SUBJECT.test(s.relation[w]!)) return true;
  const h = s.head[w]!;
  // the parser hangs the possessor on the verb as often ("PROTESTERS' demands include")
  return s.relation[w] === 'nmod:poss' && h >= 0 && (SUBJECT.test(s.relation[h]!) || s.upos[h] === 'VERB');
}
