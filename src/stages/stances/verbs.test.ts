import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer();

/** Every stance of a text as "holder polarity «topic label»". */
function stances(text: string): string[] {
  const record = analyze(pipeline, { text, published: '2021-03-02' });
  const label = new Map(record.topics.map((t) => [t.id, t.label]));
  const name = new Map(record.entities.map((e) => [e.id, e.name]));
  return record.stances.map((s) => `${name.get(s.holder) ?? s.holderActor} ${s.polarity} «${label.get(s.topic)}»`);
}

// Sentences written for this test. The class: a stance verb's particle phrase that the parser hangs on the
// adverb grading the verb ("disagreed strongly with …"), with another prepositional phrase later in the clause.
test('stances: a particle phrase after an adverb of the stance verb ("disagreed strongly with …, as did …")', () => {
  const got = stances('"I disagreed strongly with most of her proposals, as did many in the cabinet," wrote Angela Merkel in her memoir.');
  assert.ok(got.some((s) => s.startsWith('Angela Merkel oppose «') && s.includes('proposals')), JSON.stringify(got));
});

test('stances: a particle phrase after an adverb in a reported quote ("disagreed strongly with …")', () => {
  const got = stances('Senator Elizabeth Warren said, "I disagreed strongly with many of his suggestions."');
  assert.ok(got.some((s) => s.startsWith('Elizabeth Warren oppose «') && s.includes('suggestions')), JSON.stringify(got));
});

test('stances: an adverb without a particle phrase takes no position ("spoke briefly with reporters")', () => {
  assert.deepEqual(stances('Angela Merkel spoke briefly with reporters about the weather.'), []);
});

// Sentences written for this test. The class: who claims an act as its own ("claimed responsibility for …")
// supports it; a denied or negated claim, or owning a fault, takes no position.
test('stances: a claim of responsibility for an act supports the act', () => {
  assert.deepEqual(stances('Hamas claimed responsibility for the bombing of the bus near Jerusalem.'), ['HAMAS support «bombing of the bus near Jerusalem»']);
});

test('stances: no position in a negated claim or in owning a fault', () => {
  assert.deepEqual(stances('The Taliban did not claim responsibility for the attack.'), []);
  assert.deepEqual(stances('The minister took responsibility for the failures of the agency.'), []);
});

// Sentences written for this test. The class: a demand whose addressee is a prepositional phrase ("demanded
// from Sweden to …"), whose infinitive the parser reads as a purpose; after an object it stays a purpose.
test('stances: a demand addressed with "from" supports the infinitive it asks for', () => {
  assert.deepEqual(stances('Turkey demanded from Sweden to extradite the journalists.'), ['Turkey support «extradite the journalists»']);
  assert.deepEqual(stances('Russia demanded money from Ukraine to pay for the pipeline.'), []);
});
