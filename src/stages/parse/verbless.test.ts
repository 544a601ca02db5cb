import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisScratch, analyseInto } from './analyse.js';
import { loadParseModel } from './store.js';
import { verbForVerbless } from './verbless.js';

const TAGS = ['DET DT', 'ADJ JJ', 'NOUN NN', 'NOUN NNS', 'PROPN NNP', 'ADV RB', 'ADP IN', 'VERB VBD', 'VERB VBZ', 'PUNCT .'];
const classes = { upos: (t: number) => TAGS[t].split(' ')[0], xpos: (t: number) => TAGS[t].split(' ')[1] };

/** The sentence's tags after the repair, given each word's tag, best finite verb class and how far below its tag that scored. */
function repaired(words: ReadonlyArray<readonly [form: string, tag: string, verb?: string, deficit?: number]>): string[] {
  const tags = Uint8Array.from(words, ([, tag]) => TAGS.indexOf(tag));
  const verbTag = Uint8Array.from(words, ([, , verb]) => Math.max(0, TAGS.indexOf(verb ?? 'VERB VBD')));
  const deficit = Float32Array.from(words, ([, , , d]) => d ?? Infinity);
  verbForVerbless(words.map(([form]) => form), tags, words.length, verbTag, deficit, classes);
  return Array.from(tags, (t) => TAGS[t]);
}

test('a verbless sentence takes as its verb the noun after its subject that came nearest to being one', () => {
  // "A major search continues." (English Wikinews, CC BY 2.5, wn-80e164ae36c5)
  assert.equal(repaired([['A', 'DET DT'], ['major', 'ADJ JJ'], ['search', 'NOUN NN', 'VERB VBZ', 40], ['continues', 'NOUN NNS', 'VERB VBZ', 10.1], ['.', 'PUNCT .']])[3], 'VERB VBZ');
  // the nearest of two: "The water pipe burst under the road surface." (wn-dc05833107b7)
  const pipe = repaired([['The', 'DET DT'], ['water', 'NOUN NN'], ['pipe', 'NOUN NN', 'VERB VBD', 28], ['burst', 'NOUN NN', 'VERB VBD', 25], ['under', 'ADP IN'], ['the', 'DET DT'], ['road', 'NOUN NN'], ['surface', 'NOUN NN', 'VERB VBD', 60], ['.', 'PUNCT .']]);
  assert.deepEqual([pipe[2], pipe[3]], ['NOUN NN', 'VERB VBD']);
});

test('a fragment keeps its tags: no word near enough, a verb already there, a transcript label, no full stop', () => {
  // "A radio legend indeed." (wn-4da37205fad6): "legend" scored 40 below its noun reading as a verb
  assert.equal(repaired([['A', 'DET DT'], ['radio', 'NOUN NN'], ['legend', 'NOUN NN', 'VERB VBP', 40.4], ['indeed', 'ADV RB'], ['.', 'PUNCT .']])[2], 'NOUN NN');
  assert.equal(repaired([['Police', 'NOUN NNS'], ['shot', 'NOUN NN', 'VERB VBD', 5], ['and', 'ADP IN'], ['fled', 'VERB VBD'], ['.', 'PUNCT .']])[1], 'NOUN NN');
  assert.equal(repaired([['Jaya', 'PROPN NNP'], [':', 'PUNCT .'], ['Ashodaya', 'PROPN NNP'], ['works', 'NOUN NNS', 'VERB VBZ', 6.7], ['hard', 'ADV RB'], ['.', 'PUNCT .']])[3], 'NOUN NNS');
  assert.equal(repaired([['Iran', 'PROPN NNP'], ['shot', 'NOUN NN', 'VERB VBD', 5], ['a', 'DET DT'], ['drone', 'NOUN NN'], ['down', 'ADV RB']])[1], 'NOUN NN');
});

test('with the shipped model, news sentences the tagger read without a verb are parsed as clauses (Wikinews, CC BY 2.5)', () => {
  const model = loadParseModel();
  const scratch = new AnalysisScratch(model);
  const cases: ReadonlyArray<readonly [sentence: string, verb: string, subject: string]> = [
    ['The Taliban met on Monday with Zalmay Khalilzad , a US peace envoy , in Qatar .', 'met', 'Taliban'],
    ['A photograph of his remains on a Turkish beach drew widespread attention .', 'drew', 'photograph'],
    ['Iran shot down a Ukrainian passenger jet .', 'shot', 'Iran'],
    // a past tense read as a participle (wn-0e56b5afa77e, wn-1dc872582be4, wn-f20f06ed2138)
    ['Britons voted in a 2016 referendum to leave the EU .', 'voted', 'Britons'],
    ['A bus carrying children from Smolensk to Kaluga on Sunday overturned in Babyninsky , Russia .', 'overturned', 'bus'],
    ['The mayor of New Orleans , LaToya Cantrell , advised residents of her city to make plans .', 'advised', 'mayor'],
  ];
  for (const [sentence, verb, subject] of cases) {
    const forms = sentence.split(' ');
    analyseInto(model, forms, scratch);
    const v = forms.indexOf(verb);
    assert.match(model.tagger.tags[scratch.tags[v]], /^VERB VB[DZP]$/, sentence);
    assert.equal(scratch.heads[forms.indexOf(subject)], v, sentence);
  }
});
