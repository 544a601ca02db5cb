import type { EntityType } from '../../model/layers.js';

/** A NER mention as the entities stage reads it: its name without a leading title or article. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly sentence: number;
  /** The name proper ("Zelensky" in a span "President Zelensky"); offsets of `start`..`end` otherwise. */
  readonly name: string;
  readonly nameStart: number;
  /** Earlier spans joined to this one ("Vladimir" before "] Putin"). */
  readonly parts: ReadonlyArray<{ start: number; end: number }>;
  /** A surname a title of address or a rank stands right before ("Sergeant Jordan"): a person's, though spelt as a place. */
  readonly addressed?: boolean;
}
