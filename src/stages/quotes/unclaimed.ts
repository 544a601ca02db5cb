import type { Attribution } from './attribution.js';
import type { QuotedSpan } from './marks.js';
import { clauseSubject, npEndingAt, openingSubject, phraseAfter, spanOf, subjectBefore, type TokenRange } from './speaker.js';
import type { TokenView } from './view.js';
import { lowerBound, type Span } from '../../model/span.js';
import { ancestorsOf, dependentOf, relationOf, uposOf, xposOf } from '../../syntax/accessors.js';
import type { SyntaxLayer } from '../../syntax/layer.js';

/** What the speech-verb pass leaves: the quotations, and which attribution (index into `out`) took each, or -1. */
export interface Claims {
  readonly v: TokenView;
  readonly quoted: readonly QuotedSpan[];
  readonly boundTo: Int32Array;
  readonly out: Attribution[];
  readonly paragraphOf: (offset: number) => number;
}

/** Dashes that sign a quotation with its author: “…” ― Pamela Padilla. */
const SIGNATURE_DASH = /^[ \t\u00a0]*([\u2015\u2014\u2013]|--)[ \t\u00a0]*/;
/** A transcript line inside a quotation: "PENCE: Well, look, …". */
const TRANSCRIPT_LABEL = /^([A-Z][A-Z.' -]{1,30}):\s+/;
/** How many tokens before a quotation the noun naming it as someone's words may stand ("Trump’s claim that there have been “…”"). */
const SAYING_REACH = 25;
/** Nouns for something said, whose possessor said it ("Trump’s claim", "the senator’s remarks"). */
const SAYING_NOUNS = new Set([
  'claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'assertion',
  'argument', 'warning', 'promise', 'pledge', 'description', 'suggestion', 'call', 'message', 'tweet', 'speech',
]);

/**
 * Quotations no speech verb claimed get a speaker from the conventions around them: a
 * signature dash, a transcript label, a colon ending the sentence before, the subject of
 * the sentence a partial quotation sits in, or the speaker of the run it continues.
 */
export function claimUnboundQuotes(claims: Claims): void {
  new UnclaimedQuotes(claims).carryRuns();
}

/** Tenses a verb carries alone; an infinitive or a participle does only with an auxiliary. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** A verb with a subject of its own: finite, or with an auxiliary ("commenting before launch", "to diversify" take their clause's). */
function isFinite(syntax: SyntaxLayer, i: number): boolean {
  return uposOf(syntax, i) === 'VERB' && (FINITE.has(xposOf(syntax, i)) || dependentOf(syntax, i, 'aux', 'aux:pass') >= 0);
}

/** Clauses that are a part of a noun phrase or the object of a verb: the speaker is not their subject but their head's. */
const INNER_CLAUSES = new Set(['acl', 'acl:relcl', 'ccomp', 'xcomp', 'csubj']);

/**
 * Who introduces a quotation with a colon: the subject of the clause the colon ends, read up the parse from the colon
 * past clauses inside a noun phrase or a verb's object ("the Department of Defense justified the strike, which was approved
 * by President Donald Trump, as “defensive” in nature:", "He provided Wikinews with the text of a message he sent to AIP vice
 * chairman Mark Seidenberg:", "issued a statement agreeing the issue should be decided by Congress:"), but not past an
 * adverbial clause ("She became so upset … that I had to change my answer:"), nor from a participle or an infinitive,
 * whose subject is its clause's ("Hurley paraphrased the first U.S. citizen in space, Alan Shepard, commenting before
 * launch …:"); null without a parse or a subject.
 */
function colonSubject(v: TokenView, from: number, colon: number): TokenRange | null {
  if (!v.syntax) return null;
  for (const a of ancestorsOf(v.syntax, colon)) {
    if (a >= colon || a < from || !isFinite(v.syntax, a) || INNER_CLAUSES.has(relationOf(v.syntax, a))) continue;
    const subject = subjectBefore(v, a, from);
    if (subject) return subject;
  }
  return null;
}

/** The conventions `claimUnboundQuotes` reads, one method each, over the claims of one text. */
class UnclaimedQuotes {
  readonly v: TokenView;
  readonly quoted: readonly QuotedSpan[];
  readonly boundTo: Int32Array;
  readonly out: Attribution[];
  readonly paragraphOf: (offset: number) => number;
  // what partialQuote asks of a sentence is read once per sentence, not once per quotation in it
  readonly firstVerbOf = new Map<number, number>();
  readonly putItOf = new Map<number, TokenRange | null>();

  constructor({ v, quoted, boundTo, out, paragraphOf }: Claims) {
    [this.v, this.quoted, this.boundTo, this.out, this.paragraphOf] = [v, quoted, boundTo, out, paragraphOf];
  }

  private add(a: Attribution): number {
    return this.out.push(a) - 1;
  }

  private signature(q: QuotedSpan): Attribution | null {
    const { v } = this;
    const dash = SIGNATURE_DASH.exec(v.text.slice(q.close + 1, q.close + 8));
    if (!dash) return null;
    const dashAt = q.close + 1 + dash.index + dash[0].indexOf(dash[1]);
    const first = this.tokenStartingAt(q.close + 1 + dash[0].length);
    const name = first >= 0 ? phraseAfter(v, first, v.length) : null;
    if (!name || v.pos(name.from) !== 'PROPN') return null;
    const cueSpan = { start: dashAt, end: dashAt + dash[1].length };
    return { start: q.start, end: q.end, kind: 'direct', speakerSpan: spanOf(v, name), cueSpan, sentence: v.sentenceOf[name.from], rule: 'direct/signature' };
  }

  /**
   * A quotation in the middle of a narrated sentence ("Reid has gone after Trump as a
   * “human leech”") is the words of the sentence's subject, when a verb comes before it.
   */
  private partialQuote(q: QuotedSpan): Attribution | null {
    const { v } = this;
    const openTok = this.tokenStartingAt(q.open);
    if (openTok < 0) return null;
    const s = v.sentenceOf[openTok];
    const sent = v.sentences[s];
    if (!sent || openTok - sent.tokenStart < 3) return null;
    const verb = this.firstVerb(s) < openTok;
    const speaker = this.putItIn(s) ?? this.possessorOfSaying(Math.max(sent.tokenStart, openTok - SAYING_REACH), openTok) ?? (verb ? openingSubject(v, sent.tokenStart, openTok) : null);
    if (!speaker) return null;
    const speakerSpan = spanOf(v, speaker)!;
    const quoting = this.quotationAround(speakerSpan);
    if (quoting < 0) return { start: q.start, end: q.end, kind: 'direct', speakerSpan, cueSpan: null, sentence: s, rule: 'direct/partial' };
    // a sentence the splitter opened inside an earlier quotation ("“We worked all night. The whole village came out to
    // help,” Mayor Anna Berg said, pointing to the volunteers as “a small miracle”"): its opening phrase is that
    // quotation's words, and the sentence goes on in its speaker's tag
    const tag = this.boundTo[quoting] >= 0 ? this.out[this.boundTo[quoting]] : null;
    if (!tag?.speakerSpan) return null;
    return { start: q.start, end: q.end, kind: 'direct', speakerSpan: tag.speakerSpan, cueSpan: tag.cueSpan, sentence: s, rule: 'direct/partial' };
  }

  /** The quotation holding all of `span`, or -1 (quoted spans are sorted and disjoint). */
  private quotationAround(span: Span): number {
    const { quoted } = this;
    const n = lowerBound(quoted.length, (i) => quoted[i].close <= span.start);
    return n < quoted.length && quoted[n].open < span.start && span.end <= quoted[n].close ? n : -1;
  }

  /** "Trump’s claim that there have been “thousands of shootings”": whose words the noun names. */
  private possessorOfSaying(from: number, openTok: number): TokenRange | null {
    const { v } = this;
    for (let k = openTok - 1; k > from; k--) {
      if (!SAYING_NOUNS.has(v.word(k))) continue;
      let p = k - 1;
      while (p > from && (v.pos(p) === 'ADJ' || v.pos(p) === 'NOUN' && !v.word(p).endsWith('s'))) p--;
      if (v.word(p) !== '’s' && v.word(p) !== "'s") continue;
      const owner = p > from ? npEndingAt(v, p - 1, from) : null;
      if (owner) return owner;
    }
    return null;
  }

  /** The first verb of sentence `s` (its end when it has none). */
  private firstVerb(s: number): number {
    const { v, firstVerbOf } = this;
    let k = firstVerbOf.get(s);
    if (k === undefined) {
      const sent = v.sentences[s];
      for (k = sent.tokenStart; k < sent.tokenEnd && v.pos(k) !== 'VERB'; k++);
      firstVerbOf.set(s, k);
    }
    return k;
  }

  private putItIn(s: number): TokenRange | null {
    const { v, putItOf } = this;
    if (!putItOf.has(s)) putItOf.set(s, this.asPutIt(v.sentences[s].tokenStart, v.sentences[s].tokenEnd));
    return putItOf.get(s)!;
  }

  /** "…, as The New Yorker put it": the source named in the sentence. */
  private asPutIt(from: number, to: number): TokenRange | null {
    const { v } = this;
    for (let k = from + 2; k + 1 < to; k++) {
      if (v.word(k) !== 'put' || v.word(k + 1) !== 'it') continue;
      const np = subjectBefore(v, k, from);
      if (np && np.from > from && v.word(np.from - 1) === 'as') return np;
    }
    return null;
  }

  /** "Sanders made the following comment: “…”": the subject of the sentence the colon ends. */
  private introducedByColon(q: QuotedSpan): Attribution | null {
    const { v } = this;
    const openTok = this.tokenStartingAt(q.open);
    if (openTok <= 0 || v.word(openTok - 1) !== ':') return null;
    const colon = openTok - 1;
    const sent = v.sentences[v.sentenceOf[colon]];
    if (!sent) return null;
    const speaker = colonSubject(v, sent.tokenStart, colon) ?? clauseSubject(v, sent.tokenStart, colon);
    if (!speaker) return null;
    return { start: q.start, end: q.end, kind: 'direct', speakerSpan: spanOf(v, speaker), cueSpan: spanOf(v, { from: colon, to: colon + 1 }), sentence: v.sentenceOf[colon], rule: 'direct/colon' };
  }

  private transcriptLabel(q: QuotedSpan): Attribution | null {
    const { v } = this;
    const label = TRANSCRIPT_LABEL.exec(v.text.slice(q.start, q.end));
    if (!label) return null;
    const speakerSpan = { start: q.start, end: q.start + label[1].length };
    const cueSpan = { start: speakerSpan.end, end: speakerSpan.end + 1 };
    return { start: q.start + label[0].length, end: q.end, kind: 'direct', speakerSpan, cueSpan, sentence: -1, rule: 'direct/transcript' };
  }

  private tokenStartingAt(offset: number): number {
    const { v } = this;
    const lo = lowerBound(v.length, (i) => v.start(i) < offset);
    return lo < v.length && v.start(lo) === offset ? lo : -1;
  }

  /**
   * The attribution with a speaker that ends last before a quotation, in its paragraph, with
   * only its sentence's end between them; found by binary search over the attributions so far.
   */
  private taggedBefore(): (q: QuotedSpan) => Attribution | null {
    const { v, out, paragraphOf } = this;
    // an attribution reaches to the end of its content, cue or speaker, whichever is last ("“…,” Schiff said.")
    const reach = (a: Attribution) => Math.max(a.end, a.cueSpan!.end, a.speakerSpan!.end);
    const byReach = out.filter((a) => a.speakerSpan && a.cueSpan).sort((a, b) => reach(a) - reach(b));
    return (q) => {
      const k = lowerBound(byReach.length, (i) => reach(byReach[i]) <= q.open) - 1;
      if (k < 0) return null;
      const a = byReach[k];
      const between = v.text.slice(reach(a), q.open);
      return paragraphOf(reach(a)) === paragraphOf(q.open) && /^[\s.,;:!?\u201d"'’]*$/.test(between) && between.length < 8 ? a : null;
    };
  }

  /**
   * Quotations no verb claimed: a continuation of a run (a paragraph reopening the quote)
   * or a quote in the paragraph after an attributed one takes that speaker; a short
   * quotation with no verb is a scare quote or a title and is not speech.
   */
  carryRuns(): void {
    const { v, quoted, boundTo, out, paragraphOf } = this;
    // a quotation inside reported speech was already taken into it (a mixed quote); the mixed
    // quotes are all found by now, so one sorted pass answers this for every quotation
    const mixed = out.filter((a) => a.kind === 'mixed').sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const a of mixed) reach.push(Math.max(a.end, reach.at(-1) ?? -Infinity));
    const covered = (q: QuotedSpan) => {
      const last = lowerBound(mixed.length, (i) => mixed[i].start <= q.open) - 1;
      return last >= 0 && reach[last] >= q.close;
    };
    const tagged = this.taggedBefore();
    let last = -1;
    for (let n = 0; n < quoted.length; n++) {
      if (boundTo[n] >= 0) {
        last = n;
        continue;
      }
      const q = quoted[n];
      if (covered(q)) continue;
      const signed = this.signature(q) ?? this.transcriptLabel(q) ?? this.introducedByColon(q);
      if (signed) {
        boundTo[n] = this.add(signed);
        last = n;
        continue;
      }
      const partial = this.partialQuote(q);
      if (partial) {
        boundTo[n] = this.add(partial);
        continue;
      }
      // "“A.” “B,” he said.": a quotation right before a tagged one shares its tag
      const next = n + 1 < quoted.length && boundTo[n + 1] >= 0 && /^[ \t]*$/.test(v.text.slice(q.close + 1, quoted[n + 1].open)) ? out[boundTo[n + 1]] : null;
      if (next && next.speakerSpan) {
        boundTo[n] = this.add({ start: q.start, end: q.end, kind: 'direct', speakerSpan: next.speakerSpan, cueSpan: next.cueSpan, sentence: next.sentence, rule: 'direct/run-ahead' });
        last = n;
        continue;
      }
      const prev = last >= 0 ? quoted[last] : null;
      // "“…” of the proposals, Mr. Holtz-Eakin said. “They're more detailed …”": the tag of the paragraph's last attribution
      const tag = tagged(q);
      if (tag && (!prev || tag.end > prev.close)) {
        boundTo[n] = this.add({ start: q.start, end: q.end, kind: 'direct', speakerSpan: tag.speakerSpan, cueSpan: tag.cueSpan, sentence: tag.sentence, rule: 'direct/after-tag' });
        last = n;
        continue;
      }
      const sameRun = prev && prev.run === q.run;
      const near = prev && paragraphOf(q.open) - paragraphOf(prev.open) <= 1;
      const words = v.text.slice(q.start, q.end).split(/\s+/).length;
      if (!sameRun && !(near && words >= 4)) {
        if (words < 6) continue;
        boundTo[n] = this.add({ start: q.start, end: q.end, kind: 'direct', speakerSpan: null, cueSpan: null, sentence: -1, rule: 'direct/unattributed' });
        continue;
      }
      const from = out[boundTo[last]];
      boundTo[n] = this.add({ start: q.start, end: q.end, kind: 'direct', speakerSpan: from.speakerSpan, cueSpan: from.cueSpan, sentence: from.sentence, rule: 'direct/run' });
      last = n;
    }
  }
}
