import type { Sentence, TokenLayer } from '../../model/layers.js';
import { parseDay } from './calendar.js';
import { ClauseReading } from './clause-reading.js';
import { NO_FOCUS, type ReportFocus, type RuleContext } from './context.js';
import { EarlierTimexes } from './earlier.js';
import type { Match } from './matches.js';

/**
 * The reading of one text, match by match in text order: the context each rule's resolver sees for the
 * match at hand (`at`), the timexes found so far and the report's focus, which moves only by what a
 * resolver returns.
 */
export class TextReading {
  readonly earlier: EarlierTimexes;
  readonly clauses: ClauseReading;
  // a data property, not a getter: rules read it for every quarter and period, and a getter costs the stage 4 %
  private readonly writable: Omit<RuleContext, 'focus'> & { focus: ReportFocus };
  private current: Match | null = null;

  constructor(readonly text: string, anchorValue: string | null, readonly sentences: readonly Sentence[], tokens: TokenLayer | undefined, all: readonly Match[]) {
    this.earlier = new EarlierTimexes(text, anchorValue, sentences);
    this.clauses = new ClauseReading(text, sentences, tokens, all);
    this.writable = this.contextFor(parseDay(anchorValue));
  }

  get context(): RuleContext {
    return this.writable;
  }

  /** The report's focus from the current match on. */
  moveFocus(focus: ReportFocus): void {
    this.writable.focus = focus;
  }

  /** Moves the reading to match `m`; `context` now answers for it. */
  at(m: Match): RuleContext {
    this.current = m;
    return this.writable;
  }

  private contextFor(anchor: RuleContext['anchor']): Omit<RuleContext, 'focus'> & { focus: ReportFocus } {
    const text = this.text;
    const m = () => this.current!;
    const { clauses, earlier } = this;
    return {
      anchor,
      direction: () => clauses.clauseCue(m(), false) ?? 'past',
      ahead: () => clauses.aheadOfNow(m()),
      // "Ahead of Friday's meeting, France and Germany unveiled a plan" in Sunday's paper: what was done before
      // the event is told in the past, so the event may be behind the writing or still to come
      toldInPast: () => clauses.tense(m()) === 'past',
      intendedInPast: () => clauses.intendedInPast(m()),
      cue: () => (clauses.aheadOfNow(m()) ? 'future' : clauses.clauseCue(m(), true)),
      before: (chars = 30) => text.slice(Math.max(0, m().start - chars), m().start),
      sentenceBefore: () => text.slice(Math.max(0, clauses.sentenceOf(m()).start), m().start),
      after: (chars = 30) => text.slice(m().end, m().end + chars),
      reference: (within, yearNamed, dayNamed, accept) => earlier.reference(m(), within, yearNamed, dayNamed, accept),
      namedBefore: (within, accept) => earlier.namedBefore(m(), within, accept),
      dayAfterPhrase: (phrase, gap) => earlier.dayAfterPhrase(m(), phrase, gap),
      focus: NO_FOCUS,
    };
  }
}
