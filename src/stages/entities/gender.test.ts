import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignGender, loadFirstNames } from './gender.js';
import { addRef, newCluster, type Cluster } from './refs.js';

const firstNames = loadFirstNames();

function person(text: string, name: string): Cluster {
  const c = newCluster('PERSON');
  const start = text.indexOf(name);
  addRef(c, { start, end: start + name.length, text: name, form: 'name', sentence: 0, by: 'test' });
  c.nameWords = name.split(' ').filter((w) => !/\.$/.test(w));
  return c;
}

// Names from "UK urges US to waive immunity for diplomat's wife involved in fatal collision", English Wikinews, 2019-10-10 (CC BY 2.5).
test('a first name or a form of address gives the gender; a surname alone gives none', () => {
  const text = 'Foreign Secretary Dominic Raab spoke. Charlotte Charles said so. Mr. Mold agreed. Sacoolas left.';
  const people = [person(text, 'Dominic Raab'), person(text, 'Charlotte Charles'), person(text, 'Mold'), person(text, 'Sacoolas')];
  assignGender(text, people, firstNames);
  assert.deepEqual(people.map((c) => c.gender), ['m', 'f', 'm', null]);
});

test('a gender already known (from a title read in the text) is kept', () => {
  const text = 'Queen Elizabeth spoke.';
  const c = person(text, 'Elizabeth');
  c.gender = 'f';
  assignGender(text, [c], firstNames);
  assert.equal(c.gender, 'f');
});
