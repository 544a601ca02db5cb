import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKb } from './index.js';

const kb = loadKb();
const names = (actors: readonly { name: string }[]) => actors.map((a) => a.name);

// Load time is measured by `npm run bench`, not asserted here: timed tests flake on busy machines.
test('loads and is frozen', () => {
  const fresh = loadKb();
  assert.ok(Object.isFrozen(fresh));
  assert.ok(Object.isFrozen(fresh.all()));
  assert.ok(Object.isFrozen(fresh.get('person:putin')?.tenures));
});

test('the US presidency changed hands on 2025-01-20', () => {
  assert.deepEqual(names(kb.holders('President', 'USA', '2025-01-14')), ['Joe Biden']);
  assert.deepEqual(names(kb.holders('President', 'USA', '2025-01-20')), ['Donald Trump']);
  assert.deepEqual(names(kb.holders('President', 'USA', '2025-01-21')), ['Donald Trump']);
  assert.deepEqual(names(kb.holders('Vice President', 'USA', '2015-06-01')), ['Joe Biden']);
});

test('local titles and organisations: Secretary of State, NATO Secretary-General', () => {
  assert.deepEqual(names(kb.holders('Secretary of State', 'USA', '2023-05-01')), ['Antony Blinken']);
  assert.deepEqual(names(kb.holders('Foreign Minister', 'USA', '2023-05-01')), ['Antony Blinken']);
  assert.deepEqual(names(kb.holders('Secretary-General', 'org:nato', '2020-01-01')), ['Jens Stoltenberg']);
  assert.deepEqual(names(kb.holders('Secretary-General', 'org:nato', '2025-03-01')), ['Mark Rutte']);
});

test("Tusk's two terms as Polish prime minister, and the years between", () => {
  const [tusk] = kb.bySurname('Tusk');
  assert.equal(tusk?.id, 'person:tusk');
  assert.equal(kb.tenuresAt('person:tusk', '2010-01-01')[0]?.office, 'Prime Minister');
  assert.deepEqual(kb.tenuresAt('person:tusk', '2018-01-01'), []);
  assert.equal(kb.tenuresAt('person:tusk', '2024-02-01')[0]?.start, '2023-12-13');
  assert.deepEqual(names(kb.holders('Prime Minister', 'POL', '2020-01-01')), ['Mateusz Morawiecki']);
});

test('Putin: prime minister 2008-2012, president before and after', () => {
  assert.equal(kb.tenuresAt('person:putin', '2010-06-01')[0]?.office, 'Prime Minister');
  assert.equal(kb.tenuresAt('person:putin', '2004-06-01')[0]?.office, 'President');
  assert.equal(kb.tenuresAt('person:putin', '2022-02-24')[0]?.cameo, 'RUSGOV');
});

test('aliases: spellings, diacritics, capitals, seats and demonyms', () => {
  assert.deepEqual(kb.lookup('Zelenskyy').map((a) => a.id), ['person:zelensky']);
  assert.deepEqual(kb.lookup('Volodymyr Zelensky').map((a) => a.id), ['person:zelensky']);
  assert.deepEqual(kb.lookup('Erdogan').map((a) => a.id), kb.lookup('Erdoğan').map((a) => a.id));
  assert.deepEqual(kb.lookup('Joseph R. Biden').map((a) => a.id), ['person:biden']);
  assert.deepEqual(kb.lookup('the Kremlin').map((a) => a.cameo), ['RUSGOV']);
  assert.deepEqual(kb.lookup('Pentagon').map((a) => a.cameo), ['USAMIL']);
  assert.deepEqual(kb.lookup('Polish').map((a) => a.cameo), ['POL']);
  assert.deepEqual(kb.lookup('Kiev').map((a) => a.id), ['capital:UKR']);
  assert.deepEqual(kb.lookup('Kyiv').map((a) => a.id), ['capital:UKR']);
  assert.deepEqual(kb.lookup('NATO').map((a) => a.cameo), ['IGOWSTNAT']);
  assert.deepEqual(kb.lookup('European Union').map((a) => a.id), ['org:eu']);
  assert.deepEqual(kb.lookup('us'), []);
});

test('defence ministers act as the military branch of government', () => {
  assert.deepEqual(names(kb.holders('Defence Minister', 'RUS', '2023-01-01')), ['Sergei Shoigu']);
  assert.equal(kb.tenuresAt('person:shoigu', '2023-01-01')[0]?.cameo, 'RUSGOVMIL');
});

test('three-letter Phoenix names are kept: acronyms, matched in capitals only, and short place names', () => {
  assert.deepEqual(kb.lookup('PKK').map((a) => a.cameo), ['TURREB']);
  assert.deepEqual(kb.lookup('pkk'), []);
  assert.equal(kb.place('Qom')?.country, 'IRN');
});

test('a person with a long patronymic chain is found under the given and father\'s name the news uses', () => {
  assert.deepEqual(kb.lookup('Qaboos bin Said').map((a) => a.name), ['Qaboos bin Said al Said']);
  assert.equal(kb.codeAt(kb.lookup('Qaboos bin Said')[0]!.id, '2020-01-10'), 'OMNGOV');
});
