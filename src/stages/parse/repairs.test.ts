import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apposeAsyndeticConjuncts, apposeTitleHolders } from './appositions.js';
import { Prepositions } from './prepositions.js';
import { attachComplementSubjects } from './complement-subjects.js';
import { relabelThatComplements } from './that-complements.js';
import { attachObjectControl } from './object-control.js';
import { attachOpeningSubjects } from './opening-subjects.js';
import { attachReducedRelatives } from './reduced-relatives.js';
import { attachRelativeConjuncts } from './relative-conjuncts.js';
import { LEFT, ParseState, RIGHT, SHIFT } from './transitions.js';

// Trees as the parser gives them, words with (UPOS XPOS, head, relation); heads 0-based, -1 for the root.
// Sentences from English Wikinews (CC BY 2.5): wn-45c8e423037d-like regression sentences of parse.test.ts
// and wn-4a036a6152d8 ("… beyond the withdrawal from the 'immediate area' first announced …").
const RELATIONS = ['root', 'conj', 'appos', 'cc', 'det', 'advmod', 'punct', 'nsubj', 'obj', 'obl', 'nmod', 'case', 'acl', 'ccomp', 'flat', 'amod', 'aux', 'mark', 'acl:relcl', 'nsubj:pass', 'aux:pass', 'xcomp', 'nmod:poss', 'advcl', 'compound', 'obl:unmarked', 'cop'];
const id = (r: string) => RELATIONS.indexOf(r);
type Row = readonly [form: string, tag: string, head: number, relation: string];

function columns(rows: readonly Row[]) {
  return {
    forms: rows.map((r) => r[0]),
    upos: (i: number) => rows[i][1].split(' ')[0],
    xpos: (i: number) => rows[i][1].split(' ')[1],
    heads: Int32Array.from(rows, (r) => r[2]),
    labels: Uint8Array.from(rows, (r) => id(r[3])),
  };
}
const relations = (labels: Uint8Array) => Array.from(labels, (l) => RELATIONS[l]);

const APPOSITION_LABELS = { conj: id('conj'), nmod: id('nmod'), flat: id('flat'), appos: id('appos'), cc: id('cc'), det: id('det'), advmod: id('advmod'), punct: id('punct') };

test('a noun phrase after a comma, with a determiner, in a coordination with no conjunction is an apposition', () => {
  const merkel = columns([
    ['Angela', 'PROPN NNP', 8, 'nsubj'], ['Merkel', 'PROPN NNP', 0, 'flat'], [',', 'PUNCT ,', 4, 'punct'], ['the', 'DET DT', 4, 'det'],
    ['Chancellor', 'PROPN NNP', 0, 'conj'], ['of', 'ADP IN', 6, 'case'], ['Germany', 'PROPN NNP', 4, 'nmod'], [',', 'PUNCT ,', 0, 'punct'],
    ['demanded', 'VERB VBD', -1, 'root'], ['an', 'DET DT', 10, 'det'], ['explanation', 'NOUN NN', 8, 'obj'], ['.', 'PUNCT .', 8, 'punct'],
  ]);
  apposeAsyndeticConjuncts(merkel.forms, merkel.upos, merkel.heads, merkel.labels, 12, APPOSITION_LABELS);
  assert.equal(relations(merkel.labels)[4], 'appos');
  // with "and" the same phrase is a conjunct: "Kuwait, Jordan and the United States"
  const list = columns([
    ['Kuwait', 'PROPN NNP', 6, 'nsubj'], [',', 'PUNCT ,', 2, 'punct'], ['Jordan', 'PROPN NNP', 0, 'conj'], ['and', 'CCONJ CC', 5, 'cc'],
    ['the', 'DET DT', 5, 'det'], ['States', 'PROPN NNPS', 0, 'conj'], ['agreed', 'VERB VBD', -1, 'root'],
  ]);
  apposeAsyndeticConjuncts(list.forms, list.upos, list.heads, list.labels, 7, APPOSITION_LABELS);
  assert.deepEqual(relations(list.labels), ['nsubj', 'punct', 'conj', 'cc', 'det', 'conj', 'root']);
});

test('a bare past participle read as a clause with the phrase before it is a reduced relative of that phrase', () => {
  const withdrawal = columns([
    ['announced', 'VERB VBD', -1, 'root'], ['a', 'DET DT', 2, 'det'], ['withdrawal', 'NOUN NN', 0, 'obj'], [',', 'PUNCT ,', 5, 'punct'],
    ['beyond', 'ADP IN', 5, 'case'], ['withdrawal', 'NOUN NN', 7, 'obl'], ['first', 'ADV RB', 7, 'advmod'], ['announced', 'VERB VBN', 0, 'ccomp'],
    ['on', 'ADP IN', 9, 'case'], ['Sunday', 'PROPN NNP', 7, 'obl'],
  ]);
  const ids = {
    acl: id('acl'), clausal: new Set([id('ccomp'), id('conj')]), ownClause: new Set([id('nsubj'), id('aux'), id('cc'), id('mark')]),
    phrase: new Set([id('obl'), id('nmod')]), case: id('case'), advmod: id('advmod'), punct: id('punct'),
  };
  attachReducedRelatives(withdrawal.xpos, withdrawal.upos, withdrawal.heads, withdrawal.labels, 10, ids);
  assert.deepEqual([withdrawal.heads[5], withdrawal.heads[7], relations(withdrawal.labels)[7]], [0, 5, 'acl']);
  // with its own subject it is a clause: "said the talks, officials announced on Sunday"
  const clause = columns([
    ['said', 'VERB VBD', -1, 'root'], ['in', 'ADP IN', 2, 'case'], ['talks', 'NOUN NNS', 4, 'obl'], ['officials', 'NOUN NNS', 4, 'nsubj'], ['announced', 'VERB VBN', 0, 'ccomp'],
  ]);
  attachReducedRelatives(clause.xpos, clause.upos, clause.heads, clause.labels, 5, ids);
  assert.deepEqual(Array.from(clause.heads), [-1, 2, 4, 4, 0]);
});

test('a preposition takes no noun after it as a dependent: RIGHT onto it is refused', () => {
  // "met by Abu": stack [met, by, Abu]
  const tags = ['VERB VBN', 'ADP IN', 'PROPN NNP'];
  const prepositions = new Prepositions(tags, ['case']);
  const st = new ParseState(8);
  st.reset(3);
  const x = { n: 3, tag: Uint32Array.from([1, 2, 3, 0]) } as never;
  st.apply(SHIFT, 0);
  st.apply(SHIFT, 0);
  assert.equal(prepositions.allowsRight(st, x), true, 'the preposition under the verb');
  st.apply(SHIFT, 0);
  assert.equal(prepositions.allowsRight(st, x), false, 'the name under the preposition');
  st.lowerUnderTop(prepositions.caseLabel);
  assert.deepEqual([st.head[1], st.s(0), st.s(1)], [2, 2, 0]);
  st.apply(RIGHT, 0);
  st.apply(LEFT, 0);
  assert.equal(st.done, true);
});

test('a verb after the comma that closes a relative clause and "and" is a conjunct of the verb above the clause', () => {
  // Wikinews (CC BY 2.5), wn-558c314476a5, as the parser reads it: "promised" a conjunct of "arrested" (tagged VBN)
  const rows = (andAt: number, comma: boolean): Row[] => [
    ['She', 'PRON PRP', 1, 'nsubj'], ['spoke', 'VERB VBD', -1, 'root'], ['about', 'ADP IN', 4, 'case'], ['her', 'PRON PRP$', 4, 'nmod:poss'],
    ['husband', 'NOUN NN', 1, 'obl'], ['Siarhei', 'PROPN NNP', 4, 'appos'], [',', 'PUNCT ,', 4, 'punct'], ['who', 'PRON WP', 9, 'nsubj:pass'],
    ['was', 'AUX VBD', 9, 'aux:pass'], ['arrested', 'VERB VBN', 4, 'acl:relcl'], ['in', 'ADP IN', 11, 'case'], ['May', 'PROPN NNP', 9, 'obl'],
    [comma ? ',' : 'then', comma ? 'PUNCT ,' : 'ADV RB', andAt, comma ? 'punct' : 'advmod'], ['and', 'CCONJ CC', andAt, 'cc'],
    ['promised', 'VERB VBN', 9, 'conj'], ['to', 'PART TO', 16, 'mark'], ['conduct', 'VERB VB', 14, 'xcomp'], ['elections', 'NOUN NNS', 16, 'obj'],
  ];
  const ids = {
    conj: id('conj'), relcl: id('acl:relcl'), subjects: new Set([id('nsubj'), id('nsubj:pass')]), passive: id('aux:pass'),
    complements: new Set([id('obj'), id('xcomp'), id('ccomp')]),
  };
  const tsikhanouskaya = columns(rows(14, true));
  attachRelativeConjuncts(tsikhanouskaya.forms, tsikhanouskaya.xpos, tsikhanouskaya.upos, tsikhanouskaya.heads, tsikhanouskaya.labels, 18, ids);
  assert.equal(tsikhanouskaya.heads[14], 1, '"promised" is a conjunct of "spoke"');
  // no comma before "and": the conjunct is inside the relative clause ("who was arrested in May then and …")
  const inside = columns(rows(14, false));
  attachRelativeConjuncts(inside.forms, inside.xpos, inside.upos, inside.heads, inside.labels, 18, ids);
  assert.equal(inside.heads[14], 9);
  // a participle with nothing after it shares the clause's auxiliary ("who was arrested in May, and released")
  const shared = columns(rows(14, true).slice(0, 15));
  attachRelativeConjuncts(shared.forms, shared.xpos, shared.upos, shared.heads, shared.labels, 15, ids);
  assert.equal(shared.heads[14], 9);
});

test('an object followed by an auxiliary of a subjectless clause its verb governs is that clause\'s subject', () => {
  const ids = { obj: id('obj'), aux: id('aux'), auxPass: id('aux:pass'), nsubj: id('nsubj'), nsubjPass: id('nsubj:pass'), subjects: new Set([id('nsubj'), id('nsubj:pass')]) };
  // "… came as Israel announced it would free prisoners", as the parser read it (wn-like wire sentence, AFP style)
  const free = columns([
    ['Israel', 'PROPN NNP', 1, 'nsubj'], ['announced', 'VERB VBD', -1, 'root'], ['it', 'PRON PRP', 1, 'obj'], ['would', 'AUX MD', 4, 'aux'],
    ['free', 'VERB VB', 1, 'ccomp'], ['prisoners', 'NOUN NNS', 4, 'obj'], ['.', 'PUNCT .', 1, 'punct'],
  ]);
  attachComplementSubjects(free.heads, free.labels, 7, ids);
  assert.deepEqual([free.heads[2], relations(free.labels)[2]], [4, 'nsubj']);
  // passive: "said the talks would be resumed"
  const talks = columns([
    ['said', 'VERB VBD', -1, 'root'], ['the', 'DET DT', 2, 'det'], ['talks', 'NOUN NNS', 0, 'obj'], ['would', 'AUX MD', 5, 'aux'],
    ['be', 'AUX VB', 5, 'aux:pass'], ['resumed', 'VERB VBN', 0, 'ccomp'],
  ]);
  attachComplementSubjects(talks.heads, talks.labels, 6, ids);
  assert.deepEqual([talks.heads[2], relations(talks.labels)[2]], [5, 'nsubj:pass']);
  // a clause with its own subject keeps the object: "told him he would resign"
  const told = columns([
    ['told', 'VERB VBD', -1, 'root'], ['him', 'PRON PRP', 0, 'obj'], ['he', 'PRON PRP', 4, 'nsubj'], ['would', 'AUX MD', 4, 'aux'], ['resign', 'VERB VB', 0, 'ccomp'],
  ]);
  attachComplementSubjects(told.heads, told.labels, 5, ids);
  assert.deepEqual([told.heads[1], relations(told.labels)[1]], [0, 'obj']);
});

test('a clause opened by "that" after its verb is a complement, unless "so" or "such" comes between', () => {
  // PLOVER-style wire sentence, as the parser gave it: "drop" an advcl of "declared" past the time word
  const declared = columns([
    ['The', 'DET DT', 2, 'det'], ['Bush', 'PROPN NNP', 2, 'compound'], ['administration', 'NOUN NN', 3, 'nsubj'], ['declared', 'VERB VBD', -1, 'root'],
    ['Tuesday', 'PROPN NNP', 3, 'obl:unmarked'], ['that', 'SCONJ IN', 8, 'mark'], ['China', 'PROPN NNP', 8, 'nsubj'], ['must', 'AUX MD', 8, 'aux'],
    ['drop', 'VERB VB', 3, 'advcl'], ['barriers', 'NOUN NNS', 8, 'obj'], ['.', 'PUNCT .', 3, 'punct'],
  ]);
  const ids = { advcl: id('advcl'), ccomp: id('ccomp'), mark: id('mark') };
  relabelThatComplements(declared.forms, declared.upos, declared.heads, declared.labels, 11, ids);
  assert.equal(relations(declared.labels)[8], 'ccomp');
  // degree: "the draft was so old that they agreed" keeps its adverbial clause
  const degree = columns([
    ['The', 'DET DT', 1, 'det'], ['draft', 'NOUN NN', 4, 'nsubj'], ['was', 'AUX VBD', 4, 'cop'], ['so', 'ADV RB', 4, 'advmod'], ['old', 'ADJ JJ', -1, 'root'],
    ['that', 'SCONJ IN', 7, 'mark'], ['they', 'PRON PRP', 7, 'nsubj'], ['agreed', 'VERB VBD', 4, 'advcl'], ['.', 'PUNCT .', 4, 'punct'],
  ]);
  relabelThatComplements(degree.forms, degree.upos, degree.heads, degree.labels, 9, ids);
  assert.equal(relations(degree.labels)[7], 'advcl');
  const soVerb = columns([
    ['We', 'PRON PRP', 1, 'nsubj'], ['run', 'VERB VBP', -1, 'root'], ['so', 'ADV RB', 3, 'advmod'], ['fast', 'ADV RB', 1, 'advmod'],
    ['that', 'SCONJ IN', 6, 'mark'], ['we', 'PRON PRP', 6, 'nsubj'], ['fall', 'VERB VBP', 1, 'advcl'],
  ]);
  relabelThatComplements(soVerb.forms, soVerb.upos, soVerb.heads, soVerb.labels, 7, ids);
  assert.equal(relations(soVerb.labels)[6], 'advcl');
});

test('a to-infinitive after the object of a verb of ordering or asking is what the object is to do, not a description of it', () => {
  // English Wikinews (CC BY 2.5), wn-28108ad63c0e, as the uptrained trial parser gave it: "investigate" an acl of "agencies"
  const instructed = columns([
    ['He', 'PRON PRP', 2, 'nsubj'], ['also', 'ADV RB', 2, 'advmod'], ['instructed', 'VERB VBD', -1, 'root'], ['security', 'NOUN NN', 4, 'compound'],
    ['agencies', 'NOUN NNS', 2, 'obj'], ['to', 'PART TO', 6, 'mark'], ['investigate', 'VERB VB', 4, 'acl'], ['who', 'PRON WP', 8, 'nsubj'],
    ['leaked', 'VERB VBD', 6, 'ccomp'], ['the', 'DET DT', 10, 'det'], ['recording', 'NOUN NN', 8, 'obj'], ['.', 'PUNCT .', 2, 'punct'],
  ]);
  const ids = { obj: id('obj'), acl: id('acl'), xcomp: id('xcomp'), mark: id('mark') };
  attachObjectControl(instructed.forms, instructed.heads, instructed.labels, 12, ids);
  assert.deepEqual([instructed.heads[6], relations(instructed.labels)[6]], [2, 'xcomp']);
  // "gave them time to leave": the infinitive describes the object of a verb of giving, and stays its acl
  const gave = columns([
    ['They', 'PRON PRP', 1, 'nsubj'], ['gave', 'VERB VBD', -1, 'root'], ['us', 'PRON PRP', 1, 'obj'], ['time', 'NOUN NN', 1, 'obj'],
    ['to', 'PART TO', 5, 'mark'], ['leave', 'VERB VB', 3, 'acl'],
  ]);
  attachObjectControl(gave.forms, gave.heads, gave.labels, 6, ids);
  assert.deepEqual([gave.heads[5], relations(gave.labels)[5]], [3, 'acl']);
});

test('a name set off by commas after a title\'s "of" phrase is the title\'s apposition, not a conjunct of what the title is of', () => {
  // English Wikinews (CC BY 2.5), wn-76c79991081f, as the parser gave it: the name's words conjuncts of "Puerto"
  const governor = columns([
    ['The', 'DET DT', 1, 'det'], ['governor', 'NOUN NN', 10, 'nsubj'], ['of', 'ADP IN', 3, 'case'], ['Puerto', 'PROPN NNP', 1, 'nmod'], ['Rico', 'PROPN NNP', 3, 'flat'],
    [',', 'PUNCT ,', 6, 'punct'], ['Wanda', 'PROPN NNP', 3, 'conj'], ['Vázquez', 'PROPN NNP', 8, 'compound'], ['Garced', 'PROPN NNP', 3, 'conj'], [',', 'PUNCT ,', 1, 'punct'],
    ['declared', 'VERB VBD', -1, 'root'], ['a', 'DET DT', 12, 'det'], ['state', 'NOUN NN', 10, 'obj'], ['.', 'PUNCT .', 10, 'punct'],
  ]);
  apposeTitleHolders(governor.forms, governor.upos, governor.heads, governor.labels, 14, APPOSITION_LABELS);
  assert.deepEqual([governor.heads[6], relations(governor.labels)[6], governor.heads[8], relations(governor.labels)[8]], [1, 'appos', 6, 'flat']);
  // a place after a place stays as it was: "held a rally in Minsk, Belarus." (wn-558c314476a5)
  const rally = columns([
    ['held', 'VERB VBD', -1, 'root'], ['a', 'DET DT', 2, 'det'], ['rally', 'NOUN NN', 0, 'obj'], ['in', 'ADP IN', 4, 'case'], ['Minsk', 'PROPN NNP', 2, 'nmod'],
    [',', 'PUNCT ,', 6, 'punct'], ['Belarus', 'PROPN NNP', 4, 'conj'], ['.', 'PUNCT .', 0, 'punct'],
  ]);
  apposeTitleHolders(rally.forms, rally.upos, rally.heads, rally.labels, 8, APPOSITION_LABELS);
  assert.deepEqual([rally.heads[6], relations(rally.labels)[6]], [4, 'conj']);
});

test('a name after an opening phrase and its comma, hung on that phrase, is the subject of a verb that has none', () => {
  // English Wikinews (CC BY 2.5), wn-cf8ab3738d1f, as the parser gave it: the name an apposition of "report", the title a conjunct
  const lewis = columns([
    ['In', 'ADP IN', 2, 'case'], ['a', 'DET DT', 2, 'det'], ['report', 'NOUN NN', 10, 'obl'], [',', 'PUNCT ,', 5, 'punct'], ['Dave', 'PROPN NNP', 5, 'compound'],
    ['Lewis', 'PROPN NNP', 2, 'appos'], [',', 'PUNCT ,', 7, 'punct'], ['CEO', 'NOUN NN', 2, 'conj'], ['of', 'ADP IN', 9, 'case'], ['Tesco', 'PROPN NNP', 7, 'nmod'],
    ['stated', 'VERB VBD', -1, 'root'], ['.', 'PUNCT .', 10, 'punct'],
  ]);
  const ids = {
    conj: id('conj'), appos: id('appos'), advcl: id('advcl'), case: id('case'), cc: id('cc'), nsubj: id('nsubj'), nsubjPass: id('nsubj:pass'), auxPass: id('aux:pass'),
    obliques: new Set([id('obl')]), subjects: new Set([id('nsubj'), id('nsubj:pass')]),
  };
  attachOpeningSubjects(lewis.forms, lewis.upos, lewis.heads, lewis.labels, 12, ids);
  assert.deepEqual([lewis.heads[5], relations(lewis.labels)[5], lewis.heads[7], relations(lewis.labels)[7]], [10, 'nsubj', 5, 'appos']);
  // the verb has a subject of its own: "In Kabul, the capital, police arrested …" stays as it is
  const kabul = columns([
    ['In', 'ADP IN', 1, 'case'], ['Kabul', 'PROPN NNP', 7, 'obl'], [',', 'PUNCT ,', 4, 'punct'], ['the', 'DET DT', 4, 'det'], ['capital', 'NOUN NN', 1, 'appos'],
    [',', 'PUNCT ,', 1, 'punct'], ['police', 'NOUN NNS', 7, 'nsubj'], ['arrested', 'VERB VBD', -1, 'root'],
  ]);
  attachOpeningSubjects(kabul.forms, kabul.upos, kabul.heads, kabul.labels, 8, ids);
  assert.deepEqual([kabul.heads[4], relations(kabul.labels)[4]], [1, 'appos']);
  // a name hung with no preposition on an opening clause (wn-f6d093896570): "Acting via his lawyers, Zhukovskyy, 23, pleaded"
  const acting = columns([
    ['Acting', 'VERB VBG', 7, 'advcl'], ['via', 'ADP IN', 3, 'case'], ['his', 'PRON PRP$', 3, 'nmod:poss'], ['lawyers', 'NOUN NNS', 0, 'obl'],
    [',', 'PUNCT ,', 5, 'punct'], ['Zhukovskyy', 'PROPN NNP', 0, 'obl'], [',', 'PUNCT ,', 0, 'punct'], ['pleaded', 'VERB VBD', -1, 'root'],
  ]);
  attachOpeningSubjects(acting.forms, acting.upos, acting.heads, acting.labels, 8, ids);
  assert.deepEqual([acting.heads[5], relations(acting.labels)[5], acting.heads[3], relations(acting.labels)[3]], [7, 'nsubj', 0, 'obl']);
});
