import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../model/document.js';
import {
  agentOf, childrenOf, clauseOf, dependentsOf, describesNoun, headOf, isNegated, isPassive, objectOf, pathBetween, relationOf,
  subjectOf, subtreeSpan, verbGroup,
} from './accessors.js';
import { treeDoc, tokenOf } from './trees.test-helpers.js';

// Sentences from English Wikinews (CC BY 2.5): "Iraqi Parliament votes for expulsion of United
// States troops" (2020-01-06), "Germany bans Mahan Air of Iran, citing 'security'" (2019-01-23),
// "Cairo summit denounces Turkish-Libyan maritime border agreement" (2020-01-11), "Germany
// says Alexei Navalny poisoned with Novichok" (2020-09-05). Trees after UD English.

const VOTE = treeDoc('The vote, which is not binding, was boycotted by both Kurdish and Sunni Members of Parliament.', [
  ['The', 2, 'det', 'DET'], ['vote', 10, 'nsubj:pass', 'NOUN'], [',', 7, 'punct', 'PUNCT'], ['which', 7, 'nsubj', 'PRON'],
  ['is', 7, 'cop', 'AUX', 'be'], ['not', 7, 'advmod', 'PART'], ['binding', 2, 'acl:relcl', 'ADJ'], [',', 7, 'punct', 'PUNCT'],
  ['was', 10, 'aux:pass', 'AUX', 'be'], ['boycotted', 0, 'root', 'VERB', 'boycott', 'VBN'], ['by', 16, 'case', 'ADP'],
  ['both', 13, 'cc:preconj', 'CCONJ'], ['Kurdish', 16, 'amod', 'ADJ'], ['and', 15, 'cc', 'CCONJ'], ['Sunni', 13, 'conj', 'ADJ'],
  ['Members', 10, 'obl:agent', 'NOUN', 'member'], ['of', 18, 'case', 'ADP'], ['Parliament', 16, 'nmod', 'PROPN'], ['.', 10, 'punct', 'PUNCT'],
]);

const PLANS = treeDoc('The United States had not, as of yesterday, announced any plans to remove the troops, which are there with an international coalition to counter the Islamic State (ISIS).', [
  ['The', 3, 'det', 'DET'], ['United', 3, 'compound', 'PROPN'], ['States', 10, 'nsubj', 'PROPN'], ['had', 10, 'aux', 'AUX', 'have'],
  ['not', 10, 'advmod', 'PART'], [',', 9, 'punct', 'PUNCT'], ['as', 9, 'case', 'ADP'], ['of', 7, 'fixed', 'ADP'],
  ['yesterday', 10, 'obl', 'NOUN'], ['announced', 0, 'root', 'VERB', 'announce', 'VBN'], ['any', 12, 'det', 'DET'],
  ['plans', 10, 'obj', 'NOUN', 'plan'], ['to', 14, 'mark', 'PART'], ['remove', 12, 'acl', 'VERB'], ['the', 16, 'det', 'DET'],
  ['troops', 14, 'obj', 'NOUN', 'troop'],
]);

const ALLIES = treeDoc('The US has been encouraging allies such as Germany to restrict Mahan\'s operations.', [
  ['The', 2, 'det', 'DET'], ['US', 5, 'nsubj', 'PROPN'], ['has', 5, 'aux', 'AUX', 'have'], ['been', 5, 'aux', 'AUX', 'be'],
  ['encouraging', 0, 'root', 'VERB', 'encourage', 'VBG'], ['allies', 5, 'obj', 'NOUN', 'ally'], ['such', 9, 'case', 'ADJ'],
  ['as', 7, 'fixed', 'ADP'], ['Germany', 6, 'nmod', 'PROPN'], ['to', 11, 'mark', 'PART'], ['restrict', 5, 'xcomp', 'VERB'],
  ['Mahan', 14, 'nmod:poss', 'PROPN'], ["'s", 12, 'case', 'PART'], ['operations', 11, 'obj', 'NOUN', 'operation'], ['.', 5, 'punct', 'PUNCT'],
]);

const OBSERVER = treeDoc('The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.', [
  ['The', 4, 'det', 'DET'], ['Italian', 4, 'amod', 'ADJ'], ['foreign', 4, 'amod', 'ADJ'], ['minister', 10, 'nsubj', 'NOUN'],
  [',', 6, 'punct', 'PUNCT'], ['Luigi', 4, 'appos', 'PROPN'], ['Di', 6, 'flat', 'PROPN'], ['Maio', 6, 'flat', 'PROPN'],
  [',', 6, 'punct', 'PUNCT'], ['joined', 0, 'root', 'VERB', 'join', 'VBD'], ['the', 12, 'det', 'DET'], ['talks', 10, 'obj', 'NOUN', 'talk'],
  ['as', 15, 'case', 'ADP'], ['an', 15, 'det', 'DET'], ['observer', 10, 'obl', 'NOUN'], ['.', 10, 'punct', 'PUNCT'],
]);

const NOVICHOK = treeDoc('The German government announced the tests by a military laboratory found Novichok in Navalny\'s blood, and said there was "unequivocal" proof he had been poisoned.', [
  ['The', 3, 'det', 'DET'], ['German', 3, 'amod', 'ADJ'], ['government', 4, 'nsubj', 'NOUN'], ['announced', 0, 'root', 'VERB', 'announce', 'VBD'],
  ['the', 6, 'det', 'DET'], ['tests', 11, 'nsubj', 'NOUN', 'test'], ['by', 10, 'case', 'ADP'], ['a', 10, 'det', 'DET'],
  ['military', 10, 'amod', 'ADJ'], ['laboratory', 6, 'nmod', 'NOUN'], ['found', 4, 'ccomp', 'VERB', 'find', 'VBD'],
  ['Novichok', 11, 'obj', 'PROPN'], ['in', 16, 'case', 'ADP'], ['Navalny', 16, 'nmod:poss', 'PROPN'], ["'s", 14, 'case', 'PART'],
  ['blood', 11, 'obl', 'NOUN'], [',', 19, 'punct', 'PUNCT'], ['and', 19, 'cc', 'CCONJ'], ['said', 4, 'conj', 'VERB', 'say', 'VBD'],
  ['there', 21, 'expl', 'PRON'], ['was', 19, 'ccomp', 'VERB', 'be', 'VBD'], ['"', 23, 'punct', 'PUNCT'], ['unequivocal', 25, 'amod', 'ADJ'],
  ['"', 23, 'punct', 'PUNCT'], ['proof', 21, 'nsubj', 'NOUN'], ['he', 29, 'nsubj:pass', 'PRON'], ['had', 29, 'aux', 'AUX', 'have'],
  ['been', 29, 'aux:pass', 'AUX', 'be'], ['poisoned', 25, 'acl', 'VERB', 'poison', 'VBN'], ['.', 4, 'punct', 'PUNCT'],
]);

const text = (doc: Doc, i: number) => {
  const t = doc.get('tokens');
  return doc.text.slice(t.start[i], t.end[i]);
};
const texts = (doc: Doc, list: readonly number[]) => list.map((i) => text(doc, i));

test('children, relations and dependents by relation name', () => {
  const s = VOTE.get('syntax');
  const boycotted = tokenOf(VOTE, 'boycotted');
  assert.deepEqual(texts(VOTE, childrenOf(s, boycotted)), ['vote', 'was', 'Members', '.']);
  assert.deepEqual(texts(VOTE, childrenOf(s, tokenOf(VOTE, 'Members'))), ['by', 'Kurdish', 'Parliament']);
  assert.equal(relationOf(s, tokenOf(VOTE, 'vote')), 'nsubj:pass');
  assert.equal(headOf(s, boycotted), -1);
  assert.deepEqual(texts(VOTE, dependentsOf(s, boycotted, 'nsubj')), []);
  assert.deepEqual(texts(VOTE, dependentsOf(s, boycotted, 'nsubj:*')), ['vote']);
  assert.deepEqual(texts(VOTE, dependentsOf(s, boycotted, 'obl:*')), ['Members']);
});

test('a subtree is a span of exact offsets: the relative clause, the agent phrase', () => {
  const s = VOTE.get('syntax');
  const tokens = VOTE.get('tokens');
  const span = (form: string) => {
    const { start, end } = subtreeSpan(tokens, s, tokenOf(VOTE, form));
    return VOTE.text.slice(start, end);
  };
  assert.equal(span('binding'), ', which is not binding,');
  assert.equal(span('Members'), 'by both Kurdish and Sunni Members of Parliament');
  assert.equal(span('vote'), 'The vote, which is not binding,');
});

test('passive voice, its subject and its agent', () => {
  const s = VOTE.get('syntax');
  const boycotted = tokenOf(VOTE, 'boycotted');
  assert.equal(isPassive(s, boycotted), true);
  assert.equal(isPassive(s, tokenOf(VOTE, 'was')), true, 'asked of the auxiliary, the answer is its verb\'s');
  assert.equal(text(VOTE, subjectOf(s, boycotted)), 'vote');
  assert.equal(text(VOTE, agentOf(s, boycotted)), 'Members');
  assert.equal(isPassive(s, tokenOf(VOTE, 'binding')), false);
});

test('negation of a predicate, with its auxiliaries: "had not … announced", "is not binding"', () => {
  const p = PLANS.get('syntax');
  const group = verbGroup(p, tokenOf(PLANS, 'announced'));
  assert.deepEqual(texts(PLANS, group.auxiliaries), ['had']);
  assert.deepEqual(texts(PLANS, group.negation), ['not']);
  assert.equal(group.passive, false);
  assert.equal(isNegated(p, tokenOf(PLANS, 'announced')), true);
  assert.equal(isNegated(p, tokenOf(PLANS, 'remove')), false);
  assert.equal(text(PLANS, objectOf(p, tokenOf(PLANS, 'announced'))), 'plans');
  const v = VOTE.get('syntax');
  assert.equal(isNegated(v, tokenOf(VOTE, 'is')), true, 'the copula serves "binding", which "not" negates');
  assert.equal(isNegated(v, tokenOf(VOTE, 'boycotted')), false);
});

test('the subject of an open complement is the object of its verb (object control)', () => {
  const s = ALLIES.get('syntax');
  assert.equal(text(ALLIES, subjectOf(s, tokenOf(ALLIES, 'restrict'))), 'allies');
  assert.equal(text(ALLIES, subjectOf(s, tokenOf(ALLIES, 'encouraging'))), 'US');
  assert.deepEqual(texts(ALLIES, verbGroup(s, tokenOf(ALLIES, 'encouraging')).auxiliaries), ['has', 'been']);
});

test('a conjoined verb shares its subject; clauses and their predicates', () => {
  const s = NOVICHOK.get('syntax');
  const said = tokenOf(NOVICHOK, 'said');
  assert.equal(text(NOVICHOK, subjectOf(s, said)), 'government');
  assert.equal(text(NOVICHOK, subjectOf(s, tokenOf(NOVICHOK, 'found'))), 'tests');
  assert.equal(text(NOVICHOK, clauseOf(s, tokenOf(NOVICHOK, 'laboratory'))), 'found');
  assert.equal(text(NOVICHOK, clauseOf(s, tokenOf(NOVICHOK, 'Novichok'))), 'found');
  assert.equal(text(NOVICHOK, clauseOf(s, tokenOf(NOVICHOK, 'he'))), 'poisoned');
  assert.equal(text(NOVICHOK, clauseOf(s, said)), 'said');
  assert.equal(isPassive(s, tokenOf(NOVICHOK, 'poisoned')), true);
});

test('the path between two tokens runs up to their common ancestor and down', () => {
  const s = NOVICHOK.get('syntax');
  assert.deepEqual(texts(NOVICHOK, pathBetween(s, tokenOf(NOVICHOK, 'laboratory'), tokenOf(NOVICHOK, 'Novichok'))), ['laboratory', 'tests', 'found', 'Novichok']);
  assert.deepEqual(texts(NOVICHOK, pathBetween(s, tokenOf(NOVICHOK, 'government'), tokenOf(NOVICHOK, 'government'))), ['government']);
  const o = OBSERVER.get('syntax');
  assert.deepEqual(texts(OBSERVER, pathBetween(o, tokenOf(OBSERVER, 'Luigi'), tokenOf(OBSERVER, 'talks'))), ['Luigi', 'minister', 'joined', 'talks']);
});

test('an apposition names the noun it follows', () => {
  const s = OBSERVER.get('syntax');
  const luigi = tokenOf(OBSERVER, 'Luigi');
  assert.equal(relationOf(s, luigi), 'appos');
  assert.equal(text(OBSERVER, headOf(s, luigi)), 'minister');
  const tokens = OBSERVER.get('tokens');
  const span = subtreeSpan(tokens, s, luigi);
  assert.equal(OBSERVER.text.slice(span.start, span.end), ', Luigi Di Maio,');
});

test('a past tense with a subject labelled passive and no passive auxiliary is active', () => {
  // English Wikinews (CC BY 2.5), wn-7bbb24ac20a3, shortened: the parse labelled "Presidents" nsubj:pass of "signed"
  const doc = treeDoc('Presidents Buhari and Talon signed the agreement.', [
    ['Presidents', 2, 'compound', 'PROPN', 'president', 'NNPS'], ['Buhari', 5, 'nsubj:pass', 'PROPN', 'Buhari', 'NNP'], ['and', 4, 'cc', 'CCONJ', 'and', 'CC'],
    ['Talon', 2, 'conj', 'PROPN', 'Talon', 'NNP'], ['signed', 0, 'root', 'VERB', 'sign', 'VBD'], ['the', 7, 'det', 'DET', 'the', 'DT'],
    ['agreement', 5, 'obj', 'NOUN', 'agreement', 'NN'], ['.', 5, 'punct', 'PUNCT', '.', '.'],
  ]);
  const s = doc.get('syntax');
  assert.equal(isPassive(s, tokenOf(doc, 'signed')), false);
});

test('a clause that describes a noun: a relative clause however the parse attached it', () => {
  const s = VOTE.get('syntax');
  assert.equal(describesNoun(s, tokenOf(VOTE, 'binding')), true);
  assert.equal(describesNoun(s, tokenOf(VOTE, 'boycotted')), false);
  // English Wikinews (CC BY 2.5), wn-7ea3e9e75358, shortened: the parse made "held" a complement of "win"
  const doc = treeDoc('Vučić eased lockdown measures to win elections which were held on June 21.', [
    ['Vučić', 2, 'nsubj', 'PROPN', 'Vučić', 'NNP'], ['eased', 0, 'root', 'VERB', 'ease', 'VBD'], ['lockdown', 4, 'compound', 'NOUN', 'lockdown', 'NN'],
    ['measures', 2, 'obj', 'NOUN', 'measure', 'NNS'], ['to', 6, 'mark', 'PART', 'to', 'TO'], ['win', 2, 'advcl', 'VERB', 'win', 'VB'],
    ['elections', 6, 'obj', 'NOUN', 'election', 'NNS'], ['which', 10, 'nsubj:pass', 'PRON', 'which', 'WDT'], ['were', 10, 'aux:pass', 'AUX', 'be', 'VBD'],
    ['held', 6, 'ccomp', 'VERB', 'hold', 'VBN'], ['on', 13, 'case', 'ADP', 'on', 'IN'], ['June', 13, 'compound', 'PROPN', 'June', 'NNP'],
    ['21', 10, 'obl', 'NUM', '21', 'CD'], ['.', 2, 'punct', 'PUNCT', '.', '.'],
  ]);
  const t = doc.get('syntax');
  assert.equal(describesNoun(t, tokenOf(doc, '21')), true);
  assert.equal(describesNoun(t, tokenOf(doc, 'win')), false);
});
