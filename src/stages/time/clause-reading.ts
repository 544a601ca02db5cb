import type { Sentence, TokenLayer } from '../../model/layers.js';
import { lowerBound } from '../../model/span.js';
import { tokenAt, tokenPos } from '../../model/tokens.js';
import { clauseIdsOf } from '../../dates/clauses.js';
import { isPrenominalIn } from '../../dates/timex-roles.js';
import { approachingInPast, clauseDirection, isFronted, looksAhead } from './direction.js';
import { sentenceAt, type Match } from './matches.js';
import type { Direction } from './resolve.js';
import { verbGroupTense, type Tense } from './tense.js';

/** "during" right before a timex or its article. */
const DURING = /\bduring\s+(?:the\s+)?$/i;

/** Words that open a noun phrase. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that)$/i;

/**
 * What the clause around a match says of its time: the tense of the verb it attaches to and the way
 * its cue words point. Matches are read in text order; the clauses of a sentence are cut once, and
 * a match's tense is read once however many questions a rule asks.
 */
export class ClauseReading {
  private clauseSentence: Sentence | null = null;
  private clause: Int32Array = new Int32Array(0);
  private tenseOf: Match | null = null;
  private tenseRead: Tense | null = null;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly tokens: TokenLayer | undefined,
    private readonly all: readonly Match[],
  ) {}

  sentenceOf(m: Match): Sentence {
    return sentenceAt(this.sentences, m.start);
  }

  /** The tense of the verb `m` attaches to, or null (no tokens, or `m` inside a noun phrase). */
  tense(m: Match): Tense | null {
    if (this.tenseOf !== m) { this.tenseRead = this.readTense(m, this.sentenceOf(m)); this.tenseOf = m; }
    return this.tenseRead;
  }

  private clausesOf(sentence: Sentence): Int32Array {
    if (this.clauseSentence !== sentence) {
      const all = this.all;
      const lo = lowerBound(all.length, (i) => all[i].start < sentence.start);
      const hi = lowerBound(all.length, (i) => all[i].start < sentence.end);
      this.clause = clauseIdsOf(this.text, this.tokens!, sentence, all.slice(lo, hi));
      this.clauseSentence = sentence;
    }
    return this.clause;
  }

  private readTense(m: Match, sentence: Sentence): Tense | null {
    const { text, tokens } = this;
    if (!tokens || sentence.tokenEnd <= sentence.tokenStart) return null;
    const clause = this.clausesOf(sentence);
    const first = Math.max(sentence.tokenStart, tokenAt(tokens, m.start));
    const last = Math.min(sentence.tokenEnd - 1, tokenAt(tokens, m.end - 1));
    // a timex inside a noun phrase ("Wednesday's ruling", "the October slaying", "his Sunday night
    // address", "Sunday opening hours") is not the time of the verb near it
    if (first > last) return null;
    // but what happens during the event happens at its time: "the ad will air during Sunday's final"
    const inNounPhrase = isPrenominalIn(text, tokens, m)
      || (first > sentence.tokenStart && DETERMINER.test(text.slice(tokens.start[first - 1], tokens.end[first - 1])))
      || (last + 1 < sentence.tokenEnd && tokenPos(tokens, last + 1) === 'NOUN');
    const during = DURING.test(text.slice(Math.max(0, m.start - 12), m.start));
    if (inNounPhrase && !during) return null;
    const verb = verbGroupTense(text, tokens, clause, sentence.tokenStart, first, last);
    // a present is told now, after the event as often as before it: "is raising questions about the
    // microphone during Monday's debate" in Friday's paper is the Monday gone
    return inNounPhrase && verb === 'present' ? null : verb;
  }

  /**
   * The direction of the clause of `m`: the tense of its verb, else the cue words around it. A present
   * form looks ahead for a weekday ("Arafat meet separately Monday") but says nothing of a month
   * ("follows another attempt in April"); "was to" looks ahead for a month ("his term was to end in
   * August") but says nothing of a weekday, mostly one just past ("the Senate was to meet Monday").
   */
  clauseCue(m: Match, month: boolean): Direction | null {
    const t = this.tense(m);
    if (t === 'present' && !month) return 'future';
    if (t === 'future-in-past' && month) return 'future';
    if (t === 'intended-in-past') return 'future';
    return t === 'past' || t === 'future' ? t : clauseDirection(this.text, m, this.sentenceOf(m));
  }

  /**
   * Whether a preposition before `m` looks ahead: "by August" does, but "By March, drastic measures were
   * taken" follows its main clause, and "was used a million times by Thursday night" its verb's past.
   */
  aheadOfNow(m: Match): boolean {
    const text = this.text;
    if (!looksAhead(text, m)) return false;
    const sentence = this.sentenceOf(m);
    if (approachingInPast(text, m, sentence)) return false;
    if (isFronted(text, m, sentence)) return false;
    // "Through Tuesday evening the fire was reduced" (Wikinews): the preposition opens a sentence told in the past
    if (/^\s*\S+\s+$/.test(text.slice(sentence.start, m.start)) && this.tense(m) === 'past') return false;
    // "the party is heading toward November" looks ahead, "drifted toward November" tells of the past
    return !(/\b(?:by|towards?)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && this.tense(m) === 'past');
  }

  /** Whether `m`'s verb tells of a plan or an expectation in the past. */
  intendedInPast(m: Match): boolean {
    return this.tense(m) === 'intended-in-past' || approachingInPast(this.text, m, this.sentenceOf(m));
  }
}
