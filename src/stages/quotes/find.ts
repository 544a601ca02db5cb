import type { QuoteKind } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import { ALWAYS_CUES, CUE_FORMS, DIRECTIVES, PARTICLE_EXCLUDED, PARTICLE_REQUIRED, PREPOSITION_OPTIONAL, PREPOSITION_REQUIRED, THAT_ONLY, type Cue } from './cues.js';
import type { QuotedSpan } from './marks.js';
import { addresseeAfter, clauseSubject, npEndingAt, phraseAfter, SPOKESMAN, spanOf, subjectBefore, type TokenRange } from './speaker.js';
import type { Attribution } from './attribution.js';
import { claimUnboundQuotes } from './unclaimed.js';
import { UnboundQuotes } from './unbound.js';
import { nounCueReport, nounPhraseReport } from './noun-cues.js';
import { addsThing, appositionName, conjunctSubject, openingParticipleSubject, parsedEvidence, parsedReport, parsedSubjectOver, reportsClause } from './parsed.js';
import type { TokenView } from './view.js';
import { lowerBound } from '../../model/span.js';
import { dependentOf, headOf, relationOf, subtreeOf, xposOf } from '../../syntax/accessors.js';


/** Words after a speech verb that are not yet its content: "said *on Monday in a statement* that …". */
const ADJUNCT_HEADS = new Set([
  'statement', 'statements', 'interview', 'address', 'speech', 'remarks', 'post', 'tweet', 'letter', 'email',
  'conference', 'rally', 'event', 'briefing', 'hearing', 'debate', 'video', 'op-ed', 'twitter', 'facebook',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'day', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'earlier', 'later', 'recently',
  'also', 'again', 'previously', 'repeatedly', 'publicly', 'privately', 'then', 'once', 'reportedly',
]);
/** Verbs that give a thing its name ("a drug called Ecstacy"). */
const NAMING = new Set(['call', 'dub', 'term', 'label', 'brand']);
/** Adverbs that make a naming verb after them name a thing: "also called", "commonly called", "locally known". */
const NAMING_ADVERBS = new Set(['also', 'commonly', 'sometimes', 'often', 'locally', 'popularly', 'officially', 'informally', 'formerly', 'now', 'so']);
/** Forms of "be" that make the participle after them passive ("was condemned", "has been told"). */
/**
 * Verbs of judging and the preposition that introduces the charge: in the passive without an agent, that
 * complement is what was said ("was accused of using $50 million …", "were blamed for introducing cholera").
 */
const CHARGE_PREPOSITION = new Map([
  ['accuse', 'of'], ['suspect', 'of'], ['blame', 'for'], ['criticize', 'for'], ['criticise', 'for'],
  ['condemn', 'for'], ['praise', 'for'], ['fault', 'for'],
]);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
/**
 * Tags that open a clause's subject: a "that" before one, right after a speech verb the tagger read as a noun, opens the
 * clause even when tagged a pronoun ("The Energy Research Center estimates/NNS that/WDT the plant would cost …").
 */
const CLAUSE_OPENING = new Set(['DET', 'NOUN', 'PROPN', 'NUM']);
/** Words that make the noun after them a thing owned, not a subject: "his plans to …". */
const POSSESSORS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/**
 * Verbs of wanting whose content may be someone else doing a thing: "wants Trump to lose", "expect the press to be played"
 * (PolNeAR train: with a noun phrase and "to" after them, outside other attributions' contents, they are annotated cues 21 of 27 times).
 */
const OBJECT_INFINITIVE = new Set(['want', 'expect', 'intend']);
/** Words that open an embedded question, which is asked or known, not held. */
const QUESTION_WORDS = new Set(['what', 'which', 'who', 'whom', 'how', 'why', 'when', 'where', 'whether', 'if']);
/** Words before "asked" that make it a participle of a question put to someone: "When asked about …". */
const QUESTION_OPENERS = new Set(['when', 'if', 'after', 'before', 'as', 'once', 'while', 'upon']);
/** Verbs of intention that also hold an opinion, and so take a clause: "hopes the meeting will be", "expects he will win". */
const OPINION_INTENTIONS = new Set(['hope', 'expect']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'there', 'this']);
/** Parts of speech no speech verb (or "according") is tagged with; skipped without reading the word. */
const NEVER_CUES = new Set(['PUNCT', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'NUM', 'PART', 'SYM', 'SPACE']);
/** Parts of speech after a preposition that show it has no object of its own there. */
const STRANDING = new Set(['PUNCT', 'CCONJ', 'ADP', 'AUX', 'PART', 'SCONJ']);
/** How far back a mis-tagged tag verb looks for the quotation it follows. */
const TAG_REACH = 12;

/**
 * An interview transcript's speaker label: two to five capitals before a colon opening a sentence ("NG: This study
 * started in 1982", "WSS: Which past U.S. president …", "PENCE: Well"), initials or a short surname, whether the tagger
 * reads it as a common noun or as a name. Who they stand for is the entities layer's ("NG" a mention of Natasha
 * Gownaris); such a label that stands for no entity gives no quote (findQuotes): "WN: What do your parents do?", the
 * site's own questions.
 */
export const LABEL_DIRECT = 'direct/label-colon';
export const LABEL_REPORTED = 'reported/label-colon';

function transcriptLabel(v: TokenView, i: number): boolean {
  return v.word(i + 1) === ':' && /^[A-Z]{2,5}$/.test(v.text.slice(v.start(i), v.end(i)));
}

/** Small words inside Arabic, Dutch, German and other names ("Qaboos bin Said", "Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'abu', 'van', 'von', 'der', 'de', 'da', 'del', 'di', 'la', 'le']);

/** Cue verbs of many other senses that report only a "that" clause, a colon or a quotation after them. */
const CLAUSE_OR_QUOTATION_ONLY: ReadonlySet<string> = new Set(['continue']);

/** Participles by which a report names its own source ("a report citing the mayor's office"). */
const CITING: ReadonlySet<string> = new Set(['citing', 'quoting']);

/** Longest complement between a speech verb and the quotation it introduces ("joked of the museum, “…”"). */
const MAX_COMPLEMENT = 6;
/** Dashes that set off an aside, and how many tokens an aside between two may hold. */
const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '--']);
const ASIDE_REACH = 24;
/** Fewest tokens before a tag inside the content ("Still, he said, …") for them to be the content. */
const SHORT_LEAD = 4;
/** How many tokens of prepositional phrases may follow the source of "according to" before its comma. */
const SOURCE_TAIL = 12;
/** How far the source of "according to" opening its sentence may run to its comma. */
const SOURCE_REACH = 30;
/** Penn tags of a finite verb. */
const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** Nouns that name one who reports or a record that does, after the words it reports ("… according to local media"). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'police', 'media', 'report', 'reports', 'statement', 'statements', 'data', 'figures', 'study', 'studies', 'survey', 'surveys',
  'poll', 'polls', 'polling', 'census', 'records', 'record', 'footage', 'investigators', 'prosecutors', 'sources', 'witnesses',
  'authorities', 'estimates', 'estimate', 'results', 'count', 'tally', 'website', 'analysis', 'research', 'experts',
  'organizers', 'organisers', 'researchers', 'scientists', 'documents', 'filings', 'reporters', 'outlets', 'newspaper',
  'agency', 'ministry', 'government', 'army', 'military', 'him', 'her', 'them',
]);
/** Tokens that close the clause a source of "according to" ends. */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', '!', '?', ':']);
/** Words that open a subordinate clause or adjunct after a comma ("…, as they bristled", "…, amid protests"). */
const SUBORDINATORS = new Set(['as', 'while', 'because', 'although', 'though', 'since', 'after', 'before', 'when', 'amid', 'despite', 'whereas']);
/** How far a speech verb may reach for "that" over adjuncts. */
const THAT_WINDOW = 10;
/** Nouns of time after which "that" is a determiner ("that night", "that day"), not the opening of a clause. */
const TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year', 'time']);
/**
 * Longest reported content kept, in characters. Content runs to the end of its sentence, so on a giant
 * run-on sentence every nested "said that …" held the rest of it: a 200 KB sentence made a 233 MB record.
 * No sentence of the 315 Wikinews articles is this long (longest 1,790; longest reported content 604).
 */
const MAX_CONTENT = 2000;
/** Punctuation that closes the sentence, not the content; a closing quotation mark stops the trim. */
const TRAILING = /[\s.,;:!?\u2014\u2013-]/;

/**
 * Finds attributions: speech verbs with their subject and content, "according to X",
 * quotations tied to the verb beside them, and quotations carried over from the
 * speaker of the quote before. One pass over the tokens; quotes are looked up by offset.
 */
export function findAttributions(v: TokenView, quoted: readonly QuotedSpan[], paragraphOf: (offset: number) => number): Attribution[] {
  const finder = new AttributionFinder(v, quoted);
  for (let s = 0; s < v.sentences.length; s++) finder.readSentence(s);
  claimUnboundQuotes({ v, quoted, boundTo: finder.boundTo, out: finder.out, paragraphOf });
  return withoutRepeats(finder.out.sort((a, b) => a.start - b.start));
}

/**
 * Two cues that give the same words to the same speaker phrase report one attribution ("according to a report citing
 * the mayor's office, twenty people were arrested": "according to" and "citing"): the first found is kept.
 */
function withoutRepeats(sorted: Attribution[]): Attribution[] {
  const same = (a: Attribution, b: Attribution) => a.start === b.start && a.end === b.end
    && a.speakerSpan?.start === b.speakerSpan?.start && a.speakerSpan?.end === b.speakerSpan?.end;
  return sorted.filter((a, k) => {
    for (let j = k - 1; j >= 0 && sorted[j].start === a.start; j--) if (same(sorted[j], a)) return false;
    return true;
  });
}

/**
 * The attributions of one text as they are found, sentence by sentence, one finder per kind of cue: a
 * name and a colon opening a sentence (`headlineSpeaker`), "according to" (`accordingTo`) and speech
 * verbs (`speechVerb`), each binding the quotations it introduces or adding the content it reports.
 */
class AttributionFinder {
  /** For each quotation, the attribution it is bound to (-1: none yet). */
  readonly boundTo: Int32Array;
  readonly unbound: UnboundQuotes;
  readonly out: Attribution[] = [];
  /** The first quotation that does not close before the token being read (tokens come in text order). */
  private nextQuote = 0;

  constructor(readonly v: TokenView, readonly quoted: readonly QuotedSpan[]) {
    this.boundTo = new Int32Array(quoted.length).fill(-1);
    this.unbound = new UnboundQuotes(quoted.length);
  }

  /** Whoever said something is outside what they said: a reading that puts the speaker inside it is wrong. */
  private speaksOutside(a: Attribution): boolean {
    return !a.speakerSpan || a.speakerSpan.end <= a.start || a.speakerSpan.start >= a.end;
  }

  private add(a: Attribution): number {
    return this.speaksOutside(a) ? this.out.push(a) - 1 : -1;
  }

  private bindQuote(n: number, cue: TokenRange, speaker: TokenRange | null, sentence: number, rule: string): void {
    const { v, quoted, boundTo, unbound } = this;
    if (boundTo[n] >= 0) return;
    const q = quoted[n];
    const a: Attribution = { start: q.start, end: q.end, kind: 'direct', speakerSpan: spanOf(v, speaker), cueSpan: spanOf(v, cue), sentence, rule };
    if (!this.speaksOutside(a)) return;
    unbound.bind(n);
    boundTo[n] = this.add(a);
  }

  readSentence(s: number): void {
    const { v, quoted } = this;
    const sent = v.sentences[s];
    const from = sent.tokenStart;
    const to = sent.tokenEnd;
    this.headlineSpeaker(s, from, to);
    for (let i = from; i < to; i++) {
      if (NEVER_CUES.has(v.pos(i))) continue;
      // tokens come in text order, so the quotation that may hold this one only moves forward
      while (this.nextQuote < quoted.length && quoted[this.nextQuote].close <= v.start(i)) this.nextQuote++;
      if (this.nextQuote < quoted.length && quoted[this.nextQuote].open < v.start(i)) continue;
      if (v.word(i) === 'according' && v.word(i + 1) === 'to') {
        this.accordingTo(i, s, from, to);
        continue;
      }
      if (this.nounCue(i, s, to)) continue;
      this.verbAt(i, s, from, to);
    }
  }

  /** "the opposition's claim that …": a noun of saying reports its complement clause (noun-cues.ts); whether one was added. */
  private nounCue(i: number, s: number, to: number): boolean {
    const { v } = this;
    const report = nounCueReport(v.syntax, i, to, (k) => v.word(k)) ?? nounPhraseReport(v.syntax, i, to, (k) => v.word(k));
    if (!report) return false;
    const start = v.start(report.content.from);
    const end = v.end(report.content.to - 1);
    // with no one to give it to, a quotation in the clause is the quote rules' to bind ("with the hope that “…”")
    const n = this.firstQuoteEndingAfter(start);
    if (!report.speaker && n < this.quoted.length && this.quoted[n].open < end) return false;
    this.add({ ...this.content(start, end, 'after-cue'), speakerSpan: spanOf(v, report.speaker), cueSpan: spanOf(v, { from: i, to: i + 1 }), sentence: s, rule: 'reported/noun-cue' });
    return true;
  }

  /** A speech verb at token `i` (with the particle it needs: "pointed out"), read with its subject and content. */
  private verbAt(i: number, s: number, from: number, to: number): void {
    const { v } = this;
    let cue = this.cueAt(i);
    if (!cue || this.partOfName(i, from)) return;
    let cueEnd = i + 1;
    if (PARTICLE_EXCLUDED.get(cue.lemma)?.includes(v.word(i + 1))) return;
    const particles = PARTICLE_REQUIRED.get(cue.lemma);
    const prepositions = PREPOSITION_REQUIRED.get(cue.lemma);
    if (particles || prepositions) {
      const next = v.word(i + 1);
      if (!particles?.includes(next) && !(prepositions?.includes(next) && this.opensObject(i + 2))) return;
      cueEnd++;
    } else if (PREPOSITION_OPTIONAL.get(cue.lemma)?.includes(v.word(i + 1)) && this.opensObject(i + 2)) {
      // "warned of a looming crisis": what follows the preposition is what was said, as after "spoke about"
      cue = { lemma: cue.lemma, frame: 'predicate' };
      cueEnd++;
    }
    // a sentence wrongly split before its verb ("… Rep. Gwen Moore (D-Wis.)" | "said Friday.") keeps its subject
    // (no sentence opens with a comma: "… R-Ky." | ", said Tuesday."; a closing mark ends one: "… get us here.''" | "She said")
    const glued = s > 0 && i - from <= 1 && (!/^[.!?\u201d\u2019"']$/.test(v.word(from - 1)) || v.word(from) === ',');
    if (i === from && v.word(i).endsWith('ing') && /^\p{Lu}/u.test(v.text[v.start(i)])) return this.openingParticiple(i, cueEnd, cue, s, to);
    if (v.word(i) === 'asked' && (i === from || QUESTION_OPENERS.has(v.word(i - 1)) || this.passiveAt(i, from)) && this.questionPut(i, s, to, !this.passiveAt(i, from))) return;
    this.speechVerb(i, cueEnd, cue, s, glued ? v.sentences[s - 1].tokenStart : from, to);
  }

  /**
   * "Asked whether he would run again, Smith said …", "When asked about the merger, …", "he was asked by reporters if …":
   * one asked a question reports the question, spoken by whoever the agent names (else no one the text names): a clause
   * opened by a question word, or what "about" the question was, up to the end of the participle's phrase. Whether one
   * was added.
   */
  private questionPut(i: number, s: number, to: number, participle: boolean): boolean {
    const { v } = this;
    let k = i + 1;
    const agent = v.word(k) === 'by' ? phraseAfter(v, k + 1, to) : null;
    if (agent) k = agent.to;
    k = this.skipAdjuncts(k, to);
    if (k + 1 >= to || !(QUESTION_WORDS.has(v.word(k)) || v.word(k) === 'about')) return false;
    // the participle's phrase ends at the comma before the clause it modifies ("Asked …, Smith said")
    // (where the parse makes the participle the root, its first comma)
    let end = to;
    if (v.syntax && relationOf(v.syntax, i) !== 'root') {
      const tree = subtreeOf(v.syntax, i).tokenEnd;
      if (tree > k + 1 && tree <= to) end = tree;
    } else if (participle) {
      let comma = k + 1;
      while (comma < to && v.word(comma) !== ',') comma++;
      end = comma;
    }
    const first = v.word(k) === 'about' ? k + 1 : k;
    this.add({ ...this.content(v.start(first), v.end(end - 1), 'after-cue'), speakerSpan: spanOf(v, agent), cueSpan: spanOf(v, { from: i, to: i + 1 }), sentence: s, rule: 'reported/question' });
    return true;
  }

  /**
   * A participle opening its sentence ("Citing security concerns, the government …", "Noting that the talks had stalled,
   * the minister …") reports what its own phrase holds, spoken by the subject of the clause it modifies; nothing when the
   * parse does not read it so (its object is never the speaker).
   */
  private openingParticiple(i: number, cueEnd: number, cue: Cue, s: number, to: number): void {
    const { v } = this;
    // (nor does aspect report: "Continuing a trend from earlier months, Biden …")
    if (cue.frame === 'belief' || cue.frame === 'tag' || cue.lemma === 'continue') return;
    const read = openingParticipleSubject(v.syntax, i, to, (k) => v.word(k));
    if (!read) return;
    const contentFrom = this.contentStart(cueEnd, cue, read.phraseEnd);
    if (contentFrom < 0) return;
    const end = Math.min(read.phraseEnd, this.prepositionObjectEnd(cue, cueEnd, read.phraseEnd));
    if (end <= contentFrom) return;
    this.add({ ...this.content(v.start(contentFrom), v.end(end - 1), 'after-cue'), speakerSpan: spanOf(v, read.subject), cueSpan: spanOf(v, { from: i, to: cueEnd }), sentence: s, rule: 'reported/opening-participle' });
  }

  /**
   * A preposition's object starts at `k`: what was talked about, warned of or pointed to. A preposition left at the end of
   * its clause has none ("what we are talking about, and …", "the people he talks about in the notice").
   */
  private opensObject(k: number): boolean {
    return k < this.v.length && !STRANDING.has(this.v.pos(k));
  }

  /** The cue ending before `verbEnd` ends in a preposition whose object is its content ("warned of", "talked about"). */
  private endsInPreposition(cue: Cue, verbEnd: number): boolean {
    const last = this.v.word(verbEnd - 1);
    return !!(PREPOSITION_REQUIRED.get(cue.lemma)?.includes(last) || PREPOSITION_OPTIONAL.get(cue.lemma)?.includes(last));
  }

  /**
   * Where the object of the preposition ending the cue ends, in the parse ("The NHC also warned of potential flash floods,
   * with up to 30 inches of rain …" warned of the floods; a main clause after a subordinate one is not what the subordinate
   * verb talked about); `to` when the cue ends in none or the parse does not tell.
   */
  private prepositionObjectEnd(cue: Cue, verbEnd: number, to: number): number {
    const { v } = this;
    if (!v.syntax || !this.endsInPreposition(cue, verbEnd) || !['case', 'mark'].includes(relationOf(v.syntax, verbEnd - 1))) return to;
    const object = headOf(v.syntax, verbEnd - 1);
    if (object < verbEnd || object >= to) return to;
    const end = this.withClosingMark(Math.min(to, subtreeOf(v.syntax, object).tokenEnd), to);
    // "referred to the people as “chumps”": what the object is called is said too
    const as = end < to && v.word(end) === 'as' ? headOf(v.syntax, end) : -1;
    if (as > end) return this.withClosingMark(Math.min(to, subtreeOf(v.syntax, as).tokenEnd), to);
    // a gerund the parse hung on the verb is the object's still ("spoke of Turkey assuming the duty of …", "spoke about
    // higher education, healthcare, and raising the minimum wage")
    // (not a participle after a comma alone: "talked about the economy, saying …")
    let k = end;
    while (k < to && v.word(k) === ',') k++;
    if (k < to && (v.word(k) === 'and' || v.word(k) === 'or')) k++;
    else if (k > end) return end;
    return k < to && xposOf(v.syntax, k) === 'VBG' && headOf(v.syntax, k) < k ? Math.min(to, subtreeOf(v.syntax, k).tokenEnd) : end;
  }

  /**
   * Where what is held ends: an opinion or an intention is its clause in the parse ("I think people reform, people progress,
   * people reject ideas" holds all three; "I think my photo would go viral, I really did not expect …" only the first);
   * `to` for other verbs or when the parse gives no clause from `contentFrom`.
   */
  private opinionEnd(verb: number, cue: Cue, contentFrom: number, to: number): number {
    const { v } = this;
    if (!v.syntax || (cue.frame !== 'belief' && cue.frame !== 'intention')) return to;
    const clause = dependentOf(v.syntax, verb, 'ccomp');
    if (clause < contentFrom || clause >= to) return to;
    const tree = subtreeOf(v.syntax, clause);
    return tree.tokenStart === contentFrom ? this.withClosingMark(Math.min(to, tree.tokenEnd), to) : to;
  }

  /** A phrase ending at `end` keeps the closing quotation mark right after it ("the US is a “failed state.”"). */
  private withClosingMark(end: number, to: number): number {
    let k = end;
    while (k < to && this.v.pos(k) === 'PUNCT' && !this.v.isCloseQuote(k) && k - end < 2) k++;
    return k < to && this.v.isCloseQuote(k) ? k + 1 : end;
  }

  /**
   * A cue word written with a capital in mid-sentence right after a name or a name's particle is part of the name:
   * "Qaboos bin SAID, the long-serving Sultan of Oman, died aged 79", "Haitham bin Tariq Al SAID". A headline written
   * in capitals word by word goes on with a capital, a quotation mark or its end ("Trump Says Mexico Will Pay", "…,
   * Lindsey Graham Says."): there it is a cue. Only a comma or a small letter after it makes it a name's.
   */
  private partOfName(i: number, from: number): boolean {
    const { v } = this;
    if (i <= from || !/^\p{Lu}/u.test(v.text[v.start(i)]) || !(v.pos(i - 1) === 'PROPN' || NAME_PARTICLES.has(v.word(i - 1)))) return false;
    return v.word(i + 1) === ',' || /^\p{Ll}/u.test(v.text[v.start(i + 1)] ?? '');
  }

  private cueAt(i: number): Cue | null {
    const { v } = this;
    const cue = CUE_FORMS.get(v.word(i));
    if (!cue) return null;
    const pos = v.pos(i);
    // "The New York Times reports:" introduces what follows, whatever the tagger made of "reports"
    const w = v.word(i);
    if (pos === 'VERB' || ALWAYS_CUES.has(w) || (v.word(i + 1) === ':' && w !== cue.lemma && !w.endsWith('ing'))) return cue;
    if (this.presentReadAsNoun(i, cue)) return cue;
    // "“…” Bozell notes.": right after a quotation and its speaker, the word is the tag whatever its tag
    let k = i - 1;
    while (k >= 0 && k > i - TAG_REACH && !v.isCloseQuote(k)) k--;
    if (k < 0 || k <= i - TAG_REACH) return null;
    const subject = subjectBefore(v, i, k);
    return subject && subject.from > 0 && v.isCloseQuote(subject.from - 1) ? cue : null;
  }

  /**
   * A cue in the present tense that the tagger read as a plural noun after the name or noun before it ("The
   * President/NNP insists/NNS that …", "The Energy Research Center estimates/NNS that …", "…, The Financial Times
   * reports/NNS."): the
   * verb is in its third-person form right after a noun that no possessive owns, and what follows is what only a verb
   * takes — "that" opening a clause (not a relative clause: "reports that surfaced"), "to" and a verb, or the end of
   * a sentence whose subject a comma sets after what it reports.
   */
  private presentReadAsNoun(i: number, cue: Cue): boolean {
    const { v } = this;
    const w = v.word(i);
    if (v.pos(i) !== 'NOUN' || w === cue.lemma || !w.endsWith('s') || cue.lemma.endsWith('s')) return false;
    if (v.pos(i - 1) !== 'NOUN' && v.pos(i - 1) !== 'PROPN') return false;
    const subject = npEndingAt(v, i - 1, Math.max(0, i - TAG_REACH));
    if (!subject || POSSESSORS.has(v.word(subject.from)) || [...Array(i - subject.from).keys()].some((k) => /^['’]s$/.test(v.word(subject.from + k)))) return false;
    // a bare common noun before it more often makes a compound ("state plans to use mail-in ballots … would result")
    if (v.pos(i - 1) !== 'PROPN' && v.pos(subject.from) !== 'DET') return false;
    // nor is a phrase after a preposition a subject ("in one of those college savings plans that your state offers")
    if (v.pos(subject.from - 1) === 'ADP') return false;
    const next = v.word(i + 1);
    if (next === 'that') return v.pos(i + 2) !== 'VERB' && v.pos(i + 2) !== 'AUX';
    if (next === 'to') return v.pos(i + 2) === 'VERB' || v.pos(i + 2) === 'AUX';
    return ['.', '!', '?'].includes(next) && v.word(subject.from - 1) === ',';
  }

  private insideQuote(offset: number): boolean {
    const { quoted } = this;
    const n = this.firstQuoteEndingAfter(offset);
    return n < quoted.length && quoted[n].open < offset && offset < quoted[n].close;
  }

  /** The quotation whose opening mark is at `offset`, or -1 (quoted spans are sorted and disjoint: binary search). */
  private quoteOpeningAt(offset: number): number {
    const { quoted } = this;
    const n = lowerBound(quoted.length, (i) => quoted[i].open < offset);
    return n < quoted.length && quoted[n].open === offset ? n : -1;
  }

  /** The quotation whose closing mark is at `offset`, or -1. */
  private quoteClosingAt(offset: number): number {
    const { quoted } = this;
    const n = lowerBound(quoted.length, (i) => quoted[i].close < offset);
    return n < quoted.length && quoted[n].close === offset ? n : -1;
  }

  /** Quoted spans are sorted and disjoint: the first whose closing mark is after `offset`. */
  private firstQuoteEndingAfter(offset: number): number {
    const { quoted } = this;
    return lowerBound(quoted.length, (i) => quoted[i].close <= offset);
  }

  private speechVerb(i: number, verbEnd: number, cue: Cue, s: number, from: number, to: number) {
    const { v } = this;
    // belief verbs ("know", "see", "show") are frequent and take content only as a clause: test that first
    if ((cue.frame === 'belief' || cue.frame === 'intention') && this.contentStart(verbEnd, cue, to) < 0) return this.parsedSpeech(i, verbEnd, cue, s, from, to);
    let cueEnd = verbEnd;
    const cueRange = { from: i, to: verbEnd };
    // the object of a preposition in the cue ("talking about my life") is what was said, never who said it
    const after = this.endsInPreposition(cue, verbEnd) ? null : phraseAfter(v, cueEnd, to);
    const participle = i > from && (v.word(i).endsWith('ing') && v.pos(i - 1) !== 'AUX' || v.word(i - 1) === 'to');
    let subject = this.verbSubject(i, from, to, after, participle);

    // "“…,” said Caddell" / "“…,” Caddell said": a quotation closes right before
    const beforeTok = subject && !participle ? subject.from - 1 : i - 1;
    // the sentence splitter often ends a sentence at the closing mark ("“…?” Graham asked."), so look one token further back
    const tailEnds = () => this.clauseEndsAfter(subject && !participle ? cueEnd : after?.to ?? cueEnd, to);
    const crossing = beforeTok === from - 1 && from > 0 && v.isCloseQuote(from - 1) && (tailEnds() || !this.opensThatClause(cueEnd, to) && !reportsClause(v.syntax, i, to) && this.sameLine(from - 1, from));
    const closing = crossing ? from - 1 : this.skipBack(beforeTok, from - 1);
    // a closing mark right before the subject tags that quote whatever follows ("“…” Earnest said at a briefing Monday before …")
    // (the comma may sit outside the mark, as in British and Wikinews style: "“…”, Pompeo told the press")
    const inverted = closing >= 0 && (v.isCloseQuote(closing) || v.word(closing) === ',' && (closing > 0 && v.isCloseQuote(closing - 1) || tailEnds()))
      // "… border.” Nancy Pelosi, the Speaker of the House, said on Friday “We are …”": a verb that opens a quotation of
      // its own after a quotation that ended its sentence is no tag for that one
      && !(subject && !participle && this.endsSentence(closing) && this.quoteAfterComplement(cueEnd, cue, to) >= 0)
      // "Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name …": a verb with a "that" clause of its
      // own reports that clause; the quotation before its subject is a title
      && !(subject && !participle && this.clauseAfterThat(cueEnd, to) >= 0);
    // "told" is never inverted: with no subject found before it, what follows it is whom it tells and then what
    if (inverted && cue.frame !== 'belief' && !(cue.lemma === 'tell' && !subject)) {
      // a participle's speaker is its clause's subject, never the object after it ("…, calling him a “…”");
      // a day or a place of speaking after the verb is no speaker ("…, said Tuesday")
      const speaker = participle ? subject : subject ?? (after && !this.hasAdjunctHead(after) ? after : null);
      const quoteIndex = this.closingQuoteBefore(closing);
      if (quoteIndex >= 0) this.bindQuote(quoteIndex, cueRange, speaker, s, 'direct/tag-after');
      else if (speaker) {
        // "Still, he said, officials have to decide …": the tag sits inside the content
        // (after a speaker that follows its verb, the comma opens an apposition instead: "said Voloshyn, a former spokesman")
        const inside = speaker !== after && v.word(cueEnd) === ',' && cueEnd + 2 < to;
        // the content is one span, so it is the part before the tag, or after it when what comes before is a
        // short adverbial ("Still,"); either way the speaker stays outside it
        const afterTag = inside && closing - from < SHORT_LEAD;
        const start = afterTag ? v.start(cueEnd + 1) : v.start(from);
        const end = afterTag ? v.end(to - 1) : v.start(closing);
        if (end > start) this.add({ ...this.content(start, end, 'before-cue'), speakerSpan: spanOf(v, speaker), cueSpan: spanOf(v, cueRange), sentence: s, rule: 'reported/content-first' });
      }
      // "“A,” he said, “B.”": the same verb may also introduce a quotation after it
      const next = this.quoteAfterComplement(speaker === after && after ? after.to : cueEnd, cue, to);
      const between = next >= 0 && v.isOpenQuote(next) ? this.quoteOpeningAt(v.start(next)) : -1;
      if (between >= 0) this.bindQuote(between, cueRange, speaker, s, 'direct/tag-between');
      return;
    }

    if (cue.frame === 'tag' || addsThing(v.syntax, i, (k) => v.isOpenQuote(k))) return;
    if (this.passiveAt(i, from)) return this.passiveSpeech(cueEnd, cue, cueRange, s, to);
    const relative = this.reducedRelative(i, cue, to);
    if (relative === 'agent') return this.passiveSpeech(cueEnd, cue, cueRange, s, to);
    if (relative === 'naming') return;
    if (!subject) {
      // "Said Ellis: “…”": the subject follows the verb (never whom one tells: "…, told CNN, neighbors … attempted")
      if (after && cue.frame !== 'belief' && cue.lemma !== 'tell' && (after.to >= to || [':', ','].includes(v.word(after.to)))) subject = after;
      else return this.parsedSpeech(i, verbEnd, cue, s, from, to);
      cueEnd = after.to;
    }
    // "Biden stated, “…”" / "Caddell continued: “…”" / "Holtz-Eakin told me, ''…''"
    const open = this.quoteAfterComplement(cueEnd, cue, to);
    const introduced = open >= 0 && v.isOpenQuote(open) ? this.quoteOpeningAt(v.start(open)) : -1;
    if (introduced >= 0) {
      this.bindQuote(introduced, cueRange, subject, s, 'direct/tag-before');
      // "said on Friday “…” and “…”": the quotations joined to it are the verb's too
      for (const n of this.quotesToSentenceEnd(open, to)?.slice(1) ?? []) this.bindQuote(n, cueRange, subject, s, 'direct/tag-before');
      return;
    }
    const contentFrom = this.contentStart(cueEnd, cue, to);
    if (contentFrom < 0) return this.parsedSpeech(i, verbEnd, cue, s, from, to);
    const start = v.start(contentFrom);
    const end = v.end(Math.min(this.asideEnd(i, from, to), this.prepositionObjectEnd(cue, verbEnd, to), this.opinionEnd(i, cue, contentFrom, to)) - 1);
    if (end <= start || !subject) return;
    this.add({ ...this.content(start, end, 'after-cue'), speakerSpan: spanOf(v, subject), cueSpan: spanOf(v, cueRange), sentence: s, rule: `reported/${cue.frame}` });
  }

  /** The subject before a speech verb (or its clause's, for a participle), or null when the speaker follows the verb. */
  private verbSubject(i: number, from: number, to: number, after: TokenRange | null, participle: boolean): TokenRange | null {
    const { v } = this;
    if (participle) {
      const quoted = quotedAsSaying(v, i, from);
      if (quoted) return quoted;
    }
    let subject = subjectBefore(v, i, from);
    // "footage of Hillary Clinton asking, …": a name right before the participle is its subject
    if (participle) subject = v.pos(i - 1) === 'PROPN' && !ADJUNCT_HEADS.has(v.word(i - 1)) ? subjectBefore(v, i, from) : clauseSubject(v, from, i, to);
    // "… rushed everyone inside and said …": a verb coordinated with an earlier one shares its subject
    else if (!subject && ['and', 'but'].includes(v.word(this.skipBack(i - 1, from - 1)))) subject = conjunctSubject(v.syntax, i, from, (k) => v.word(k)) ?? clauseSubject(v, from, i);
    // "…, said Oleg Voloshyn, a former spokesman": the speaker follows the verb
    else if (v.word(i - 1) === ',' && after && this.hasName(after) && (after.to >= to || [',', '.'].includes(v.word(after.to)))) subject = null;
    if (!subject) return null;
    return parsedSubjectOver(v.syntax, i, participle, subject, (k) => v.word(k)) ?? (participle ? null : appositionName(v.syntax, i, subject, (k) => v.word(k))) ?? subject;
  }

  /** Where the word rules find no subject or no content, the parse may: its reading is added as reported speech. */
  private parsedSpeech(i: number, verbEnd: number, cue: Cue, s: number, from: number, to: number): void {
    const { v } = this;
    const parsed = parsedReport(v.syntax, cue, i, from, to, (k) => v.word(k)) ?? parsedEvidence(v.syntax, i, from, to, (k) => v.word(k));
    if (!parsed || v.pos(parsed.content.from) === 'PUNCT') return;
    const start = v.start(parsed.content.from);
    const end = v.end(parsed.content.to - 1);
    // a quotation in or around the clause is the quote rules' to bind
    const n = this.firstQuoteEndingAfter(start);
    if (n < this.quoted.length && this.quoted[n].open < end) return;
    const content = this.content(start, end, 'after-cue');
    const speaker = appositionName(v.syntax, i, parsed.subject, (k) => v.word(k)) ?? parsed.subject;
    this.add({ ...content, speakerSpan: spanOf(v, speaker), cueSpan: spanOf(v, { from: i, to: verbEnd }), sentence: s, rule: 'reported/parsed-clause' });
  }

  /**
   * The opening mark a verb introduces, right after it or after a short complement and a
   * comma or colon ("told me, ''…''", "joked of the museum, “…”", "added the words, “…”"); -1 if none.
   */
  private quoteAfterComplement(cueEnd: number, cue: Cue, to: number): number {
    const { v } = this;
    const direct = this.skipForward(cueEnd);
    if (direct < 0 || v.isOpenQuote(direct)) return direct;
    // "said on Friday “I can do it …”", "told the court “Basic investigations weren't done.”": a time, a medium or whom
    // it was told to may stand between with no comma, when the quotation is the rest of the sentence (not a term in a
    // clause: "indicated on Monday a “significant development” was likely")
    const object = cue.frame === 'object' ? phraseAfter(v, cueEnd, to) : null;
    const adjunct = this.skipAdjuncts(object?.to ?? cueEnd, to);
    if (adjunct > cueEnd && this.quotesToSentenceEnd(adjunct, to)) return adjunct;
    for (let k = cueEnd; k < Math.min(to, cueEnd + MAX_COMPLEMENT); k++) {
      const w = v.word(k);
      if (w === ',' || w === ':') {
        const next = this.skipForward(k);
        return next >= 0 && v.isOpenQuote(next) ? next : -1;
      }
      if (DASHES.has(w)) return this.quoteAfterAside(k, to);
      if (v.pos(k) === 'VERB' || w === 'that' || v.pos(k) === 'PUNCT') return -1;
    }
    return -1;
  }

  /**
   * The quotations from an opening mark at `k` to the end of the sentence ending before `to` (or past it), one or more
   * joined by "and" ("said on Friday “We made a plea …” and “So we told the president …”"); null when words follow.
   */
  private quotesToSentenceEnd(k: number, to: number): number[] | null {
    const { v, quoted } = this;
    const found: number[] = [];
    for (;;) {
      if (k >= to || !v.isOpenQuote(k)) return null;
      const n = this.quoteOpeningAt(v.markStart(k));
      if (n < 0) return null;
      found.push(n);
      let j = k + 1;
      while (j < to && v.start(j) < quoted[n].close) j++;
      while (j < to && v.pos(j) === 'PUNCT' && !v.isOpenQuote(j)) j++;
      if (j >= to) return found;
      if (v.word(j) !== 'and') return null;
      k = j + 1;
    }
  }

  /**
   * The token at `k` closes a quotation whose last sentence ended with a full stop inside the marks ("… border.”"); after
   * a question or an exclamation a tag still follows ("“Why?” Graham asked, “…”").
   */
  private endsSentence(k: number): boolean {
    const { v } = this;
    return v.isCloseQuote(k) && v.text[v.markStart(k) - 1] === '.';
  }

  /**
   * "Speaker John Bercow commented on the matter — which the BBC noted as an unusual move — “However
   * it is dressed up, …”": after a dash the quotation may follow at once, or after an aside that a
   * second dash closes; the opening mark, or -1.
   */
  private quoteAfterAside(dash: number, to: number): number {
    const { v } = this;
    if (dash + 1 < to && v.isOpenQuote(dash + 1)) return dash + 1;
    for (let k = dash + 1; k < Math.min(to, dash + 1 + ASIDE_REACH); k++) {
      if (v.isOpenQuote(k) || v.isCloseQuote(k)) return -1;
      if (DASHES.has(v.word(k))) return k + 1 < to && v.isOpenQuote(k + 1) ? k + 1 : -1;
    }
    return -1;
  }

  /**
   * "— which the BBC noted as an unusual move by a Speaker — “…”": a verb inside an aside set off by
   * dashes reports only up to the dash that closes it; the end of its content (a token index).
   */
  private asideEnd(i: number, from: number, to: number): number {
    const opening = this.dashBefore(i, from);
    // a dash with another one shortly before it closes an aside rather than opening one
    if (opening < 0 || this.dashBefore(opening, from) >= 0) return to;
    for (let k = i + 1; k < Math.min(to, i + 1 + ASIDE_REACH); k++) if (DASHES.has(this.v.word(k))) return k;
    return to;
  }

  /** The nearest dash before token `k`, no further back than ASIDE_REACH tokens nor `from`; -1 if none. */
  private dashBefore(k: number, from: number): number {
    for (let j = k - 1; j >= Math.max(from, k - ASIDE_REACH); j--) if (DASHES.has(this.v.word(j))) return j;
    return -1;
  }

  /** "said (on Monday) that …": the verb introduces reported content of its own. */
  private opensThatClause(k: number, to: number): boolean {
    const { v } = this;
    k = this.skipAdjuncts(k, to);
    return k < to && (v.word(k) === 'that' || v.word(k) === ':');
  }

  private sameLine(a: number, b: number): boolean {
    const { v } = this;
    return !v.text.slice(v.end(a), v.start(b)).includes('\n');
  }

  /** True when nothing but adjuncts follow `k` before the clause ends ("…, Clinton said on Monday."). */
  private clauseEndsAfter(k: number, to: number): boolean {
    const { v } = this;
    if (k < to && v.word(k) === ',') {
      // "Biden stated, “…”": the verb introduces the quotation after the comma
      const next = this.skipForward(k);
      return !(next >= 0 && v.isOpenQuote(next));
    }
    k = this.skipAdjuncts(k, to);
    if (k >= to) return true;
    const w = v.word(k);
    // "…, top black lawmakers said Friday afternoon, as they bristled at …": after a comma, a subordinate
    // clause or a participle phrase adds to the verb; what the verb reports came before it
    if (v.word(k - 1) === ',' && (SUBORDINATORS.has(w) || v.pos(k) === 'VERB' && w.endsWith('ing'))) return true;
    return w === '.' || w === ',' || w === ';' || w === '!' || w === '?' || w === '\u2014' || v.isCloseQuote(k) || v.isOpenQuote(k);
  }

  /**
   * A speech verb in the passive ("was reported by CNN", "were told", "is expected to"): its subject is what
   * was said, or who was spoken to or of, never the speaker; the speaker is the agent after "by", if any
   * ("were reported by local media to have visited …"). The agent is no content: "The attack was condemned
   * by Iraq." reports nothing, "It was announced that …" reports its clause with no speaker.
   */
  private passiveSpeech(cueEnd: number, cue: Cue, cueRange: TokenRange, s: number, to: number): void {
    const { v } = this;
    const agent = v.word(cueEnd) === 'by' ? phraseAfter(v, cueEnd + 1, to) : null;
    // after the agent only a clause is content ("by state media that …"), not the rest of its phrase ("by members | of the EU");
    // without an agent, a clause or an infinitive ("is expected to win", "were told to leave"), never what names or
    // describes ("was called an honor killing", "has been described as pseudoscience", "were denied access")
    const contentFrom = agent ? this.agentContent(agent.to, cue, to) : this.agentlessContent(cueEnd, cue, to);
    if (contentFrom < 0 || v.word(contentFrom) === 'by') return;
    const start = v.start(contentFrom);
    const end = v.end(to - 1);
    if (end > start) this.add({ ...this.content(start, end, 'after-cue'), speakerSpan: spanOf(v, agent), cueSpan: spanOf(v, cueRange), sentence: s, rule: 'reported/passive' });
  }

  /**
   * What a passive with an agent reports: a clause after "that" or a colon ("it was announced by state media that …"), or
   * an infinitive ("were reported by local media to have visited the hospital"), or for a verb of describing what
   * follows "as" ("a pattern described by Marine Bulletin as “rather hectic and kind of confused”"); else -1.
   */
  private agentContent(agentEnd: number, cue: Cue, to: number): number {
    const { v } = this;
    const clause = this.clauseAfterThat(agentEnd, to);
    if (clause >= 0) return clause;
    if (cue.frame === 'predicate' && v.word(agentEnd) === 'as' && agentEnd + 1 < to) return agentEnd + 1;
    return agentEnd + 1 < to && v.word(agentEnd) === 'to' && (v.pos(agentEnd + 1) === 'VERB' || v.pos(agentEnd + 1) === 'AUX') ? agentEnd : -1;
  }

  /**
   * What an agentless passive reports: a clause after "that" or a colon, a charge after a verb of judging
   * ("accused of …"), or an infinitive ("is expected to win"); else -1.
   */
  private agentlessContent(cueEnd: number, cue: Cue, to: number): number {
    const { v } = this;
    const clause = this.clauseAfterThat(cueEnd, to);
    if (clause >= 0) return clause;
    const charge = CHARGE_PREPOSITION.get(cue.lemma);
    if (charge && cueEnd + 1 < to && v.word(cueEnd).toLowerCase() === charge) return cueEnd + 1;
    const k = this.contentStart(cueEnd, cue, to);
    return k >= 0 && k + 1 < to && v.word(k) === 'to' && (v.pos(k + 1) === 'VERB' || v.pos(k + 1) === 'AUX') ? k : -1;
  }

  /**
   * A participle modifying the noun before it (the parse's `acl`, a VBN) is passive with no "be", and the noun is no
   * speaker: with an agent it is read as a passive ("Per numbers reported by The Associated Press, …", "with both eleven
   * and twelve reported by industry sources", "a blog written by Rathbun"); a naming verb before a name or a term names
   * a thing ("a drug called Ecstacy", "a tool called video2commons", "a military development program dubbed “Zrínyi
   * 2026”"). The parse often reads a finite verb after a name as such a participle ("the NAACP called for", "Mitsotakis
   * called the border agreement “null and void”"), so it is believed only after a common noun, and for a naming verb
   * only before one name or term and not two ("the letter called Oz a quack").
   */
  private reducedRelative(i: number, cue: Cue, to: number): 'agent' | 'naming' | null {
    const { v } = this;
    // "First MSMU, also called Sechenov University", "bison, commonly called buffalo": an adverb of naming after a comma,
    // before the participle, names a thing, whatever the parse made of it (after a subject the verb is finite: "NBC News
    // also called Nevada for Biden"; and "called for" and "called on" ask: "groups, also, called for …")
    if (NAMING.has(cue.lemma) && NAMING_ADVERBS.has(v.word(i - 1)) && [',', '('].includes(v.word(i - 2)) && v.word(i).endsWith('ed')
      && !['for', 'on'].includes(v.word(i + 1))) return 'naming';
    if (!v.syntax || relationOf(v.syntax, i) !== 'acl' || xposOf(v.syntax, i) !== 'VBN' || headOf(v.syntax, i) >= i) return null;
    // (not a time: "The city estimated by 9 pm, there would be …")
    if (v.word(i + 1) === 'by') return v.pos(i + 2) === 'NUM' ? null : 'agent';
    if (!NAMING.has(cue.lemma) || v.pos(i - 1) !== 'NOUN' || i + 1 >= to) return null;
    const name = this.nameAfter(i + 1, to);
    // a second object after the first makes the verb finite: "called Oz a quack", "called the agreement “null and void”"
    return name < 0 || name < to && (['a', 'an', 'the'].includes(v.word(name)) || v.isOpenQuote(name)) ? null : 'naming';
  }

  /**
   * The token after a name or a term starting at `k` ("Ecstacy", "the Ellipse", "Zorin Industries", "peptides", a
   * quotation), or -1 when none starts there.
   */
  private nameAfter(k: number, to: number): number {
    const { v } = this;
    if (v.isOpenQuote(k)) return this.afterQuoteAt(k, to);
    const the = v.word(k) === 'the' ? k + 1 : k;
    let j = the;
    while (j < to && v.pos(j) === 'PROPN') j++;
    // a term, with or without its article: "a species called the rhea", "a drug called Ecstacy"
    if (j === the) while (j < to && v.pos(j) === 'NOUN') j++;
    return j > the ? j : -1;
  }

  /** The token after the quotation opening at token `k`, or -1. */
  private afterQuoteAt(k: number, to: number): number {
    const { v, quoted } = this;
    const n = this.quoteOpeningAt(v.markStart(k));
    if (n < 0) return -1;
    let j = k + 1;
    while (j < to && v.start(j) < quoted[n].close) j++;
    return j < to && v.isCloseQuote(j) ? j + 1 : j;
  }

  /** The verb at `i` is a participle after a form of "be" (adverbs between): "was (strongly) condemned". */
  private passiveAt(i: number, from: number): boolean {
    const { v } = this;
    if (v.word(i).endsWith('ing')) return false;
    let k = i - 1;
    while (k > from && v.pos(k) === 'ADV') k--;
    return k >= from && PASSIVE_AUX.has(v.word(k));
  }

  /** "said (on Monday) that …" / "said:": where the clause after "that" or a colon starts, or -1. */
  private clauseAfterThat(cueEnd: number, to: number): number {
    const { v } = this;
    const limit = Math.min(to, cueEnd + THAT_WINDOW);
    for (let k = cueEnd; k < limit; k++) {
      const w = v.word(k);
      // "rejected the opposition's claim that …": the clause is the noun's (nounCue), not the verb's
      if (w === 'that' && nounCueReport(v.syntax, k - 1, to, (j) => v.word(j))) return -1;
      // "announced the decision THAT NIGHT", "said that day": a time phrase, no clause
      if (w === 'that' && TIME_NOUNS.has(v.word(k + 1))) {
        k++;
        continue;
      }
      if (w === 'that' && (v.pos(k) !== 'PRON' || k === cueEnd && v.pos(k - 1) === 'NOUN' && CLAUSE_OPENING.has(v.pos(k + 1))) || w === ':') return k + 1 < to ? k + 1 : -1;
      if (v.pos(k) === 'VERB' || w === ',' || w === '.') break;
    }
    return -1;
  }

  /** Where the content of a verb starts, or -1 when the verb takes none here. */
  private contentStart(cueEnd: number, cue: Cue, to: number): number {
    const { v } = this;
    const clause = this.clauseAfterThat(cueEnd, to);
    // (for a verb that takes only a "that" clause, the parse must read "that" as its mark: not "ruled on the appeal of
    // that decision", nor a colon: "ruling out contamination: it was …")
    if (THAT_ONLY.has(cue.lemma)) return clause >= 0 && v.word(clause - 1) === 'that' && (!v.syntax || relationOf(v.syntax, clause - 1) === 'mark') ? clause : -1;
    if (clause >= 0) return clause;
    let k = cueEnd;
    // "continued that …", "continued: “…”" report; "continued westward", "continue its primary season", "continued as a
    // passion", "continue to support him" do not
    if (CLAUSE_OR_QUOTATION_ONLY.has(cue.lemma) && !v.isOpenQuote(k) && v.word(k) !== ':') return -1;
    if (cue.frame === 'object') {
      const object = addresseeAfter(v, k, to);
      if (object) k = object.to;
      // (a passive has no object before its infinitive: "People were encouraged to submit their designs")
      if (DIRECTIVES.has(cue.lemma)) return this.infinitiveAt(k, to) ? k : -1;
    }
    k = this.skipAdjuncts(k, to);
    if (k >= to || v.pos(k) === 'PUNCT' && !v.isOpenQuote(k)) return -1;
    // evidence verbs and opinions take a bare clause too ("a poll shows Clinton leading", "Fisher believes Donald Trump will
    // do well"), not perception ("saw the man fall")
    // (not an embedded question: "knew what they were doing"; nor a name: "spokeswoman Hope Hicks said"; nor in a question,
    // which asks: "Do you think Minetest can benefit …?")
    // (read only where a frame asks: it scans for a clause)
    const bare = () => cue.lemma !== 'see' && !QUESTION_WORDS.has(v.word(k)) && /^\p{Ll}/u.test(v.text[v.start(cueEnd - 1)])
      && v.word(to - 1) !== '?' && v.word(to - 2) !== '?' && this.clauseFollows(k, to);
    if (cue.frame === 'belief' && !SUBJECT_PRONOUNS.has(v.word(k)) && !bare()) return -1;
    // "hopes the meeting will be …": a verb of intention that also holds an opinion takes its clause
    if (cue.frame === 'intention' && v.word(k) !== 'to' && !(OPINION_INTENTIONS.has(cue.lemma) && bare()) && !(OBJECT_INFINITIVE.has(cue.lemma) && this.objectThenInfinitive(k, to))) return -1;
    if (cue.frame === 'clause' && ['to', 'for', 'about', 'of', 'on', 'with', 'against'].includes(v.word(k)) && cue.lemma !== 'say') return -1;
    return k;
  }

  /** "John McCain: Republican Populist Anger Appeals to …": a name and a colon open the sentence. */
  private headlineSpeaker(s: number, from: number, to: number) {
    const { v } = this;
    const label = transcriptLabel(v, from);
    if (!label && v.pos(from) !== 'PROPN') return;
    const name = label ? { from, to: from + 1 } : phraseAfter(v, from, to);
    if (!name || name.to + 2 >= to || v.word(name.to) !== ':' || this.insideQuote(v.start(from))) return;
    if (!label) for (let k = name.from; k < name.to; k++) if (v.pos(k) !== 'PROPN') return;
    const colon = { from: name.to, to: name.to + 1 };
    const open = this.skipForward(name.to);
    const quote = v.isOpenQuote(open) ? this.quoteOpeningAt(v.start(open)) : -1;
    if (quote >= 0) return this.bindQuote(quote, colon, name, s, label ? LABEL_DIRECT : 'direct/name-colon');
    // "WSS: : Which past U.S. president …": a doubled colon is the label's
    let first = name.to + 1;
    while (label && first < to - 1 && v.word(first) === ':') first++;
    const start = v.start(first);
    const end = v.end(to - 1);
    this.add({ ...this.content(start, end, 'after-cue'), speakerSpan: spanOf(v, name), cueSpan: spanOf(v, colon), sentence: s, rule: label ? LABEL_REPORTED : 'reported/name-colon' });
  }

  /** An infinitive starts at `k` ("to leave"). */
  private infinitiveAt(k: number, to: number): boolean {
    const { v } = this;
    return k + 1 < to && v.word(k) === 'to' && (v.pos(k + 1) === 'VERB' || v.pos(k + 1) === 'AUX');
  }

  /** A noun phrase and an infinitive start at `k` ("Trump to lose", "the storm to make landfall"). */
  private objectThenInfinitive(k: number, to: number): boolean {
    const object = phraseAfter(this.v, k, to);
    return !!object && this.infinitiveAt(object.to, to);
  }

  /** A subject and its verb start at `k` ("Clinton leading"), not a bare object ("the article"). */
  private clauseFollows(k: number, to: number): boolean {
    const { v } = this;
    const subject = phraseAfter(v, k, to);
    if (!subject || subject.to >= to) return false;
    const pos = v.pos(subject.to);
    return pos === 'VERB' || pos === 'AUX';
  }

  private hasName(np: TokenRange): boolean {
    const { v } = this;
    for (let k = np.from; k < np.to; k++) if (v.pos(k) === 'PROPN') return true;
    return false;
  }

  private hasAdjunctHead(np: TokenRange): boolean {
    const { v } = this;
    for (let k = np.from; k < np.to; k++) if (ADJUNCT_HEADS.has(v.word(k))) return true;
    return false;
  }

  private skipAdjuncts(k: number, to: number): number {
    const { v } = this;
    for (;;) {
      if (k < to && (v.word(k) === ',' || ADJUNCT_HEADS.has(v.word(k)))) {
        k++;
        continue;
      }
      if (k < to && v.pos(k) === 'ADP' && v.word(k) !== 'that') {
        const np = phraseAfter(v, k + 1, to);
        if (np && this.hasAdjunctHead(np)) {
          k = np.to;
          continue;
        }
      }
      if (k < to && (v.word(k) === 'last' || v.word(k) === 'this' || v.word(k) === 'next') && ADJUNCT_HEADS.has(v.word(k + 1))) {
        k += 2;
        continue;
      }
      return k;
    }
  }

  /**
   * Where "according to" and its source (ending at `sourceEnd`) sit between commas inside a clause whose words before the
   * first comma (`comma`) have no verb: the clause runs on after the aside ("The attack, according to the ministry, killed
   * five soldiers"). The clause's last word before the closing punctuation, or -1.
   */
  private asideInClause(from: number, comma: number, sourceEnd: number, to: number): number {
    const { v } = this;
    let last = to - 1;
    while (last > sourceEnd && v.pos(last) === 'PUNCT') last--;
    if (v.word(sourceEnd) !== ',' || last <= sourceEnd + 1) return -1;
    for (let k = from; k < comma; k++) if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX') return -1;
    return last;
  }

  private accordingTo(i: number, s: number, from: number, to: number) {
    const { v } = this;
    const source = phraseAfter(v, i + 2, to) ?? this.misreadNounPhrase(i + 2, to);
    if (!source) return;
    const cueRange = { from: i, to: i + 2 };
    let { end, by } = this.sourceTail(source, to);
    const first = this.skipBack(i - 1, from - 1);
    if (first >= 0 && (v.word(first) === ',' || v.word(first) === '\u2014')) {
      const quoteIndex = this.closingQuoteBefore(first);
      if (quoteIndex >= 0) return this.bindQuote(quoteIndex, cueRange, source, s, 'direct/according-to');
      // "Since their discovery, according to the academy, over four thousand other exoplanets have been discovered": set in
      // the middle of a clause whose part before it has no verb, the aside reports what follows it (the content is one
      // span: the verb's part says more than an opening adverbial or a bare subject)
      const last = this.asideInClause(from, first, end, to);
      if (last >= 0) {
        this.add({ ...this.content(v.start(end + 1), v.end(last), 'after-cue'), speakerSpan: spanOf(v, by ?? source), cueSpan: spanOf(v, cueRange), sentence: s, rule: 'reported/according-to-aside' });
        return;
      }
      const start = v.start(from);
      const before = v.start(first);
      if (before > start) this.add({ ...this.content(start, before, 'before-cue'), speakerSpan: spanOf(v, source), cueSpan: spanOf(v, cueRange), sentence: s, rule: 'reported/according-to-after' });
      return;
    }
    // "That’s according to fundraising reports …", "Clinton leads by 271 delegates according to a count by The Associated
    // Press, but …": after the words it reports, with no comma between, the source closes the clause
    if (first >= 0 && v.pos(first) !== 'CCONJ') {
      if (end < to && !CLAUSE_CLOSERS.has(v.word(end))) return;
      // ("“The airline transports weapons …,” according to a tweet by US Secretary of State Mike Pompeo")
      const quoteIndex = v.isCloseQuote(first) ? this.closingQuoteBefore(first) : -1;
      if (quoteIndex >= 0) return this.bindQuote(quoteIndex, cueRange, by ?? source, s, 'direct/according-to');
      if (v.pos(first) === 'PUNCT' || !this.namesSource(by ?? source)) return;
      // (the clause it closes starts after a semicolon: "…, according to the JHU data; at least 55,000 deaths …")
      let clause = first;
      while (clause > from && v.word(clause - 1) !== ';') clause--;
      const before = { start: v.start(clause), end: v.end(first) };
      if (before.end > before.start) this.add({ ...this.content(before.start, before.end, 'before-cue'), speakerSpan: spanOf(v, by ?? source), cueSpan: spanOf(v, cueRange), sentence: s, rule: 'reported/according-to-after' });
      return;
    }
    // opening its sentence, the source runs to its comma ("According to early results of exit polls conducted for the
    // networks by Edison Research, …", "According to the initial schedule published Thursday, …"), not past a verb of the
    // clause it opens ("According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed …, Saudi Arabia")
    let speaker: TokenRange = source;
    if (v.word(end) !== ',') {
      let k = end;
      while (k < Math.min(to, end + SOURCE_REACH) && v.word(k) !== ',' && !this.finiteVerbAt(k)) {
        if (v.word(k) === 'by' && !by) by = phraseAfter(v, k + 1, to);
        k++;
      }
      if (v.word(k) === ',') {
        speaker = { from: i + 2, to: k };
        end = this.pastNamedApposition(k, to);
      }
    }
    const comma = end < to && v.word(end) === ',' ? end + 1 : -1;
    if (comma < 0 || comma >= to) return;
    const start = v.start(comma);
    const contentEnd = v.end(to - 1);
    if (contentEnd > start) this.add({ ...this.content(start, contentEnd, 'after-cue'), speakerSpan: spanOf(v, by ?? speaker), cueSpan: spanOf(v, cueRange), sentence: s, rule: 'reported/according-to' });
  }

  /**
   * "According to a new report by Politico, …": the source of "according to" may run on through prepositional phrases
   * to its comma, and who made the report is its speaker; so may a report that cites its own source ("according to a
   * report citing the mayor's office", "a statement quoting police"), who is then the speaker. Where the phrase ends
   * (a token index, past an apposition of the source: "by UpGuard, a cybersecurity firm, two databases …") and its maker
   * or cited source.
   */
  private sourceTail(source: TokenRange, to: number): { end: number; by: TokenRange | null } {
    const { v } = this;
    let end = source.to;
    let by: TokenRange | null = null;
    while (end < to && end - source.to < SOURCE_TAIL) {
      // "a poll published by NBC News last week", "a memo posted online by Senator Juan Dalmau"
      let k = end;
      if (!by && CITING.has(v.word(k))) {
        const cited = phraseAfter(v, k + 1, to);
        if (!cited) break;
        by = cited;
        end = cited.to;
        continue;
      }
      if (v.pos(k) === 'VERB' && v.word(k).endsWith('ed')) k += v.pos(k + 1) === 'ADV' ? 2 : 1;
      if (v.pos(k) !== 'ADP' || v.word(k) === 'that') break;
      let np = phraseAfter(v, k + 1, to);
      if (!np) break;
      // "by NBC News last week": the time is no part of the name
      if (np.to - np.from > 2 && ['last', 'this', 'next'].includes(v.word(np.to - 2)) && ADJUNCT_HEADS.has(v.word(np.to - 1))) np = { from: np.from, to: np.to - 2 };
      if (v.word(k) === 'by' && !by) by = np;
      end = np.to;
      if (['last', 'this', 'next'].includes(v.word(end)) && ADJUNCT_HEADS.has(v.word(end + 1))) end += 2;
      else if (ADJUNCT_HEADS.has(v.word(end))) end++;
    }
    const apposition = v.word(end) === ',' && ['a', 'an', 'the'].includes(v.word(end + 1)) ? phraseAfter(v, end + 1, to) : null;
    if (apposition && v.word(apposition.to) === ',') end = apposition.to;
    else end = this.pastNamedApposition(end, to);
    return { end, by };
  }

  /**
   * "according to Windsor Locks' first selectman, Chris Kervick, there were …": a full name after a common noun, set off by
   * commas, names the source; the comma after it is where the source ends (one word after a comma may begin a list:
   * "according to officials, Kabul, Kandahar and …").
   */
  private pastNamedApposition(end: number, to: number): number {
    const { v } = this;
    if (v.word(end) !== ',' || v.pos(end - 1) !== 'NOUN') return end;
    let k = end + 1;
    while (k < to && v.pos(k) === 'PROPN') k++;
    return k - end - 1 >= 2 && v.word(k) === ',' ? k : end;
  }

  /** A finite verb or auxiliary at `k` (not a participle: "a survey conducted for …", "reports emerging in …"). */
  private finiteVerbAt(k: number): boolean {
    const { v } = this;
    if (v.pos(k) === 'AUX') return true;
    return v.pos(k) === 'VERB' && !!v.syntax && FINITE_TAGS.has(xposOf(v.syntax, k));
  }

  /**
   * A source after the words it reports, with no comma between, names one who reports (a name, or a noun such as
   * "officials", "a 2011 study", "state media"), not a rule things follow ("released according to the terms of the
   * agreement", "each according to their choice").
   */
  private namesSource(np: TokenRange): boolean {
    const { v } = this;
    if (this.hasName(np)) return true;
    const head = np.to - 1;
    return SOURCE_NOUNS.has(v.word(head)) || SPOKESMAN.test(v.word(head));
  }

  /**
   * "According to ecologist/VB Chip Taylor", "According to initial/VB reports": only a noun phrase follows "according to", so a
   * first word the tagger read as a verb before a noun phrase is a noun of it.
   */
  private misreadNounPhrase(k: number, to: number): TokenRange | null {
    const { v } = this;
    if (v.pos(k) !== 'VERB' || !/^\p{Ll}/u.test(v.text[v.start(k)])) return null;
    const rest = phraseAfter(v, k + 1, to);
    return rest ? { from: k, to: rest.to } : null;
  }

  /** The last token before `k` (inclusive) that is not an adverb; -1 below the floor. */
  private skipBack(k: number, floorExclusive: number): number {
    const { v } = this;
    while (k > floorExclusive && (v.pos(k) === 'ADV' || v.pos(k) === 'AUX')) k--;
    return k > floorExclusive ? k : -1;
  }

  /** The first token at or after `k` that is not a comma or colon (may cross into the next sentence). */
  private skipForward(k: number): number {
    const { v } = this;
    while (k < v.length && (v.word(k) === ',' || v.word(k) === ':')) k++;
    return k < v.length ? k : -1;
  }

  /** The quotation ending at the token `k` (a closing mark, or a comma inside one: “…,”). */
  private closingQuoteBefore(k: number): number {
    const { v } = this;
    for (let j = k; j >= Math.max(0, k - 1); j--) {
      const quote = v.isCloseQuote(j) ? this.quoteClosingAt(v.markStart(j)) : -1;
      if (quote >= 0) return quote;
    }
    return -1;
  }

  /** Mixed when the content holds a whole quotation no verb has claimed (quotations are sorted and disjoint). */
  private kindOf(start: number, end: number): QuoteKind {
    const { quoted, unbound } = this;
    const first = lowerBound(quoted.length, (i) => quoted[i].open < start);
    const last = lowerBound(quoted.length, (i) => quoted[i].close <= end);
    return unbound.countIn(first, last) > 0 ? 'mixed' : 'indirect';
  }

  /**
   * The reported content between two offsets with its kind; beyond MAX_CONTENT only the part next to
   * the cue is kept, cut at a token boundary, so the contents of a sentence stay linear in its length.
   */
  private content(start: number, end: number, side: 'after-cue' | 'before-cue'): Span & { kind: QuoteKind } {
    if (end - start > MAX_CONTENT) [start, end] = side === 'after-cue' ? this.headOf(start, end) : this.tailOf(start, end);
    return { ...this.trimmed(start, end), kind: this.kindOf(start, end) };
  }

  /** The longest run of whole tokens from `start` within MAX_CONTENT (at least one token). */
  private headOf(start: number, end: number): [number, number] {
    const { v } = this;
    const first = lowerBound(v.length, (i) => v.start(i) < start);
    const past = lowerBound(v.length, (i) => v.end(i) <= start + MAX_CONTENT);
    return [start, Math.min(end, v.end(Math.max(first, past - 1)))];
  }

  /** The longest run of whole tokens ending at `end` within MAX_CONTENT (at least one token). */
  private tailOf(start: number, end: number): [number, number] {
    const { v } = this;
    const last = lowerBound(v.length, (i) => v.end(i) <= end) - 1;
    const from = lowerBound(v.length, (i) => v.start(i) < end - MAX_CONTENT);
    return [Math.max(start, v.start(Math.min(from, last))), end];
  }

  private trimmed(start: number, end: number): Span {
    const { v } = this;
    let e = end;
    while (e > start && TRAILING.test(v.text[e - 1])) e--;
    return { start, end: e > start ? e : end };
  }
}

/** Words from "quoted" to "as saying" a report may hold: the one quoted and an apposition. */
const QUOTED_REACH = 25;

/**
 * "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying “…”", "the agency quoted
 * a spokesman as saying …": the one quoted says it, not the subject who quotes: the phrase after "quoted" up to
 * its first comma (or "as"), or null when the participle at `i` follows no "quoted … as".
 */
function quotedAsSaying(v: TokenView, i: number, from: number): TokenRange | null {
  if (i - 2 < from || v.word(i - 1).toLowerCase() !== 'as') return null;
  for (let k = i - 2; k >= Math.max(from, i - QUOTED_REACH); k--) {
    if (!/^quot(?:e|ed|es|ing)$/i.test(v.word(k))) continue;
    let end = k + 1;
    while (end < i - 1 && v.word(end) !== ',') end++;
    return end > k + 1 ? { from: k + 1, to: end } : null;
  }
  return null;
}
