import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Doc } from '../../model/document.js';
import { agentOf, clauseOf, headOf, isPassive, objectOf, relationOf, subjectOf } from '../../syntax/accessors.js';
import { loadWink, segmentText } from '../segment/index.js';
import { loadParseModel, parseDocument } from './index.js';

const wink = loadWink();
const model = loadParseModel();

function parsed(text: string): Doc {
  const doc = new Doc(text);
  const { tokens, sentences } = segmentText(text, wink);
  doc.set('tokens', tokens, 'segment');
  doc.set('sentences', sentences, 'segment');
  doc.set('syntax', parseDocument(doc, model), 'parse');
  return doc;
}

const word = (doc: Doc, i: number) => (i < 0 ? null : doc.text.slice(doc.get('tokens').start[i], doc.get('tokens').end[i]));
const find = (doc: Doc, form: string) => {
  const tokens = doc.get('tokens');
  for (let i = 0; i < tokens.length; i++) if (word(doc, i) === form) return i;
  throw new Error(`no token "${form}"`);
};

test('every sentence of the demo corpus is one tree over its own tokens', () => {
  const lines = readFileSync(new URL('../../../data/samples/demo.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const doc = parsed(JSON.parse(line).text as string);
    const syntax = doc.get('syntax');
    assert.equal(syntax.length, doc.get('tokens').length);
    for (const s of doc.get('sentences')) {
      let roots = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const h = syntax.head[i];
        if (h < 0) {
          roots++;
          assert.equal(relationOf(syntax, i), 'root');
          continue;
        }
        assert.ok(h >= s.tokenStart && h < s.tokenEnd, 'heads stay inside the sentence');
        assert.notEqual(relationOf(syntax, i), 'root');
        let t = i;
        for (let steps = 0; t >= 0; steps++, t = syntax.head[t]) assert.ok(steps <= s.tokenEnd - s.tokenStart, 'no cycles');
      }
      assert.equal(roots, 1, 'one root per sentence');
    }
  }
});

// Regression sentences from English Wikinews (CC BY 2.5), one per relation the accessors read:
// "Iran admits downing Ukrainian jet, cites 'human error'" (2020-01-13), "Germany says Alexei
// Navalny poisoned with Novichok" (2020-09-05), "United States military kills Qasem Soleimani"
// (2020-01-05), "Germany bans Mahan Air of Iran, citing 'security'" (2019-01-23).

test('nsubj, obj and obl: "For several days Iran denied the accusation."', () => {
  const doc = parsed('For several days Iran denied the accusation.');
  const s = doc.get('syntax');
  const denied = find(doc, 'denied');
  assert.equal(word(doc, subjectOf(s, denied)), 'Iran');
  assert.equal(word(doc, objectOf(s, denied)), 'accusation');
  assert.equal(relationOf(s, find(doc, 'days')), 'obl');
});

test('nsubj:pass and aux:pass, and the clause of a subordinate subject', () => {
  const doc = parsed('Navalny was airlifted from Omsk to Berlin in August when he was suffering from a serious medical condition.');
  const s = doc.get('syntax');
  const airlifted = find(doc, 'airlifted');
  assert.equal(relationOf(s, find(doc, 'Navalny')), 'nsubj:pass');
  assert.equal(word(doc, subjectOf(s, airlifted)), 'Navalny');
  assert.equal(isPassive(s, airlifted), true);
  assert.equal(word(doc, clauseOf(s, find(doc, 'he'))), 'suffering');
  assert.equal(isPassive(s, find(doc, 'suffering')), false);
});

// "Benin, Nigeria join African Union continental free trade bloc", English Wikinews, 2019-07-10 (CC BY 2.5)
test('a bracketed acronym inside a name: "signed the African Continental Free Trade Area (AfCFTA) agreement"', () => {
  const doc = parsed('Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the African Continental Free Trade Area (AfCFTA) agreement.');
  const s = doc.get('syntax');
  assert.equal(word(doc, objectOf(s, find(doc, 'signed'))), 'agreement');
  assert.equal(word(doc, headOf(s, find(doc, 'AfCFTA'))), 'Area');
  assert.equal(relationOf(s, find(doc, 'AfCFTA')), 'appos');
  assert.equal(word(doc, headOf(s, find(doc, 'Area'))), 'agreement');
});

test('obl:agent: "He was being met by Abu Mahdi al-Muhandis, …"', () => {
  const doc = parsed('He was being met by Abu Mahdi al-Muhandis, who was also killed in the airstrike.');
  const s = doc.get('syntax');
  const met = find(doc, 'met');
  assert.equal(word(doc, agentOf(s, met)), 'Abu');
  assert.equal(word(doc, subjectOf(s, met)), 'He');
  assert.equal(isPassive(s, met), true);
});

test('appos: "Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia."', () => {
  const doc = parsed('Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia.');
  const s = doc.get('syntax');
  const chancellor = find(doc, 'Chancellor');
  assert.equal(relationOf(s, chancellor), 'appos');
  assert.equal(word(doc, headOf(s, chancellor)), 'Angela');
  assert.equal(word(doc, subjectOf(s, find(doc, 'demanded'))), 'Angela');
});

test('ccomp: "US Secretary of State Mike Pompeo said the crash was "likely" Iran\'s doing."', () => {
  const doc = parsed('US Secretary of State Mike Pompeo said the crash was "likely" Iran\'s doing.');
  const s = doc.get('syntax');
  const likely = find(doc, 'likely');
  assert.equal(relationOf(s, likely), 'ccomp');
  assert.equal(word(doc, headOf(s, likely)), 'said');
  assert.equal(word(doc, subjectOf(s, likely)), 'crash');
});

test('tagging with the spelling scores of words seen before gives the tags that scoring every feature gives', async () => {
  const { tagSentence, tagWords, TaggerScratch } = await import('./tagger.js');
  const { hashWords } = await import('./words.js');
  // copied features and keys, and features in the kernel's memory with the context features as tuples it hashes
  const scratches = [new TaggerScratch(model.tagger.scorer.classes), new TaggerScratch(model.tagger.scorer.classes, null, model.tagger.scorer)];
  assert.ok(scratches[1].tuples, "the shipped model's kernel hashes the tagger's tuples");
  const lines = readFileSync(new URL('../../../data/samples/demo.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
  let words = 0;
  for (const pass of [1, 2]) {
    for (const line of lines.slice(0, 4)) {
      const doc = parsed(JSON.parse(line).text as string);
      const tokens = doc.get('tokens');
      for (const s of doc.get('sentences')) {
        const forms = Array.from({ length: s.tokenEnd - s.tokenStart }, (_, k) => doc.text.slice(tokens.start[s.tokenStart + k], tokens.end[s.tokenStart + k]));
        const h = hashWords(forms);
        const plain = new Uint8Array(forms.length);
        tagWords(model.tagger, h, plain);
        for (const [k, scratch] of scratches.entries()) {
          const memo = new Uint8Array(forms.length);
          tagSentence(model.tagger, h, forms, memo, scratch);
          assert.deepEqual([...memo], [...plain], `scratch ${k}, pass ${pass}: ${forms.join(' ')}`);
        }
        words += forms.length;
      }
    }
  }
  assert.ok(words > 1000);
});

test('advcl and mark after a subordinating "after" the tagger read as a preposition: "… after Turkey began a military offensive"', () => {
  // English Wikinews, 2019-10-14 (CC BY 2.5): "Kurds announce deal with Assad's government as Turkey invades Syria's north"
  const doc = parsed('The SDF announced it had entered into an agreement with the government after Turkey began a military offensive into north-eastern Syria on Wednesday.');
  const began = find(doc, 'began');
  assert.equal(word(doc, subjectOf(doc.get('syntax'), began)), 'Turkey');
  assert.equal(relationOf(doc.get('syntax'), find(doc, 'after')), 'mark');
});
