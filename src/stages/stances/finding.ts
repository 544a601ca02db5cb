import { subtreeOf } from '../../syntax/accessors.js';
import type { SyntaxLayer } from '../../syntax/layer.js';
import type { Polarity } from '../../model/layers.js';
import type { Holder } from './holders.js';
import type { TopicMention } from './mentions.js';

/** A position found in the text, before topics are merged: who, on what, which way, and the words that say it. */
export interface Finding {
  readonly holders: readonly Holder[];
  /** The words naming the topic, or the id of a topic already known (quotes that name it, pronouns). */
  readonly topic: TopicMention | string;
  readonly polarity: Polarity;
  /** Token ranges of the cue words ("deemed … premature") and of the evidence (the clause that says it). */
  readonly cue: readonly number[];
  readonly evidence: readonly [number, number];
  /** The rule that found it (provenance). */
  readonly by: string;
}

/** The last token of a holder's phrase ("figures such as President Macron and … Donald Tusk"), so that the evidence names them. */
export function phraseEnd(syntax: SyntaxLayer, t: number): number {
  return t < 0 ? -1 : subtreeOf(syntax, t).tokenEnd - 1;
}

/** The smallest token range covering all the given tokens and ranges. */
export function cover(...parts: ReadonlyArray<number | TopicMention | null>): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const p of parts) {
    if (p === null) continue;
    if (typeof p === 'number') {
      if (p < 0) continue;
      from = Math.min(from, p);
      to = Math.max(to, p + 1);
    } else {
      from = Math.min(from, p.tokenStart);
      to = Math.max(to, p.tokenEnd);
    }
  }
  return [from, to];
}
