import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const DEMO = new URL('../../../data/samples/demo.jsonl', import.meta.url);

const analyzer = createAnalyzer(['segment', 'mentions', 'anchor', 'entities']);

test('a lone word the tagger calls a person is the short form of the organisation named before ("Mahan" of "Mahan Air")', () => {
  // Wikinews, "Germany bans Mahan Air of Iran, citing 'security'" (2019-01-23), CC BY 2.5, in the bundled demo corpus.
  const article = readFileSync(DEMO, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; published: string })
    .find((a) => a.text.startsWith('Germany on Monday banned Iranian airline Mahan Air'));
  assert.ok(article);
  const record = analyze(analyzer, { text: article.text, published: article.published });
  const airline = record.entities.filter((e) => e.mentions.some((m) => m.text.startsWith('Mahan')));
  assert.equal(airline.length, 1, airline.map((e) => `${e.type} ${e.name}`).join(', '));
  assert.equal(airline[0].cameo, 'IRNBUS');
  assert.ok(airline[0].mentions.filter((m) => m.text === 'Mahan').length >= 5);
});

test('a surname the KB knows stays a person beside a name it begins ("Trump Tower", then "Trump")', () => {
  const text = 'Protesters gathered outside Trump Tower in New York. Trump said the protests were unfair.';
  const record = analyze(analyzer, { text, published: '2017-01-10' });
  const person = record.entities.find((e) => e.mentions.some((m) => m.text === 'Trump'));
  assert.ok(person);
  assert.equal(person.type, 'PERSON');
});

test('a surname led by a lower-case particle is the person named in full before ("al-Eryani" of "Moammar al-Eryani")', () => {
  // Wikinews, "Mokha, Yemen bomb kills photojournalist, at least five others" (2019-01-30), CC BY 2.5.
  const text = 'The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani. '
    + 'Similar attributions of responsibility were made by state news firm Saba and al-Eryani. According to al-Eryani, the rebels are backed by Iran.';
  const record = analyze(analyzer, { text, published: '2019-01-30' });
  const minister = record.entities.find((e) => e.name === 'Moammar al-Eryani');
  assert.ok(minister);
  assert.equal(minister.mentions.filter((m) => m.text === 'al-Eryani').length, 2);
});
