import type { QuoteKind } from '../../model/layers.js';
import type { Span } from '../../model/span.js';

/** A found attribution, in offsets only: who said it is a span, not yet an entity. */
export interface Attribution extends Span {
  readonly kind: QuoteKind;
  readonly speakerSpan: Span | null;
  readonly cueSpan: Span | null;
  /** Sentence of the cue (or of the content when there is no cue). */
  readonly sentence: number;
  /** The rule that found it. */
  readonly rule: string;
}
