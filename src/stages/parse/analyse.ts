import { apposeAsyndeticConjuncts, apposeTitleHolders, type AppositionLabels } from './appositions.js';
import { acronymAsides, keptWords } from './asides.js';
import { attachComplementSubjects, type ComplementSubjectLabels } from './complement-subjects.js';
import { relabelThatComplements, type ThatComplementLabels } from './that-complements.js';
import { attachReducedRelatives, type ReducedRelativeLabels } from './reduced-relatives.js';
import { attachRelativeConjuncts, type RelativeConjunctLabels } from './relative-conjuncts.js';
import { lemmaFrom } from './lemmatizer.js';
import { attachObjectControl, type ObjectControlLabels } from './object-control.js';
import { attachOpeningSubjects, type OpeningSubjectLabels } from './opening-subjects.js';
import type { ParseModel } from './model.js';
import { GREEDY, InputBuffer, ParseScratch, parseWords, type Decoding } from './parser.js';
import { retagSubordinators, type SubordinatorTags } from './subordinators.js';
import { retagCompoundParticiples, type CompoundParticipleTags } from './compound-participles.js';
import { retagInvertedTagTitles, type InvertedTagTags } from './inverted-tags.js';
import { tagSentence, TaggerScratch } from './tagger.js';
import { verbForVerbless } from './verbless.js';
import { WordHashBuffer } from './words.js';

/** A mask of the tag classes that are finite verbs ("VERB VBD", "VERB VBZ", "VERB VBP"). */
function finiteVerbClasses(tags: readonly string[]): Uint8Array {
  return Uint8Array.from(tags, (t) => (/^VERB VB[DZP]$/.test(t) ? 1 : 0));
}

/** One sentence tagged, lemmatised and parsed; heads are sentence word indices (-1 for the root). */
export interface AnalysedWords {
  readonly tags: Uint8Array;
  readonly lemmas: string[];
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
}

/** Reusable buffers for analysing many sentences with one model; they grow to the longest sentence seen. */
export class AnalysisScratch {
  readonly hashes: WordHashBuffer;
  readonly input: InputBuffer;
  readonly tagger: TaggerScratch;
  readonly parser: ParseScratch;
  /** The label classes a bracketed acronym and its brackets take. */
  readonly asideLabels: { readonly appos: number; readonly punct: number };
  /** The label classes appositions.ts reads and sets. */
  readonly appositionLabels: AppositionLabels;
  readonly reducedLabels: ReducedRelativeLabels;
  readonly complementSubjectLabels: ComplementSubjectLabels;
  readonly thatComplementLabels: ThatComplementLabels;
  readonly objectControlLabels: ObjectControlLabels;
  readonly openingSubjectLabels: OpeningSubjectLabels;
  readonly relativeConjunctLabels: RelativeConjunctLabels;
  readonly subordinatorTags: SubordinatorTags;
  readonly compoundParticipleTags: CompoundParticipleTags;
  readonly invertedTagTags: InvertedTagTags;
  /** The label classes of a clause's subject. */
  readonly subjectLabels: ReadonlySet<number>;
  tags = new Uint8Array(64);
  upos = new Uint8Array(64);
  heads = new Int32Array(64);
  labels = new Uint8Array(64);

  /** Lemmas already made, per tag class and form (at most LEMMAS_KEPT, emptied when full). */
  private readonly lemmaMemo: Array<Map<string, string>>;
  private lemmasKept = 0;

  constructor(private readonly model: ParseModel, decoding: Decoding = model.decoding ?? GREEDY) {
    this.hashes = new WordHashBuffer(64, model.tagger.features?.name === 'rich', model.tagger.clusters ?? null);
    this.tagger = new TaggerScratch(model.tagger.scorer.classes, finiteVerbClasses(model.tagger.tags), model.tagger.scorer);
    this.input = new InputBuffer(64, model.parser.clusters ?? null);
    this.parser = new ParseScratch(model.parser, model.tagger.tags, decoding);
    this.asideLabels = { appos: model.parser.relations.indexOf('appos'), punct: model.parser.relations.indexOf('punct') };
    const label = (r: string) => model.parser.relations.indexOf(r);
    this.appositionLabels = { conj: label('conj'), nmod: label('nmod'), flat: label('flat'), appos: label('appos'), cc: label('cc'), det: label('det'), advmod: label('advmod'), punct: label('punct') };
    const labels = (...rs: string[]) => new Set(rs.map(label).filter((l) => l >= 0));
    this.reducedLabels = {
      acl: label('acl'), clausal: labels('ccomp', 'conj', 'parataxis'),
      ownClause: labels('nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl', 'aux', 'aux:pass', 'cop', 'cc', 'mark'),
      phrase: labels('obl', 'nmod'), case: label('case'), advmod: label('advmod'), punct: label('punct'),
    };
    this.thatComplementLabels = { advcl: label('advcl'), ccomp: label('ccomp'), mark: label('mark') };
    this.objectControlLabels = { obj: label('obj'), acl: label('acl'), xcomp: label('xcomp'), mark: label('mark') };
    this.openingSubjectLabels = {
      conj: label('conj'), appos: label('appos'), advcl: label('advcl'), case: label('case'), cc: label('cc'), nsubj: label('nsubj'),
      nsubjPass: label('nsubj:pass'), auxPass: label('aux:pass'), obliques: labels('obl', 'obl:tmod', 'obl:unmarked', 'obl:npmod'), subjects: labels('nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl'),
    };
    this.complementSubjectLabels = {
      obj: label('obj'), aux: label('aux'), auxPass: label('aux:pass'), nsubj: label('nsubj'), nsubjPass: label('nsubj:pass'),
      subjects: labels('nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl'),
    };
    this.subjectLabels = labels('nsubj', 'nsubj:pass', 'expl');
    this.relativeConjunctLabels = { conj: label('conj'), relcl: label('acl:relcl'), subjects: labels('nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl'), passive: label('aux:pass'), complements: labels('obj', 'xcomp', 'ccomp') };
    this.lemmaMemo = model.tagUposName.map(() => new Map());
    this.subordinatorTags = {
      sconj: model.tagger.tags.indexOf('SCONJ IN'),
      upos: (tag) => model.tagUposName[tag],
      xpos: (tag) => model.xposTags[model.tagXpos[tag]],
    };
    this.compoundParticipleTags = { ...this.subordinatorTags, adjective: model.tagger.tags.indexOf('ADJ JJ') };
    this.invertedTagTags = { ...this.subordinatorTags, noun: model.tagger.tags.indexOf('NOUN NN') };
  }

  /** The lemma of `form` tagged with tag class `tag`. */
  lemma(form: string, tag: number): string {
    const memo = this.lemmaMemo[tag];
    let lemma = memo.get(form);
    if (lemma === undefined) {
      if (this.lemmasKept++ === LEMMAS_KEPT) this.forgetLemmas();
      memo.set(form, (lemma = lemmaFrom(this.model.lemmas, form, this.model.tagUposName[tag])));
    }
    return lemma;
  }

  private forgetLemmas(): void {
    for (const memo of this.lemmaMemo) memo.clear();
    this.lemmasKept = 1;
  }

  fit(n: number): void {
    if (n <= this.tags.length) return;
    const size = Math.max(n, 2 * this.tags.length);
    this.tags = new Uint8Array(size);
    this.upos = new Uint8Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Uint8Array(size);
  }
}

const LEMMAS_KEPT = 50_000;

/**
 * Tags and parses one sentence into the scratch's `tags`, `heads` and `labels` (its first
 * `forms.length` entries); lemmas are left to the caller, who may not need them all.
 */
export function analyseInto(model: ParseModel, forms: readonly string[], scratch: AnalysisScratch): void {
  const n = forms.length;
  scratch.fit(n);
  const { hashes, input, tags, upos } = scratch;
  hashes.fill(forms);
  tagSentence(model.tagger, hashes, forms, tags, scratch.tagger);
  retagSubordinators(forms, tags, n, scratch.subordinatorTags);
  retagCompoundParticiples(forms, tags, n, scratch.compoundParticipleTags);
  retagInvertedTagTitles(forms, tags, n, scratch.invertedTagTags);
  const verb = verbForVerbless(forms, tags, n, scratch.tagger.verbTag, scratch.tagger.verbDeficit, scratch.subordinatorTags);
  const asides = acronymAsides(forms);
  parseTagged(model, asides, n, scratch);
  // the parser must read the new verb as a clause's, with a subject before it; else the sentence is a fragment after all
  if (verb.word >= 0 && !hasSubjectBefore(scratch, verb.word, n)) {
    tags[verb.word] = verb.was;
    parseTagged(model, asides, n, scratch);
  }
  const uposOf = (i: number) => model.tagUposName[tags[i]];
  apposeAsyndeticConjuncts(forms, uposOf, scratch.heads, scratch.labels, n, scratch.appositionLabels);
  apposeTitleHolders(forms, uposOf, scratch.heads, scratch.labels, n, scratch.appositionLabels);
  const xposOf = (i: number) => model.xposTags[model.tagXpos[tags[i]]];
  attachReducedRelatives(xposOf, uposOf, scratch.heads, scratch.labels, n, scratch.reducedLabels);
  attachRelativeConjuncts(forms, xposOf, uposOf, scratch.heads, scratch.labels, n, scratch.relativeConjunctLabels);
  attachComplementSubjects(scratch.heads, scratch.labels, n, scratch.complementSubjectLabels);
  relabelThatComplements(forms, uposOf, scratch.heads, scratch.labels, n, scratch.thatComplementLabels);
  attachObjectControl(forms, scratch.heads, scratch.labels, n, scratch.objectControlLabels);
  attachOpeningSubjects(forms, uposOf, scratch.heads, scratch.labels, n, scratch.openingSubjectLabels);
}

function parseTagged(model: ParseModel, asides: readonly number[], n: number, scratch: AnalysisScratch): void {
  const { hashes, input, tags, upos } = scratch;
  for (let i = 0; i < n; i++) upos[i] = model.tagUpos[tags[i]];
  if (asides.length === 0) {
    input.fill(hashes, tags, upos);
    parseWords(model.parser, input, scratch.parser, scratch.heads, scratch.labels);
  } else {
    parseWithout(model, asides, n, scratch);
  }
}

/** Whether word `w` heads a subject (nsubj, nsubj:pass, expl) that comes before it. */
function hasSubjectBefore(scratch: AnalysisScratch, w: number, n: number): boolean {
  const { heads, labels } = scratch;
  for (let i = 0; i < w && i < n; i++) if (heads[i] === w && scratch.subjectLabels.has(labels[i])) return true;
  return false;
}

/** Parses the sentence without its bracketed acronyms, then hangs each on the word before it (asides.ts). */
function parseWithout(model: ParseModel, asides: readonly number[], n: number, scratch: AnalysisScratch): void {
  const { hashes, input, tags, upos, heads, labels } = scratch;
  const kept = keptWords(n, asides);
  input.fillSome(hashes, tags, upos, kept);
  const keptHeads = new Int32Array(kept.length);
  const keptLabels = new Uint8Array(kept.length);
  parseWords(model.parser, input, scratch.parser, keptHeads, keptLabels);
  kept.forEach((i, k) => {
    heads[i] = keptHeads[k] < 0 ? -1 : kept[keptHeads[k]];
    labels[i] = keptLabels[k];
  });
  const { appos, punct } = scratch.asideLabels;
  for (const open of asides) {
    const acronym = open + 1;
    heads[acronym] = open - 1;
    labels[acronym] = appos;
    heads[open] = heads[open + 2] = acronym;
    labels[open] = labels[open + 2] = punct;
  }
}

export function analyseWords(model: ParseModel, forms: readonly string[], scratch: AnalysisScratch): AnalysedWords {
  const n = forms.length;
  analyseInto(model, forms, scratch);
  const tags = scratch.tags.slice(0, n);
  const lemmas = forms.map((form, i) => scratch.lemma(form, tags[i]));
  return { tags, lemmas, heads: scratch.heads.slice(0, n), labels: scratch.labels.slice(0, n) };
}
