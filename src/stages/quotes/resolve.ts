import type { Entity, EntityType, Timex } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { lowerBound } from '../../model/span.js';

interface MentionEntry {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
  readonly type: EntityType;
}

const PERSONAL = /^(he|she|him|her|his)$/i;

/**
 * Maps speaker spans to entities. The entities layer already carries coreference
 * (pronouns and titles are mentions of the entity they refer to), so a speaker is the
 * entity one of whose mentions overlaps the span, preferring the mention that ends last
 * (the head of "Ukrainian President Volodymyr Zelensky" is the name, not "Ukrainian").
 * A he/she no entity claims falls back to the nearest person mentioned before it.
 */
export class SpeakerResolver {
  private readonly mentions: MentionEntry[];

  constructor(entities: readonly Entity[]) {
    this.mentions = entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, type: e.type })))
      .sort((a, b) => a.start - b.start);
  }

  resolve(text: string, span: Span | null): string | null {
    if (!span) return null;
    let best: MentionEntry | null = null;
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.end > span.start && m.end <= span.end && (!best || m.end > best.end)) best = m;
    }
    if (best) return best.entity;
    if (!PERSONAL.test(text.slice(span.start, span.end))) return null;
    for (let k = this.firstEndingAfter(span.start) - 1; k >= 0; k--) {
      if (this.mentions[k].type === 'PERSON') return this.mentions[k].entity;
    }
    return null;
  }

  /** Mentions are sorted by start and do not nest deeply, so scanning back a few from the first later start suffices. */
  private firstEndingAfter(offset: number): number {
    let lo = lowerBound(this.mentions.length, (i) => this.mentions[i].start < offset);
    while (lo > 0 && this.mentions[lo - 1].end > offset) lo--;
    return lo;
  }
}

