import type { Entity, EntityType } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { lowerBound } from '../../model/span.js';

interface MentionEntry {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
  readonly type: EntityType;
}

const PERSONAL = /^(he|she|him|her|his)$/i;
/** Places as such ("of Ashton, Md.") say nothing; a state says things through its government (GPE). */
const NEVER_SPEAKERS = new Set<EntityType>(['LOC']);
/** A name right after one of these inside a speaker phrase completes a noun: "the foreign minister *of* France". */
const COMPLEMENT = /\b(?:of|at|for|from|in|with|on|to|by)\s+(?:the\s+)?$/i;
/** A name right before one of these owns the noun after it: "Dunn*'s* mother", "Apple*'s* chief executive". */
const POSSESSIVE = /^(?:['’]s?)(?!\w)/;
/**
 * Heads for which the owner or complement still answers for what is said: an organ of a state or
 * organisation speaks for it ("Russia's foreign ministry", "the Kremlin's spokesman", "a
 * spokesman for the State Department", "a statement by the Russian Foreign Ministry"), and so does what it puts out
 * ("according to CNN's projections", "PG&E's schedule", "the ministry's figures").
 */
const SPEAKS_FOR_OWNER = /\b(?:ministry|ministries|government|office|department|embassy|mission|administration|army|military|forces|police|spokes(?:man|woman|person)|press office|campaign|delegation|agency|council|cabinet|officials?|representatives?|statements?|reports?|letters?|communiqu[eé]s?|releases?|tweets?|messages?|announcements?|declarations?|projections?|polls?|polling|data|figures|estimates?|websites?|records?|tall(?:y|ies)|count|findings|filings?|schedules?)\b/i;

/**
 * What speaks for a person who owns it: "Angela Merkel's spokesperson", "the president's office", "Biden's statement"
 * (but not "Dunn's mother", who speaks for herself, nor a campaign, a body of its own in PolNeAR's reading).
 */
const PERSONAL_VOICE = /^\W*(?:\w+\s+)?(?:spokes(?:man|woman|person)|press secretary|office|statements?|tweets?|letters?|remarks|messages?|website)\b/i;

/** Between a country word and the owner's name only capitalised title words ("German Chancellor Angela Merkel's"). */
const TITLE_GAP = /^(?:\s+\p{Lu}[\p{L}.-]*)*\s+$/u;

/**
 * Records whose maker, named after them, answers for what they show: "a study by Harvard", "research conducted by the
 * Pew Research Center" (but not "the director of the National Iodine Nutrition study").
 */
const RECORD_BY = /^\W*(?:\w+\W+){0,3}?(?:stud(?:y|ies)|research|surveys?|polls?|analys[ie]s)\b/i;

/**
 * Maps speaker spans to entities. The entities layer already carries coreference
 * (pronouns and titles are mentions of the entity they refer to), so a speaker is the
 * entity one of whose mentions ends inside the span: the head of the phrase, which is the
 * mention ending last ("Ukrainian President Volodymyr Zelensky" is Zelensky, not Ukraine),
 * passing over an owner ("Dunn's mother") and a complement ("the prosecutor general of Tehran")
 * unless the head is an organ speaking for them ("Russia's foreign ministry"). A place as such
 * (LOC) is never a speaker. A he/she no entity claims falls back to the nearest person
 * mentioned before it whom the pronouns of the text do not give the other gender.
 */
export class SpeakerResolver {
  private readonly mentions: MentionEntry[];
  /**
   * For "he" and for "she": end offsets of the mentions of people who may be called so, sorted, and
   * their entities, so that the fallback is one binary search.
   */
  private readonly fallback: Record<'he' | 'she', { ends: number[]; entities: string[] }>;
  /** The titles the entities stage read before or after people's names, with the person each is the role of. */
  private readonly titles: ReadonlyArray<{ readonly start: number; readonly end: number; readonly entity: string }>;

  constructor(entities: readonly Entity[]) {
    this.titles = entities.flatMap((e) => (e.type === 'PERSON' ? e.roles.flatMap((r) => (r.span ? [{ ...r.span, entity: e.id }] : [])) : []))
      .sort((a, b) => a.start - b.start);
    this.mentions = entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, type: e.type })))
      .sort((a, b) => a.start - b.start);
    const gender = new Map(entities.map((e) => [e.id, genderOf(e)]));
    const people = this.mentions.filter((m) => m.type === 'PERSON').sort((a, b) => a.end - b.end);
    const callable = (g: 'm' | 'f') => {
      const fit = people.filter((m) => gender.get(m.entity) !== (g === 'm' ? 'f' : 'm'));
      return { ends: fit.map((m) => m.end), entities: fit.map((m) => m.entity) };
    };
    this.fallback = { he: callable('m'), she: callable('f') };
  }

  resolve(text: string, span: Span | null): string | null {
    if (!span) return null;
    // a speaker phrase that is all a person's title ("United States Senator" of "United States Senator from Vermont
    // Bernie Sanders", where the subject the word rules read stops before "from") is that person
    const title = this.titleAround(span);
    if (title !== null) return title;
    let head: MentionEntry | null = null;
    let dependent: MentionEntry | null = null;
    let overrun: MentionEntry | null = null;
    let nameEnds = false;
    for (let k = this.firstEndingAfter(span.start); k < this.mentions.length && this.mentions[k].start < span.end; k++) {
      const m = this.mentions[k];
      if (m.end === span.end) nameEnds = true;
      if (m.end > span.end && m.start >= span.start && !overrun && !NEVER_SPEAKERS.has(m.type)) overrun = m;
      if (m.end <= span.start || m.end > span.end || NEVER_SPEAKERS.has(m.type)) continue;
      if (isDependent(text, m, span)) {
        if (!dependent || m.end > dependent.end) dependent = m;
      } else if (!head || m.end > head.end) head = m;
    }
    // "Merkel's spokesperson, Steffen Seibert, … said", "according to the Afghan team's coach, Alireza Mehraban,": a
    // person named in apposition to a phrase that ends in a common noun is who speaks
    if (!nameEnds) {
      const named = this.appositiveName(text, span);
      if (named !== null) return named;
    }
    if (head && !(dependent && inOwnersTitle(text, head, dependent))) return head.entity;
    // the word rules stopped the phrase inside a name that runs on ("according to THE CENTERS for Disease Control and
    // Prevention", "the Catholic Bishops' Conference of the Philippines"): the name is the speaker
    if (overrun && !dependent) return overrun.entity;
    if (dependent && speaksForOwner(text, span, dependent)) return dependent.entity;
    const pronoun = PERSONAL.exec(text.slice(span.start, span.end));
    if (dependent || !pronoun) return null;
    const { ends, entities } = this.fallback[/^(he|him|his)$/i.test(pronoun[0]) ? 'he' : 'she'];
    const before = lowerBound(ends.length, (i) => ends[i] <= span.start) - 1;
    return before >= 0 ? entities[before] : null;
  }

  /** The person whose title holds all of `span`: the titles are sorted by start and rarely nest, so a few are read back from the last starting at or before it. */
  private titleAround(span: Span): string | null {
    const titles = this.titles;
    for (let k = lowerBound(titles.length, (i) => titles[i].start <= span.start) - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
      if (span.end <= titles[k].end) return titles[k].entity;
    }
    return null;
  }

  /**
   * The person named in full between commas right after a speaker phrase of one ("…'s spokesperson, Steffen Seibert,"),
   * or null; a plural phrase names no one person, and what follows it is the reported clause's subject ("according to
   * official statements, Trump, now operating from …, is to").
   */
  private appositiveName(text: string, span: Span): string | null {
    if (/[^s]s$/.test(text.slice(span.start, span.end))) return null;
    const k = lowerBound(this.mentions.length, (i) => this.mentions[i].start < span.end);
    const m = this.mentions[k];
    if (!m || m.type !== 'PERSON' || !/^\s*,\s*$/.test(text.slice(span.end, m.start)) || !/\s/.test(text.slice(m.start, m.end))) return null;
    return /^\s*,/.test(text.slice(m.end, m.end + 3)) ? m.entity : null;
  }

  /** Mentions are sorted by start and do not nest deeply, so scanning back a few from the first later start suffices. */
  private firstEndingAfter(offset: number): number {
    let lo = lowerBound(this.mentions.length, (i) => this.mentions[i].start < offset);
    while (lo > 0 && this.mentions[lo - 1].end > offset) lo--;
    return lo;
  }
}

/** What the pronouns the entities stage gave an entity say of its gender, when they agree. */
function genderOf(e: Entity): 'm' | 'f' | null {
  let he = 0;
  let she = 0;
  for (const m of e.mentions) {
    if (m.form !== 'pronoun') continue;
    if (/^(he|him|his|himself)$/i.test(m.text)) he++;
    else if (/^(she|her|hers|herself)$/i.test(m.text)) she++;
  }
  return he > she ? 'm' : she > he ? 'f' : null;
}

/**
 * A mention ending before the owner's own name, with only capitalised title words between, is part of the owner's
 * phrase ("GERMAN Chancellor Angela Merkel's spokesperson"), not the head of the speaker's.
 */
function inOwnersTitle(text: string, head: MentionEntry, owner: MentionEntry): boolean {
  return head.end <= owner.start && POSSESSIVE.test(text.slice(owner.end, owner.end + 3)) && TITLE_GAP.test(text.slice(head.end, owner.start));
}

/** Whether the phrase's head speaks for its owner or complement `d`: an organ or output of a body, a person's voice. */
function speaksForOwner(text: string, span: Span, d: MentionEntry): boolean {
  if (d.type === 'PERSON') return PERSONAL_VOICE.test(text.slice(d.end, span.end));
  return SPEAKS_FOR_OWNER.test(text.slice(span.start, span.end)) || RECORD_BY.test(text.slice(span.start, d.start));
}

/**
 * A name of a thing, event or kind (MISC) before a common noun of the phrase qualifies that noun: "a Jurassic-era
 * predator", "an Iraq War veteran", "ex-Muslim females who", "a sunken World War II-era submarine wreck".
 */
const COMMON_NOUN_AFTER = /^[\s-]+\p{Ll}/u;

/** An owner, a complement or a qualifier inside the speaker phrase, not its head. */
function isDependent(text: string, m: MentionEntry, span: Span): boolean {
  if (m.end < span.end && POSSESSIVE.test(text.slice(m.end, m.end + 3))) return true;
  if (m.type === 'MISC' && m.end < span.end && COMMON_NOUN_AFTER.test(text.slice(m.end, span.end))) return true;
  // a person after a preposition is still the one acting: "footage of Hillary Clinton asking"
  return m.type !== 'PERSON' && m.start > span.start && COMPLEMENT.test(text.slice(span.start, m.start));
}
